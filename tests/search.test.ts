import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocks, getBlock, search } from '../src/index.js';
import { fold } from '../src/text/internal/fold.js';

const slices = (query: string) => search(query).map((hit) => getBlock(hit.blockId).text.slice(hit.start, hit.end));

describe('search', () => {
  it('finds literal text and slices each block to the matched words', () => {
    const hits = search('Belweder Palace');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ blockId: 'p16', text: 'Belweder Palace' });
    expect(getBlock('p16').text.slice(hits[0]!.start, hits[0]!.end)).toBe('Belweder Palace');
    for (const hit of search('Stalin')) expect(getBlock(hit.blockId).text.slice(hit.start, hit.end)).toBe(hit.text);
  });

  it('ignores case', () => {
    expect(slices('BELWEDER palace')).toEqual(['Belweder Palace']);
    expect(search('khrushchev').length).toBe(search('KHRUSHCHEV').length);
    expect(search('khrushchev').length).toBeGreaterThan(20);
  });

  it('ignores diacritics: "Gomułka", "GOMUŁKA" and "gomulka" find the printed "Gomulka"', () => {
    const printed = search('Gomulka');
    expect(printed.length).toBeGreaterThanOrEqual(8);
    expect(search('Gomułka')).toEqual(printed);
    expect(search('GOMUŁKA')).toEqual(printed);
    expect(search('Poznań').map((h) => h.text)).toEqual(['Poznan']);
    expect(search('Władysław').length).toBe(0); // printed "Vladislaw": a different spelling, not a diacritic
  });

  it('treats curly and straight apostrophes, quotes and dashes alike', () => {
    expect(slices("Stalin's death")).toContain('Stalin’s death');
    expect(slices('Khrushchev’s')).toEqual(slices("Khrushchev's"));
    expect(slices('"territorial claims on the USSR"')).toEqual(['“territorial claims on the USSR”']);
  });

  it('is literal: pattern characters are text', () => {
    expect(search('.*')).toEqual([]);
    expect(search('[a-z]+')).toEqual([]);
    const ibid = search('(ibid.');
    expect(ibid.length).toBe(26); // grep -o '(ibid\.' on the source counts 26
    for (const hit of ibid) expect(hit.text.toLowerCase()).toBe('(ibid.');
    expect(slices('Ivanov(a)')).toEqual(['Ivanov(a)', 'Ivanov(a)']);
    expect(slices('$')).toEqual([]);
  });

  it('gives no hits for an empty or blank query', () => {
    expect(search('')).toEqual([]);
    expect(search('   ')).toEqual([]);
  });

  it('returns frozen hits with a snippet around the match', () => {
    const [hit] = search('Belweder Palace');
    expect(Object.isFrozen(hit)).toBe(true);
    expect(hit!.snippet).toContain('Belweder Palace');
    expect(hit!.snippet.startsWith('…')).toBe(true);
    expect(hit!.snippet.length).toBeLessThan(120);
  });

  it('honours kinds, sectionId and limit', () => {
    expect(new Set(search('Ivanov', { kinds: ['reference'] }).map((h) => h.blockId))).toEqual(new Set(['bib3', 'bib4']));
    expect(search('Ivanov', { kinds: ['heading'] }).map((h) => h.blockId)).toEqual(['h11', 'h12']);
    expect(new Set(search('Kim', { sectionId: 'kim-il-sung' }).map((h) => h.blockId))).toEqual(
      new Set(['h10', 'p24', 'h11', 'p25', 'p26', 'p28']),
    );
    expect(search('Stalin', { limit: 3 })).toEqual(search('Stalin').slice(0, 3));
  });

  it('rejects malformed input with TypeError or RangeError saying what was expected', () => {
    expect(() => search(42 as unknown as string)).toThrow(new TypeError('search(query): expected query to be a string, got 42'));
    expect(() => search('x', null as never)).toThrow(TypeError);
    expect(() => search('x', { limt: 3 } as never)).toThrow(/unknown option 'limt'; expected kinds, sectionId, limit/);
    expect(() => search('x', { limit: 0 })).toThrow(RangeError);
    expect(() => search('x', { limit: 1.5 })).toThrow(/positive integer/);
    expect(() => search('x', { limit: '3' as never })).toThrow(TypeError);
    expect(() => search('x', { kinds: ['chapter' as never] })).toThrow(RangeError);
    expect(() => search('x', { kinds: 'heading' as never })).toThrow(TypeError);
    expect(() => search('x', { sectionId: 'nowhere' })).toThrow(RangeError);
    expect(() => search('x', { sectionId: 3 as never })).toThrow(TypeError);
  });

  it('finds any stretch of any block where it stands (property)', () => {
    const stretch = fc
      .record({ index: fc.nat(blocks.length - 1), a: fc.nat(2000), length: fc.integer({ min: 1, max: 40 }) })
      .map(({ index, a, length }) => {
        const block = blocks[index]!;
        const start = a % block.text.length;
        return { block, start, query: block.text.slice(start, start + length) };
      })
      .filter(({ query }) => query.trim() !== '');
    fc.assert(
      fc.property(stretch, ({ block, start, query }) => {
        const hits = search(query);
        // A hit covers whole characters, so it may be wider than the query ("." inside "…").
        for (const hit of hits) expect(fold(hit.text)).toContain(fold(query));
        expect(hits.some((h) => h.blockId === block.id && h.start <= start && start < h.end)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('matches the same things whatever the case of the query (property)', () => {
    const words = [...new Set(blocks.flatMap((b) => b.text.split(/\s+/)))].filter((w) => w.length > 2);
    fc.assert(
      fc.property(fc.constantFrom(...words), (word) => {
        expect(search(word.toUpperCase())).toEqual(search(word.toLowerCase()));
      }),
      { numRuns: 200 },
    );
  });
});
