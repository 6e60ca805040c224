import edtf, { parse } from 'edtf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateRange, events, timeline } from '../src/index.js';
import { edtfBounds } from '../src/internal/edtf-bounds.js';

const dayMs = 86_400_000;

/** The edtf package's reading at levels 0 and 1: accepted or not. */
function libraryAccepts(text: string): boolean {
  try {
    parse(text, { level: 1 });
    return true;
  } catch {
    return false;
  }
}

/** The days the edtf package gives a date (not an interval). */
function libraryDays(text: string): { earliest: number; latest: number } {
  const date = edtf(text);
  return { earliest: Math.floor(date.min / dayMs), latest: Math.floor(date.max / dayMs) };
}

/** A year's first and last day, computed with Date (valid up to ±275,000). */
function yearDays(year: number): { earliest: number; latest: number } {
  const first = new Date(0);
  first.setUTCFullYear(year, 0, 1);
  const last = new Date(0);
  last.setUTCFullYear(year, 11, 31);
  return { earliest: first.getTime() / dayMs, latest: last.getTime() / dayMs };
}

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/**
 * Where this package deliberately disagrees with the edtf package (each case is documented in
 * dateRange's TSDoc and docs/data-model.md): the package accepts days that do not exist, an
 * interval open at both ends, an interval that runs backwards, `XXXX-XX`, and `24:00:00`.
 */
function deliberateDifference(text: string): boolean {
  const ends = text.split('/');
  if (ends.length === 2 && ends.every((end) => end === '' || end === '..')) return true;
  if (/(^|\/)XXXX-XX/.test(text) || /T24:/.test(text) || /(^|\/)-0000/.test(text)) return true;
  for (const match of text.matchAll(/(-?[0-9]{4})-02-29/g)) if (!isLeap(Number(match[1]))) return true;
  if (ends.length === 2 && ends.every((end) => end !== '' && end !== '..')) {
    try {
      const [from, to] = ends.map((end) => edtf(end.replace(/T.*/, '')));
      if (from!.min > to!.max) return true;
    } catch {
      /* not a date the library constructs: compared as usual */
    }
  }
  return false;
}

/**
 * Where the edtf package's days are wrong: it gives a negative year with unspecified digits a
 * start after its end, and counts February of the years 0 to 99 as in 1900 to 1999.
 */
const libraryMiscounts = (date: string) => /^-.*X/.test(date) || /^-?00[0-9]{2}-02/.test(date);

const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const twoDigits = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
const yearText = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
  pick('1956', '0056', '0000', '0099', '9999', '2000', '1900', '0004', '195X', '19XX', '1XXX', 'XXXX', '19X6', '0X00'),
);
const date = fc
  .tuple(
    pick('', '', '', '-'),
    yearText,
    fc.option(fc.oneof(twoDigits(25), pick('XX', '02', '10', '12')), { nil: undefined }),
    fc.option(fc.oneof(twoDigits(32), pick('XX', '29', '28', '31')), { nil: undefined }),
    pick('', '', '', '?', '~', '%'),
  )
  .map(([sign, y, m, d, q]) => `${sign}${y}${m === undefined ? '' : `-${m}`}${m !== undefined && d !== undefined ? `-${d}` : ''}${q}`);
const zone = fc.oneof(
  pick('', 'Z', 'z', '+00:00', '-00:00', '+14:00', '+14:30', '-12:00', '-12:30', '+05:30', '-04:00', '+05', '+0530'),
  fc.tuple(pick('+', '-'), twoDigits(15), pick('00', '30', '45', '59', '60')).map(([s, h, m]) => `${s}${h}:${m}`),
);
const dateTime = fc
  .tuple(pick('', '-'), yearText, twoDigits(13), twoDigits(32), twoDigits(25), twoDigits(60), fc.option(twoDigits(60), { nil: undefined }), zone)
  .map(([sign, y, m, d, hh, mm, ss, z]) => `${sign}${y}-${m}-${d}T${hh}:${mm}${ss === undefined ? '' : `:${ss}`}${z}`);
const longYear = fc
  .tuple(pick('', '-'), pick('', '0', '1', '17', '9'), fc.integer({ min: 0, max: 99_999_999 }))
  .map(([sign, lead, n]) => `Y${sign}${lead}${n}`);
const single = fc.oneof({ weight: 4, arbitrary: date }, { weight: 2, arbitrary: dateTime }, { weight: 1, arbitrary: longYear });
const end = fc.oneof({ weight: 6, arbitrary: single }, { weight: 1, arbitrary: pick('', '..') });
const anyDate = fc.oneof({ weight: 3, arbitrary: single }, { weight: 2, arbitrary: fc.tuple(end, end).map(([a, b]) => `${a}/${b}`) });

