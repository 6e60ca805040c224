import { describe, expect, it } from 'vitest';
import { blocks, essay, getParagraph, getQuote, getSection, paragraphs, plainTextRange, quotesBy, search, sectionOf, toPlainText } from '../src/index.js';

// The examples of README.md and docs/recipes.md, run as written.
describe('documented examples', () => {
  it('README quick start', () => {
    const opening = getParagraph('p1');
    expect([opening.n, sectionOf(opening.id)?.title]).toEqual([1, 'Introduction']);
    expect(search('gomułka').every((hit) => hit.text === 'Gomulka')).toBe(true);
    expect(getSection('polish-october').childIds).toEqual(['gomulka-notes']);
    expect([essay.published, paragraphs.length, blocks.length]).toEqual(['2014-06-15', 29, 61]);
    expect(getParagraph(29).text.startsWith('The official onset')).toBe(true);
  });

  it('README: as data in a program', async () => {
    const { formatLocator, formatReference, getPerson } = await import('../src/index.js');
    const q = getQuote('p10-q2');
    expect([getPerson(q.speakerIds[0]!)?.name, formatReference(q.referenceId!, 'chicago-author-date').slice(0, 42), formatLocator(q.locator!)]).toEqual([
      'Vladimir Lenin',
      'Khrushchev, N. 1956. “Khrushchev’s ‘Secret',
      'paras 8–9',
    ]);
  });

  it('recipes: plainTextRange and quotesBy', () => {
    const lenin = getQuote('p10-q2');
    const range = plainTextRange(lenin)!;
    expect(toPlainText().slice(range.start, range.end)).toBe(lenin.text);
    expect(quotesBy('lenin')!.map((q) => q.referenceId)).toEqual(['khrushchev-1956']);
  });

  it('the blank-line rule places every block in the plain text', () => {
    const offsets = new Map<string, number>();
    let at = 0;
    blocks.forEach((block, i) => {
      if (i > 0) at += block.kind === 'paragraph' && blocks[i - 1]!.kind === 'heading' ? 1 : 2;
      offsets.set(block.id, at);
      at += block.text.length;
    });
    const text = toPlainText();
    for (const block of blocks) expect(text.slice(offsets.get(block.id), offsets.get(block.id)! + block.text.length)).toBe(block.text);
    expect(text.slice(offsets.get('p16'), offsets.get('p16')! + 10)).toBe('In Poland,');
  });
});
