/**
 * Every record shape of the edition, described once. `npm run generate` turns this file into the
 * public types (`src/generated/types.ts`), the Zod schemas of `./schema`
 * (`src/generated/schemas.ts`, and from them `essay.schema.json`) and the schemas and types of
 * the files in `data/` (`scripts/generated/data-schemas.ts`, `scripts/generated/data-types.ts`). Each
 * `doc` becomes the TSDoc of what it describes. Adding a field to a record is one line here plus
 * the data; a test fails while the generated files are out of step.
 *
 * A field is `stored` in `data/` as published unless it says otherwise: `derived` fields are
 * computed by the build, and a `stored` type replaces the published one in `data/`. In `data/`,
 * a span is stored as an anchor (its block and exact words), never as offsets.
 *
 * @internal
 */
import { array, boolean, enumOf, id, int, literal, nullable, number, pattern, ref, type Shape, string, text, tuple } from './field-types.js';

const optionalText = nullable(text());

export const shapes: readonly Shape[] = [
  // ---- enums
  {
    kind: 'enum',
    name: 'BlockKind',
    doc: "The kinds of block the text is made of, in the order a reader meets them:\nthe blog's dateline, the title, the date of writing, headings, body paragraphs,\nthe pull quote (a sentence of paragraph 3 that the blog repeats between paragraphs 4 and 5)\nand bibliography entries.",
    values: ['dateline', 'title', 'date', 'heading', 'paragraph', 'pullquote', 'reference'],
    list: { name: 'blockKinds', doc: 'The block kinds, in reading order of first appearance.' },
  },
  { kind: 'enum', name: 'QuoteKind', doc: 'What a pair of quotation marks sets off.', values: ['quotation', 'term', 'title'] },
  { kind: 'enum', name: 'LocatorUnit', doc: 'The unit a {@link Locator} counts in.', values: ['page', 'paragraph'] },
  { kind: 'enum', name: 'CitationForm', doc: 'How a citation is set in the sentence.', values: ['parenthetical', 'narrative'] },
  { kind: 'enum', name: 'ReferenceType', doc: 'The bibliographic type of an entry.', values: ['book', 'chapter', 'article', 'archival-document'] },
  {
    kind: 'enum',
    name: 'DateBasis',
    doc: "Where a date comes from: the essay states it, it is derived from the essay's own words, or\nit is outside knowledge (then `dateNote` gives the ground).",
    values: ['stated', 'inferred', 'editorial'],
  },
  {
    kind: 'enum',
    name: 'DayBoundKind',
    doc: 'How one end of an event\'s date is bounded: `closed` (a known day, month, season or year),\n`open` (EDTF `..`: it runs on without a stated bound, "by 1954" is `../1954`) or `unknown` (EDTF: an\nempty end, a bound that exists but is not known).',
    values: ['closed', 'open', 'unknown'],
  },
  {
    kind: 'enum',
    name: 'PlaceKind',
    doc: 'What kind of place a {@link Place} is. Only cities and buildings have coordinates: a country, a\nregion or a border is not a point.',
    values: ['country', 'region', 'border', 'city', 'building'],
  },
  { kind: 'enum', name: 'ClaimRole', doc: 'The place of a claim in the argument.', values: ['thesis', 'claim', 'sub-claim'] },
  { kind: 'enum', name: 'NoteKind', doc: 'What an editorial note is about.', values: ['spelling', 'name', 'fact', 'punctuation', 'citation'] },

  // ---- the text
  {
    kind: 'record',
    name: 'Essay',
    doc: "The essay as a whole: one record.\n\n@example\n```ts\nimport { essay } from 'destalinisation-essay';\nessay.published; // '2014-06-15'\n```",
    fields: {
      id: { type: pattern('^[a-z0-9]+(-[a-z0-9]+)*$', 'a lowercase kebab-case id'), doc: 'Stable identifier of the essay.' },
      title: { type: text(), doc: 'The title exactly as printed (the text of the `title` block).' },
      published: {
        type: pattern('^[0-9]{4}-[0-9]{2}-[0-9]{2}$', 'an EDTF day, YYYY-MM-DD'),
        doc: 'Publication date on the blog, EDTF (from the dateline "Sunday, June 15, 2014").',
      },
      written: { type: pattern('^[0-9]{4}-[0-9]{2}$', 'an EDTF month, YYYY-MM'), doc: 'Date of writing, EDTF (from the line "May 2014").' },
      language: { type: pattern('^[a-z]{2,3}(-[A-Za-z0-9]+)*$', 'a BCP 47 language tag'), doc: 'Language of the text, BCP 47.' },
      thesisId: { type: nullable(id('ClaimId')), doc: 'The claim that states the thesis, or `null` while the argument layer is not yet published.' },
    },
  },
  {
    kind: 'record',
    name: 'Paragraph',
    doc: 'One of the 29 body paragraphs: the citable units of the edition (`p1` … `p29`, numbered `n` 1 to 29).',
    fields: {
      id: { type: id('ParagraphId'), doc: '`p1` … `p29`.' },
      kind: { type: literal('paragraph'), doc: "Always `'paragraph'`.", stored: enumOf('BlockKind') },
      text: { type: pattern('^\\S(.*\\S)?$', 'one line without space at either end'), doc: 'The paragraph exactly as printed.' },
      sectionId: { type: id('SectionId'), doc: 'The innermost section the paragraph belongs to.', storage: 'derived' },
      n: { type: { t: 'paragraphNumber' }, doc: 'The paragraph number, 1 to 29, in reading order.', storage: 'derived' },
    },
  },
  {
    kind: 'record',
    name: 'NonParagraphBlock',
    doc: 'Any block that is not a body paragraph: dateline, title, date, heading, pull quote or bibliography entry.',
    fields: {
      id: { type: id('BlockId', 'ParagraphId'), doc: "The block's identifier: `dateline`, `title`, `written`, `h1` … `h14`, `pullquote`, `bib1` … `bib14`." },
      kind: { type: enumOf('BlockKind', ['paragraph']), doc: 'What kind of block this is.', stored: enumOf('BlockKind') },
      text: { type: pattern('^\\S(.*\\S)?$', 'one line without space at either end'), doc: 'The block exactly as printed.' },
      sectionId: {
        type: nullable(id('SectionId')),
        doc: 'The innermost section the block belongs to; `null` for the front matter (dateline, title, date).',
        storage: 'derived',
      },
    },
  },
  {
    kind: 'union',
    name: 'Block',
    doc: "One block of the text, verbatim. Narrow on `kind` to reach a {@link Paragraph}'s `n`.\n\n@example\n```ts\nfor (const block of blocks) if (block.kind === 'paragraph') console.log(block.n);\n```",
    discriminator: 'kind',
    members: ['Paragraph', 'NonParagraphBlock'],
  },
  {
    kind: 'record',
    name: 'Section',
    doc: 'A section of the outline. Levels run from 1 (top-level headings) to 3 (the document\nsubsections of the case studies).',
    fields: {
      id: { type: id('SectionId'), doc: 'Stable identifier, e.g. `polish-october`.' },
      title: { type: text(), doc: 'The heading exactly as printed (misspellings included).' },
      level: { type: literal(1, 2, 3), doc: 'Depth in the outline: 1, 2 or 3.', storage: 'derived' },
      parentId: { type: nullable(id('SectionId')), doc: 'The enclosing section, or `null` at level 1.' },
      childIds: { type: array(id('SectionId')), doc: "The section's direct subsections, in reading order.", storage: 'derived' },
      headingBlockId: { type: id('BlockId'), doc: 'The heading block that opens the section.', storage: 'derived' },
      blockIds: {
        type: array(id('BlockId'), 1),
        doc: "The blocks that belong directly to this section, heading first, in reading order\n(subsections' blocks are not included; {@link blocksIn} includes them).",
      },
    },
  },
  {
    kind: 'record',
    name: 'Span',
    doc: "A stretch of one block's text. `start` and `end` are UTF-16 code-unit offsets, so\n`getBlock(span.blockId).text.slice(span.start, span.end) === span.text` always holds.",
    fields: {
      blockId: { type: id('BlockId'), doc: 'The block the span lies in.' },
      start: { type: int({ min: 0 }), doc: 'Offset of the first code unit, inclusive.' },
      end: { type: int({ min: 0 }), doc: 'Offset after the last code unit, exclusive.' },
      text: { type: string(), doc: 'The spanned text, exactly as printed.' },
    },
  },
  {
    kind: 'record',
    name: 'SearchHit',
    doc: 'One match of {@link search}: a span of the matched words plus a snippet of context.',
    extends: 'Span',
    fields: {
      snippet: { type: string(), doc: 'The matched words with some context either side, trimmed with `…` where the block goes on.' },
    },
  },

  // ---- the apparatus
  {
    kind: 'record',
    name: 'Locator',
    doc: 'A place inside a source: pages or paragraphs, with abbreviated ranges expanded\n(`13-5` is pages 13 to 15).',
    fields: {
      unit: { type: enumOf('LocatorUnit'), doc: 'Pages of a printed work, or paragraphs of an archival document.' },
      start: { type: int({ min: 1 }), doc: 'First page or paragraph.' },
      end: { type: int({ min: 1 }), doc: 'Last page or paragraph (equal to `start` for a single one).' },
      printed: { type: string(), doc: 'The locator as printed, e.g. `13-5` or `paras 8-9`.' },
    },
  },
  {
    kind: 'record',
    name: 'Quote',
    doc: 'A passage in quotation marks. The span covers the quoted words without the marks.',
    extends: 'Span',
    fields: {
      id: { type: id('QuoteId'), doc: 'Stable identifier.' },
      kind: { type: enumOf('QuoteKind'), doc: 'Words from a source, a term or scare quote, or the title of a work.' },
      speakerIds: { type: array(id('PersonId')), doc: "Who said or wrote the words (Lenin's words inside Khrushchev's speech are Lenin's)." },
      speakerOrganisationIds: {
        type: array(id('OrganisationId')),
        doc: 'The bodies whose words they are, where the essay gives them to a body rather than to a person (what\n"The Soviets made clear" at the Belweder talks is the Soviet leadership\'s, the Kremlin\'s); usually empty.',
      },
      speakerNote: {
        type: optionalText,
        doc: "Who speaks, in the editors' words, where the speaker lists do not say it all: no single speaker\nnamed, a body as speaker, or the essay's own unnamed author; otherwise `null`. Every quotation has\na speaker or this note.",
      },
      citationId: { type: nullable(id('CitationId')), doc: 'The in-text citation that supports the quotation, or `null`.' },
      referenceId: { type: nullable(id('ReferenceId')), doc: 'The source the words are taken from, or `null`.' },
      locator: { type: nullable(ref('Locator')), doc: 'Where in the source, or `null`.', storage: 'derived' },
      parentId: { type: nullable(id('QuoteId')), doc: 'The enclosing quotation, for a quotation inside a quotation; otherwise `null`.' },
      noteIds: { type: array(id('NoteId')), doc: 'Editorial notes on this quotation (irregular marks, for example).' },
      rationale: {
        type: optionalText,
        doc: "The editor's reasoning where the reading is not obvious (why this kind, this speaker, this\ncitation), or `null`.",
      },
    },
  },
  {
    kind: 'record',
    name: 'Citation',
    doc: 'An in-text citation such as `(Filtzer, 1993:13-5)`, `(ibid.:paras 8-9)` or `Jones (2006:2)`.',
    extends: 'Span',
    fields: {
      id: { type: id('CitationId'), doc: 'Stable identifier.' },
      form: { type: enumOf('CitationForm'), doc: 'Parenthetical `(Author, year:page)` or narrative `Author (year:page)`.' },
      ibid: { type: boolean(), doc: 'Whether the citation is printed as "ibid.".', storage: 'derived' },
      referenceId: {
        type: id('ReferenceId'),
        doc: 'The bibliography entry cited ("ibid." resolved to the source cited immediately before).',
        stored: nullable(id('ReferenceId')),
      },
      locator: { type: nullable(ref('Locator')), doc: 'The pinpoint, or `null` when none is printed or inherited.', storage: 'derived' },
      repeatsId: {
        type: nullable(id('CitationId')),
        doc: 'For an "ibid.", the citation it repeats (the one immediately before it); otherwise `null`.',
        storage: 'derived',
      },
      rationale: { type: optionalText, doc: "The editor's reasoning where the reading is not obvious, or `null`." },
    },
  },
  {
    kind: 'record',
    name: 'Name',
    doc: 'A personal name, parsed, with the form in which it is printed.',
    fields: {
      family: { type: text(), doc: 'Family name, corrected where the printed form is irregular.' },
      given: { type: optionalText, doc: 'Given names or initials, or `null` when none is known.' },
      printed: { type: text(), doc: 'The name exactly as printed (`———` resolved entries keep the dashes here).' },
    },
  },
  {
    kind: 'record',
    name: 'PageRange',
    doc: 'A page range of a chapter or article.',
    fields: {
      start: { type: int({ min: 1 }), doc: 'First page.' },
      end: { type: int({ min: 1 }), doc: 'Last page.' },
    },
  },
  {
    kind: 'record',
    name: 'Reference',
    doc: 'One bibliography entry, as printed and parsed.',
    fields: {
      id: { type: id('ReferenceId'), doc: 'Author-year identifier, e.g. `filtzer-1993`.' },
      label: {
        type: text(),
        doc: 'A short label for a graph node, a legend or a citation: the authors\' family names (one, two joined by\n"and", or the first and "et al.") and the year, with a, b, … where the same authors have several\nentries of one year, as in the Chicago form of {@link formatReference}: "Filtzer 1993", "Ivanov 1956a",\n"Morgan et al. 2000".',
        storage: 'derived',
      },
      blockId: { type: id('BlockId'), doc: 'The bibliography block that prints the entry.' },
      text: { type: string(), doc: 'The entry exactly as printed.' },
      type: { type: enumOf('ReferenceType'), doc: 'Book, chapter, article or archival document.' },
      authors: { type: array(ref('Name'), 1), doc: 'Authors in printed order.' },
      editors: { type: array(ref('Name')), doc: 'Editors in printed order.' },
      year: { type: int({ min: 1800, max: 2014 }), doc: 'Year of publication (or of the document).' },
      title: { type: text(), doc: 'Title without surrounding quotation marks and trailing punctuation.' },
      containerTitle: { type: optionalText, doc: 'The book, journal or collection that contains the work, or `null`.' },
      volume: { type: optionalText, doc: 'Volume, or `null`.' },
      issue: { type: optionalText, doc: 'Issue, or `null`.' },
      pages: { type: nullable(ref('PageRange')), doc: 'Page range, or `null`.' },
      publisher: { type: optionalText, doc: 'Publisher, or `null`.' },
      place: { type: optionalText, doc: 'Place of publication, or `null`.' },
      institution: { type: optionalText, doc: 'Institution that holds or issues the document, or `null`.' },
      archive: { type: optionalText, doc: 'Archive that holds the document, or `null`.' },
      url: { type: nullable(string({ min: 1, url: true })), doc: 'Web address as printed, or `null`.' },
      noteIds: { type: array(id('NoteId')), doc: 'Editorial notes on the entry.' },
    },
  },

  // ---- the entities
  { kind: 'alias', name: 'Mention', doc: 'A curated mention of a person, place or organisation: a {@link Span} of the words that name it.', of: 'Span' },
  {
    kind: 'record',
    name: 'NamedEntity',
    doc: 'What every person, place and organisation record has: names as printed, and mentions.',
    abstract: true,
    fields: {
      name: { type: text(), doc: 'Preferred modern form of the name, with its diacritics (e.g. "Władysław Gomułka", "Poznań").' },
      nameNote: {
        type: optionalText,
        doc: 'Where the preferred name is not printed as such in the essay (a diacritic restored, a given\nname added, an identification made), what the editors did and on what ground; otherwise `null`.',
      },
      variants: { type: array(text(), 1), doc: 'Every form printed in the essay, misspellings and abbreviations included.' },
      description: { type: text(), doc: 'One line drawn from what the essay says.' },
      mentions: { type: array(ref('Mention')), doc: 'Every mention, in reading order.', storage: 'derived' },
    },
  },
  {
    kind: 'record',
    name: 'Person',
    doc: 'A person the essay names: a historical actor or a cited scholar.',
    extends: 'NamedEntity',
    fields: { id: { type: id('PersonId'), doc: 'Stable identifier, e.g. `khrushchev`.' } },
  },
  {
    kind: 'record',
    name: 'Place',
    doc: 'A place the essay names: a country, city, building, region or border.',
    extends: 'NamedEntity',
    fields: {
      id: { type: id('PlaceId'), doc: 'Stable identifier.' },
      kind: { type: enumOf('PlaceKind'), doc: 'Country, region, border, city or building: an editorial classification.' },
      coordinates: {
        type: nullable(tuple(number({ min: -180, max: 180 }), number({ min: -90, max: 90 }))),
        doc: '`[longitude, latitude]` (WGS 84) for a city or a building; always editorial (the essay gives\nnone), `null` for countries, regions and borders, which are not points. {@link hasCoordinates}\nnarrows a place to one that has them.',
      },
      coordinatesNote: { type: optionalText, doc: 'The ground for the coordinates, or `null` when there are none.' },
      withinId: {
        type: nullable(id('PlaceId')),
        doc: 'The smallest place of the edition that contains this one (the Lenin Mausoleum is in Moscow, Moscow\nin the Soviet Union), given for cities and buildings only; `null` for countries, regions and borders,\nand where the edition records no place that contains it. Always editorial (`withinNote`).',
      },
      withinNote: { type: optionalText, doc: 'The ground for `withinId`, or `null` when there is none.' },
    },
  },
  {
    kind: 'record',
    name: 'Organisation',
    doc: 'An organisation the essay names: a party, body, ministry, alliance, faction or archive.',
    extends: 'NamedEntity',
    fields: { id: { type: id('OrganisationId'), doc: 'Stable identifier.' } },
  },
  {
    kind: 'record',
    name: 'EventDays',
    doc: "The days an event's date can mean, inclusive, as ISO dates: ready for a time axis without\nparsing EDTF. `1956-03~` is `1956-03-01` to `1956-03-31`, the season `1956-23` (autumn)\n`1956-09-01` to `1956-11-30`, `1956-10-19/1956-10-20` two days. Where an end is `open` or\n`unknown`, `first` and `last` hold the days of the known end alone (`../1954`, \"by 1954\", is\n`1954-01-01` to `1954-12-31` with `start: 'open'`): draw them, and mark the open side.\n\n@example\n```ts\ngetEvent('ussr-dprk-break').days; // { first: '1956-09-01', last: '1956-11-30', start: 'closed', end: 'closed', endExclusive: '1956-12-01' }\n```",
    fields: {
      first: {
        type: pattern('^[0-9]{4}-[0-9]{2}-[0-9]{2}$', 'an ISO day, YYYY-MM-DD'),
        doc: 'The first possible day (for an open or unknown start, the first day of the known end).',
      },
      last: {
        type: pattern('^[0-9]{4}-[0-9]{2}-[0-9]{2}$', 'an ISO day, YYYY-MM-DD'),
        doc: 'The last possible day, inclusive (for an open or unknown end, the last day of the known start).',
      },
      start: { type: enumOf('DayBoundKind'), doc: 'Whether the start is a known bound, open or unknown.' },
      end: { type: enumOf('DayBoundKind'), doc: 'Whether the end is a known bound, open or unknown.' },
      endExclusive: {
        type: pattern('^[0-9]{4}-[0-9]{2}-[0-9]{2}$', 'an ISO day, YYYY-MM-DD'),
        doc: 'The day after `last`: the exclusive end that axis libraries take (vis-timeline, Observable Plot,\nECharts), so that a one-day event has a width.',
      },
    },
  },
  {
    kind: 'record',
    name: 'Event',
    doc: 'A dated or datable happening the essay narrates, or the date of a document it cites.',
    fields: {
      id: { type: id('EventId'), doc: 'Stable identifier.' },
      title: { type: text(), doc: "The editors' title: what happened, in the essay's words where it has them." },
      shortTitle: {
        type: string({ min: 1, max: 40 }),
        doc: 'The title cut to at most 40 characters for a graph node, a map popup or a timeline marker: editorial,\nnaming only people, places and organisations that the title or summary names (see the editorial policy).',
      },
      summary: { type: text(), doc: "The essay's sentence that narrates it, or, where no single sentence does, the title." },
      date: { type: text(), doc: 'The date, EDTF levels 0 and 1 (e.g. `1956-02-25`, `1956-10-19/1956-10-20`, `../1954`).' },
      dateLabel: {
        type: text(),
        doc: 'The date in words, ready to show: "25 February 1956", "fall 1956", "about March 1956", "by 1954";\nderived from `date` by {@link formatDate} with its default options.',
        storage: 'derived',
      },
      dateText: { type: text(), doc: "The essay's own words that give the date." },
      dateBasis: { type: enumOf('DateBasis'), doc: 'Where the date comes from.' },
      dateNote: { type: optionalText, doc: 'How an inferred or editorial date was reached, or `null` for a stated one.' },
      blockIds: { type: array(id('BlockId'), 1), doc: 'The blocks that narrate the event.' },
      personIds: { type: array(id('PersonId')), doc: 'People who take part.' },
      placeIds: {
        type: array(id('PlaceId')),
        doc: "Where it happened: its venue, where the essay names or implies one; otherwise the places it\ninvolves as the essay tells it (the editorial policy's rule).",
      },
      placeNote: { type: optionalText, doc: 'The ground for a place the editors give that the essay does not state (a venue it only implies), or `null`.' },
      organisationIds: { type: array(id('OrganisationId')), doc: 'Organisations involved.' },
      sourceIds: { type: array(id('ReferenceId')), doc: 'Bibliography entries that document it.' },
      days: { type: ref('EventDays'), doc: 'The days the date can mean, as ISO dates, derived from `date`.', storage: 'derived' },
      caseStudyId: {
        type: id('CaseStudyId'),
        doc: 'The case study the event belongs to (its row on a timeline), from `data/event-case-studies.json`.',
        storage: 'derived',
      },
      caseStudyNote: { type: text(), doc: 'The ground for that assignment: where and how the essay tells the event.', storage: 'derived' },
    },
  },
  {
    kind: 'record',
    name: 'CaseStudy',
    doc: "One of the essay's case studies: the Soviet centre (the Secret Speech and its background) and the\nthree countries of \"International Communism and the Problems of de-Stalinsation\" (Poland, China,\nNorth Korea). Every event belongs to one; a timeline draws one row each.\n\n@example\n```ts\ncaseStudies.map((c) => c.id); // ['soviet-union', 'poland', 'china', 'north-korea']\n```",
    fields: {
      id: { type: id('CaseStudyId'), doc: 'Stable identifier, e.g. `poland`.' },
      name: { type: text(), doc: 'The label for a row or a legend.' },
      description: { type: text(), doc: 'What the case study covers, in one sentence.' },
      placeId: { type: id('PlaceId'), doc: 'The country it is about.' },
      sectionIds: { type: array(id('SectionId'), 1), doc: 'The sections of the outline that treat it (with their subsections).' },
      eventIds: { type: array(id('EventId')), doc: 'Its events, in the order of `events`.', storage: 'derived' },
    },
  },

  // ---- the argument
  {
    kind: 'record',
    name: 'Evidence',
    doc: 'What a claim rests on.',
    fields: {
      quoteIds: { type: array(id('QuoteId')), doc: 'Quotations offered in support.' },
      citationIds: { type: array(id('CitationId')), doc: 'Citations offered in support.' },
      eventIds: { type: array(id('EventId')), doc: 'Events offered in support.' },
    },
  },
  {
    kind: 'record',
    name: 'Claim',
    doc: "A claim of the essay's argument, anchored to its exact words.",
    fields: {
      id: { type: id('ClaimId'), doc: 'Stable identifier.' },
      role: { type: enumOf('ClaimRole'), doc: 'Thesis, main claim or supporting claim.' },
      label: {
        type: string({ min: 1, max: 60 }),
        doc: "A short label for a graph node or a list, in the claim's own words: editorial, each word taken\nfrom its spans or fairly derived from them (see the editorial policy).",
      },
      spans: { type: array(ref('Span'), 1), doc: 'The words that state the claim; several where it is restated.' },
      supports: { type: array(id('ClaimId')), doc: 'The claims this one argues for.' },
      evidence: { type: ref('Evidence'), doc: 'What the claim rests on.' },
    },
  },

  // ---- the editorial layer
  {
    kind: 'record',
    name: 'Note',
    doc: "An editorial note anchored to the exact words it is about. The text itself never changes;\nthe note carries the correction (like TEI's `<choice><sic/><corr/></choice>`).",
    extends: 'Span',
    fields: {
      id: { type: id('NoteId'), doc: 'Stable identifier.' },
      kind: { type: enumOf('NoteKind'), doc: 'What the note is about.' },
      correction: { type: optionalText, doc: 'The corrected form, where there is one; otherwise `null`.' },
      note: { type: text(), doc: 'One sentence.' },
    },
  },

  // ---- the whole
  {
    kind: 'record',
    name: 'EssayData',
    doc: 'The shape of `destalinisation-essay/essay.json`: every collection in its public shape, offsets\nresolved, for use from any language. `essay.schema.json` is its JSON Schema.',
    // The schema of the whole adds the integrity rules to this one (src/integrity/).
    schemaName: 'EssayDataShapeSchema',
    schemaDoc:
      '{@link EssayData}, the shape only: every record strict and every id a known one, but nothing\nchecked across records. For the integrity rules as well, use {@link EssayDataSchema}.',
    fields: {
      version: { type: string(), doc: 'The package version that built the file.' },
      essay: { type: ref('Essay'), doc: "The essay's own record." },
      blocks: { type: array(ref('Block')), doc: 'Every block of the text.' },
      paragraphs: { type: array(ref('Paragraph')), doc: 'The body paragraphs (the paragraph blocks, repeated for convenience).' },
      sections: { type: array(ref('Section')), doc: 'The outline.' },
      quotes: { type: array(ref('Quote')), doc: 'Every quotation.' },
      citations: { type: array(ref('Citation')), doc: 'Every in-text citation.' },
      references: { type: array(ref('Reference')), doc: 'The bibliography.' },
      people: { type: array(ref('Person')), doc: 'Every person named.' },
      places: { type: array(ref('Place')), doc: 'Every place named.' },
      organisations: { type: array(ref('Organisation')), doc: 'Every organisation named.' },
      events: { type: array(ref('Event')), doc: 'Every event.' },
      caseStudies: { type: array(ref('CaseStudy')), doc: 'The case studies the events are grouped by.' },
      claims: { type: array(ref('Claim')), doc: 'The argument.' },
      notes: { type: array(ref('Note')), doc: 'The editorial notes.' },
    },
  },
];

