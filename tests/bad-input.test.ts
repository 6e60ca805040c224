import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as edition from '../src/index.js';
import {
  formatLocator,
  formatReference,
  hasCoordinates,
  plainTextRange,
  search,
  timeline,
  toGraph,
  toMarkdown,
  toPlainText,
  toWebAnnotations,
  type Place,
} from '../src/index.js';

const source = 'https://example.org/essay.txt';

describe('search: hits never repeat or overlap', () => {
  it('"." finds each "…" once, and no two hits share a start', () => {
    const hits = search('.');
    const starts = hits.map((hit) => `${hit.blockId}:${hit.start}`);
    expect(new Set(starts).size).toBe(starts.length);
    for (let i = 1; i < hits.length; i++) {
      const [a, b] = [hits[i - 1]!, hits[i]!];
      if (a.blockId === b.blockId) expect(a.end <= b.start, `${a.blockId}:${a.start}`).toBe(true);
    }
    // each "…" in the text is one hit, and each "." another
    const text = edition.blocks.map((block) => block.text).join('\n');
    expect(hits).toHaveLength([...text].filter((char) => char === '.' || char === '…').length);
    expect(hits.filter((hit) => hit.text === '…').length).toBe([...text].filter((char) => char === '…').length);
  });

  // How long it takes is measured in the bench (scripts/bench.mjs); how much of the query is
  // folded is counted in tests/search.test.ts.
  it('a query longer than the longest block returns nothing', () => {
    expect(search('x'.repeat(10_000_000))).toEqual([]);
    expect(search('Kim '.repeat(2_500_000))).toEqual([]);
    // a long query whose combining marks fold away still matches
    expect(search(`Kim${'\u0301'.repeat(5000)}`).length).toBe(search('Kim').length);
  });
});

describe('plainTextRange checks its span', () => {
  it('refuses offsets that are not whole numbers in the block', () => {
    expect(() => plainTextRange({ blockId: 'p1', start: '3' as never, end: 5 })).toThrow(TypeError);
    expect(() => plainTextRange(null as never)).toThrow(new TypeError('plainTextRange(span): expected a span { blockId, start, end }, got null'));
    expect(() => plainTextRange({ blockId: 'p1', start: Number.NaN, end: 5 })).toThrow(RangeError);
    expect(() => plainTextRange({ blockId: 'p1', start: -1, end: 5 })).toThrow(RangeError);
    expect(() => plainTextRange({ blockId: 'p1', start: 5, end: 3 })).toThrow(RangeError);
    expect(() => plainTextRange({ blockId: 'p1', start: 0, end: edition.getBlock('p1').text.length + 1 })).toThrow(RangeError);
  });
  it('still maps a sound span, and an unknown block to undefined', () => {
    const p1 = edition.getBlock('p1');
    const range = plainTextRange({ blockId: 'p1', start: 0, end: p1.text.length })!;
    expect(toPlainText().slice(range.start, range.end)).toBe(p1.text);
    expect(plainTextRange({ blockId: 'p99' as never, start: 0, end: 1 })).toBeUndefined();
  });
});

describe('formatLocator prints only sound locators', () => {
  it('refuses a backwards, negative, zero or unsafe number', () => {
    const locator = (start: number, end: number) => ({ unit: 'page', start, end, printed: '' }) as const;
    for (const [start, end] of [
      [15, 13],
      [-5, -3],
      [0, 0],
      [1e21, 1e21],
      [1.5, 2],
      [Number.NaN, 1],
    ] as const) {
      expect(() => formatLocator(locator(start, end)), `${start}–${end}`).toThrow(RangeError);
    }
    expect(() => formatLocator({ unit: 'paragraph', start: 0, end: 0, printed: '' })).toThrow(RangeError);
    expect(formatLocator(locator(13, 15))).toBe('pp. 13–15');
  });
});

