import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collections } from '../scripts/model/collections.js';
import * as edition from '../src/index.js';

const lookups = [
  ...collections.flatMap((row) => ('lookup' in row ? [row.lookup.name] : [])), 'sectionOf', 'blocksIn', 'quotesIn', 'citationsIn',
  'citationsOf', 'quotesFrom', 'quotesBy', 'mentionsOf', 'eventsInvolving', 'evidenceFor',
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
    ...edition.blocks, ...edition.sections, ...edition.quotes, ...edition.citations, ...edition.references,
    ...edition.people, ...edition.places, ...edition.organisations, ...edition.events, ...edition.claims, ...edition.notes,
  ].map((r) => r.id as string),
);

describe('hardening: arbitrary input to every lookup and relation', () => {
  const snapshot = JSON.stringify(Object.entries(edition).filter(([, v]) => typeof v === 'object'));

  for (const name of lookups) {
    it(`${name} never throws, never returns an inherited property, and finds nothing for unknown input`, () => {
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

  it('search takes any string, and a 100,000-character query in bounded time', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (query) => Array.isArray(edition.search(query))), { numRuns: 300 });
    const start = performance.now();
    expect(edition.search('x'.repeat(100_000))).toEqual([]);
    expect(edition.search('a'.repeat(100_000) + 'Kim')).toEqual([]);
    expect(performance.now() - start).toBeLessThan(2_000);
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
