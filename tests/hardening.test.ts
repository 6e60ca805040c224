import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collections } from '../scripts/model/collections.js';
import * as edition from '../src/index.js';
import { describeValue } from '../src/internal/describe-value.js';

const lookups = [
  ...collections.flatMap((row) => ('lookup' in row ? [row.lookup.name] : [])),
  'sectionOf',
  'blocksIn',
  'quotesIn',
  'citationsIn',
  'citationsOf',
  'quotesFrom',
  'quotesBy',
  'mentionsOf',
  'eventsInvolving',
  'evidenceFor',
] as const;

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).concat(['__proto__', 'prototype', 'then', 'length']);
const anyInput = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...prototypeNames),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.object(),
  fc.array(fc.string()),
);
const known = new Set<unknown>(
  [
    ...edition.blocks,
    ...edition.sections,
    ...edition.quotes,
    ...edition.citations,
    ...edition.references,
    ...edition.people,
    ...edition.places,
    ...edition.organisations,
    ...edition.events,
    ...edition.claims,
    ...edition.notes,
  ].map((r) => r.id as string),
);

describe('hardening: arbitrary input to every lookup and relation', () => {
  const snapshot = JSON.stringify(Object.entries(edition).filter(([, v]) => typeof v === 'object'));

  for (const name of lookups) {
    it(`${name} never throws, never returns an inherited property, and finds nothing for unknown input`, () => {
      // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the test calls every lookup by name
      const fn = edition[name] as (input: unknown) => unknown;
      fc.assert(
        fc.property(anyInput, (input) => {
          const result = fn(input);
          if (typeof input === 'string' && known.has(input)) return;
          if (name === 'getParagraph' && typeof input === 'number' && Number.isInteger(input) && input >= 1 && input <= 29) return;
          expect(result).toBeUndefined();
        }),
        { numRuns: 200 },
      );
      for (const inherited of prototypeNames) expect(fn(inherited), inherited).toBeUndefined();
    });
  }

  it('no call changes the shared data', () => {
    expect(JSON.stringify(Object.entries(edition).filter(([, v]) => typeof v === 'object'))).toBe(snapshot);
  });

  it('search takes any string, and a 100,000-character query (its cost is in the bench)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (query) => Array.isArray(edition.search(query))),
      { numRuns: 300 },
    );
    expect(edition.search('x'.repeat(100_000))).toEqual([]);
    expect(edition.search(`${'a'.repeat(100_000)}Kim`)).toEqual([]);
  });

  it('timeline takes any valid EDTF window and rejects everything else with TypeError or RangeError', () => {
    fc.assert(
      fc.property(anyInput, (from) => {
        try {
          edition.timeline({ from: from as never });
        } catch (error) {
          expect(error instanceof TypeError || error instanceof RangeError).toBe(true);
          expect((error as Error).message).toMatch(/^timeline\(options\): (expected|unknown)/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('formatters and exporters reject bad options with messages that say what was expected', () => {
    expect(() => edition.formatReference('filtzer-1993', 'apa' as never)).toThrow(/expected as-printed or chicago-author-date/);
    expect(() => edition.search('x', { limit: -1 })).toThrow(new RangeError('search(query, options): expected limit to be a positive integer, got -1'));
    expect(() => edition.toWebAnnotations({ source: 'relative/path' })).toThrow(/expected source to be an http or https URL or a URN, without a fragment/);
    expect(() => edition.toMarkdown({ notes: 'yes' } as never)).toThrow(/expected notes to be a boolean/);
  });
});

describe('hardening: exporters return fresh objects the caller may change', () => {
  const exporters = {
    toCslJson: () => edition.toCslJson(),
    toGraph: () => edition.toGraph(),
    toTimelineJs: () => edition.toTimelineJs(),
    toWebAnnotations: () => edition.toWebAnnotations({ source: 'urn:example:essay' }),
  };
  for (const [name, make] of Object.entries(exporters)) {
    it(`${name}: changing its result changes neither the next result nor the data`, () => {
      const first = make() as unknown as Record<string, unknown>;
      const before = JSON.stringify(make());
      const scribble = (value: unknown): void => {
        if (value && typeof value === 'object') {
          expect(Object.isFrozen(value), name).toBe(false);
          for (const key of Object.keys(value)) {
            scribble((value as Record<string, unknown>)[key]);
            (value as Record<string, unknown>)[key] = 'scribbled';
          }
        }
      };
      scribble(first);
      expect(JSON.stringify(make())).toBe(before);
    });
  }
});

describe('hardening: error messages quote a bad value short, whatever it is', () => {
  const huge = `${'x'.repeat(10_000_000)}\u001b[2J`;
  // Every call that quotes a value its caller gave, each given a 10 MB string in that place.
  const quoting: Record<string, () => unknown> = {
    'search query, as the sectionId': () => edition.search('Kim', { sectionId: huge }),
    'search kinds item': () => edition.search('Kim', { kinds: [huge as never] }),
    'timeline from': () => edition.timeline({ from: huge }),
    'timeline person': () => edition.timeline({ person: huge }),
    'timeline caseStudy': () => edition.timeline({ caseStudy: huge }),
    'toWebAnnotations source': () => edition.toWebAnnotations({ source: `https://example.org/${huge}` }),
    'toGraph kinds item': () => edition.toGraph({ kinds: [huge as never] }),
    'toMarkdown option name': () => edition.toMarkdown({ [huge]: true } as never),
    'toGraph inherited option name': () => edition.toGraph(Object.create({ [huge]: true })),
    'formatReference id': () => edition.formatReference(huge, 'as-printed'),
    'formatReference style': () => edition.formatReference('filtzer-1993', huge as never),
  };
  for (const [name, call] of Object.entries(quoting)) {
    it(`${name}: the message holds at most 60 characters of the value, escaped`, () => {
      expect(call).toThrow();
      try {
        call();
      } catch (error) {
        const { message } = error as Error;
        expect(message.length, message.slice(0, 200)).toBeLessThan(300);
        expect(message).toMatch(/"(https:\/\/example\.org\/)?xxxxxxxx/);
        expect(message).not.toContain('\u001b');
      }
    });
  }

  it('a bigint, a circular or a very deep value is described, not handed to JSON.stringify', () => {
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    let deep: unknown[] = [];
    for (let i = 0; i < 1_000_000; i++) deep = [deep];
    expect(() => edition.formatReference('filtzer-1993', 10n as never)).toThrow(
      new RangeError('formatReference(ref, style): unknown style 10n; expected as-printed or chicago-author-date'),
    );
    expect(() => edition.formatReference('filtzer-1993', circular as never)).toThrow(/^formatReference\(ref, style\): unknown style an object; expected/);
    expect(() => edition.formatReference('filtzer-1993', deep as never)).toThrow(/^formatReference\(ref, style\): unknown style an array; expected/);
    expect(() => edition.toGraph({ kinds: [circular as never] })).toThrow(
      new RangeError('toGraph(options): unknown node kind an object; expected person, place, organisation, event, claim, reference'),
    );
    expect(() => edition.toGraph({ kinds: [deep as never] })).toThrow(/^toGraph\(options\): unknown node kind an array;/);
    expect(() => edition.toGraph({ kinds: [(2n ** 4000n) as never] })).toThrow(/^toGraph\(options\): unknown node kind a bigint;/);
    expect(() => edition.search('Kim', { kinds: [Symbol('x') as never] })).toThrow(/^search\(query, options\): unknown block kind a symbol;/);
  });
});

describe('hardening: describeValue', () => {
  it('never throws, and never gives more than 62 characters (property)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withMap: true,
          withSet: true,
          withDate: true,
          withTypedArray: true,
          withSparseArray: true,
          withBoxedValues: true,
          withNullPrototype: true,
        }),
        (value) => {
          expect(describeValue(value).length).toBeLessThanOrEqual(62);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('quotes a string cut at 60 code units with "…", never inside a surrogate pair, control characters escaped', () => {
    expect(describeValue('Kim')).toBe('"Kim"');
    expect(describeValue('x'.repeat(60))).toBe(JSON.stringify('x'.repeat(60)));
    expect(describeValue('x'.repeat(61))).toBe(JSON.stringify(`${'x'.repeat(59)}…`));
    expect(describeValue(`${'x'.repeat(58)}😀yz`)).toBe(JSON.stringify(`${'x'.repeat(58)}…`));
    expect(describeValue('\u001b[2J\n')).toBe('"\\u001b[2J\\n"');
  });

  it('names other values by what they are', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    class Point {}
    const cases: [unknown, string][] = [
      [42, '42'],
      [-0, '0'],
      [Number.NaN, 'NaN'],
      [true, 'true'],
      [null, 'null'],
      [undefined, 'undefined'],
      [12n, '12n'],
      [2n ** 200n, 'a bigint'],
      [Symbol('x'.repeat(1000)), 'a symbol'],
      [() => 1, 'a function'],
      [[1, 2], 'an array'],
      [{ a: 1 }, 'an object'],
      [Object.create(null), 'an object'],
      [new Map(), 'a Map'],
      [new Date(0), 'a Date'],
      [new Point(), 'a Point'],
      [new Error('x'), 'an Error'],
      [revoked.proxy, 'an object'],
    ];
    for (const [value, expected] of cases) expect(describeValue(value)).toBe(expected);
  });

  it('runs no getter of the value', () => {
    let ran = 0;
    const proto = {
      get constructor() {
        ran++;
        return Map;
      },
    };
    const tagged = {
      get [Symbol.toStringTag]() {
        ran++;
        return 'Tag';
      },
    };
    expect(describeValue(Object.create(proto))).toBe('an object');
    expect(describeValue(tagged)).toBe('an object');
    expect(ran).toBe(0);
  });
});