describe('formatReference refuses a record it cannot format', () => {
  it('chicago-author-date needs the parsed fields: a TypeError naming what is missing', () => {
    expect(() => formatReference({ text: 'x' } as never, 'chicago-author-date')).toThrow(
      /^formatReference\(ref, style\): chicago-author-date needs the parsed fields of a reference; expected type/,
    );
    const filtzer = edition.getReference('filtzer-1993');
    expect(() => formatReference({ ...filtzer, authors: [{ family: 1 }] } as never, 'chicago-author-date')).toThrow(/expected authors/);
    expect(() => formatReference({ ...filtzer, year: '1993' } as never, 'chicago-author-date')).toThrow(/expected year/);
    expect(formatReference({ text: 'x' } as never, 'as-printed')).toBe('x');
    expect(formatReference({ ...filtzer }, 'chicago-author-date')).toBe(formatReference(filtzer, 'chicago-author-date'));
  });
});

describe('options: own keys only, known keys only, right types', () => {
  it('an inherited option is refused, not read', () => {
    expect(() => toMarkdown(Object.create({ notes: 1 }))).toThrow(TypeError);
    expect(() => toMarkdown(Object.create({ notes: true }))).toThrow(/option 'notes' is inherited/);
    expect(() => search('x', Object.create({ limit: 1 }))).toThrow(TypeError);
    expect(() => timeline(Object.create({ from: 1956 }))).toThrow(TypeError);
    expect(() => toWebAnnotations(Object.create({ source }))).toThrow(TypeError);
  });

  it('a key on Object.prototype changes nothing', () => {
    const plain = [toMarkdown(), search('Kim').length, timeline().length];
    const polluted = Object.prototype as Record<string, unknown>;
    try {
      Object.assign(polluted, { notes: true, paragraphNumbers: true, limit: 1, from: 1960, kinds: ['title'] });
      expect([toMarkdown(), search('Kim').length, timeline().length]).toEqual(plain);
      expect([toMarkdown({}), search('Kim', {}).length, timeline({}).length]).toEqual(plain);
    } finally {
      for (const key of ['notes', 'paragraphNumbers', 'limit', 'from', 'kinds']) delete polluted[key];
    }
  });

  it('unknown keys and wrong types are refused by every helper that takes options', () => {
    expect(() => toWebAnnotations({ source, extra: 1 } as never)).toThrow(/unknown option 'extra'; expected source/);
    expect(() => toWebAnnotations({ source, [Symbol('x')]: 1 } as never)).toThrow(TypeError);
    expect(() => toWebAnnotations({ source: 42 } as never)).toThrow(TypeError);
    expect(() => toWebAnnotations(undefined as never)).toThrow(TypeError);
    expect(() => toMarkdown([] as never)).toThrow(TypeError);
    expect(() => search('x', { kinds: [undefined] } as never)).toThrow(RangeError);
    expect(() => search('x', { kinds: new Array(1) })).toThrow(RangeError);
    expect(() => timeline({ person: 3 } as never)).toThrow(TypeError);
  });

  it('a getter is read once', () => {
    let reads = 0;
    const options = {
      get notes() {
        reads++;
        return reads === 1;
      },
    };
    expect(toMarkdown(options)).toContain('[^');
    expect(reads).toBe(1);
  });

  it('toWebAnnotations takes an http(s) URL or a URN as source, nothing else', () => {
    for (const bad of [
      'javascript:alert(1)',
      'https://x.org/"><b>',
      'data:text/plain,x',
      'file:///etc/passwd',
      'https://x.org/a#b',
      'http://',
      'https://x.org/a b',
      'https://x.org/%zz',
      'relative/path',
    ]) {
      expect(() => toWebAnnotations({ source: bad }), bad).toThrow(RangeError);
    }
    for (const good of [source, 'http://localhost:8080/essay.txt', 'urn:example:essay', 'https://example.org/%C3%A9ssai?v=1']) {
      expect(toWebAnnotations({ source: good })[0]!.target.source, good).toBe(good);
    }
  });
});

