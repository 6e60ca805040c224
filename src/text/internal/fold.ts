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

/** A text of ASCII alone. */
const onlyAscii = /* @__PURE__ */ /^[\0-\x7f]*$/;

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
  // ASCII holds no mark, format character or special letter: it folds to itself, lowercased.
  if (onlyAscii.test(text)) return text.toLowerCase();
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

/** A folded text, with the way back from each folded code unit to the code point it comes from. */
export interface FoldedText {
  readonly folded: string;
  /**
   * The way back, one entry per segment (a run of ASCII, or one other code point that folds to
   * something): where it starts in the folded text and in the text, and the width in the text of
   * the code point it folds (0 for a run of ASCII, which maps back one code unit to one).
   */
  readonly segments: { readonly foldedStarts: readonly number[]; readonly textStarts: readonly number[]; readonly widths: readonly number[] };
  /** Where, in the text, the code point that folded code unit `at` comes from starts. */
  readonly startOf: (at: number) => number;
  /** Where, in the text, the code point that folded code unit `at` comes from ends. */
  readonly endOf: (at: number) => number;
}

/**
 * The folds of the code points met outside ASCII so far (a text repeats few of them). Cleared when
 * it grows past a few thousand, so that a text in many scripts cannot make it large.
 */
const foldedCodePoints = new Map<string, string>();
const mostFolded = 4096;

/** One code point outside ASCII (a lone surrogate alone). */
const nonAscii = /* @__PURE__ */ /[^\0-\x7f]/gu;

/** The fold of one code point outside ASCII, remembered. */
function foldOutsideAscii(char: string): string {
  let piece = foldedCodePoints.get(char);
  if (piece === undefined) {
    piece = foldCodePoint(char);
    if (foldedCodePoints.size >= mostFolded) foldedCodePoints.clear();
    foldedCodePoints.set(char, piece);
  }
  return piece;
}

/**
 * Folds a text for case- and diacritic-insensitive matching ("Gomułka" and "GOMULKA" both fold
 * to "gomulka"), keeping the way back to the original offsets. A character that folds to nothing
 * (a mark, a zero-width or direction character) has no folded unit, so a match steps over it.
 * Runs of ASCII, most of a text, are lowercased a run at a time and map back one to one; each other
 * code point is folded alone (once, then remembered). The folded text is the same as folding each
 * code point alone and joining the pieces; the way back is a list of segments, one per ASCII run
 * and one per other code point, searched by halves.
 */
export function foldText(text: string): FoldedText {
  const pieces: string[] = [];
  // Per segment: where it starts in the folded text and in the text, and the width in the text of
  // the code point it folds (0 for a run of ASCII, which maps back one code unit to one).
  const foldedStarts: number[] = [];
  const textStarts: number[] = [];
  const widths: number[] = [];
  let length = 0;
  let last = 0;
  const ascii = (until: number): void => {
    if (until <= last) return;
    pieces.push(text.slice(last, until).toLowerCase());
    foldedStarts.push(length);
    textStarts.push(last);
    widths.push(0);
    length += until - last;
  };
  nonAscii.lastIndex = 0;
  for (let match = nonAscii.exec(text); match !== null; match = nonAscii.exec(text)) {
    ascii(match.index);
    const char = match[0];
    const piece = foldOutsideAscii(char);
    if (piece.length > 0) {
      pieces.push(piece);
      foldedStarts.push(length);
      textStarts.push(match.index);
      widths.push(char.length);
      length += piece.length;
    }
    last = match.index + char.length;
  }
  ascii(text.length);
  /** The segment that folded code unit `at` falls in: the last one starting at or before it. */
  const segmentOf = (at: number): number => {
    let low = 0;
    let high = foldedStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (foldedStarts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const startOf = (at: number): number => {
    const k = segmentOf(at);
    return widths[k] === 0 ? textStarts[k]! + at - foldedStarts[k]! : textStarts[k]!;
  };
  const endOf = (at: number): number => {
    const k = segmentOf(at);
    return widths[k] === 0 ? textStarts[k]! + at - foldedStarts[k]! + 1 : textStarts[k]! + widths[k]!;
  };
  return { folded: pieces.join(''), segments: { foldedStarts, textStarts, widths }, startOf, endOf };
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
