import { describe, expect, it } from 'vitest';
import * as edition from '../src/index.js';
import { formatLocator, formatReference, plainTextRange, search, timeline, toMarkdown, toPlainText, toWebAnnotations } from '../src/index.js';

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

  it('a query longer than the longest block returns nothing at once', () => {
    const start = performance.now();
    expect(search('x'.repeat(10_000_000))).toEqual([]);
    expect(search('Kim '.repeat(2_500_000))).toEqual([]);
    expect(performance.now() - start).toBeLessThan(300);
    // a long query whose combining marks fold away still matches
    expect(search('Kim' + '\u0301'.repeat(5000)).length).toBe(search('Kim').length);
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
    for (const [start, end] of [[15, 13], [-5, -3], [0, 0], [1e21, 1e21], [1.5, 2], [Number.NaN, 1]] as const) {
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
    for (const bad of ['javascript:alert(1)', 'https://x.org/"><b>', 'data:text/plain,x', 'file:///etc/passwd', 'https://x.org/a#b', 'http://', 'https://x.org/a b', 'https://x.org/%zz', 'relative/path']) {
      expect(() => toWebAnnotations({ source: bad }), bad).toThrow(RangeError);
    }
    for (const good of [source, 'http://localhost:8080/essay.txt', 'urn:example:essay', 'https://example.org/%C3%A9ssai?v=1']) {
      expect(toWebAnnotations({ source: good })[0]!.target.source, good).toBe(good);
    }
  });
});