describe('options must be plain objects, wherever a helper takes them', () => {
  // Every helper of the root entry that takes an options object, called with `options`.
  const withOptions: Record<string, (options: unknown) => unknown> = {
    toMarkdown: (options) => toMarkdown(options as never),
    search: (options) => search('Kim', options as never),
    timeline: (options) => timeline(options as never),
    toWebAnnotations: (options) => toWebAnnotations(options as never),
    toGraph: (options) => toGraph(options as never),
  };

  it('a Map, a Date, a class instance, an array, a function or a boxed value is a TypeError', () => {
    class Settings {
      readonly limit = 1;
    }
    const notPlain: [unknown, RegExp][] = [
      [new Map([['limit', 1]]), /got a Map$/],
      [new Date(0), /got a Date$/],
      [new Settings(), /got a Settings$/],
      [Object.create(Settings.prototype), /got a Settings$/],
      [[], /got an array$/],
      [() => ({}), /got a function$/],
      [new Number(1), /got a Number$/],
      [Object.create(Object.create(Map.prototype)), /got an object$/],
    ];
    for (const [name, call] of Object.entries(withOptions)) {
      for (const [options, got] of notPlain) {
        expect(() => call(options), `${name}(${String(got)})`).toThrow(TypeError);
        expect(() => call(options), `${name}(${String(got)})`).toThrow(/options\): expected options to be a plain object, got /);
        expect(() => call(options), `${name}(${String(got)})`).toThrow(got);
      }
    }
  });

  it('an object without prototype, or from another realm, is a plain object', () => {
    const bare = Object.assign(Object.create(null) as object, { dropIsolated: true });
    expect(toGraph(bare as never)).toEqual(toGraph({ dropIsolated: true }));
    expect(toMarkdown(runInNewContext('({ notes: true })') as never)).toBe(toMarkdown({ notes: true }));
    expect(toGraph(runInNewContext("({ kinds: ['person'] })") as never)).toEqual(toGraph({ kinds: ['person'] }));
  });

  it('toGraph refuses an inherited option instead of reading it', () => {
    expect(() => toGraph(Object.create({ kinds: ['person'] }))).toThrow(
      new TypeError("toGraph(options): option 'kinds' is inherited; expected options as own properties of the object"),
    );
    expect(() => toGraph(Object.create({ dropIsolated: true }))).toThrow(TypeError);
  });

  it('a key on Object.prototype or Array.prototype changes neither toGraph nor search', () => {
    const all = toGraph();
    const holes = search('Kim', { kinds: ['paragraph', 'heading'] });
    const polluted = Object.prototype as Record<string, unknown>;
    try {
      Object.assign(polluted, { kinds: ['person'], dropIsolated: true });
      expect(toGraph()).toEqual(all);
      expect(toGraph({})).toEqual(all);
    } finally {
      delete polluted['kinds'];
      delete polluted['dropIsolated'];
    }
    const arrays = Array.prototype as unknown as Record<number, unknown>;
    try {
      arrays[0] = 'heading';
      // a hole is `undefined`, an unknown kind, not the inherited 'heading'
      expect(() => search('Kim', { kinds: new Array(1) })).toThrow(RangeError);
      expect(() => toGraph({ kinds: new Array(1) })).toThrow(/unknown node kind undefined/);
      expect(search('Kim', { kinds: ['paragraph', 'heading'] })).toEqual(holes);
    } finally {
      delete arrays[0];
    }
  });

  it('each option and each item of search kinds and toGraph kinds is read once, and what was checked is used', () => {
    // An item that is a known kind when checked and an unknown one when read again.
    const fickle = <T>(first: T, then: unknown): { array: T[]; reads: () => number } => {
      let reads = 0;
      const array: T[] = [];
      Object.defineProperty(array, 0, { enumerable: true, get: () => (reads++ === 0 ? first : then) });
      return { array, reads: () => reads };
    };
    const paragraphs = fickle('paragraph', 'chapter');
    expect(search('Kim', { kinds: paragraphs.array as never })).toEqual(search('Kim', { kinds: ['paragraph'] }));
    expect(paragraphs.reads()).toBe(1);
    const persons = fickle('person', 'city');
    expect(toGraph({ kinds: persons.array as never })).toEqual(toGraph({ kinds: ['person'] }));
    expect(persons.reads()).toBe(1);
    let reads = 0;
    const options = {
      get dropIsolated() {
        reads++;
        return reads === 1 ? true : 'yes';
      },
    };
    expect(toGraph(options as never)).toEqual(toGraph({ dropIsolated: true }));
    expect(reads).toBe(1);
  });
});