describe('EDTF: what dateRange reads', () => {
  it('accepts exactly what the edtf package reads at levels 0 and 1, on a generated corpus, but for documented differences', () => {
    let accepted = 0;
    fc.assert(
      fc.property(anyDate, (text) => {
        if (deliberateDifference(text)) return;
        const ours = edtfBounds(text);
        expect(ours !== undefined, text).toBe(libraryAccepts(text));
        if (ours) accepted++;
      }),
      { numRuns: 6000, seed: 20_140_615 },
    );
    expect(accepted).toBeGreaterThan(500); // the corpus is not all noise
  }, 60_000); // a 6,000-date corpus through the edtf package: seconds on a busy machine

  it('gives the days the edtf package gives, but for seasons (which it reads as quarters) and long years (which it cannot construct)', () => {
    let compared = 0;
    fc.assert(
      fc.property(anyDate, (text) => {
        const ours = edtfBounds(text);
        if (!ours || deliberateDifference(text)) return;
        const ends = text.split('/');
        const days = (part: string) => libraryDays(part.replace(/T.*/, ''));
        if (ends.length === 2) {
          const [from = '', to = ''] = ends;
          if (from !== '' && from !== '..' && !libraryMiscounts(from)) expect(ours.earliest, text).toBe(days(from).earliest);
          if (to !== '' && to !== '..' && !libraryMiscounts(to)) expect(ours.latest, text).toBe(days(to).latest);
        } else if (text.startsWith('Y')) {
          const year = Number(text.slice(1));
          if (Math.abs(year) < 270_000) expect(ours, text).toEqual(yearDays(year));
        } else if (!/^-?[0-9]{4}-2[1-4]$/.test(text) && !libraryMiscounts(text)) {
          expect(ours, text).toEqual(days(text));
        }
        compared++;
      }),
      { numRuns: 6000, seed: 20_140_615 },
    );
    expect(compared).toBeGreaterThan(500);
  }, 60_000); // a 6,000-date corpus through the edtf package: seconds on a busy machine

  it('differs from the edtf package only where documented', () => {
    for (const text of ['1900-02-29', '-0001-02-29', '../..', '/..', '2005/2004', 'XXXX-XX', '1956-10-19T24:00:00']) {
      expect(libraryAccepts(text), text).toBe(true);
      expect(edtfBounds(text), text).toBeUndefined();
    }
    expect(edtfBounds('1956-23')).toEqual({ earliest: yearDays(1956).earliest + 244, latest: yearDays(1956).earliest + 334 });
    expect(libraryDays('1956-23').earliest).toBe(yearDays(1956).earliest + 182); // 1 July: the third quarter
  });

  it('reads the forms of levels 0 and 1 that it documents', () => {
    expect(dateRange('195X')).toEqual({ start: '1950-01-01', end: '1959-12-31' });
    expect(dateRange('19XX')).toEqual({ start: '1900-01-01', end: '1999-12-31' });
    expect(dateRange('-0050')).toEqual({ start: '-000050-01-01', end: '-000050-12-31' });
    expect(dateRange('Y170000002')).toEqual({ start: '+170000002-01-01', end: '+170000002-12-31' });
    expect(dateRange('1956-10-19T10:00:00')).toEqual({ start: '1956-10-19', end: '1956-10-19' });
    expect(dateRange('1956-10-19T23:30:00-04:00')).toEqual({ start: '1956-10-19', end: '1956-10-19' });
    expect(dateRange('1956-10-XX')).toEqual({ start: '1956-10-01', end: '1956-10-31' });
    expect(dateRange('1956-24')).toEqual({ start: '1956-12-01', end: '1957-02-28' });
    for (const bad of ['195X?', '1956-23?', '195X/1960', 'Y1956', '1956-10-19T10:00:00.5', '1956-10-19T10', '-0000', ' 1956']) {
      expect(dateRange(bad), bad).toBeUndefined();
    }
  });
});

describe('EDTF: years 0 to 99 and beyond 9999', () => {
  it('are those years, not 1900 to 1999', () => {
    expect(dateRange('0056')).toEqual({ start: '0056-01-01', end: '0056-12-31' });
    expect(dateRange('0000-02-29')).toEqual({ start: '0000-02-29', end: '0000-02-29' });
    expect(dateRange('0099-24')).toEqual({ start: '0099-12-01', end: '0100-02-28' });
    expect(dateRange('0056-10/1956')).toEqual({ start: '0056-10-01', end: '1956-12-31' });
  });

  it('a range ending after 9999 is written in the expanded form, which Date reads back', () => {
    const range = dateRange('9999-24')!;
    expect(range).toEqual({ start: '9999-12-01', end: '+010000-02-29' });
    expect(new Date(range.end!).toISOString().slice(0, 17)).toBe('+010000-02-29T00:');
  });

  it('timeline reads a year below 100 as that year', () => {
    expect(timeline({ from: 56 })).toHaveLength(events.length); // every event is after the year 56
    // only the events open at their start ("by 1954", "before 19 October 1956") can fall before 57
    const openStart = (date: string) => date.startsWith('../');
    expect(timeline({ to: 56 }).every((event) => openStart(event.date))).toBe(true);
    expect(timeline({ to: 56 }).length).toBeGreaterThan(0);
    expect(timeline({ to: '0056' })).toEqual(timeline({ to: 56 }));
    expect(timeline({ to: 1956 }).length).toBeGreaterThan(0);
  });
});
