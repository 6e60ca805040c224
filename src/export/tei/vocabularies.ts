import { escapeXmlText, xmlElement } from './xml.js';

/** One controlled vocabulary of the document: its values, each with what it means. */
interface Vocabulary {
  readonly id: string;
  readonly description: string;
  readonly categories: Readonly<Record<string, string>>;
}

/**
 * The vocabularies of the document's `@type`, `@subtype` and `@ana` values, declared in the header's
 * `classDecl` as taxonomies: each category's `xml:id` is the taxonomy's id, a dot and the value.
 */
export const vocabularies = {
  'note-kind': {
    id: 'note-kind',
    description: 'What an editorial note is about (note/@type, and its @ana).',
    categories: {
      spelling: 'A misspelt word.',
      name: 'A name: a form without its diacritics or in another transliteration or order (regularised), or a wrong name (corrected).',
      fact: 'A statement of fact the editors comment on or correct from outside knowledge.',
      punctuation: 'Punctuation and spacing: a missing space, an unclosed or unopened quotation mark, a stray or missing mark.',
      citation: 'The form of a citation or bibliography entry.',
    },
  },
  'claim-role': {
    id: 'claim-role',
    description: 'The place of a claim in the argument (seg type="claim", its @subtype and @ana).',
    categories: { thesis: 'The essay’s thesis.', claim: 'A claim that argues for the thesis.', 'sub-claim': 'A claim that argues for another claim.' },
  },
  'date-basis': {
    id: 'date-basis',
    description: 'The basis of an event’s date (event/@ana; event/@evidence gives internal, conjecture or external).',
    categories: {
      stated: 'The essay (or a bibliography title) gives the date.',
      inferred: 'The editors derived the date from the essay’s words; the date note says how.',
      editorial: 'The date comes from outside knowledge; the date note gives its ground.',
    },
  },
  'place-kind': {
    id: 'place-kind',
    description: 'The editors’ kind of a place (place/@type).',
    categories: { country: 'A country.', region: 'A region.', border: 'A border.', city: 'A city.', building: 'A building.' },
  },
  'reference-type': {
    id: 'reference-type',
    description: 'The bibliographic type of a bibliography entry (bibl/@type in the bibliography).',
    categories: { book: 'A book.', chapter: 'A chapter in an edited book.', article: 'A journal article.', 'archival-document': 'A document in an archive.' },
  },
  'citation-form': {
    id: 'citation-form',
    description: 'The form of an in-text citation (bibl/@type in the text).',
    categories: { parenthetical: 'A citation in parentheses.', narrative: 'A citation whose name or work is part of the sentence.' },
  },
} as const satisfies Record<string, Vocabulary>;

/** The pointer to the category of a value in a vocabulary. */
export function categoryPointer(vocabulary: keyof typeof vocabularies, value: string): string {
  return `#${vocabulary}.${value}`;
}

/** The header's `classDecl`: one `taxonomy` per vocabulary. */
export function classDecl(): string {
  const taxonomies = Object.values(vocabularies).map((vocabulary: Vocabulary) =>
    xmlElement(
      'taxonomy',
      { 'xml:id': vocabulary.id },
      `<desc>${escapeXmlText(vocabulary.description)}</desc>${Object.entries(vocabulary.categories)
        .map(([value, meaning]) =>
          xmlElement('category', { 'xml:id': `${vocabulary.id}.${value}` }, `<catDesc>${escapeXmlText(`${value}: ${meaning}`)}</catDesc>`),
        )
        .join('')}`,
    ),
  );
  return `<classDecl>${taxonomies.join('')}</classDecl>`;
}
