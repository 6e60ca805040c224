import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blocks, toPlainText } from '../src/index.js';
import { rawBlocks, sourceText } from './support/data.js';
import { canonicalSource, firstDifference } from './support/integrity.js';

// The blog's page furniture after the essay: not part of it.
const furniture = ['No comments:', 'Post a Comment'];
const canonical = canonicalSource(sourceText, furniture);

describe('fidelity to the published source', () => {
  it('keeps a verbatim copy of the published source (its sha256 pinned)', () => {
    const hash = createHash('sha256').update(sourceText).digest('hex');
    expect(hash).toBe('d3079f91c39eef9e1622344d68cd0c35d6aed2780dab2d8e9b374bd5628e2194');
  });

  it('ends the source with the furniture, which the canonical text drops', () => {
    expect(sourceText.trimEnd().endsWith('No comments:\n\nPost a Comment')).toBe(true);
    expect(canonical).not.toContain('No comments:');
    expect(canonical.endsWith('/document/117030\n')).toBe(true);
  });

  it('toPlainText() equals the canonical source byte for byte', () => {
    expect(firstDifference(toPlainText(), canonical)).toBeUndefined();
    expect(Buffer.from(toPlainText()).equals(Buffer.from(canonical))).toBe(true);
  });

  it('the public blocks and the data file, joined the same way, equal it too', () => {
    // Written here independently of src/: a heading sits on the line above its paragraph.
    const join = (list: readonly { kind: string; text: string }[]) =>
      `${list.map((b, i) => (i === 0 ? '' : b.kind === 'paragraph' && list[i - 1]!.kind === 'heading' ? '\n' : '\n\n') + b.text).join('')}\n`;
    expect(firstDifference(join(blocks), canonical)).toBeUndefined();
    expect(firstDifference(join(rawBlocks), canonical)).toBeUndefined();
  });

  it('sets 13 headings directly above their paragraph and the BIBLIOGRAPHY heading apart', () => {
    expect(canonical.match(/\n\n[^\n]+\n(?=[^\n])/g)?.length).toBe(13);
    expect(canonical).toContain('\n\nBIBLIOGRAPHY\n\nFiltzer');
  });

  it('has 61 blocks: 1 dateline, 1 title, 1 date, 14 headings, 29 paragraphs, 1 pull quote, 14 entries', () => {
    const count = (kind: string) => blocks.filter((b) => b.kind === kind).length;
    expect(blocks).toHaveLength(61);
    expect([count('dateline'), count('title'), count('date'), count('heading')]).toEqual([1, 1, 1, 14]);
    expect([count('paragraph'), count('pullquote'), count('reference')]).toEqual([29, 1, 14]);
  });

  it('the pull quote repeats a sentence of paragraph 3, quotation marks aside', () => {
    const pull = blocks.find((b) => b.kind === 'pullquote')!.text;
    expect(pull.startsWith("'") && pull.endsWith("'")).toBe(true);
    expect(blocks.find((b) => b.id === 'p3')!.text).toContain(pull.slice(1, -1));
  });

  describe('the comparison can fail', () => {
    it('finds a single changed character', () => {
      const altered = canonical.replace('Ambassdor', 'Ambassador');
      expect(firstDifference(altered, canonical)).toMatch(/^differs at offset \d+/);
    });
    it('notices furniture left in, or a blank-line run not collapsed', () => {
      expect(canonicalSource('a\n\n\n\nb\n\nNo comments:', furniture)).toBe('a\n\nb\n');
      expect(firstDifference(canonicalSource('a\n\nb\n\nNo comments:', []), 'a\n\nb\n')).toBeDefined();
    });
  });
});
