import { withoutIgnorable } from './ignorable.js';

/**
 * Letters that Unicode decomposition leaves alone but a reader treats as plain Latin ones, and
 * typographic marks that a search box cannot easily type.
 */
const special: ReadonlyMap<string, string> = new Map([
  ['ł', 'l'],
  ['Ł', 'l'],
  ['đ', 'd'],
  ['Đ', 'd'],
  ['ø', 'o'],
  ['Ø', 'o'],
  ['ı', 'i'],
  ['æ', 'ae'],
  ['Æ', 'ae'],
  ['œ', 'oe'],
  ['Œ', 'oe'],
  ['ß', 'ss'],
  ['ẞ', 'ss'],
  ['‘', "'"],
  ['’', "'"],
  ['‚', "'"],
  ['‛', "'"],
  ['′', "'"],
  ['“', '"'],
  ['”', '"'],
  ['„', '"'],
  ['″', '"'],
  ['‐', '-'],
  ['‑', '-'],
  ['‒', '-'],
  ['–', '-'],
  ['—', '-'],
  ['―', '-'],
  ['−', '-'],
  ['…', '...'],
  ['\u00a0', ' '],
]);

// Written as calls marked pure: the build turns a regular expression literal into `new RegExp(…)`,
// which a bundler would otherwise keep in every bundle, used or not.
/** The final sigma that lowercasing gives at the end of a Greek word, folded to the plain one. */
const finalSigma = /* @__PURE__ */ /ς/g;

/** The keys of {@link special} as one character class, made on first use. */
let specialCharacters: RegExp | undefined;

/**
 * Folds a text in bulk: marks and format characters dropped, special letters and marks mapped,
 * then decomposed, lowercased, the accents the decomposition exposes dropped. The result is the
 * same as folding each code point alone and joining the pieces (a property test checks it): the
 * marks that decomposition would reorder are all dropped, lowercasing depends on its neighbours
 * only for the final sigma, which is folded to the plain one, and the marks already in the text are
 * dropped first, so no long run of them reaches the decomposition.
 */
function foldRun(text: string): string {
  specialCharacters ??= new RegExp(`[${[...special.keys()].join('')}]`, 'g');
  const mapped = withoutIgnorable(text).replace(specialCharacters, (char) => special.get(char)!);
  return withoutIgnorable(mapped.normalize('NFKD').toLowerCase().replace(finalSigma, 'σ').normalize('NFKD'));
}

/** Folds one code point (see {@link fold}); a mark or a format character folds to `''`. */
export function foldCodePoint(char: string): string {
  const code = char.charCodeAt(0);
  if (char.length === 1 && code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : char;
  return foldRun(char);
}

/** A folded text with, for every folded code unit, the original code point's offsets. */
export interface FoldedText {
  readonly folded: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/**
 * Folds a text for case- and diacritic-insensitive matching ("Gomułka" and "GOMULKA" both fold
 * to "gomulka"), keeping a map back to the original offsets. A character that folds to nothing
 * (a mark, a zero-width or direction character) has no folded unit, so a match steps over it.
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

/** How many code units {@link foldUpTo} folds at a time. */
const chunkLength = 4096;

/**
 * Folds a text without keeping the offset map, giving up with `undefined` as soon as the folded
 * text is longer than `max` code units. The text is folded a few thousand code units at a time
 * (never splitting a surrogate pair), so a query costs one quick pass over it at most, and once it
 * folds longer than any text it could match, no more than a query of that length.
 */
export function foldUpTo(text: string, max: number): string | undefined {
  let folded = '';
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + chunkLength, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    folded += foldRun(text.slice(at, end));
    if (folded.length > max) return undefined;
    at = end;
  }
  return folded;
}

/** Folds a text without keeping the offset map: the same as joining each code point's fold. */
export function fold(text: string): string {
  return foldUpTo(text, Infinity)!;
}
