import { describe, expect, it } from 'vitest';
import {
  blocks,
  citations,
  citationsIn,
  citationsOf,
  getBlock,
  getCitation,
  getQuote,
  notes,
  people,
  quotes,
  quotesBy,
  quotesFrom,
  quotesIn,
  references,
} from '../src/index.js';
import { expandRangeEnd, parseLocator } from '../src/internal/parse-locator.js';
import { anchorSpan } from '../scripts/loaders/internal/anchor.js';
import { loadCitations } from '../scripts/loaders/load-citations.js';
import { copy, rawCitations, unknownId } from './support/data.js';
import { checkCitationsAgainstScan, checkQuotationMarks, isApostrophe, scanCitationParens } from './support/scans.js';

const texts = new Map(blocks.map((b) => [b.id as string, b.text]));
const order = new Map(blocks.map((b, i) => [b.id as string, i]));
const readingOrder = (a: { blockId: string; start: number }, b: { blockId: string; start: number }) =>
  order.get(a.blockId)! - order.get(b.blockId)! || a.start - b.start;
const possessives = [{ blockId: 'p25', text: 'Workers’ Party' }];

describe('spans', () => {
  it('every quote, citation and note slices its block exactly', () => {
    for (const span of [...quotes, ...citations, ...notes]) {
      expect(getBlock(span.blockId).text.slice(span.start, span.end), span.id).toBe(span.text);
    }
  });

  it('citations are in reading order; quotes too, a nested one after its parent', () => {
    expect([...citations].sort(readingOrder)).toEqual(citations);
    const starts = quotes.map((q) => [order.get(q.blockId)!, q.start] as const);
    starts.forEach(([blockIndex, start], i) => {
      if (i === 0) return;
      const [prevBlock, prevStart] = starts[i - 1]!;
      expect(blockIndex > prevBlock || (blockIndex === prevBlock && start >= prevStart) || quotes[i]!.parentId !== null).toBe(true);
    });
  });

  it('anchoring fails loudly on missing or ambiguous words', () => {
    expect(() => anchorSpan({ blockId: 'p1', text: 'Brezhnev' }, texts)).toThrow(/not found in p1/);
    expect(() => anchorSpan({ blockId: 'p1', text: 'Stalin' }, texts)).toThrow(/occurs \d+ times in p1: give its occurrence/);
    expect(() => anchorSpan({ blockId: unknownId('p99'), text: 'x' }, texts)).toThrow(/unknown block p99/);
    expect(anchorSpan({ blockId: 'p1', text: 'Stalin', occurrence: 1 }, texts).start).toBeGreaterThan(0);
  });
});

