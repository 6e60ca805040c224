import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { blocks, getBlock, search } from '../src/index.js';
import { fold, foldCodePoint, foldText } from '../src/text/internal/fold.js';
import { isIgnorable } from '../src/text/internal/ignorable.js';

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
    expect(new Set(search('Kim', { sectionId: 'kim-il-sung' }).map((h) => h.blockId))).toEqual(new Set(['h10', 'p24', 'h11', 'p25', 'p26', 'p28']));
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

/** What search found for a set of queries before it folded format characters (see its `about`). */
const recorded = JSON.parse(readFileSync(new URL('./fixtures/search-hits-before-format-folding.json', import.meta.url), 'utf8')) as {
  readonly hits: Readonly<Record<string, string | { readonly count: number; readonly sha256: string }>>;
};
/** Hits as the record lists them: `blockId:start-end`, space-separated, or their count and hash past 40. */
function asRecorded(hits: readonly { blockId: string; start: number; end: number }[]): string | { count: number; sha256: string } {
  const joined = hits.map((hit) => `${hit.blockId}:${hit.start}-${hit.end}`).join(' ');
  return hits.length <= 40 ? joined : { count: hits.length, sha256: createHash('sha256').update(joined).digest('hex') };
}

describe('search keeps every hit it found before it folded format characters', () => {
  it('the same hits, in the same places, for each recorded query', () => {
    const queries = Object.keys(recorded.hits);
    expect(queries.length).toBeGreaterThanOrEqual(120);
    for (const query of queries) expect(asRecorded(search(query)), query).toEqual(recorded.hits[query]);
  });

  it('the record is right where it can be counted by hand: a query of ASCII letters, digits and spaces hits its case-insensitive occurrences', () => {
    // The essay's only characters outside ASCII are curly quotes, dashes and "…", which no such
    // query matches, so a plain lowercase scan of each block (without overlaps) is an independent count.
    let checked = 0;
    for (const [query, hits] of Object.entries(recorded.hits)) {
      if (!/^[A-Za-z0-9 ]+$/.test(query) || query.trim() === '') continue;
      const needle = query.toLowerCase();
      const found: { blockId: string; start: number; end: number }[] = [];
      for (const block of blocks) {
        const text = block.text.toLowerCase();
        for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length))
          found.push({ blockId: block.id, start: at, end: at + needle.length });
      }
      expect(asRecorded(found), query).toEqual(hits);
      checked++;
    }
    expect(checked).toBeGreaterThan(80);
    expect(recorded.hits['Belweder Palace']).toBe('p16:1275-1290');
    expect(getBlock('p16').text.slice(1275, 1290)).toBe('Belweder Palace');
  });
});

describe('search folds format characters (Unicode Cf) out of the query and the text', () => {
  const formatCharacters: Record<string, string> = {
    'zero-width joiner': '\u200d',
    'zero-width non-joiner': '\u200c',
    'soft hyphen': '\u00ad',
    'left-to-right mark': '\u200e',
    'right-to-left mark': '\u200f',
    'word joiner': '\u2060',
    'byte order mark': '\ufeff',
  };

  it('a query with a zero-width, soft-hyphen or direction character finds what it finds without', () => {
    const plain = search('Khrushchev');
    expect(plain.length).toBeGreaterThan(20);
    for (const [name, char] of Object.entries(formatCharacters)) {
      expect(search(`Khru${char}shchev`), name).toEqual(plain);
      expect(search(`${char}Khrushchev${char}`), name).toEqual(plain);
    }
    // a right-to-left override and its pop, around the word and inside it
    expect(search('\u202eKhrushchev\u202c')).toEqual(plain);
    expect(search('Khru\u202dsh\u202cchev')).toEqual(plain);
    expect(search('Gomu\u00adł\u200dka')).toEqual(search('Gomulka'));
    expect(search(Object.values(formatCharacters).join(''))).toEqual([]);
  });

  it('in a text, a format character folds to nothing, and a match spans it with offsets into the text as given', () => {
    const text = 'Go\u00admu\u200dłka met \u202eKim\u202c.';
    const { folded, startOf, endOf } = foldText(text);
    expect(folded).toBe('gomulka met kim.');
    const slice = (word: string) => {
      const at = folded.indexOf(word);
      return text.slice(startOf(at), endOf(at + word.length - 1));
    };
    expect(slice('gomulka')).toBe('Go\u00admu\u200dłka');
    expect(slice('kim')).toBe('Kim');
    expect(slice('met kim')).toBe('met \u202eKim');
  });
});

describe('folding in bulk is folding each code point and joining', () => {
  const tricky = [
    'Σ',
    'ς',
    'σ',
    'ΑΣ',
    'İ',
    'ı',
    'ł',
    'Ł',
    'ß',
    'ẞ',
    '…',
    '’',
    '“',
    '—',
    '\u00a0',
    'é',
    'ǖ',
    'Å',
    'ﬃ',
    '①',
    'Ⅻ',
    '\u0301',
    '\u0316',
    '\u0345',
    '\u0334',
    '\u0f73',
    '\u0e33',
    '\uff9e',
    '\uff9f',
    '\u3099',
    '\u200d',
    '\u00ad',
    '\u202e',
    '\ufeff',
    '\u{1d167}',
    '\u{e0041}',
    '😀',
    '\ud800',
    '\udc00',
    'a',
    'Z',
    ' ',
    '.',
  ];
  const text = fc.array(fc.oneof(fc.constantFrom(...tricky), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));
  const oneByOne = (s: string) => [...s].map(foldCodePoint).join('');

  it('for any text (property)', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(fold(s)).toBe(oneByOne(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('across the chunks a long text is folded in, a surrogate pair and a combining sequence cut at a chunk edge included', () => {
    for (const before of [4094, 4095, 4096]) {
      const s = `${'a'.repeat(before)}😀e\u0301\u0316ΑΣ ${'Ǘ\u200d'.repeat(3000)}ΟΔΟΣ`;
      expect(fold(s)).toBe(oneByOne(s));
    }
  });

  it('a final sigma is a sigma, in any case', () => {
    expect(fold('ΟΔΟΣ')).toBe(fold('οδος'));
    expect(fold('ΟΔΟΣ')).toBe(fold('οδοσ'));
  });
});

describe('a huge query is folded in bulk', () => {
  it('a few thousand code units at a time, not one code point at a time, and still exactly', () => {
    const plain = search('Kim');
    const normalize = vi.spyOn(String.prototype, 'normalize');
    try {
      expect(search(`Kim${'\u0301'.repeat(1_000_000)}`)).toEqual(plain);
      expect(search(`K${'\u200d'.repeat(1_000_000)}im`)).toEqual(plain);
      expect(search('\u0301'.repeat(1_000_000))).toEqual([]);
      expect(normalize.mock.calls.length).toBeLessThan(3 * 2 * (1_000_000 / 4096 + 2));
    } finally {
      normalize.mockRestore();
    }
  });
});

describe('the code points known to be ignorable without the Unicode property match', () => {
  it('are exactly the marks and format characters of U+0000–U+036F and U+2000–U+206F', () => {
    const property = /^[\p{M}\p{Cf}]$/u;
    for (const [first, last] of [
      [0, 0x36f],
      [0x2000, 0x206f],
    ] as const) {
      for (let codePoint = first; codePoint <= last; codePoint++) {
        expect([codePoint, isIgnorable(codePoint)]).toEqual([codePoint, property.test(String.fromCodePoint(codePoint))]);
      }
    }
  });
});
