/**
 * The data-first helpers of `destalinisation-essay/edition`, on a small edition written by hand
 * (tests/support/small-edition.ts): what each gives was worked out from the fixture's words and
 * offsets, not taken from the helpers' output. Then: the package's own data through the
 * data-first forms gives exactly the root's output; the caller's data is never changed; and no
 * result is a caller's array, nor kept where a change to the data would leave it stale.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { essayData } from '../scripts/essay-json.js';
import * as root from '../src/index.js';
import {
  blocksIn,
  citationsIn,
  citationsOf,
  createEdition,
  eventsInvolving,
  evidenceFor,
  formatReference,
  mentionsOf,
  plainTextRange,
  quotesBy,
  quotesFrom,
  quotesIn,
  search,
  sectionOf,
  segments,
  timeline,
  toGeoJson,
  toGraph,
  toMarkdown,
  toPlainText,
  toTimelineJs,
} from '../src/edition.js';
import * as edition from '../src/edition.js';
import { deepFreeze } from '../src/internal/deep-freeze.js';
import type { EssayData } from '../src/types/index.js';
import { copy } from './support/data.js';
import { rootOutputs } from './support/root-outputs.js';
import { smallEdition } from './support/small-edition.js';

const small = smallEdition();
const ids = <T extends { readonly id: string }>(records: readonly T[] | undefined) => records?.map((r) => r.id);
const fingerprints = JSON.parse(readFileSync(new URL('./fixtures/root-outputs.json', import.meta.url), 'utf8')) as Record<string, string>;

describe('the small hand-made edition', () => {
  it('each span slices its block to its text (the fixture is right)', () => {
    const text = new Map(small.blocks.map((b) => [b.id, b.text]));
    const spans = [
      ...small.quotes,
      ...small.citations,
      ...small.notes,
      ...[...small.people, ...small.places, ...small.organisations].flatMap((e) => e.mentions),
      ...small.claims.flatMap((c) => c.spans),
    ];
    expect(spans).toHaveLength(13);
    for (const span of spans) expect(text.get(span.blockId)!.slice(span.start, span.end), `${span.blockId} ${span.start}`).toBe(span.text);
  });
});

describe('text helpers on the small edition', () => {
  const plain = [
    'A Small Edition',
    '',
    'Introduction',
    'Gomułka met Khrushchev in Warsaw (Filtzer, 1993:13).',
    '',
    'Background',
    'Khrushchev said "peaceful coexistence" and Lenin agreed.',
    '',
    'Filtzer, D. (1993) The Khrushchev Era. London: Macmillan.',
    '',
    'Gomulka, W. (1956) Notes. Warsaw.',
    '',
  ].join('\n');

  it('toPlainText joins the blocks: a heading directly above its paragraph, a blank line elsewhere', () => {
    expect(toPlainText(small)).toBe(plain);
  });

  it('plainTextRange counts the blocks and separators before the span', () => {
    // p10 starts after 15 + 2 + 12 + 1 + 52 + 2 + 10 + 1 = 95 code units.
    expect(plainTextRange(small, small.quotes[0]!)).toEqual({ start: 112, end: 132 });
    expect(plain.slice(112, 132)).toBe('peaceful coexistence');
    // p3 starts at 30.
    expect(plainTextRange(small, small.citations[0]!)).toEqual({ start: 63, end: 81 });
    expect(plainTextRange(small, { blockId: 'p1', start: 0, end: 1 })).toBeUndefined();
    expect(() => plainTextRange(small, { blockId: 'p10', start: 0, end: 57 })).toThrow(RangeError);
  });

  it('sectionOf and blocksIn read the data’s outline', () => {
    expect(sectionOf(small, 'p10')?.id).toBe('background');
    expect(sectionOf(small, 'p3')?.id).toBe('introduction');
    expect(sectionOf(small, 'title')).toBeUndefined();
    expect(sectionOf(small, 'p11')).toBeUndefined();
    expect(ids(blocksIn(small, 'introduction'))).toEqual(['h1', 'p3', 'h2', 'p10']);
    expect(ids(blocksIn(small, 'background'))).toEqual(['h2', 'p10']);
    // a section of the package that this edition does not have
    expect(blocksIn(small, 'polish-october')).toBeUndefined();
    expect(Object.isFrozen(blocksIn(small, 'introduction'))).toBe(true);
  });

  it('blocksIn reads an outline that loops once', () => {
    const looped = copy(small);
    looped.sections[1]!.childIds = ['introduction'];
    expect(ids(blocksIn(looped, 'introduction'))).toEqual(['h1', 'p3', 'h2', 'p10']);
  });

  it('search finds the words of the data, folded, within its sections and kinds', () => {
    const where = (hits: readonly { blockId: string; start: number; end: number; text: string }[]) => hits.map((h) => [h.blockId, h.start, h.end, h.text]);
    expect(where(search(small, 'KHRUSHCHEV'))).toEqual([
      ['p3', 12, 22, 'Khrushchev'],
      ['p10', 0, 10, 'Khrushchev'],
      ['bib1', 23, 33, 'Khrushchev'],
    ]);
    expect(where(search(small, 'gomulka'))).toEqual([
      ['p3', 0, 7, 'Gomułka'],
      ['bib2', 0, 7, 'Gomulka'],
    ]);
    expect(where(search(small, 'khrushchev', { sectionId: 'background' }))).toEqual([['p10', 0, 10, 'Khrushchev']]);
    expect(where(search(small, 'khrushchev', { kinds: ['reference'] }))).toEqual([['bib1', 23, 33, 'Khrushchev']]);
    expect(where(search(small, 'khrushchev', { limit: 1 }))).toEqual([['p3', 12, 22, 'Khrushchev']]);
    expect(search(small, 'Belweder')).toEqual([]);
    // a sectionId is checked against the sections of the data searched, not the package's
    expect(() => search(small, 'khrushchev', { sectionId: 'polish-october' })).toThrow(/unknown sectionId "polish-october"/);
    expect(root.search('khrushchev', { sectionId: 'polish-october' }).length).toBeGreaterThan(0);
  });

  it('search checks a sectionId against its own data when an option getter searches other data', () => {
    const options = {
      // read before sectionId: a nested search of the package's data while the outer search checks its options
      get kinds(): ['paragraph'] {
        expect(root.search('gomulka', { sectionId: 'polish-october' }).length).toBeGreaterThan(0);
        return ['paragraph'];
      },
      sectionId: 'background',
    };
    expect(search(small, 'khrushchev', options).map((h) => h.blockId)).toEqual(['p10']);
    expect(() => search(small, 'x', { ...options, sectionId: 'polish-october' })).toThrow(RangeError);
  });

  it('toMarkdown gives the headings their outline levels and the notes as footnotes, marked after their words', () => {
    expect(toMarkdown(small)).toBe(
      '# A Small Edition\n\n## Introduction\n\nGomułka met Khrushchev in Warsaw (Filtzer, 1993:13).\n\n### Background\n\n' +
        'Khrushchev said "peaceful coexistence" and Lenin agreed.\n\nFiltzer, D. (1993) The Khrushchev Era. London: Macmillan.\n\nGomulka, W. (1956) Notes. Warsaw.\n',
    );
    expect(toMarkdown(small, { paragraphNumbers: true, notes: true })).toBe(
      '# A Small Edition\n\n## Introduction\n\n**[3]** Gomułka met Khrushchev in Warsaw (Filtzer, 1993:13).\n\n### Background\n\n' +
        '**[10]** Khrushchev[^p10-n1] said "peaceful coexistence" and Lenin[^p10-n2] agreed.\n\n' +
        'Filtzer, D. (1993) The Khrushchev Era. London: Macmillan.\n\nGomulka, W. (1956) Notes. Warsaw.\n\n' +
        '[^p10-n2]: A note on a name.\n[^p10-n1]: Another transliteration. Correction: Khrushchov\n',
    );
  });
});

describe('apparatus helpers on the small edition', () => {
  it('groupings know the ids of the data: a known id with nothing gives [], an unknown one undefined', () => {
    expect(ids(quotesIn(small, 'p10'))).toEqual(['p10-q1', 'p10-q2']);
    expect(quotesIn(small, 'p3')).toEqual([]);
    expect(quotesIn(small, 'p11')).toBeUndefined();
    expect(ids(citationsIn(small, 'p3'))).toEqual(['p3-c1']);
    expect(citationsIn(small, 'p10')).toEqual([]);
    expect(citationsIn(small, 'p5')).toBeUndefined();
    expect(ids(citationsOf(small, 'filtzer-1993'))).toEqual(['p3-c1']);
    expect(citationsOf(small, 'gomulka-1956')).toEqual([]);
    expect(citationsOf(small, 'khrushchev-1956')).toBeUndefined();
    expect(ids(quotesFrom(small, 'filtzer-1993'))).toEqual(['p10-q1']);
    expect(quotesFrom(small, 'gomulka-1956')).toEqual([]);
    expect(quotesFrom(small, 'mao-1962')).toBeUndefined();
    expect(ids(quotesBy(small, 'lenin'))).toEqual(['p10-q2']);
    expect(ids(quotesBy(small, 'khrushchev'))).toEqual(['p10-q1']);
    expect(quotesBy(small, 'stalin')).toEqual([]);
    // a place is not a speaker; a person of the package is not in this edition
    expect(quotesBy(small, 'warsaw')).toBeUndefined();
    expect(quotesBy(small, 'mao-zedong')).toBeUndefined();
    for (const bad of [undefined, null, 7, {}, '__proto__', 'constructor']) expect(quotesIn(small, bad as never)).toBeUndefined();
  });

  it('segments cut a block wherever a quote, mention or note begins or ends', () => {
    const cut = segments(small, 'p10')!.map((s) => [
      s.start,
      s.end,
      s.text,
      ids(s.quotes),
      s.mentions.map((m) => `${m.kind}:${m.entityId}`),
      ids(s.notes),
      s.citations.length,
    ]);
    expect(cut).toEqual([
      [0, 10, 'Khrushchev', [], ['person:khrushchev'], ['p10-n1'], 0],
      [10, 17, ' said "', [], [], [], 0],
      [17, 26, 'peaceful ', ['p10-q1'], [], [], 0],
      [26, 37, 'coexistence', ['p10-q1', 'p10-q2'], [], [], 0],
      [37, 43, '" and ', [], [], [], 0],
      [43, 48, 'Lenin', [], ['person:lenin'], ['p10-n2'], 0],
      [48, 56, ' agreed.', [], [], [], 0],
    ]);
    expect(segments(small, 'p3')!.map((s) => s.text)).toEqual(['Gomułka', ' met ', 'Khrushchev', ' in ', 'Warsaw', ' ', '(Filtzer, 1993:13)', '.']);
    expect(segments(small, 'p3')![6]!.citations.map((c) => c.id)).toEqual(['p3-c1']);
    expect(segments(small, 'title')).toEqual([{ start: 0, end: 15, text: 'A Small Edition', quotes: [], citations: [], mentions: [], notes: [] }]);
    expect(segments(small, 'p11')).toBeUndefined();
  });

  it('formatReference reads the entry from the data, and the year letters from its references', () => {
    expect(formatReference(small, 'filtzer-1993', 'as-printed')).toBe('Filtzer, D. (1993) The Khrushchev Era. London: Macmillan.');
    expect(formatReference(small, 'filtzer-1993', 'chicago-author-date')).toBe('Filtzer, D. 1993. The Khrushchev Era. London: Macmillan.');
    expect(formatReference(small, 'gomulka-1956', 'chicago-author-date')).toBe('Gomulka, W. 1956. Notes. Warsaw.');
    const twoOf1956 = copy(small);
    twoOf1956.references.push({ ...copy(small.references[1]!), id: 'gomulka-1956b' as never, title: 'More notes' });
    expect(formatReference(twoOf1956, 'gomulka-1956', 'chicago-author-date')).toBe('Gomulka, W. 1956a. Notes. Warsaw.');
    expect(formatReference(twoOf1956, 'gomulka-1956b', 'chicago-author-date')).toBe('Gomulka, W. 1956b. More notes. Warsaw.');
    expect(() => formatReference(small, 'khrushchev-1956', 'as-printed')).toThrow(RangeError);
  });
});

describe('entities, argument and time on the small edition', () => {
  it('mentionsOf finds a person, place or organisation of the data', () => {
    expect(mentionsOf(small, 'khrushchev')?.map((m) => [m.blockId, m.start])).toEqual([
      ['p3', 12],
      ['p10', 0],
    ]);
    expect(mentionsOf(small, 'warsaw')?.map((m) => m.text)).toEqual(['Warsaw']);
    expect(mentionsOf(small, 'cpsu')).toEqual([]);
    expect(mentionsOf(small, 'mao-zedong')).toBeUndefined();
    expect(mentionsOf(small, 'p3')).toBeUndefined();
  });

  it('eventsInvolving gives an entity’s events in timeline order, not the data’s order', () => {
    expect(ids(eventsInvolving(small, 'khrushchev'))).toEqual(['secret-speech', 'belweder-talks']);
    expect(ids(eventsInvolving(small, 'cpsu'))).toEqual(['beria-executed', 'secret-speech']);
    expect(ids(eventsInvolving(small, 'warsaw'))).toEqual(['belweder-talks']);
    expect(eventsInvolving(small, 'poland')).toEqual([]);
    expect(eventsInvolving(small, 'stalin')).toEqual([]);
    expect(eventsInvolving(small, 'beria')).toBeUndefined();
    expect(eventsInvolving(small, 'secret-speech')).toBeUndefined();
  });

  it('evidenceFor gathers the evidence of the claims that support a claim, transitively, each id once', () => {
    expect(evidenceFor(small, 'thesis')).toEqual({ quoteIds: ['p10-q1', 'p10-q2'], citationIds: ['p3-c1'], eventIds: ['belweder-talks', 'secret-speech'] });
    expect(evidenceFor(small, 'china-opposition-fed-split')).toEqual({ quoteIds: ['p10-q2'], citationIds: ['p3-c1'], eventIds: ['secret-speech'] });
    expect(evidenceFor(small, 'mao-view' as never)).toBeUndefined();
    const looped = copy(small);
    looped.claims[0]!.supports = ['china-opposition-fed-split'];
    expect(evidenceFor(looped, 'thesis')?.eventIds).toEqual(['belweder-talks', 'secret-speech']);
  });

  it('timeline orders the data’s events by date and checks its ids against the data', () => {
    expect(ids(timeline(small))).toEqual(['beria-executed', 'secret-speech', 'belweder-talks']);
    expect(ids(timeline(small, { from: 1956 }))).toEqual(['secret-speech', 'belweder-talks']);
    expect(ids(timeline(small, { to: '1956-06' }))).toEqual(['beria-executed', 'secret-speech']);
    expect(ids(timeline(small, { from: '1956-10-20' }))).toEqual(['belweder-talks']);
    expect(timeline(small, { from: '1956-10-21' })).toEqual([]);
    expect(ids(timeline(small, { person: 'gomulka' }))).toEqual(['belweder-talks']);
    expect(ids(timeline(small, { place: 'warsaw' }))).toEqual(['belweder-talks']);
    expect(timeline(small, { place: 'poland' })).toEqual([]);
    expect(ids(timeline(small, { caseStudy: 'soviet-union' }))).toEqual(['beria-executed', 'secret-speech']);
    // ids of the package that this edition does not have
    expect(() => timeline(small, { person: 'beria' })).toThrow(/unknown person "beria"/);
    expect(() => timeline(small, { caseStudy: 'china' })).toThrow(/unknown caseStudy "china"/);
    expect(root.timeline({ caseStudy: 'china' }).length).toBeGreaterThan(0);
  });
});

describe('exports on the small edition', () => {
  it('toGraph has a node per record and the links the records make', () => {
    const graph = toGraph(small);
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'person:khrushchev',
      'person:gomulka',
      'person:lenin',
      'person:stalin',
      'place:warsaw',
      'place:poland',
      'organisation:cpsu',
      'event:belweder-talks',
      'event:secret-speech',
      'event:beria-executed',
      'claim:thesis',
      'claim:poland-revolt-from-destalinisation',
      'claim:china-opposition-fed-split',
      'reference:filtzer-1993',
      'reference:gomulka-1956',
    ]);
    expect(graph.nodes.find((n) => n.id === 'reference:filtzer-1993')?.label).toBe('Filtzer 1993');
    // a claim's node is labelled with the claim's own label, not cut from its words
    expect(graph.nodes.find((n) => n.id === 'claim:thesis')?.label).toBe('Khrushchev said it');
    expect(graph.links.map((l) => l.id)).toEqual([
      'participates:person:khrushchev->event:belweder-talks',
      'participates:person:gomulka->event:belweder-talks',
      'located:event:belweder-talks->place:warsaw',
      'participates:person:khrushchev->event:secret-speech',
      'participates:organisation:cpsu->event:secret-speech',
      'cites:event:secret-speech->reference:filtzer-1993',
      'participates:organisation:cpsu->event:beria-executed',
      'cites:claim:thesis->reference:filtzer-1993',
      'mentions:claim:thesis->person:khrushchev',
      'mentions:claim:thesis->person:lenin',
      'supports:claim:poland-revolt-from-destalinisation->claim:thesis',
      'supports:event:belweder-talks->claim:poland-revolt-from-destalinisation',
      'cites:claim:poland-revolt-from-destalinisation->reference:filtzer-1993',
      'mentions:claim:poland-revolt-from-destalinisation->person:khrushchev',
      'mentions:claim:poland-revolt-from-destalinisation->person:gomulka',
      'mentions:claim:poland-revolt-from-destalinisation->place:warsaw',
      'supports:claim:china-opposition-fed-split->claim:poland-revolt-from-destalinisation',
      'supports:event:secret-speech->claim:china-opposition-fed-split',
      'cites:claim:china-opposition-fed-split->reference:filtzer-1993',
      'mentions:claim:china-opposition-fed-split->person:khrushchev',
      'spoke:person:khrushchev->reference:filtzer-1993',
    ]);
    expect(graph.links.every((l) => l.weight === 1)).toBe(true);
    expect(toGraph(small, { dropIsolated: true }).nodes.map((n) => n.id)).not.toContain('person:stalin');
    expect(toGraph(small, { dropIsolated: true }).nodes).toHaveLength(12);
    const people = toGraph(small, { kinds: ['person', 'event'], dropIsolated: true });
    expect(people.nodes.map((n) => n.id)).toEqual(['person:khrushchev', 'person:gomulka', 'event:belweder-talks', 'event:secret-speech']);
    expect(people.links).toHaveLength(3);
  });

  it('toGraph leaves out a link to evidence the data does not hold', () => {
    const missing = copy(small);
    missing.claims[0]!.evidence.citationIds = ['p3-c2'];
    missing.claims[0]!.evidence.quoteIds = ['p1-q1'];
    expect(
      toGraph(missing)
        .links.filter((l) => l.source === 'claim:thesis')
        .map((l) => l.kind),
    ).toEqual(['mentions', 'mentions']);
  });

  it('toGeoJson has a point per place with coordinates, with its events and mentions', () => {
    expect(toGeoJson(small)).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'warsaw',
          geometry: { type: 'Point', coordinates: [21.01, 52.23] },
          properties: {
            id: 'warsaw',
            name: 'Warsaw',
            kind: 'city',
            description: 'Made up for the tests.',
            eventIds: ['belweder-talks'],
            eventCount: 1,
            mentionCount: 1,
          },
        },
      ],
    });
  });

  it('toTimelineJs has the data’s essay on the title slide and a slide per event, in timeline order', () => {
    const timelineJs = toTimelineJs(small);
    expect(timelineJs.title.text).toEqual({
      headline: 'A Small Edition',
      text: '<p>The events of the essay (written 2014-05), from Stalin’s death to 1969.</p>',
    });
    expect(timelineJs.events.map((e) => [e.unique_id, e.display_date, e.group, e.start_date, e.end_date])).toEqual([
      ['beria-executed', 'December 1953', 'Soviet Union', { year: 1953, month: 12 }, undefined],
      ['secret-speech', '25 February 1956', 'Soviet Union', { year: 1956, month: 2, day: 25 }, undefined],
      ['belweder-talks', '19–20 October 1956', 'Poland', { year: 1956, month: 10, day: 19 }, { year: 1956, month: 10, day: 20 }],
    ]);
    expect(timelineJs.events[2]!.text).toEqual({ headline: 'Talks at the Belweder', text: '<p>Talks at the Belweder.</p>' });
  });
});

describe('the package’s data through the data-first forms gives the root’s output', () => {
  it('each data-first helper given the package’s collections equals the root helper', () => {
    const data = essayData();
    expect(toPlainText(data)).toBe(root.toPlainText());
    expect(toMarkdown(data, { notes: true })).toBe(root.toMarkdown({ notes: true }));
    expect(search(data, 'gomulka', { sectionId: 'polish-october' })).toEqual(root.search('gomulka', { sectionId: 'polish-october' }));
    expect(plainTextRange(data, root.getQuote('p10-q2'))).toEqual(root.plainTextRange(root.getQuote('p10-q2')));
    expect(sectionOf(data, 'p17')).toBe(root.sectionOf('p17'));
    expect(blocksIn(data, 'international-communism')).toEqual(root.blocksIn('international-communism'));
    expect(quotesIn(data, 'p10')).toEqual(root.quotesIn('p10'));
    expect(citationsIn(data, 'p5')).toEqual(root.citationsIn('p5'));
    expect(citationsOf(data, 'khrushchev-1956')).toEqual(root.citationsOf('khrushchev-1956'));
    expect(quotesFrom(data, 'mao-1962')).toEqual(root.quotesFrom('mao-1962'));
    expect(quotesBy(data, 'lenin')).toEqual(root.quotesBy('lenin'));
    expect(segments(data, 'p10')).toEqual(root.segments('p10'));
    expect(formatReference(data, 'ivanov-1956a', 'chicago-author-date')).toBe(root.formatReference('ivanov-1956a', 'chicago-author-date'));
    expect(mentionsOf(data, 'warsaw')).toBe(root.mentionsOf('warsaw'));
    expect(eventsInvolving(data, 'gomulka')).toEqual(root.eventsInvolving('gomulka'));
    expect(evidenceFor(data, 'thesis')).toEqual(root.evidenceFor('thesis'));
    expect(timeline(data, { from: 1956, to: 1956 })).toEqual(root.timeline({ from: 1956, to: 1956 }));
    expect(toGraph(data)).toEqual(root.toGraph());
    expect(toGeoJson(data)).toEqual(root.toGeoJson());
    expect(toTimelineJs(data)).toEqual(root.toTimelineJs());
  });

  it('every root call made through createEdition(package data) has the root’s fingerprint', () => {
    const outputs = rootOutputs(createEdition(essayData()));
    expect(Object.keys(outputs)).toEqual(Object.keys(fingerprints));
    expect(Object.keys(outputs).filter((name) => outputs[name] !== fingerprints[name])).toEqual([]);
  }, 60_000);

  it('so does every call on an unfrozen copy of essay.json, which is left as it was', () => {
    const data = JSON.parse(JSON.stringify(essayData())) as EssayData;
    const before = structuredClone(data);
    const outputs = rootOutputs(createEdition(data));
    expect(Object.keys(outputs).filter((name) => outputs[name] !== fingerprints[name])).toEqual([]);
    expect(data).toEqual(before);
    expect(Object.isFrozen(data.blocks)).toBe(false);
    // (about 1.3 s: nothing is kept for unfrozen data, so every call reads it afresh)
  }, 60_000);
});

/** Every data-first helper called on some data, a few ways each. */
function callEveryHelper(data: EssayData): unknown[] {
  return [
    toPlainText(data),
    toMarkdown(data, { notes: true, paragraphNumbers: true }),
    search(data, 'khrushchev'),
    search(data, 'khrushchev', { sectionId: 'background', kinds: ['paragraph'], limit: 1 }),
    plainTextRange(data, data.quotes[0]!),
    sectionOf(data, 'p10'),
    blocksIn(data, 'introduction'),
    quotesIn(data, 'p10'),
    citationsIn(data, 'p3'),
    citationsOf(data, 'filtzer-1993'),
    quotesFrom(data, 'filtzer-1993'),
    quotesBy(data, 'lenin'),
    segments(data, 'p10'),
    segments(data, 'p3'),
    formatReference(data, 'filtzer-1993', 'chicago-author-date'),
    mentionsOf(data, 'khrushchev'),
    eventsInvolving(data, 'khrushchev'),
    evidenceFor(data, 'thesis'),
    timeline(data, { person: 'khrushchev', from: 1956 }),
    toGraph(data, { dropIsolated: true }),
    toGeoJson(data),
    toTimelineJs(data),
  ];
}