describe('citations', () => {
  it('the independent scan finds 44 citation parentheses in the body, each a record, and no more', () => {
    expect(scanCitationParens(blocks)).toHaveLength(44);
    expect(checkCitationsAgainstScan(blocks, citations)).toEqual([]);
    expect(citations).toHaveLength(44);
    expect(citations.filter((c) => c.ibid)).toHaveLength(26);
    expect(citations.filter((c) => c.form === 'narrative').map((c) => c.text)).toEqual([
      'Jones (2006:2)',
      'Khrushchev’s Secret Speech (1956)',
      'Filtzer (1993:12)',
      'Secret Speech (1956)',
      'Gomulka’s (1956)',
      'Lankov (1999:46)',
    ]);
  });

  it('the scan check fails on a missing citation and on a wrong form', () => {
    const missing = citations.filter((c) => c.id !== 'p16-c2');
    expect(checkCitationsAgainstScan(blocks, missing)).toEqual(['p16 (ibid.: 149-51): 0 records end here']);
    const wrongForm = citations.map((c) => (c.id === 'p3-c1' ? { ...c, form: 'parenthetical' } : c));
    expect(checkCitationsAgainstScan(blocks, wrongForm)[0]).toMatch(/p3-c1: an author-less \(2006:2\) is a narrative citation/);
  });

  // Resolved by hand from the text, rule by rule, and matched against a second, independent
  // reading: "ibid." repeats the source cited immediately before it, narrative citations included.
  const expected: Record<string, [string, string | null]> = {
    'p3-c1': ['jones-2006', 'p. 2'],
    'p3-c2': ['jones-2006', 'p. 2'],
    'p3-c3': ['khrushchev-1956', null],
    'p4-c1': ['filtzer-1993', 'p. 12'],
    'p4-c2': ['morgan-2000', 'p. 103'],
    'p5-c1': ['filtzer-1993', 'pp. 13–15'],
    'p5-c2': ['filtzer-1993', 'pp. 13–15'],
    'p6-c1': ['morgan-2000', 'p. 104'],
    'p6-c2': ['filtzer-1993', 'pp. 14–16'],
    'p7-c1': ['khrushchev-1956', null],
    'p7-c2': ['khrushchev-1956', 'para. 2'],
    'p8-c1': ['khrushchev-1956', 'para. 5'],
    'p8-c2': ['khrushchev-1956', 'para. 7'],
    'p10-c1': ['khrushchev-1956', 'paras 8–9'],
    'p12-c1': ['khrushchev-1956', 'para. 11'],
    'p12-c2': ['khrushchev-1956', 'para. 12'],
    'p12-c3': ['khrushchev-1956', 'para. 13'],
    'p12-c4': ['khrushchev-1956', 'para. 55'],
    'p13-c1': ['khrushchev-1956', 'para. 76'],
    'p13-c2': ['khrushchev-1956', 'para. 78'],
    'p13-c3': ['khrushchev-1956', 'para. 81'],
    'p13-c4': ['khrushchev-1956', 'para. 82'],
    'p16-c1': ['machcewicz-2006', 'p. 144'],
    'p16-c2': ['machcewicz-2006', 'pp. 149–151'],
    'p17-c1': ['gomulka-1956', null],
    'p17-c2': ['gomulka-1956', 'para. 2'],
    'p17-c3': ['gomulka-1956', 'paras 3–5'],
    'p17-c4': ['gomulka-1956', 'paras 6–8'],
    'p17-c5': ['gomulka-1956', 'para. 9'],
    'p17-c6': ['gomulka-1956', 'para. 9'],
    'p17-c7': ['gomulka-1956', 'paras 9–15'],
    'p19-c1': ['kramer-1995', 'p. 170'],
    'p19-c2': ['kramer-1995', 'p. 171'],
    'p20-c1': ['zimyanin-1959', 'para. 4'],
    'p20-c2': ['zimyanin-1959', 'para. 5'],
    'p21-c1': ['mao-1962', 'para. 14'],
    'p22-c1': ['mao-1969', null],
    'p24-c1': ['lankov-1999', 'p. 46'],
    'p24-c2': ['lankov-1999', 'p. 46'],
    'p24-c3': ['lankov-2002', 'p. 90'],
    'p25-c1': ['ivanov-1956a', 'para. 5'],
    'p26-c1': ['ivanov-1956a', 'paras 6–9'],
    'p27-c1': ['ivanov-1956b', 'para. 7'],
    'p28-c1': ['ivanov-1956b', 'para. 12'],
  };

  it('every citation resolves to its source and locator', async () => {
    const { formatLocator } = await import('../src/index.js');
    const actual = Object.fromEntries(citations.map((c) => [c.id, [c.referenceId, c.locator && formatLocator(c.locator)]]));
    expect(actual).toEqual(expected);
  });

  it('the two traps: an ibid. after a narrative citation repeats it, not the parenthesis before', () => {
    expect(getCitation('p7-c2')).toMatchObject({ ibid: true, repeatsId: 'p7-c1', referenceId: 'khrushchev-1956' });
    expect(getCitation('p17-c2')).toMatchObject({ ibid: true, repeatsId: 'p17-c1', referenceId: 'gomulka-1956' });
  });

  it('every ibid. repeats the citation immediately before it, and only ibid. ones repeat', () => {
    citations.forEach((c, i) => {
      expect(c.repeatsId).toBe(c.ibid ? citations[i - 1]!.id : null);
      expect(c.ibid).toBe(c.text.includes('ibid.'));
      if (c.ibid) expect(c.referenceId).toBe(citations[i - 1]!.referenceId);
    });
  });

  it('resolution follows the data: moving a narrative citation away changes what ibid. means', () => {
    const withoutNarrative = copy(rawCitations).filter((c) => c.id !== 'p7-c1');
    const resolved = loadCitations(withoutNarrative, texts);
    expect(resolved.find((c) => c.id === 'p7-c2')?.referenceId).toBe('filtzer-1993');
    expect(() => loadCitations(rawCitations.slice(1), texts)).toThrow(/"ibid." with nothing before it/);
  });

  it('locators: abbreviated ranges expand, units follow "para"/"paras", bare ibid. inherits', () => {
    expect(parseLocator('(Filtzer, 1993:13-5)')).toEqual({ unit: 'page', start: 13, end: 15, printed: '13-5' });
    expect(parseLocator('(ibid.: 149-51)')).toEqual({ unit: 'page', start: 149, end: 151, printed: '149-51' });
    expect(parseLocator('(ibid.:paras 9-15)')).toEqual({ unit: 'paragraph', start: 9, end: 15, printed: 'paras 9-15' });
    expect(parseLocator('(Ivanov(a), 1956:para 5)')).toEqual({ unit: 'paragraph', start: 5, end: 5, printed: 'para 5' });
    expect(parseLocator('Jones (2006:2)')).toEqual({ unit: 'page', start: 2, end: 2, printed: '2' });
    expect(parseLocator('(Zedong, 1969)')).toBeNull();
    expect(parseLocator('(ibid.)')).toBeNull();
    expect([expandRangeEnd('13', '5'), expandRangeEnd('149', '51'), expandRangeEnd('14', '6'), expandRangeEnd('6', '9')]).toEqual([15, 151, 16, 9]);
    expect(getCitation('p5-c2').locator).toEqual(getCitation('p5-c1').locator);
    expect(getCitation('p24-c2').locator).toEqual({ unit: 'page', start: 46, end: 46, printed: '46' });
  });

  it('every locator runs forwards and every reference is cited', () => {
    for (const c of citations) if (c.locator) expect(c.locator.end).toBeGreaterThanOrEqual(c.locator.start);
    for (const ref of references) expect(citationsOf(ref.id)!.length, ref.id).toBeGreaterThan(0);
  });
});

