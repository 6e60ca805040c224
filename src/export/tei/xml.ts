/** Attribute values of an element; `null` and `undefined` leave the attribute out. */
export type XmlAttributes = Readonly<Record<string, string | number | null | undefined>>;

// Most texts and values hold nothing to escape: a test, which allocates nothing, comes first.
const textSpecials = /[&<>]/;
const attributeSpecials = /[&<>"']/;

/** Escapes text for XML element content: `&`, `<` and `>`. */
export function escapeXmlText(text: string): string {
  if (!textSpecials.test(text)) return text;
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}

/** Escapes text for a double-quoted XML attribute value: `&`, `<`, `>`, `"` and `'`. */
export function escapeXmlAttribute(text: string): string {
  if (!attributeSpecials.test(text)) return text;
  return escapeXmlText(text).replace(/["']/g, (char) => (char === '"' ? '&quot;' : '&apos;'));
}

/** The attributes as ` name="value"` pairs, in the order given, leaving out absent values. */
export function xmlAttributes(attributes: XmlAttributes): string {
  let out = '';
  for (const name in attributes) {
    if (!Object.hasOwn(attributes, name)) continue;
    const value = attributes[name];
    if (value !== null && value !== undefined) out += ` ${name}="${escapeXmlAttribute(String(value))}"`;
  }
  return out;
}

/** An element with the given attributes and already-escaped content; empty when `content` is omitted. */
export function xmlElement(name: string, attributes: XmlAttributes, content?: string): string {
  return content === undefined ? `<${name}${xmlAttributes(attributes)}/>` : `<${name}${xmlAttributes(attributes)}>${content}</${name}>`;
}

/** A text-only element: the text is escaped. */
export function xmlTextElement(name: string, attributes: XmlAttributes, text: string): string {
  return xmlElement(name, attributes, escapeXmlText(text));
}
