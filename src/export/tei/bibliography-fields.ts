import type { Quote, Reference, ReferenceType } from '../../types/index.js';
import type { Note } from '../../types/index.js';
import type { InlineSpan } from './nest-spans.js';
import { rank } from './ranks.js';
import type { XmlAttributes } from './xml.js';

/** TEI's level of a work's own title: monograph (`m`), analytic (`a`: an article or a chapter) or unpublished (`u`). */
export function titleLevel(type: ReferenceType): 'm' | 'a' | 'u' {
  return type === 'book' ? 'm' : type === 'archival-document' ? 'u' : 'a';
}

interface Field {
  readonly printed: string;
  readonly name: string;
  readonly attributes?: XmlAttributes;
}

/** The parsed fields of an entry, in the order the entries print them. */
function fieldsOf(reference: Reference, hasTitleQuote: boolean): Field[] {
  const fields: Field[] = reference.authors.map((name) => ({ printed: name.printed, name: 'author' }));
  fields.push({ printed: String(reference.year), name: 'date', attributes: { when: String(reference.year).padStart(4, '0') } });
  if (!hasTitleQuote) fields.push({ printed: reference.title, name: 'title', attributes: { level: titleLevel(reference.type) } });
  if (reference.containerTitle !== null) {
    fields.push({ printed: reference.containerTitle, name: 'title', attributes: { level: reference.type === 'article' ? 'j' : 'm' } });
  }
  for (const name of reference.editors) fields.push({ printed: name.printed, name: 'editor' });
  if (reference.volume !== null) fields.push({ printed: reference.volume, name: 'biblScope', attributes: { unit: 'volume' } });
  if (reference.issue !== null) fields.push({ printed: reference.issue, name: 'biblScope', attributes: { unit: 'issue' } });
  if (reference.pages !== null) {
    const { start, end } = reference.pages;
    fields.push({ printed: `${start}–${end}`, name: 'biblScope', attributes: { unit: 'page', from: start, to: end } });
  }
  if (reference.place !== null) fields.push({ printed: reference.place, name: 'pubPlace' });
  if (reference.publisher !== null) fields.push({ printed: reference.publisher, name: 'publisher' });
  if (reference.url !== null) fields.push({ printed: reference.url, name: 'ref', attributes: { target: reference.url } });
  return fields;
}

/**
 * The parsed fields of a bibliography entry as elements on its printed words (`<author>`, `<date>`,
 * `<title>`, `<editor>`, `<biblScope>`, `<pubPlace>`, `<publisher>`, `<ref>`), each found in print
 * order after the one before. A field is left unmarked where its words are not printed as parsed,
 * or where an editorial note covers part of them (the field would have to sit inside a `<sic>`).
 */
export function bibliographyFieldSpans(reference: Reference, notesInEntry: readonly Note[], quotesInEntry: readonly Quote[]): InlineSpan[] {
  const text = reference.text;
  const spans: InlineSpan[] = [];
  let cursor = 0;
  for (const field of fieldsOf(reference, quotesInEntry.some((quote) => quote.kind === 'title'))) {
    const found = text.indexOf(field.printed, cursor);
    if (field.printed === '' || found < 0) continue;
    const start = found;
    const end = found + field.printed.length;
    const cut = notesInEntry.some((note) => note.start < end && start < note.end && (note.start < start || note.end > end));
    if (cut) continue;
    cursor = end;
    spans.push({ start, end, rank: rank.field, splittable: false, name: field.name, attributes: field.attributes ?? {}, id: null, partId: `${reference.id}.${start}` });
  }
  return spans;
}