describe('the caller’s data', () => {
  it('is never changed: an unfrozen copy is left as it was', () => {
    const data = smallEdition();
    callEveryHelper(data);
    callEveryHelper(data);
    expect(data).toEqual(smallEdition());
  });

  it('a deeply frozen copy gives the same results (and any write to it would throw)', () => {
    const frozen = deepFreeze(smallEdition());
    expect(callEveryHelper(frozen)).toEqual(callEveryHelper(smallEdition()));
    // built once for frozen data
    expect(quotesIn(frozen, 'p10')).toBe(quotesIn(frozen, 'p10'));
  });

  it('a result is never one of the caller’s arrays, and is frozen where the root’s is', () => {
    const data = smallEdition();
    const mentions = mentionsOf(data, 'khrushchev')!;
    expect(mentions).not.toBe(data.people[0]!.mentions);
    for (const result of [
      mentions,
      quotesIn(data, 'p10'),
      citationsOf(data, 'filtzer-1993'),
      eventsInvolving(data, 'cpsu'),
      timeline(data),
      search(data, 'k'),
      blocksIn(data, 'background'),
      segments(data, 'p10'),
      evidenceFor(data, 'thesis')!.quoteIds,
    ]) {
      expect(Object.isFrozen(result)).toBe(true);
    }
    expect(quotesIn(data, 'p3')).not.toBe(data.quotes);
    expect(timeline(data)).not.toBe(data.events);
  });

  it('changing the data shows in the next result; changing a result changes neither the data nor the next result', () => {
    const data = copy(smallEdition());
    const before = mentionsOf(data, 'gomulka')!;
    data.people[1]!.mentions.push({ blockId: 'bib2', start: 0, end: 7, text: 'Gomulka' });
    expect(before).toHaveLength(1);
    expect(mentionsOf(data, 'gomulka')).toHaveLength(2);

    expect(search(data, 'stalin')).toEqual([]);
    data.blocks[4]!.text = 'Stalin spoke.';
    expect(search(data, 'stalin').map((h) => h.blockId)).toEqual(['p10']);
    // p10 still starts at 95; its 13 code units and a blank line put bib1 at 110.
    expect(plainTextRange(data, { blockId: 'bib1', start: 0, end: 7 })).toEqual({ start: 110, end: 117 });

    data.quotes.push({ ...copy(data.quotes[1]!), id: 'p3-q1' as never, blockId: 'p3', start: 0, end: 7, text: 'Gomułka', parentId: null });
    expect(ids(quotesIn(data, 'p3'))).toEqual(['p3-q1']);
    expect(ids(quotesBy(data, 'lenin'))).toEqual(['p10-q2', 'p3-q1']);

    data.people.push({ ...copy(data.people[3]!), id: 'beria' });
    expect(eventsInvolving(data, 'beria')).toEqual([]);
    expect(timeline(data, { person: 'beria' })).toEqual([]);

    const map = toGeoJson(data) as { features: { geometry: { coordinates: number[] } }[] };
    map.features[0]!.geometry.coordinates[0] = 0;
    expect(data.places[0]!.coordinates).toEqual([21.01, 52.23]);
    expect(toGeoJson(data).features[0]!.geometry.coordinates).toEqual([21.01, 52.23]);

    const graph = toGraph(data) as unknown as { nodes: unknown[] };
    graph.nodes.length = 0;
    // the 15 nodes of the fixture and the person just added
    expect(toGraph(data).nodes).toHaveLength(16);

    data.events[0]!.date = '1953-01';
    expect(ids(timeline(data))).toEqual(['belweder-talks', 'beria-executed', 'secret-speech']);
  });
});

