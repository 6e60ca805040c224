import { describe, expect, it } from 'vitest';
import { blocks, eventsInvolving, getBlock, getPerson, mentionsOf, organisations, people, places } from '../src/index.js';
import { checkMentionScan } from './support/scans.js';

const entities = [...people, ...places, ...organisations];

/** Words that look like an entity's printed form but are not a mention of it, with the reason. */
const notMentions = [
  { blockId: 'title', text: 'International Socialism', why: 'the movement, not the First International' },
  { blockId: 'h5', text: 'International Communism', why: 'the movement, not the First International' },
  { blockId: 'p16', text: 'little Stalin', why: 'a term for Bierut, not a mention of Stalin' },
];

describe('people, places and organisations', () => {
  it('counts: 30 people, 26 places, 25 organisations, 419 mentions', () => {
    expect([people.length, places.length, organisations.length]).toEqual([30, 26, 25]);
    expect(entities.reduce((n, e) => n + e.mentions.length, 0)).toBe(419);
  });

  it('each collection is in reading order of first mention', () => {
    const order = new Map(blocks.map((b, i) => [b.id as string, i]));
    const first = (e: (typeof entities)[number]) => Math.min(...e.mentions.map((m) => order.get(m.blockId)! * 1e6 + m.start));
    for (const collection of [people, places, organisations]) {
      for (let i = 1; i < collection.length; i++) expect(first(collection[i - 1]!) < first(collection[i]!), collection[i]!.id).toBe(true);
    }
  });

  it('ids are unique across the three collections', () => {
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
  });

  it('every entity is mentioned, and every mention slices its block exactly', () => {
    for (const entity of entities) {
      expect(entity.mentions.length, entity.id).toBeGreaterThan(0);
      for (const m of entity.mentions) expect(getBlock(m.blockId).text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('variants are exactly the forms printed in the mentions', () => {
    for (const entity of entities) {
      expect(new Set(entity.mentions.map((m) => m.text)), entity.id).toEqual(new Set(entity.variants));
    }
  });

  it('no two mentions overlap', () => {
    const all = entities.flatMap((e) => e.mentions);
    for (const a of all) {
      const overlapping = all.filter((b) => b !== a && b.blockId === a.blockId && b.start < a.end && a.start < b.end);
      expect(overlapping, `${a.blockId} ${a.text}`).toEqual([]);
    }
  });

  it('the independent scan finds every printed form as a mention, or as a listed exception', () => {
    expect(checkMentionScan(blocks, entities, notMentions)).toEqual([]);
  });

  it('the scan fails when a mention is missing or an exception is dropped', () => {
    const withoutWarsaw = entities.map((e) => (e.id === 'warsaw' ? { ...e, mentions: e.mentions.slice(1) } : e));
    expect(checkMentionScan(blocks, withoutWarsaw, notMentions)).toEqual([expect.stringMatching(/^p16@\d+ “Warsaw” \(warsaw\) is not a mention$/)]);
    expect(checkMentionScan(blocks, entities, notMentions.slice(1))).toEqual([expect.stringMatching(/^title@\d+ “International”/)]);
  });

  it('Stalin inside de-Stalinisation, Stalinist or little Stalins is never Stalin', () => {
    for (const m of mentionsOf('stalin')) {
      const text = getBlock(m.blockId).text;
      expect(text[m.end] ?? '', `${m.blockId}@${m.start}`).not.toMatch(/\p{L}/u); // not Stalins, Stalinist, Stalinisation
      expect(text.slice(Math.max(0, m.start - 7), m.start)).not.toBe('little ');
      expect(text[m.start - 1]).not.toBe('-');
    }
    expect(mentionsOf('stalin')).toHaveLength(38); // counted by a second, independent reading
  });

  it('“Kim” alone is Kim Il Sung; “the Kremlin” is the Soviet leadership, not a place', () => {
    expect(mentionsOf('kim-il-sung').filter((m) => m.text === 'Kim').length).toBeGreaterThan(5);
    expect(places.some((p) => p.variants.includes('Kremlin'))).toBe(false);
    expect(mentionsOf('kremlin').map((m) => m.blockId)).toEqual(['p17', 'p23']);
  });

  it('nouns and adjectives of nationality are mentions of their state or region', () => {
    // p17 "The Soviets", "the Poles", "American media"; p22 "the Japanese and Americans", "the war against the Americans".
    const texts = (id: string) => mentionsOf(id)!.map((m) => m.text);
    expect(texts('soviet-union').filter((t) => t === 'Soviets')).toHaveLength(3);
    expect(texts('poland').filter((t) => t === 'Poles')).toHaveLength(2);
    expect(texts('united-states')).toEqual(['US', 'American', 'Americans', 'Americans']);
    expect(texts('japan')).toEqual(['Japanese', 'Japan']);
    expect(mentionsOf('united-states')!.find((m) => m.text === 'American')).toMatchObject({ blockId: 'p17' });
    // "Korean" is Korea in Mao's words and the journal's name, North Korea where the DPRK is meant.
    expect(
      mentionsOf('korea')!
        .filter((m) => m.text === 'Korean')
        .map((m) => m.blockId),
    ).toEqual(['p22', 'p22', 'bib8', 'bib9']);
    expect(
      mentionsOf('north-korea')!
        .filter((m) => m.text === 'Korean')
        .map((m) => m.blockId),
    ).toEqual(['p27', 'p28']);
    // Inside a longer name the adjective is that name's: the Polish border, the Soviet faction.
    expect(mentionsOf('poland')!.some((m) => getBlock(m.blockId).text.slice(m.start, m.end + 7) === 'Polish border')).toBe(false);
  });

  it('descriptive names are mentions of what they name: the secret society, the Albanian officials', () => {
    expect(mentionsOf('communist-league')!.map((m) => [m.blockId, m.text])).toEqual([['p7', 'secret society of Communists']]);
    expect(mentionsOf('albanian-labor-party')!.map((m) => [m.blockId, m.text])).toEqual([
      ['p21', 'Albanian officials'],
      ['bib12', 'Albanian Labor Party'],
    ]);
  });

  it('"CC" is told apart by context: the CPSU’s, the Chinese party’s or the Korean party’s', () => {
    const blocksOf = (id: string) => [
      ...new Set(
        mentionsOf(id)!
          .filter((m) => m.text === 'CC')
          .map((m) => m.blockId),
      ),
    ];
    expect(blocksOf('cpc-central-committee')).toEqual(['p20']);
    expect(blocksOf('kwp-central-committee')).toEqual(['p24', 'p25', 'p26', 'p28']);
    expect(blocksOf('cpsu-central-committee')).toEqual(['p5', 'p6', 'p12', 'p16']);
  });

  it('preferred names carry their diacritics, and say so where not printed', () => {
    expect(getPerson('gomulka')).toMatchObject({ name: 'Władysław Gomułka', variants: ['Vladislaw Gomulka', 'Gomulka', 'Gomulka, V.'] });
    expect(places.find((p) => p.id === 'poznan')).toMatchObject({ name: 'Poznań', variants: ['Poznan'] });
    for (const entity of entities) {
      const printed = entity.variants.includes(entity.name);
      if (!printed && !/^[A-Z]\. /.test(entity.name)) expect(entity.nameNote, entity.id).not.toBeNull();
    }
  });

  it('descriptions of authors and editors known only by an initial give them no gender: the essay gives none', () => {
    const byInitials = people.filter((p) => /^[A-Z]\. /.test(p.name) && p.id !== 'ivanov');
    expect(byInitials.map((p) => p.id)).toEqual([
      'jones',
      'filtzer',
      'morgan',
      'machcewicz',
      'kramer',
      'lankov',
      'fink',
      'hadler',
      'schramm',
      'nelson',
      'arbatov',
    ]);
    for (const person of byInitials) expect(person.description, person.id).not.toMatch(/\b(he|his|him|himself|she|her|hers|herself)\b/i);
    expect(getPerson('jones')!.description).toContain('edited by Jones, P.'); // bib5, as printed
  });

  it('coordinates only where the place is certain, marked editorial, in range', () => {
    for (const place of places) {
      if (place.coordinates === null) {
        expect(place.coordinatesNote).toBeNull();
        continue;
      }
      const [lon, lat] = place.coordinates;
      expect(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90).toBe(true);
      expect(place.coordinatesNote).toMatch(/^Editorial/);
    }
    for (const region of ['soviet-union', 'poland', 'china', 'north-korea', 'europe', 'asia', 'the-west', 'polish-border']) {
      expect(places.find((p) => p.id === region)!.coordinates, region).toBeNull();
    }
    const warsaw = places.find((p) => p.id === 'warsaw')!.coordinates!;
    expect(warsaw[0]).toBeCloseTo(21.01, 1); // longitude first
  });

  it('mentionsOf and eventsInvolving answer for any entity, undefined for unknown ids', () => {
    expect(mentionsOf('warsaw')).toBe(places.find((p) => p.id === 'warsaw')!.mentions);
    expect(eventsInvolving('gomulka')!.map((e) => e.id)).toContain('belweder-talks');
    expect(eventsInvolving('routledge')).toEqual([]);
    for (const id of ['nope', '__proto__', 'constructor', '']) {
      expect(mentionsOf(id)).toBeUndefined();
      expect(eventsInvolving(id)).toBeUndefined();
    }
  });
});
