import type { EssayData, Event, Name, Reference } from '../../src/types/index.js';

/**
 * A small edition written by hand for the tests of the data-first helpers: five blocks of text in
 * two sections, two bibliography entries, two quotes (one inside the other), one citation, four
 * people, two places, one organisation, three events, two case studies, three claims and two
 * notes. The words are made up for the tests (they are not the essay's); every offset was counted
 * by hand, and `tests/edition.test.ts` checks that each span's text is what its offsets slice.
 *
 * p3:  `Gomułka met Khrushchev in Warsaw (Filtzer, 1993:13).` (52 code units)
 *       0-7 Gomułka, 12-22 Khrushchev, 26-32 Warsaw, 33-51 the citation
 * p10: `Khrushchev said "peaceful coexistence" and Lenin agreed.` (56 code units)
 *       0-10 Khrushchev, 17-37 the quotation, 26-37 coexistence, 43-48 Lenin
 */
export function smallEdition(): EssayData {
  const name = (family: string, given: string): Name => ({ family, given, printed: `${family}, ${given}` });
  const reference = (fields: Pick<Reference, 'id' | 'blockId' | 'text' | 'authors' | 'year' | 'title' | 'publisher' | 'place'>): Reference => ({
    type: 'book',
    editors: [],
    containerTitle: null,
    volume: null,
    issue: null,
    pages: null,
    institution: null,
    archive: null,
    url: null,
    noteIds: [],
    label: `${fields.authors[0]?.family} ${fields.year}`,
    ...fields,
  });
  const event = (
    fields: Pick<Event, 'id' | 'title' | 'date' | 'personIds' | 'placeIds' | 'organisationIds' | 'sourceIds' | 'caseStudyId' | 'days'>,
  ): Event => ({
    shortTitle: fields.title,
    summary: `${fields.title}.`,
    dateLabel:
      ({ '1956-10-19/1956-10-20': '19–20 October 1956', '1956-02-25': '25 February 1956', '1953-12': 'December 1953' } as Record<string, string>)[
        fields.date
      ] ?? fields.date,
    dateText: fields.date,
    dateBasis: 'stated',
    dateNote: null,
    placeNote: null,
    blockIds: ['p3'],
    caseStudyNote: 'Made up for the tests.',
    ...fields,
  });
  const entity = { nameNote: null, variants: [], description: 'Made up for the tests.' };
  return {
    version: '0.0.0-test',
    essay: { id: 'small', title: 'A Small Edition', published: '2014-06-15', written: '2014-05', language: 'en', thesisId: 'thesis' },
    blocks: [
      { id: 'title', kind: 'title', text: 'A Small Edition', sectionId: null },
      { id: 'h1', kind: 'heading', text: 'Introduction', sectionId: 'introduction' },
      { id: 'p3', kind: 'paragraph', text: 'Gomułka met Khrushchev in Warsaw (Filtzer, 1993:13).', sectionId: 'introduction', n: 3 },
      { id: 'h2', kind: 'heading', text: 'Background', sectionId: 'background' },
      { id: 'p10', kind: 'paragraph', text: 'Khrushchev said "peaceful coexistence" and Lenin agreed.', sectionId: 'background', n: 10 },
      { id: 'bib1', kind: 'reference', text: 'Filtzer, D. (1993) The Khrushchev Era. London: Macmillan.', sectionId: null },
      { id: 'bib2', kind: 'reference', text: 'Gomulka, W. (1956) Notes. Warsaw.', sectionId: null },
    ],
    paragraphs: [
      { id: 'p3', kind: 'paragraph', text: 'Gomułka met Khrushchev in Warsaw (Filtzer, 1993:13).', sectionId: 'introduction', n: 3 },
      { id: 'p10', kind: 'paragraph', text: 'Khrushchev said "peaceful coexistence" and Lenin agreed.', sectionId: 'background', n: 10 },
    ],
    sections: [
      { id: 'introduction', title: 'Introduction', level: 1, parentId: null, childIds: ['background'], headingBlockId: 'h1', blockIds: ['h1', 'p3'] },
      { id: 'background', title: 'Background', level: 2, parentId: 'introduction', childIds: [], headingBlockId: 'h2', blockIds: ['h2', 'p10'] },
    ],
    quotes: [
      {
        id: 'p10-q1',
        blockId: 'p10',
        start: 17,
        end: 37,
        text: 'peaceful coexistence',
        kind: 'quotation',
        speakerIds: ['khrushchev'],
        speakerOrganisationIds: [],
        speakerNote: null,
        citationId: null,
        referenceId: 'filtzer-1993',
        locator: null,
        parentId: null,
        noteIds: [],
        rationale: null,
      },
      {
        id: 'p10-q2',
        blockId: 'p10',
        start: 26,
        end: 37,
        text: 'coexistence',
        kind: 'term',
        speakerIds: ['lenin'],
        speakerOrganisationIds: [],
        speakerNote: null,
        citationId: null,
        referenceId: null,
        locator: null,
        parentId: 'p10-q1',
        noteIds: [],
        rationale: null,
      },
    ],
    citations: [
      {
        id: 'p3-c1',
        blockId: 'p3',
        start: 33,
        end: 51,
        text: '(Filtzer, 1993:13)',
        form: 'parenthetical',
        ibid: false,
        referenceId: 'filtzer-1993',
        locator: { unit: 'page', start: 13, end: 13, printed: '13' },
        repeatsId: null,
        rationale: null,
      },
    ],
    references: [
      reference({
        id: 'filtzer-1993',
        blockId: 'bib1',
        text: 'Filtzer, D. (1993) The Khrushchev Era. London: Macmillan.',
        authors: [name('Filtzer', 'D.')],
        year: 1993,
        title: 'The Khrushchev Era',
        publisher: 'Macmillan',
        place: 'London',
      }),
      reference({
        id: 'gomulka-1956',
        blockId: 'bib2',
        text: 'Gomulka, W. (1956) Notes. Warsaw.',
        authors: [name('Gomulka', 'W.')],
        year: 1956,
        title: 'Notes',
        publisher: null,
        place: 'Warsaw',
      }),
    ],
    people: [
      {
        id: 'khrushchev',
        name: 'Nikita Khrushchev',
        ...entity,
        mentions: [
          { blockId: 'p3', start: 12, end: 22, text: 'Khrushchev' },
          { blockId: 'p10', start: 0, end: 10, text: 'Khrushchev' },
        ],
      },
      { id: 'gomulka', name: 'Władysław Gomułka', ...entity, mentions: [{ blockId: 'p3', start: 0, end: 7, text: 'Gomułka' }] },
      { id: 'lenin', name: 'Vladimir Lenin', ...entity, mentions: [{ blockId: 'p10', start: 43, end: 48, text: 'Lenin' }] },
      { id: 'stalin', name: 'Joseph Stalin', ...entity, mentions: [] },
    ],
    places: [
      {
        id: 'warsaw',
        name: 'Warsaw',
        ...entity,
        mentions: [{ blockId: 'p3', start: 26, end: 32, text: 'Warsaw' }],
        kind: 'city',
        coordinates: [21.01, 52.23],
        coordinatesNote: 'Made up for the tests.',
        withinId: null,
        withinNote: null,
      },
      { id: 'poland', name: 'Poland', ...entity, mentions: [], kind: 'country', coordinates: null, coordinatesNote: null, withinId: null, withinNote: null },
    ],
    organisations: [{ id: 'cpsu', name: 'Communist Party of the Soviet Union', ...entity, mentions: [] }],
    // Not in timeline order: the helpers put them in it.
    events: [
      event({
        id: 'belweder-talks',
        title: 'Talks at the Belweder',
        date: '1956-10-19/1956-10-20',
        personIds: ['khrushchev', 'gomulka'],
        placeIds: ['warsaw'],
        organisationIds: [],
        sourceIds: [],
        caseStudyId: 'poland',
        days: { first: '1956-10-19', last: '1956-10-20', start: 'closed', end: 'closed', endExclusive: '1956-10-21' },
      }),
      event({
        id: 'secret-speech',
        title: 'The Secret Speech',
        date: '1956-02-25',
        personIds: ['khrushchev'],
        placeIds: [],
        organisationIds: ['cpsu'],
        sourceIds: ['filtzer-1993'],
        caseStudyId: 'soviet-union',
        days: { first: '1956-02-25', last: '1956-02-25', start: 'closed', end: 'closed', endExclusive: '1956-02-26' },
      }),
      event({
        id: 'beria-executed',
        title: 'Beria executed',
        date: '1953-12',
        personIds: [],
        placeIds: [],
        organisationIds: ['cpsu'],
        sourceIds: [],
        caseStudyId: 'soviet-union',
        days: { first: '1953-12-01', last: '1953-12-31', start: 'closed', end: 'closed', endExclusive: '1954-01-01' },
      }),
    ],
    caseStudies: [
      {
        id: 'soviet-union',
        name: 'Soviet Union',
        description: 'Made up for the tests.',
        placeId: 'poland',
        sectionIds: ['background'],
        eventIds: ['secret-speech', 'beria-executed'],
      },
      { id: 'poland', name: 'Poland', description: 'Made up for the tests.', placeId: 'poland', sectionIds: ['introduction'], eventIds: ['belweder-talks'] },
    ],
    claims: [
      {
        id: 'thesis',
        role: 'thesis',
        label: 'Khrushchev said it',
        spans: [{ blockId: 'p10', start: 0, end: 56, text: 'Khrushchev said "peaceful coexistence" and Lenin agreed.' }],
        supports: [],
        evidence: { quoteIds: ['p10-q1'], citationIds: [], eventIds: [] },
      },
      {
        id: 'poland-revolt-from-destalinisation',
        role: 'claim',
        label: 'Gomułka met Khrushchev',
        spans: [{ blockId: 'p3', start: 0, end: 32, text: 'Gomułka met Khrushchev in Warsaw' }],
        supports: ['thesis'],
        evidence: { quoteIds: [], citationIds: ['p3-c1'], eventIds: ['belweder-talks'] },
      },
      {
        id: 'china-opposition-fed-split',
        role: 'sub-claim',
        label: 'Khrushchev said',
        spans: [{ blockId: 'p10', start: 0, end: 15, text: 'Khrushchev said' }],
        supports: ['poland-revolt-from-destalinisation'],
        evidence: { quoteIds: ['p10-q2'], citationIds: ['p3-c1'], eventIds: ['secret-speech'] },
      },
    ],
    // Not in the order of their words: the Markdown footnote marks follow the words.
    notes: [
      { id: 'p10-n2', blockId: 'p10', start: 43, end: 48, text: 'Lenin', kind: 'name', correction: null, note: 'A note on a name.' },
      { id: 'p10-n1', blockId: 'p10', start: 0, end: 10, text: 'Khrushchev', kind: 'spelling', correction: 'Khrushchov', note: 'Another transliteration.' },
    ],
  };
}