describe('quotes', () => {
  it('69 quotes: 37 quotations, 16 terms, 16 titles', () => {
    const count = (kind: string) => quotes.filter((q) => q.kind === kind).length;
    expect([quotes.length, count('quotation'), count('term'), count('title')]).toEqual([69, 37, 16, 16]);
  });

  it('every quotation mark in the text is accounted for by a quote or a note (independent scan)', () => {
    expect(checkQuotationMarks(blocks, quotes, notes, possessives)).toEqual([]);
  });

  it('the mark scan fails when a quote is missing, when a note is missing, on a stray mark', () => {
    const withoutWedge = quotes.filter((q) => q.id !== 'p17-q3');
    expect(checkQuotationMarks(blocks, withoutWedge, notes, possessives)).toEqual([
      expect.stringMatching(/^p17@\d+ ‘ is not accounted for$/),
      expect.stringMatching(/^p17@\d+ ’ is not accounted for$/),
    ]);
    const withoutNotes = quotes.map((q) => ({ ...q, noteIds: [] }));
    const problems = checkQuotationMarks(blocks, withoutNotes, [], possessives);
    expect(problems).toContain('p8-q2 has no closing mark');
    expect(problems).toContain('p13-q3 has no opening mark');
    expect(problems.some((p) => /^p24@\d+ ’ is not accounted for$/.test(p))).toBe(true);
    expect(checkQuotationMarks(blocks, quotes, notes, [])).toEqual([expect.stringMatching(/^p25@\d+ ’ is not accounted for$/)]);
    expect(isApostrophe('Stalin’s', 6)).toBe(true);
    expect(isApostrophe('‘little Stalins’ who', 15)).toBe(false);
  });

  it('nested quotes lie inside their parent', () => {
    const nested = quotes.filter((q) => q.parentId !== null);
    expect(nested.map((q) => q.id)).toEqual(['p7-q3', 'p10-q2', 'p20-q5', 'p24-q2', 'p24-q3', 'p24-q4', 'p24-q6', 'bib6-q2', 'bib9-q2']);
    for (const q of nested) {
      const parent = getQuote(q.parentId!);
      expect(parent.blockId).toBe(q.blockId);
      expect(parent.start < q.start && q.end <= parent.end).toBe(true);
    }
  });

  it('speakers: Lenin’s words in the speech are Lenin’s, Marx’s are Marx’s, a scholar’s are the scholar’s', () => {
    expect(quotesBy('lenin')!.map((q) => q.id)).toEqual(['p10-q2']);
    expect(quotesBy('marx')!.map((q) => q.id)).toEqual(['p7-q3']);
    expect(getQuote('p8-q1').speakerIds).toEqual(['khrushchev']); // Khrushchev’s words about Lenin
    expect(getQuote('p24-q1').speakerIds).toEqual(['lankov']);
    expect(getQuote('p28-q1').speakerIds).toEqual(['ivanov', 'qiao-xiaoguang']);
    // p7 (1), p8 (2), p10 (1), p12 (6), p13 (4), counted in the text.
    expect(quotesBy('khrushchev')).toHaveLength(14);
  });

  it('recorded speech is the speaker’s, never the recorder’s: one rule for Gomułka’s notes and Ivanov’s records', () => {
    const recorders = new Map<string | null, string>([
      ['gomulka-1956', 'gomulka'],
      ['ivanov-1956a', 'ivanov'],
      ['ivanov-1956b', 'ivanov'],
    ]);
    const recorded = quotes.filter((q) => q.kind === 'quotation' && recorders.has(q.referenceId));
    expect(recorded.map((q) => q.id)).toEqual(['p17-q1', 'p17-q2', 'p17-q3', 'p17-q4', 'p25-q1', 'p27-q1', 'p28-q1']);
    for (const q of recorded) {
      // p28: "both ambassadors somehow agreed": the recorder speaks only where the essay says he did.
      if (q.id !== 'p28-q1') expect(q.speakerIds, q.id).not.toContain(recorders.get(q.referenceId));
    }
    expect(getBlock('p17').text).toContain('The Soviets made clear that ‘From Poland they need nothing’');
    for (const q of quotesIn('p17')!) {
      expect(q.speakerIds, q.id).toEqual([]); // the Soviets: no single speaker is named
      expect(q.rationale, q.id).toMatch(/Soviets/);
    }
    expect(getQuote('p25-q1').speakerIds).toEqual(['kim-il-sung']);
    expect(getQuote('p27-q1').speakerIds).toEqual(['qiao-xiaoguang']);
    expect(quotesBy('gomulka')).toEqual([]);
  });

  it('every quotation in the body has a speaker or a rationale saying why not', () => {
    for (const q of quotes.filter((x) => x.kind === 'quotation')) {
      expect(q.speakerIds.length > 0 || (q.rationale ?? '').length > 0, q.id).toBe(true);
    }
  });

  it('source and locator come from the supporting citation', () => {
    for (const q of quotes) {
      if (q.citationId === null) {
        expect(q.locator).toBeNull();
        continue;
      }
      const c = getCitation(q.citationId);
      expect([q.referenceId, q.locator]).toEqual([c.referenceId, c.locator]);
      expect(c.blockId).toBe(q.blockId);
    }
    expect(getQuote('p7-q3')).toMatchObject({ referenceId: 'khrushchev-1956', locator: { unit: 'paragraph', start: 2, end: 2 } });
    expect(getQuote('p17-q4')).toMatchObject({ text: 'danger', referenceId: 'gomulka-1956', locator: { start: 9 } });
  });

  it('each supporting citation follows its quotation in the same paragraph, or introduces it', () => {
    for (const q of quotes) {
      if (q.citationId === null) continue;
      const c = getCitation(q.citationId);
      const narrativeBefore = c.form === 'narrative' && c.end <= q.start;
      expect(c.start >= q.end - 1 || narrativeBefore || c.start > q.start, q.id).toBe(true);
    }
  });

  it('cross-references resolve: speakers, citations, references, parents, notes', () => {
    const personIds = new Set(people.map((p) => p.id as string));
    for (const q of quotes) {
      for (const id of q.speakerIds) expect(personIds.has(id), `${q.id} ${id}`).toBe(true);
      for (const id of q.noteIds) {
        const note = notes.find((n) => n.id === id)!;
        expect(note.blockId).toBe(q.blockId);
        expect(note.start <= q.end + 1 && note.end >= q.start - 1, `${q.id} ${id}`).toBe(true);
      }
    }
    for (const ref of references) {
      for (const id of ref.noteIds) expect(notes.find((n) => n.id === id)?.blockId).toBe(ref.blockId);
    }
  });
});

