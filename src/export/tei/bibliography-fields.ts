import type { Person, Reference, ReferenceType } from '../../types/index.js';
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
  readonly id?: string;
  readonly attributes?: XmlAttributes;
}

/** The `xml:id` of an entry's nth author (from 1). */
export const authorXmlId = (referenceId: string, n: number): string => `${referenceId}.author${n}`;

/** The person an author is, by a printed form of the person's name. */
const personNamed = (people: readonly Pick<Person, 'id' | 'variants'>[], printed: string): string | null =>
  people.find((person) => person.variants.includes(printed))?.id ?? null;

/**
 * The authors: each with its `xml:id` and `@ref` to the person; "———" (the previous entry's author
 * again) with `@sameAs` the previous entry's author and `@ref` that author's person.
 */
function authorFields(reference: Reference, previous: Reference | undefined, people: readonly Pick<Person, 'id' | 'variants'>[]): Field[] {
  return reference.authors.map((name, index) => {
    const repeated = /^—+$/.test(name.printed) ? previous?.authors[index] : undefined;
    const person = personNamed(people, repeated?.printed ?? name.printed);
    return {
      printed: name.printed,
      name: 'author',
      id: authorXmlId(reference.id, index + 1),
      attributes: { ref: person ? `#${person}` : null, sameAs: repeated && previous ? `#${authorXmlId(previous.id, index + 1)}` : null },
    };
  });
}

/** The parsed fields of an entry, in the order the entries print them. */
function fieldsOf(reference: Reference, previous: Reference | undefined, titled: boolean, people: readonly Pick<Person, 'id' | 'variants'>[]): Field[] {
  const fields: Field[] = authorFields(reference, previous, people);
  fields.push({ printed: String(reference.year), name: 'date', attributes: { when: String(reference.year).padStart(4, '0') } });
  if (!titled) fields.push({ printed: reference.title, name: 'title', attributes: { level: titleLevel(reference.type) } });
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
 * or where the words an editorial note marks (`blocking`) lie partly in it and partly outside, or
 * hold it: TEI allows no bibliographic element inside a `sic` or `seg`. A correction inside a field
 * stays inside it (`<author><choice>…</choice></author>`).
 */
export function bibliographyFieldSpans(
  reference: Reference,
  previous: Reference | undefined,
  blocking: readonly Pick<InlineSpan, 'start' | 'end'>[],
  titled: boolean,
  people: readonly Pick<Person, 'id' | 'variants'>[],
): InlineSpan[] {
  const text = reference.text;
  const spans: InlineSpan[] = [];
  let cursor = 0;
  for (const field of fieldsOf(reference, previous, titled, people)) {
    const found = text.indexOf(field.printed, cursor);
    if (field.printed === '' || found < 0) continue;
    const start = found;
    const end = start + field.printed.length;
    const cut = blocking.some((span) => span.start < end && start < span.end && (span.start < start || span.end > end));
    if (cut) continue;
    cursor = end;
    spans.push({
      start,
      end,
      rank: rank.field,
      splittable: false,
      name: field.name,
      attributes: field.attributes ?? {},
      id: field.id ?? null,
      partId: `${reference.id}.${found}`,
    });
  }
  return spans;
}
