import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { notes } from '../../src/index.js';

export const teiNamespace = 'http://www.tei-c.org/ns/1.0';

/** Parses an XML document, failing on any warning or error of the parser. */
export function parseXml(xml: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(xml, 'text/xml');
}

/**
 * Every `&` that does not begin one of XML's five predefined entities, with what follows it. The
 * parser reads a bare `&` in text without complaint, so the tests look for one in the raw document.
 */
export function bareAmpersands(xml: string): string[] {
  return xml.match(/&(?!amp;|lt;|gt;|quot;|apos;).{0,20}/g) ?? [];
}

/** Every element under `root` (itself included), in document order. */
export function descendants(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 1) out.push(node as Element);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return out;
}

/** The elements named `name` under `root`. */
export function elementsNamed(root: Node, ...names: string[]): Element[] {
  return descendants(root).filter((element) => names.includes(element.localName ?? ''));
}

/** The text content of a node, leaving out the elements named in `without` (and their contents). */
export function textWithout(node: Node, without: readonly string[]): string {
  if (node.nodeType === 3 || node.nodeType === 4) return node.nodeValue ?? '';
  if (node.nodeType === 1 && without.includes((node as Element).localName ?? '')) return '';
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) text += textWithout(child, without);
  return text;
}

/** Every `xml:id` of the document, in document order (repeats included). */
export function xmlIds(document: Document): string[] {
  return descendants(document).flatMap((element) => {
    const id = element.getAttribute('xml:id');
    return id === null ? [] : [id];
  });
}

/** The `xml:id`s that occur more than once. */
export function repeatedIds(document: Document): string[] {
  const seen = new Set<string>();
  return xmlIds(document).filter((id) => {
    if (seen.has(id)) return true;
    seen.add(id);
    return false;
  });
}

/** The attributes that hold pointers into the document (or, for the `@target` of `ref`, `ptr` and `licence`, out of it). */
export const pointerAttributes = ['ref', 'target', 'who', 'corresp', 'source', 'active', 'passive', 'next', 'prev', 'resp', 'ana', 'where', 'sameAs'] as const;

/**
 * Every pointer that does not resolve: a `#id` with no such `xml:id`, or anything else than a
 * `#id`, except an absolute web address in the `@target` of a `ref`, `ptr` or `licence`. Also returns how many
 * pointers were checked.
 */
export function danglingPointers(document: Document): { dangling: string[]; checked: number } {
  const ids = new Set(xmlIds(document));
  const dangling: string[] = [];
  let checked = 0;
  for (const element of descendants(document)) {
    for (const name of pointerAttributes) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      for (const token of value.split(/\s+/)) {
        checked++;
        const external = name === 'target' && ['ref', 'ptr', 'licence'].includes(element.localName ?? '') && /^https?:\/\/\S+$/.test(token);
        if (external) continue;
        if (!token.startsWith('#') || !ids.has(token.slice(1))) dangling.push(`${element.localName}/@${name}="${token}"`);
      }
    }
  }
  return { dangling, checked };
}

/** The element with the given `xml:id`, or `undefined`. */
export function byXmlId(document: Document, id: string): Element | undefined {
  return descendants(document).find((element) => element.getAttribute('xml:id') === id);
}

/** The parent element of a node, or `null`. */
export function parentElement(node: Node): Element | null {
  const parent = node.parentNode;
  return parent && parent.nodeType === 1 ? (parent as Element) : null;
}

/** The nearest ancestor (not the element itself) named `name`, or `null`. */
export function ancestorNamed(node: Node, name: string): Element | null {
  for (let at = parentElement(node); at; at = parentElement(at)) if (at.localName === name) return at;
  return null;
}

/** The tools of the TEI suite: jing, Saxon-HE, and the TEI files beside `tei_all.rng` (its `stylesheets/` and `schematron/`). */
export interface TeiTools {
  readonly schema: string;
  readonly jing: string;
  readonly saxonJar: string;
  readonly htmlXsl: string;
  readonly schematronXsl: string;
}

/**
 * Where the suite finds its tools: `TEI_ALL_RNG` (required), `JING`, `SAXON_JAR` (Debian's
 * `libsaxonhe-java` by default), `TEI_STYLESHEETS_HTML` and `TEI_SCHEMATRON_XSL` (by default beside
 * the schema, in `stylesheets/html/html.xsl` and `schematron/tei_all-validator.xsl`).
 */
export function teiTools(env: NodeJS.ProcessEnv, resolvePath: (...parts: string[]) => string, dirnameOf: (path: string) => string): TeiTools | null {
  const schema = env['TEI_ALL_RNG'];
  if (!schema) return null;
  const dir = dirnameOf(resolvePath(schema));
  return {
    schema: resolvePath(schema),
    jing: env['JING'] ?? 'jing',
    saxonJar: env['SAXON_JAR'] ?? '/usr/share/java/Saxon-HE.jar',
    htmlXsl: resolvePath(env['TEI_STYLESHEETS_HTML'] ?? `${dir}/stylesheets/html/html.xsl`),
    schematronXsl: resolvePath(env['TEI_SCHEMATRON_XSL'] ?? `${dir}/schematron/tei_all-validator.xsl`),
  };
}

/** The quotation marks the text shows doubled: the same mark twice in a row (‘‘, ’’, ““, ””, or two straight marks). */
export function doubledMarks(text: string): string[] {
  return text.match(/‘‘|’’|““|””|""|''/g) ?? [];
}

/** A paragraph's text with every note's correction in place of its words, from the notes alone. */
export function correctedText(blockId: string, printed: string): string {
  const corrections = notes.filter((note) => note.blockId === blockId && note.correction !== null).sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const note of corrections) {
    out += printed.slice(at, note.start) + note.correction;
    at = note.end;
  }
  return out + printed.slice(at);
}
