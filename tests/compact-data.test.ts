import { describe, expect, it } from 'vitest';
import { compactData } from '../scripts/compact-data.js';
import { loadCitations } from '../src/data/load-citations.js';
import { loadMentions } from '../src/data/load-entities.js';
import { fromMentionRuns, type MentionRun, toMentionRuns } from '../src/data/mention-runs.js';
import { loadQuotes } from '../src/data/load-quotes.js';
import { blocks, citations, quotes } from '../src/index.js';
import { rawCitations, rawEvents, rawMentions, rawQuotes } from './support/data.js';

const texts = new Map(blocks.map((b) => [b.id as string, b.text]));

describe('the build’s compaction of data/', () => {
  it('replaces words by offsets and loads back to the same records', () => {
    const compactCitations = compactData('citations', rawCitations as never, texts);
    const at = texts.get('p3')!.indexOf('Jones (2006:2)');
    expect(compactCitations[0]).toEqual({ id: 'p3-c1', form: 'narrative', referenceId: 'jones-2006', rationale: null, blockId: 'p3', start: at, end: at + 14 });
    const loaded = loadCitations(compactCitations as never, texts);
    expect(loaded).toEqual(citations);
    expect(loadQuotes(compactData('quotes', rawQuotes as never, texts) as never, texts, loaded)).toEqual(quotes);
  });

  it('stores an event summary that is a sentence of the essay as offsets, and leaves titles alone', () => {
    const compact = compactData('events', rawEvents as never, texts) as { id: string; summary: unknown }[];
    expect(compact.find((e) => e.id === 'secret-speech')!.summary).toMatchObject({ blockId: 'p1' });
    expect(compact.find((e) => e.id === 'belweder-talks')!.summary).toBe('All-night Polish-Soviet talks at the Belweder Palace.');
  });

  it('writes mentions as runs per block, [blockId, entityId, start, length, …], that load back to the same mentions', () => {
    const runs = compactData('mentions', rawMentions as never, texts) as MentionRun[];
    // p1 begins "Nikita Khrushchev" (17 characters), the first mention in the data.
    expect(texts.get('p1')!.slice(0, 17)).toBe('Nikita Khrushchev');
    expect(runs[0]!.slice(0, 4)).toEqual(['p1', 'khrushchev', 0, 17]);
    expect(runs.reduce((n, run) => n + (run.length - 1) / 3, 0)).toBe(rawMentions.length);
    expect(loadMentions(runs, texts)).toEqual(loadMentions(rawMentions, texts));
  });

  it('keeps reading order when a block’s mentions are interrupted, and rejects a broken run', () => {
    const mentions = [
      { entityId: 'a', blockId: 'p1', start: 0, end: 3 },
      { entityId: 'b', blockId: 'p2', start: 5, end: 6 },
      { entityId: 'c', blockId: 'p1', start: 9, end: 12 },
    ];
    expect(toMentionRuns(mentions)).toEqual([['p1', 'a', 0, 3], ['p2', 'b', 5, 1], ['p1', 'c', 9, 3]]);
    expect(fromMentionRuns(toMentionRuns(mentions))).toEqual(mentions);
    expect(() => fromMentionRuns([['p1', 'a', 0]])).toThrow(/p1: expected \[entityId, start, length\] triples/);
  });

  it('stores the words that give an event’s date as offsets, and they load back', () => {
    const compact = compactData('events', rawEvents as never, texts) as { id: string; dateText: unknown }[];
    const speech = compact.find((e) => e.id === 'secret-speech')!.dateText as { blockId: string; start: number; end: number };
    const raw = rawEvents.find((e) => e.id === 'secret-speech')!;
    expect(texts.get(speech.blockId)!.slice(speech.start, speech.end)).toBe(raw.dateText);
    expect(raw.dateText).toContain('25 February 1956');
  });

  it('leaves files without anchors unchanged', () => {
    const records = [{ id: 'x' }];
    expect(compactData('references', records, texts)).toBe(records);
  });
});
