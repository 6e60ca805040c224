import { describe, expect, it } from 'vitest';
import { blocks, getBlock, getNote, notes, quotes, references, toMarkdown } from '../src/index.js';
import { escapeMarkdown } from '../src/text/internal/escape-markdown.js';

const covered = (blockId: string, start: number, end: number, kind?: string) =>
  notes.some((n) => n.blockId === blockId && n.start <= start && end <= n.end && (kind === undefined || n.kind === kind));

/** Every occurrence of a pattern in the given blocks, for an independent scan of known slips. */
function occurrences(pattern: RegExp, where: (id: string) => boolean = () => true) {
  return blocks.filter((b) => where(b.id)).flatMap((b) => [...b.text.matchAll(pattern)].map((m) => ({ blockId: b.id, start: m.index, end: m.index + m[0].length })));
}

describe('editorial notes', () => {
  // The counts were confirmed by a second, blind reading: a helper given the notes without their
  // kinds and the editorial policy's definitions classified all 54 the same way.
  it('54 notes: 9 spelling, 19 name, 7 fact, 12 punctuation, 7 citation', () => {
    const count = (kind: string) => notes.filter((n) => n.kind === kind).length;
    expect([notes.length, count('spelling'), count('name'), count('fact'), count('punctuation'), count('citation')]).toEqual([54, 9, 19, 7, 12, 7]);
  });

  it('every note sits on its span; a correction replaces the noted words', () => {
    for (const note of notes) {
      expect(getBlock(note.blockId).text.slice(note.start, note.end), note.id).toBe(note.text);
      if (note.correction !== null) expect(note.correction, note.id).not.toBe(note.text);
      expect(note.note).toMatch(/^[A-Z“‘].*[.)]$/);
    }
  });

  it('the text itself never changes: notes are beside it', () => {
    expect(getBlock('h11').text).toBe('Ambassdor Ivanov’s Notes from a Discussion with Kim Il Sung');
  });

  it('finds every misspelt “de-Stalinsation” (an independent scan)', () => {
    const found = occurrences(/[Dd]e-Stalinsation/g);
    expect(found.map((o) => o.blockId)).toEqual(['p1', 'p2', 'p13', 'h5', 'h8', 'h9']);
    for (const o of found) expect(covered(o.blockId, o.start, o.end, 'spelling'), o.blockId).toBe(true);
  });

  it('notes every “Party Conference” that means the Congress, and the later “the conference”', () => {
    const found = occurrences(/20th Party Conference|following the conference/g);
    expect(found).toHaveLength(4);
    for (const o of found) expect(covered(o.blockId, o.start, o.end, 'fact'), o.blockId).toBe(true);
  });

  it('notes every Polish name printed without its diacritics, outside the archive’s own titles', () => {
    const found = occurrences(/Gomulka|Boleslaw|Poznan/g, (id) => !id.startsWith('bib'));
    expect(found.length).toBe(9);
    for (const o of found) expect(covered(o.blockId, o.start, o.end, 'name'), `${o.blockId}@${o.start}`).toBe(true);
  });

  it('notes the single slips the essay makes', () => {
    for (const [pattern, kind] of [
      [/Ambassdor/g, 'spelling'],
      [/Levrentiy/g, 'spelling'],
      [/Mikhael/g, 'name'],
      [/Mikihail/g, 'name'],
      [/\bQing\b/g, 'name'],
      [/had had/g, 'spelling'],
      [/Zedong, 19(62|69)/g, 'name'],
      [/Ivanov\((a|b)\)/g, 'citation'],
      [/Morgan et al,/g, 'punctuation'],
    ] as const) {
      const found = occurrences(pattern);
      expect(found.length, String(pattern)).toBeGreaterThan(0);
      for (const o of found) expect(covered(o.blockId, o.start, o.end, kind), `${String(pattern)} ${o.blockId}`).toBe(true);
    }
  });

  it('outside knowledge is said to be outside the essay', () => {
    for (const id of ['p16-n3', 'p16-n5', 'p21-n3', 'p24-n3', 'p27-n1']) expect(getNote(id)?.note, id).toMatch(/^Outside the essay:/);
  });

  it('each reference lists every note on its entry; each quote every punctuation note on its marks', () => {
    for (const ref of references) {
      expect(ref.noteIds, ref.id).toEqual(notes.filter((n) => n.blockId === ref.blockId).map((n) => n.id));
    }
    const onMarks = notes.filter((n) => n.kind === 'punctuation' && !n.blockId.startsWith('bib') && /[‘’“”"']/.test(n.text));
    expect(onMarks).toHaveLength(7);
    for (const note of onMarks) expect(quotes.filter((q) => q.noteIds.includes(note.id)).length, note.id).toBe(1);
  });

  it('quotes and references list notes that lie in their blocks', () => {
    for (const owner of [...quotes, ...references]) {
      for (const id of owner.noteIds) expect(getNote(id)?.blockId, id).toBe(owner.blockId);
    }
  });
});

describe('toMarkdown({ notes: true })', () => {
  const markdown = toMarkdown({ notes: true });

  it('puts a footnote reference after each noted stretch and a footnote for each note', () => {
    for (const note of notes) {
      expect(markdown, note.id).toContain(`${escapeMarkdown(note.text)}[^${note.id}]`);
      expect(markdown).toContain(`\n[^${note.id}]: `);
    }
    expect(markdown.match(/^\[\^[a-z0-9-]+\]: /gm)).toHaveLength(notes.length);
  });

  it('shows the correction in the footnote, and leaves the text alone without the option', () => {
    expect(markdown).toContain('[^h11-n1]: Misspelling: the next heading prints “Ambassador”. Correction: Ambassador');
    expect(toMarkdown()).not.toContain('[^');
  });
});