describe('bad data', () => {
  it('a helper given no edition data, or data without a collection it reads, says what it expected', () => {
    expect(() => toGraph(null as never)).toThrow(
      new TypeError(
        'toGraph(data, options): expected data to be edition data with people, places, organisations, events, claims, references, quotes, citations (as essay.json holds), got null',
      ),
    );
    expect(() => search('gomulka' as never, 'x')).toThrow(
      /^search\(data, query, options\): expected data to be edition data with blocks, sections \(as essay.json holds\), got "gomulka"$/,
    );
    expect(() => toTimelineJs({ events: [], caseStudies: [] } as never)).toThrow(/toTimelineJs\(data\): .*; essay is undefined$/);
    expect(() => quotesIn({ quotes: [] } as never, 'p1')).toThrow(/quotesIn\(data, blockId\): .*; blocks is undefined$/);
    expect(() => timeline({ ...small, people: {} } as never)).toThrow(TypeError);
    expect(() => createEdition([] as never)).toThrow(/^createEdition\(data\): expected data to be edition data \(as essay.json holds\), got an array$/);
  });
});

describe('createEdition', () => {
  const bound = createEdition(small);

  it('binds every data-first helper of ./edition, and nothing else', () => {
    const helpers = Object.entries(edition)
      .filter(([name, value]) => typeof value === 'function' && name !== 'createEdition')
      .map(([name]) => name);
    expect(helpers.length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(bound).sort()).toEqual(helpers.sort());
    expect(Object.isFrozen(bound)).toBe(true);
  });

  it('each bound helper is the data-first one given the data', () => {
    expect(bound.toPlainText()).toBe(toPlainText(small));
    expect(bound.search('gomulka', { limit: 1 })).toEqual(search(small, 'gomulka', { limit: 1 }));
    expect(bound.toGraph({ kinds: ['claim'] })).toEqual(toGraph(small, { kinds: ['claim'] }));
    expect(bound.quotesIn('p11')).toBeUndefined();
    expect(() => bound.timeline({ person: 'beria' })).toThrow(RangeError);
  });
});

describe('the data-first forms read only the data they are given', () => {
  it('no module that ./edition loads imports the package’s collections, lookups or generated collections', () => {
    const seen = new Set<string>();
    const visit = (file: URL): void => {
      if (seen.has(file.href)) return;
      seen.add(file.href);
      const source = readFileSync(file, 'utf8');
      for (const [, path] of source.matchAll(/^(?:import|export) (?!type )[^;]*? from '(\.[^']+)';$/gm)) {
        const target = new URL(path!.replace(/\.js$/, '.ts'), file);
        expect(target.pathname, `${file.pathname} imports ${path}`).not.toMatch(/\/src\/(collections|lookups|generated\/collections)\//);
        visit(target);
      }
    };
    visit(new URL('../src/edition.ts', import.meta.url));
    expect(seen.size).toBeGreaterThan(25);
  });
});