/**
 * Shapes that exist only in `data/`: the anchor a span is stored as, and a mention (stored apart
 * from the entity it names, in reading order).
 */
export const dataOnlyShapes: readonly Shape[] = [
  {
    kind: 'record',
    name: 'Anchor',
    doc: 'Where an annotation points in `data/`: a block and the exact words (the n-th occurrence, from 0, where they repeat).',
    fields: {
      blockId: { type: id('BlockId'), doc: 'The block the words lie in.' },
      text: { type: text(), doc: 'The exact words.' },
      occurrence: { type: int({ min: 0 }), doc: 'Needed only where the words occur more than once in the block.', optional: true },
    },
  },
  {
    kind: 'record',
    name: 'MentionEntry',
    doc: 'One entry of `data/mentions.json`: a curated mention of a person, place or organisation.',
    extends: 'Anchor',
    first: ['entityId'],
    fields: { entityId: { type: string(), doc: 'The person, place or organisation mentioned (ids are unique across the three).' } },
  },
  {
    kind: 'record',
    name: 'CaseStudyAssignment',
    doc: 'One entry of `data/event-case-studies.json`: the case study an event belongs to, with the ground.',
    first: ['eventId'],
    fields: {
      eventId: { type: id('EventId'), doc: 'The event.' },
      caseStudyId: { type: id('CaseStudyId'), doc: 'The case study it belongs to.' },
      note: { type: text(), doc: 'The ground: where and how the essay tells the event.' },
    },
  },
];
