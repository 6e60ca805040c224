// Written as calls marked pure: the build turns a regular expression literal into `new RegExp(…)`,
// which a bundler would otherwise keep in every bundle, used or not.
/**
 * One code point that folds to nothing: a combining mark (an accent, after decomposition) or a
 * format character (Unicode category Cf: zero-width joiner and non-joiner, soft hyphen, the
 * direction marks and overrides, the byte order mark), which a reader does not see and a copied
 * text may hold.
 */
const ignorableCodePoints = /* @__PURE__ */ /[\p{M}\p{Cf}]/gu;

/**
 * Whether each code point of a page of 256 is ignorable (1) or not (2): the page's code points as
 * one string, read by one pass of the Unicode property match rather than one match per code point.
 */
function page(first: number): Uint8Array {
  const flags = new Uint8Array(0x100).fill(2);
  let codePoints = '';
  // Surrogates stand alone in the page string as in a text; each is one code unit wide.
  for (let i = 0; i < 0x100; i++) codePoints += String.fromCodePoint(first + i);
  const width = first > 0xffff ? 2 : 1;
  ignorableCodePoints.lastIndex = 0;
  for (let match = ignorableCodePoints.exec(codePoints); match !== null; match = ignorableCodePoints.exec(codePoints)) {
    flags[match.index / width] = 1;
  }
  return flags;
}

/** For each code unit of the Basic Multilingual Plane: 0 not yet known, 1 ignorable, 2 not; filled a page at a time. */
let bmp: Uint8Array | undefined;
/** The pages of the other planes met so far (at most 4,096 of 256 bytes). */
let astral: Map<number, Uint8Array> | undefined;

/**
 * The answer without the Unicode property match for the blocks a European text draws on: below
 * U+0300 only the soft hyphen is a mark or a format character, U+0300–U+036F are all combining
 * marks, and in General Punctuation (U+2000–U+206F) the format characters are the zero-width and
 * direction ones (a test checks these ranges against the property match). `undefined` elsewhere.
 */
function knownIgnorable(codePoint: number): boolean | undefined {
  if (codePoint < 0x300) return codePoint === 0xad;
  if (codePoint <= 0x36f) return true;
  if (codePoint < 0x2000 || codePoint > 0x206f) return undefined;
  return (
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x2064) ||
    codePoint >= 0x2066
  );
}

/** Whether a code point is a combining mark or a format character. */
export function isIgnorable(codePoint: number): boolean {
  const known = knownIgnorable(codePoint);
  if (known !== undefined) return known;
  if (codePoint > 0xffff) {
    astral ??= new Map();
    const first = codePoint & ~0xff;
    let flags = astral.get(first);
    if (!flags) {
      flags = page(first);
      astral.set(first, flags);
    }
    return flags[codePoint & 0xff] === 1;
  }
  bmp ??= new Uint8Array(0x10000);
  if (bmp[codePoint] === 0) bmp.set(page(codePoint & 0xff00), codePoint & 0xff00);
  return bmp[codePoint] === 1;
}

/**
 * A text without its combining marks and format characters (Unicode categories M and Cf): the same
 * as `text.replace(/[\p{M}\p{Cf}]/gu, '')`, but a table lookup per code unit instead of a Unicode
 * property match, which costs over a hundred times more when most characters match.
 */
export function withoutIgnorable(text: string): string {
  let kept = '';
  let runStart = 0;
  for (let at = 0; at < text.length; ) {
    const codePoint = text.codePointAt(at)!;
    const width = codePoint > 0xffff ? 2 : 1;
    if (isIgnorable(codePoint)) {
      if (at > runStart) kept += text.slice(runStart, at);
      runStart = at + width;
    }
    at += width;
  }
  return runStart === 0 ? text : kept + text.slice(runStart);
}
