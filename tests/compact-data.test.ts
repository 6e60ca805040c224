import { describe, expect, it } from 'vitest';
import { compactData } from '../scripts/compact-data.js';
import { loadCitations } from '../src/data/load-citations.js';
import { loadQuotes } from '../src/data/load-quotes.js';
import { blocks, citations, quotes } from '../src/index.js';
import { rawCitations, rawEvents, rawQuotes } from './support/data.js';

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

  it('leaves files without anchors unchanged', () => {
    const records = [{ id: 'x' }];
    expect(compactData('references', records, texts)).toBe(records);
  });
});
