/**
 * Letters that Unicode decomposition leaves alone but a reader treats as plain Latin ones, and
 * typographic marks that a search box cannot easily type.
 */
const special: ReadonlyMap<string, string> = new Map([
  ['ł', 'l'], ['Ł', 'l'], ['đ', 'd'], ['Đ', 'd'], ['ø', 'o'], ['Ø', 'o'], ['ı', 'i'],
  ['æ', 'ae'], ['Æ', 'ae'], ['œ', 'oe'], ['Œ', 'oe'], ['ß', 'ss'], ['ẞ', 'ss'],
  ['‘', "'"], ['’', "'"], ['‚', "'"], ['‛', "'"], ['′', "'"],
  ['“', '"'], ['”', '"'], ['„', '"'], ['″', '"'],
  ['‐', '-'], ['‑', '-'], ['‒', '-'], ['–', '-'], ['—', '-'], ['―', '-'], ['−', '-'],
  ['…', '...'], ['\u00a0', ' '],
]);

// Written as a call marked pure: the build turns the literal into `new RegExp(…)`, which a
// bundler would otherwise keep in every bundle, used or not.
const marks = /* @__PURE__ */ new RegExp('\\p{M}', 'gu');

/** Folds one code point: special letters and marks mapped, then decomposed, lowercased, accents dropped. */
export function foldCodePoint(char: string): string {
  return special.get(char) ?? char.normalize('NFKD').toLowerCase().normalize('NFKD').replace(marks, '');
}

/** A folded text with, for every folded code unit, the original code point's offsets. */
export interface FoldedText {
  readonly folded: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/**
 * Folds a text for case- and diacritic-insensitive matching ("Gomułka" and "GOMULKA" both fold
 * to "gomulka"), keeping a map back to the original offsets.
 */
export function foldText(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = foldCodePoint(char);
    folded += piece;
    for (let i = 0; i < piece.length; i++) {
      starts.push(offset);
      ends.push(offset + char.length);
    }
    offset += char.length;
  }
  return { folded, starts, ends };
}

/** Folds a text without keeping the offset map. */
export function fold(text: string): string {
  let folded = '';
  for (const char of text) folded += foldCodePoint(char);
  return folded;
}

/**
 * Folds a text, giving up with `undefined` as soon as the folded text is longer than `max` code
 * units (so that a huge query costs no more than a short one).
 */
export function foldUpTo(text: string, max: number): string | undefined {
  let folded = '';
  for (const char of text) {
    folded += foldCodePoint(char);
    if (folded.length > max) return undefined;
  }
  return folded;
}
