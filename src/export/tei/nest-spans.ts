import { escapeXmlText, xmlAttributes, type XmlAttributes } from './xml.js';

/** One element to lay over a stretch of a text; a zero-width span (`start === end`) gives an empty element. */
export interface InlineSpan {
  /** Offset of the first code unit, inclusive. */
  readonly start: number;
  /** Offset after the last code unit, exclusive. */
  readonly end: number;
  /**
   * Where two spans cover the same words, the higher rank is the outer element; where two cross,
   * the lower rank is cut in parts (a span that may not be cut always wins over one that may).
   */
  readonly rank: number;
  /** Whether the element may be cut in parts joined by `@next` and `@prev` where another crosses it. */
  readonly splittable: boolean;
  /** The element's name. */
  readonly name: string;
  /** The element's attributes, besides `xml:id`, `@prev` and `@next`. */
  readonly attributes: XmlAttributes;
  /** The `xml:id` of the element (of its first part; later parts add `.part2`, `.part3`, …), or `null`. */
  readonly id: string | null;
  /** The id to give its parts if it has no `id` and is cut. */
  readonly partId: string;
  /** Markup around every part, outside the element (already escaped). */
  readonly wrap?: { readonly before: string; readonly after: string };
  /** Markup to write after the last part, given the `xml:id`s of all parts (for a note that points at them). */
  readonly after?: (partIds: readonly string[]) => string;
}

type Token =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'open' | 'close'; readonly span: number; readonly part: number }
  | { readonly kind: 'empty'; readonly span: number };

interface Pending {
  readonly span: number;
  readonly start: number;
  readonly end: number;
}

interface OpenPart {
  readonly span: number;
  readonly part: number;
  readonly end: number;
}

const mayCut = (open: InlineSpan, coming: InlineSpan): boolean => open.splittable && (!coming.splittable || open.rank < coming.rank);

/** Lays the spans over the text as properly nested tokens, cutting spans that cross. */
function tokenize(text: string, spans: readonly InlineSpan[]): { tokens: Token[]; parts: number[] } {
  // At one offset, an empty element comes before the elements that open there (outside them).
  const empty = (p: Pending): number => (p.start === p.end ? 0 : 1);
  const order = (a: Pending, b: Pending): number =>
    a.start - b.start || empty(a) - empty(b) || b.end - a.end || spans[b.span]!.rank - spans[a.span]!.rank || a.span - b.span;
  const queue: Pending[] = spans.map((span, index) => ({ span: index, start: span.start, end: span.end })).sort(order);
  const stack: OpenPart[] = [];
  const parts = spans.map(() => 0);
  const tokens: Token[] = [];
  let position = 0;
  const textTo = (to: number): void => {
    if (to > position) tokens.push({ kind: 'text', text: text.slice(position, to) });
    position = Math.max(position, to);
  };
  const closeTop = (at: number): void => {
    const top = stack.pop()!;
    textTo(at);
    const last = tokens[tokens.length - 1];
    // A part cut at the very place it opened would be empty: drop it instead.
    if (last?.kind === 'open' && last.span === top.span && last.part === top.part) {
      tokens.pop();
      parts[top.span]!--;
    } else tokens.push({ kind: 'close', span: top.span, part: top.part });
  };
  const openPart = (span: number, end: number): void => {
    const part = parts[span]!++;
    tokens.push({ kind: 'open', span, part });
    stack.push({ span, part, end });
  };
  const closeUntil = (at: number): void => {
    while (stack.length && stack[stack.length - 1]!.end <= at) closeTop(stack[stack.length - 1]!.end);
  };

  while (queue.length) {
    const next = queue.shift()!;
    const span = spans[next.span]!;
    closeUntil(next.start);
    if (next.start === next.end) {
      textTo(next.start);
      tokens.push({ kind: 'empty', span: next.span });
      parts[next.span] = 1;
      continue;
    }
    // The open elements that end inside the coming span cross it: they are the top of the stack.
    let crossing = stack.length;
    while (crossing > 0 && stack[crossing - 1]!.end < next.end) crossing--;
    let cut = stack.length;
    while (cut > crossing && mayCut(spans[stack[cut - 1]!.span]!, span)) cut--;
    let end = next.end;
    if (cut > crossing) {
      const kept = stack[cut - 1]!;
      if (!span.splittable) {
        throw new Error(`TEI export: <${span.name}> at ${next.start}-${next.end} crosses <${spans[kept.span]!.name}>, and neither may be cut`);
      }
      end = kept.end;
      const rest = { span: next.span, start: end, end: next.end };
      const at = queue.findIndex((pending) => order(rest, pending) < 0);
      queue.splice(at < 0 ? queue.length : at, 0, rest);
    }
    const reopen = stack.slice(cut);
    if (reopen.length) {
      // A part cut here never ends in spaces, which TEI processors trim from the end of an element:
      // the spaces stay between the parts.
      const before = text.slice(position, next.start);
      const at = next.start - (before.length - before.trimEnd().length);
      while (stack.length > cut) closeTop(at);
    }
    textTo(next.start);
    openPart(next.span, end);
    for (const open of reopen) openPart(open.span, open.end);
  }
  closeUntil(Infinity);
  textTo(text.length);
  return { tokens, parts };
}

/**
 * The text as XML content with every span as an element on its exact words: spans that nest
 * become nested elements; where two cross, one is cut in parts joined by `@next` and `@prev`
 * (see {@link InlineSpan.rank}). The text is escaped and otherwise unchanged.
 */
export function nestSpans(text: string, spans: readonly InlineSpan[]): string {
  const { tokens, parts } = tokenize(text, spans);
  const partId = (index: number, part: number): string | null => {
    const span = spans[index]!;
    const base = span.id ?? (parts[index]! > 1 ? span.partId : null);
    return base === null || part === 0 ? base : `${base}.part${part + 1}`;
  };
  const open = (index: number, part: number, empty: boolean): string => {
    const span = spans[index]!;
    const count = parts[index]!;
    const attributes = xmlAttributes({
      'xml:id': partId(index, part),
      ...span.attributes,
      prev: part > 0 ? `#${partId(index, part - 1)}` : null,
      next: part < count - 1 ? `#${partId(index, part + 1)}` : null,
    });
    return `${span.wrap?.before ?? ''}<${span.name}${attributes}${empty ? '/' : ''}>`;
  };
  const after = (index: number, part: number): string => {
    const span = spans[index]!;
    const count = parts[index]!;
    if (part < count - 1 || !span.after) return '';
    return span.after(Array.from({ length: count }, (_, k) => partId(index, k) ?? ''));
  };
  let out = '';
  for (const token of tokens) {
    if (token.kind === 'text') out += escapeXmlText(token.text);
    else if (token.kind === 'open') out += open(token.span, token.part, false);
    else if (token.kind === 'close') out += `</${spans[token.span]!.name}>${spans[token.span]!.wrap?.after ?? ''}${after(token.span, token.part)}`;
    else out += `${open(token.span, 0, true)}${spans[token.span]!.wrap?.after ?? ''}${after(token.span, 0)}`;
  }
  return out;
}
