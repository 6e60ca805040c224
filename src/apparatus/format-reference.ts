import { checkData } from '../internal/check-data.js';
import { recordsById } from '../internal/derived-of.js';
import { describeValue } from '../internal/describe-value.js';
import type { EssayData, Reference } from '../types/index.js';
import { readReference, type NameFields, type ReferenceFields } from './internal/read-reference.js';
import { yearLabel } from './internal/reference-label.js';

/**
 * Reference styles: the entry exactly `as-printed` in the essay, or `chicago-author-date` (the
 * reference-list form of The Chicago Manual of Style, author-date system), as plain text.
 */
export type ReferenceStyle = 'as-printed' | 'chicago-author-date';

/** The styles {@link formatReference} knows. */
export const referenceStyles: readonly ReferenceStyle[] = /* @__PURE__ */ Object.freeze(['as-printed', 'chicago-author-date'] as const);

function inverted(name: NameFields): string {
  return name.given === null ? name.family : `${name.family}, ${name.given}`;
}

function direct(name: NameFields): string {
  return name.given === null ? name.family : `${name.given} ${name.family}`;
}

/** "a", "a and b", "a, b, and c"; after an inverted first name a comma precedes "and". */
function list(names: readonly string[], firstInverted: boolean): string {
  if (names.length <= 1) return names.join('');
  if (names.length === 2 && !firstInverted) return `${names[0]} and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

function authors(names: readonly NameFields[]): string {
  return list(
    names.map((name, i) => (i === 0 ? inverted(name) : direct(name))),
    true,
  );
}

/** A sentence ends with a period unless it already ends with one, or a ? or !. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

function quotedTitle(title: string): string {
  return `“${sentence(title)}”`;
}

function pages(ref: ReferenceFields): string | null {
  return ref.pages && `${ref.pages.start}–${ref.pages.end}`;
}

function imprint(ref: ReferenceFields): string | null {
  if (ref.place && ref.publisher) return `${ref.place}: ${ref.publisher}.`;
  return (ref.publisher ?? ref.place) ? `${ref.publisher ?? ref.place}.` : null;
}

function chicago(references: readonly Reference[], ref: ReferenceFields): string {
  const head = `${sentence(authors(ref.authors))} ${yearLabel(references, ref)}.`;
  const parts: (string | null)[] = [head];
  switch (ref.type) {
    case 'book':
      parts.push(sentence(ref.title), imprint(ref));
      break;
    case 'chapter': {
      const editors = ref.editors.length ? `, edited by ${list(ref.editors.map(direct), false)}` : '';
      const where = pages(ref) ? `, ${pages(ref)}` : '';
      parts.push(quotedTitle(ref.title), `In ${ref.containerTitle}${editors}${where}.`, imprint(ref));
      break;
    }
    case 'article': {
      // A journal numbered by issue alone (no volume) takes "no.": "Bulletin, no. 6/7: 170–185".
      const issue = !ref.issue ? '' : ref.volume === null ? `, no. ${ref.issue}` : ` (${ref.issue})`;
      const where = pages(ref) ? `: ${pages(ref)}` : '';
      parts.push(quotedTitle(ref.title), `${ref.containerTitle}${ref.volume === null ? '' : ` ${ref.volume}`}${issue}${where}.`);
      break;
    }
    case 'archival-document':
      parts.push(quotedTitle(ref.title), sentence([ref.archive, ref.institution].filter(Boolean).join(', ')), ref.url && sentence(ref.url));
      break;
  }
  return parts.filter((part): part is string => Boolean(part)).join(' ');
}

/**
 * Formats a bibliography entry of some edition data. `as-printed` returns the entry's `text`;
 * `chicago-author-date` builds it from the parsed fields, with a, b, … after the year where the
 * same authors have several entries of one year in `data.references`. Takes a reference record or
 * the id of one in `data.references`. The root's `formatReference(ref, style)` is this function
 * given the package's references.
 *
 * @param data - The edition data it reads: `references`.
 * @param ref - A reference record or id.
 * @param style - `as-printed` or `chicago-author-date`.
 * @returns The formatted entry, as plain text.
 *
 * @throws {RangeError} for a reference id not in `data.references`, or an unknown style.
 * @throws {TypeError} when `data` has no `references` array, `ref` is neither a reference nor a
 * string, or (for `chicago-author-date`) lacks the parsed fields the style is built from (`type`, at
 * least one of `authors`, `editors`, `year`, `title`, …). Each field is read once, so what is
 * checked is what is printed.
 *
 * @example
 * ```ts
 * import { references } from 'destalinisation-essay';
 * formatReference({ references }, 'filtzer-1993', 'chicago-author-date');
 * // 'Filtzer, D. 1993. The Khrushchev Era: … 1953-1964. London: Macmillan.'
 * ```
 */
export function formatReference(data: Pick<EssayData, 'references'>, ref: Reference | string, style: ReferenceStyle): string {
  checkData('formatReference(data, ref, style)', data, ['references']);
  const record = typeof ref === 'string' ? recordsById(data.references).get(ref) : ref;
  if (typeof ref === 'string' && !record) throw new RangeError(`formatReference(ref, style): unknown reference id ${describeValue(ref)}`);
  // Each field is read once: the checks below and the formatting use the same values.
  const text: unknown = typeof record === 'object' && record !== null ? record.text : undefined;
  if (typeof text !== 'string') {
    throw new TypeError(`formatReference(ref, style): expected a reference record or a reference id, got ${describeValue(ref)}`);
  }
  if (style === 'as-printed') return text;
  if (style === 'chicago-author-date') {
    const fields = readReference(record!);
    if (typeof fields === 'string')
      throw new TypeError(`formatReference(ref, style): chicago-author-date needs the parsed fields of a reference; expected ${fields}`);
    return chicago(data.references, fields);
  }
  throw new RangeError(`formatReference(ref, style): unknown style ${describeValue(style)}; expected ${referenceStyles.join(' or ')}`);
}
