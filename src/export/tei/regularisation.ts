import type { Note } from '../../types/index.js';

/** A name folded for comparing transliterations: no diacritics, ł as l, v as w, y as i, lower case, words in order. */
function foldName(name: string, dropApostrophes: boolean): string {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁ]/g, 'l').toLowerCase().replace(/v/g, 'w').replace(/y/g, 'i');
  const words = (dropApostrophes ? plain.replace(/['’]/g, '') : plain).split(/[\s,]+/).filter(Boolean);
  return words.sort().join(' ');
}

/**
 * Whether a note's correction regularises a name rather than correcting an error: the printed form
 * is the same name written without its diacritics (Gomulka, Poznan, Boleslaw), in another
 * transliteration (Vladislaw for Władysław, V. for W.), without the dividing apostrophe of pinyin
 * (Yanan) or in the Western order (Xiaoguang Qiao). A slip (Mikhael, Qing, Levrentiy), a given name
 * taken for a family name (Zedong, M.) or a misplaced apostrophe (Worker’s) is an error.
 */
export function isRegularisation(note: Pick<Note, 'kind' | 'text' | 'correction'>): boolean {
  if (note.kind !== 'name' || note.correction === null || note.correction === note.text) return false;
  const printedHasApostrophe = /['’]/.test(note.text);
  return foldName(note.text, false) === foldName(note.correction, !printedHasApostrophe);
}
