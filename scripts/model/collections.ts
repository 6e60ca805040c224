/**
 * The table of collections: one row for each collection the edition publishes. Every list of
 * collections is generated or derived from it: the id types of `src/generated/ids.ts`, the files of
 * `data/` the build reads (and the type of what it reads), the collection modules that ship, the
 * wrappers of `src/collections/` and the lookups of `src/lookups/` with their TSDoc, the collection
 * and lookup exports of `src/index.ts`, the links between records that the integrity checks follow,
 * and the tables of the size budgets and the benchmark. Adding a collection is its shape in
 * `shapes.ts`, its data file, its loader, and one row here.
 *
 * @internal
 */
import type { CollectionRow, StoredOnlyRow } from './field-types.js';

/** Every published collection, in the order of `essay.json`. */
export const collections = [
  {
    name: 'essay',
    shape: 'Essay',
    list: false,
    noun: 'essay',
    dataFile: 'essay.json',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the TSDoc example holds a template literal
    doc: "The essay's own record: title, dates (EDTF) and language.\n\n@example\n```ts\nimport { essay } from 'destalinisation-essay';\nconsole.log(`${essay.title} (${essay.written})`);\n```",
  },
  {
    name: 'blocks',
    shape: 'Block',
    list: true,
    noun: 'block',
    dataFile: 'blocks.json',
    composed: true,
    id: { type: 'BlockId', doc: 'a block of the text', source: { from: 'own' } },
    doc: 'Every block of the text, verbatim, in reading order: 61 in all (dateline, title, date written,\n14 headings, 29 paragraphs, the pull quote and 14 bibliography entries).',
    lookup: {
      name: 'getBlock',
      what: 'a block',
      idExample: 'p3',
      example: "getBlock('p3').n; // 3: typed as a Paragraph",
      doc: "Finds a block by id. A known literal id is typed as its block; any other string returns\n`undefined` (inherited names such as `__proto__` included). Never throws.\n\n@param id - A block id, e.g. `p3` or `h1`.\n@returns The block, or `undefined`.\n\n@example\n```ts\ngetBlock('p3').n; // 3: typed as a Paragraph\nconst userInput: string = 'h1';\ngetBlock(userInput)?.text; // 'Introduction' (typed Block | undefined)\n```",
      known: [
        ['ParagraphId', 'Paragraph'],
        ['BlockId', 'Block'],
      ],
    },
  },
  {
    name: 'paragraphs',
    shape: 'Paragraph',
    list: true,
    noun: 'paragraph',
    id: {
      type: 'ParagraphId',
      doc: 'a body paragraph, `p1` … `p29`',
      source: { from: 'blocks', pattern: '^p[0-9]+$' },
      schemaDoc: 'A paragraph id, `p1` … `p29`.',
    },
    doc: 'The 29 body paragraphs, `p1` … `p29`: the paragraph blocks of {@link blocks}, in order (the same objects).',
    lookup: {
      name: 'getParagraph',
      what: 'a body paragraph',
      idExample: 'p3',
      example: 'getParagraph(29).text;   // the conclusion',
      doc: "Finds a body paragraph by id (`'p1'` … `'p29'`) or by number (`1` … `29`). Anything else,\nincluding `'3'`, `0`, `30` or `2.5`, returns `undefined`. Never throws.\n\n@param id - A paragraph id (`p1` … `p29`) or number (1 … 29).\n@returns The paragraph, or `undefined`.\n\n@example\n```ts\ngetParagraph(29).text;   // the conclusion\ngetParagraph('p30');     // undefined\n```",
      known: [['ParagraphId | ParagraphNumber', 'Paragraph']],
      accepts: 'string | number',
      before: "if (typeof id === 'number') return Number.isInteger(id) && id >= 1 ? paragraphs[id - 1] : undefined;",
    },
  },
  {
    name: 'sections',
    shape: 'Section',
    list: true,
    noun: 'section',
    dataFile: 'sections.json',
    id: { type: 'SectionId', doc: 'a section of the outline', source: { from: 'own' } },
    doc: 'The outline: 14 sections in reading order, levels 1 to 3. The three case studies (Poland,\nChina, North Korea) sit under "International Communism and the Problems of de-Stalinsation",\neach with its document subsections; the bibliography is a section of its own.',
    lookup: {
      name: 'getSection',
      what: 'a section of the outline',
      idExample: 'conclusion',
      example: "getSection('polish-october').title; // 'De-Stalinisation and the Polish October'",
    },
  },
  {
    name: 'quotes',
    shape: 'Quote',
    list: true,
    noun: 'quote',
    dataFile: 'quotes.json',
    id: { type: 'QuoteId', doc: 'a quotation', source: { from: 'own' } },
    doc: 'Every passage in quotation marks, in reading order (a nested quotation follows the one that\nencloses it): 69 in all, 37 quotations, 16 terms and 16 titles, bibliography titles included.\nEach has its speakers, and its source and locator from the citation that supports it.',
    lookup: { name: 'getQuote', what: 'a quotation', idExample: 'p10-q2', example: "getQuote('p10-q2').speakerIds; // ['lenin']" },
  },
  {
    name: 'citations',
    shape: 'Citation',
    list: true,
    noun: 'citation',
    dataFile: 'citations.json',
    id: { type: 'CitationId', doc: 'an in-text citation', source: { from: 'own' } },
    doc: 'Every in-text citation of the body, parenthetical `(Filtzer, 1993:13-5)` and narrative\n`Jones (2006:2)`, in reading order: 44 in all, 26 of them "ibid.", each resolved to the source\ncited immediately before it, with abbreviated page ranges expanded.',
    lookup: {
      name: 'getCitation',
      what: 'an in-text citation',
      idExample: 'p5-c2',
      example: "getCitation('p7-c2').referenceId; // 'khrushchev-1956': the ibid. resolved",
    },
  },
  {
    name: 'references',
    shape: 'Reference',
    list: true,
    noun: 'reference',
    dataFile: 'references.json',
    id: { type: 'ReferenceId', doc: 'a bibliography entry', source: { from: 'own' } },
    doc: 'The bibliography: 14 entries in printed order, each with its printed text and its parsed\nfields ("———" resolved to the previous entry\'s author; irregular forms corrected in `family`\nand `given`, with notes).',
    lookup: {
      name: 'getReference',
      what: 'a bibliography entry',
      idExample: 'filtzer-1993',
      example: "getReference('mao-1962').authors[0]?.family; // 'Mao'",
    },
  },
  {
    name: 'people',
    shape: 'Person',
    list: true,
    noun: 'person',
    dataFile: 'people.json',
    id: { type: 'PersonId', doc: 'a person', source: { from: 'own' } },
    doc: 'Every person the essay names, historical actors and cited scholars alike, with the preferred\nmodern form of the name, every printed form, a line from the essay and every mention.',
    lookup: { name: 'getPerson', what: 'a person', idExample: 'khrushchev', example: "getPerson('gomulka')?.name; // 'Władysław Gomułka'" },
  },
  {
    name: 'places',
    shape: 'Place',
    list: true,
    noun: 'place',
    dataFile: 'places.json',
    id: { type: 'PlaceId', doc: 'a place', source: { from: 'own' } },
    doc: 'Every place the essay names (countries, cities, buildings, regions, borders), with every\nmention and, where the place is certain, editorial coordinates.',
    lookup: { name: 'getPlace', what: 'a place', idExample: 'warsaw', example: "getPlace('warsaw')?.coordinates; // [21.0122, 52.2297]" },
  },
  {
    name: 'organisations',
    shape: 'Organisation',
    list: true,
    noun: 'organisation',
    dataFile: 'organisations.json',
    id: { type: 'OrganisationId', doc: 'an organisation', source: { from: 'own' } },
    doc: 'Every organisation the essay names (parties and their bodies, ministries, alliances, factions, archives), with every mention.',
    lookup: {
      name: 'getOrganisation',
      what: 'an organisation',
      idExample: 'kwp',
      example: "getOrganisation('kwp')?.variants; // ['Korean Worker’s Party', 'Workers’ Party', 'KWP']",
    },
  },
  {
    name: 'events',
    shape: 'Event',
    list: true,
    noun: 'event',
    dataFile: 'events.json',
    id: { type: 'EventId', doc: 'an event', source: { from: 'own' } },
    doc: "Every dated or datable happening the essay narrates, and the dates of the documents it cites,\nin reading order (by the first block that narrates each, then where its date is given): EDTF `date`, the essay's own `dateText`, and `dateBasis` (`stated`,\n`inferred` or `editorial`, with `dateNote` saying how). {@link timeline} gives them in date order.",
    lookup: { name: 'getEvent', what: 'an event', idExample: 'secret-speech', example: "getEvent('secret-speech').date; // '1956-02-25'" },
  },
  {
    name: 'caseStudies',
    shape: 'CaseStudy',
    list: true,
    noun: 'case study',
    dataFile: 'case-studies.json',
    id: { type: 'CaseStudyId', doc: 'a case study', source: { from: 'own' } },
    doc: "The essay's case studies, in its order: the Soviet centre (the Secret Speech and its background),\nthen Poland, China and North Korea. Which one each event belongs to is editorial data\n(`data/event-case-studies.json`), with its ground in the event's `caseStudyNote`; each case study\nlists its `eventIds`. A timeline draws one row per case study ({@link toTimelineJs} uses them as\ngroups, {@link timeline} filters by them).\n\n@example\n```ts\ncaseStudies.find((c) => c.id === 'poland')?.eventIds.includes('belweder-talks'); // true\n```",
    lookup: {
      name: 'getCaseStudy',
      what: 'a case study',
      idExample: 'poland',
      example: "getCaseStudy(getEvent('belweder-talks').caseStudyId).name; // 'Poland'",
    },
  },
  {
    name: 'claims',
    shape: 'Claim',
    list: true,
    noun: 'claim',
    dataFile: 'claims.json',
    id: { type: 'ClaimId', doc: 'a claim of the argument', source: { from: 'own' } },
    doc: 'The argument: the thesis (stated in the introduction, restated in the conclusion), the main\nclaims and the supporting claims of each section, each anchored to its exact words, with the\nclaims it supports and the quotes, citations and events offered as evidence. Ordered by role:\nthe thesis, the four main claims, then the supporting claims in reading order.',
    lookup: { name: 'getClaim', what: 'a claim', idExample: 'thesis', example: "getClaim('thesis').spans.map((s) => s.blockId); // ['p2', 'p29', 'p29']" },
  },
  {
    name: 'notes',
    shape: 'Note',
    list: true,
    noun: 'note',
    dataFile: 'notes.json',
    id: { type: 'NoteId', doc: 'an editorial note', source: { from: 'own' } },
    doc: 'The editorial layer: 69 notes on misspellings, name forms, factual slips, irregular quotation\nmarks and bibliographic irregularities, each anchored to its exact words, with a correction where\nthere is one. The text itself never changes.',
    lookup: { name: 'getNote', what: 'an editorial note', idExample: 'h11-n1', example: "getNote('h11-n1')?.correction; // 'Ambassador'" },
  },
] as const satisfies readonly CollectionRow[];

/**
 * The files of `data/` that are read into the build but are not collections of their own: the
 * mentions (given to the people, places and organisations they name) and the case study of each
 * event (given to the events and the case studies).
 */
export const storedOnly = [
  { key: 'mentions', file: 'mentions.json', shape: 'MentionEntry' },
  { key: 'caseStudyAssignments', file: 'event-case-studies.json', shape: 'CaseStudyAssignment' },
] as const satisfies readonly StoredOnlyRow[];

/**
 * The order of the collection exports of `src/index.ts`: the order that bundles them smallest.
 * gzip looks back 32 KiB, so the collections that repeat words of the text come just before the
 * text itself (see docs/performance.md). Every collection is named once.
 */
export const bundleOrder: readonly (typeof collections)[number]['name'][] = [
  'essay',
  'sections',
  'citations',
  'references',
  'organisations',
  'places',
  'notes',
  'people',
  'claims',
  'events',
  'caseStudies',
  'quotes',
  'blocks',
  'paragraphs',
];