describe('formatReference reads each field once, and needs an author', () => {
  const filtzer = edition.getReference('filtzer-1993');
  const expected = formatReference(filtzer, 'chicago-author-date');

  it('a getter that answers differently the second time cannot slip past the checks', () => {
    const reads = new Map<string, number>();
    const record: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(filtzer)) {
      Object.defineProperty(record, key, {
        enumerable: true,
        get: () => {
          reads.set(key, (reads.get(key) ?? 0) + 1);
          // right when checked, wrong (a number, or no names) when read again
          return reads.get(key) === 1 ? value : key === 'authors' ? [] : 42;
        },
      });
    }
    expect(formatReference(record as never, 'chicago-author-date')).toBe(expected);
    for (const [key, count] of reads) expect(count, key).toBe(1);

    let textReads = 0;
    const printed = {
      get text() {
        return textReads++ === 0 ? 'as printed' : 42;
      },
    };
    expect(formatReference(printed as never, 'as-printed')).toBe('as printed');
    expect(textReads).toBe(1);
  });

  it('so does a getter on a name or the page range', () => {
    let reads = 0;
    const author = {
      given: 'D.',
      get family() {
        return reads++ === 0 ? 'Filtzer' : 7;
      },
    };
    expect(formatReference({ ...filtzer, authors: [author] } as never, 'chicago-author-date')).toBe(expected);
    expect(reads).toBe(1);
  });

  it('no author is a TypeError, not an entry that starts ". 1993"', () => {
    expect(() => formatReference({ ...filtzer, authors: [] }, 'chicago-author-date')).toThrow(
      new TypeError(
        'formatReference(ref, style): chicago-author-date needs the parsed fields of a reference; expected authors to be a non-empty array of names ({ family, given })',
      ),
    );
    expect(formatReference({ ...filtzer, authors: [] }, 'as-printed')).toBe(filtzer.text);
  });
});

describe('hasCoordinates is true only for a position', () => {
  const place = (coordinates: unknown) => ({ ...edition.getPlace('warsaw'), coordinates }) as unknown as Place;

  it('an empty array, one number, three, strings, NaN, infinity or a point off the globe is not one', () => {
    const notPositions: unknown[] = [
      [],
      [21],
      [21, 52, 0],
      ['21', '52'],
      [Number.NaN, 52],
      [21, Number.POSITIVE_INFINITY],
      [181, 52],
      [-181, 52],
      [21, 90.5],
      [21, -91],
      {},
      { 0: 21, 1: 52, length: 2 },
      null,
      undefined,
      21,
      '21,52',
      new Array(2),
    ];
    for (const coordinates of notPositions) expect(hasCoordinates(place(coordinates)), JSON.stringify(coordinates) ?? String(coordinates)).toBe(false);
  });

  it('a longitude and latitude within ±180 and ±90 is one, and every place of the edition keeps its answer', () => {
    for (const coordinates of [
      [21.01, 52.23],
      [180, 90],
      [-180, -90],
      [0, 0],
    ])
      expect(hasCoordinates(place(coordinates))).toBe(true);
    expect(edition.places.filter(hasCoordinates).length).toBe(11);
    for (const p of edition.places) expect(hasCoordinates(p), p.id).toBe(p.coordinates !== null);
  });
});