describe('relations', () => {
  it('quotesIn and citationsIn give a block’s records in reading order', () => {
    expect(quotesIn('p10').map((q) => q.speakerIds)).toEqual([['khrushchev'], ['lenin']]);
    expect(citationsIn('p5').map((c) => c.text)).toEqual(['(Filtzer, 1993:13-5)', '(ibid.)']);
    expect(quotesIn('h1')).toEqual([]);
    expect(citationsIn('dateline')).toEqual([]);
  });

  it('citationsOf, quotesFrom and quotesBy group by source and speaker', () => {
    expect(citationsOf('khrushchev-1956')).toHaveLength(14);
    expect(citationsOf('mao-1969')!.map((c) => c.id)).toEqual(['p22-c1']);
    expect(quotesFrom('mao-1962')!.map((q) => q.id)).toEqual(['p21-q1', 'bib12-q1']);
    expect(quotesFrom('filtzer-1993')!.map((q) => q.id)).toEqual(['p4-q1', 'p4-q2', 'p5-q1', 'p6-q1', 'p6-q2', 'p6-q3', 'p6-q4']);
  });

  it('unknown ids give undefined; results are frozen', () => {
    for (const fn of [quotesIn, citationsIn, citationsOf, quotesFrom, quotesBy] as ((id: string) => unknown)[]) {
      for (const id of ['nope', '__proto__', 'constructor', '']) expect(fn(id)).toBeUndefined();
    }
    expect(Object.isFrozen(quotesIn('p7'))).toBe(true);
    expect(Object.isFrozen(quotesBy('lenin'))).toBe(true);
  });
});
