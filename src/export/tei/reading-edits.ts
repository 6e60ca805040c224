/** One edit that turns the printed words into the corrected or regularised reading. */
export interface ReadingEdit {
  /** Offset of the first printed code unit replaced, relative to the printed words. */
  readonly start: number;
  /** Offset after the last printed code unit replaced; equal to `start` for an insertion. */
  readonly end: number;
  /** The words that replace `printed.slice(start, end)`; empty for a deletion. */
  readonly replacement: string;
}

/**
 * Words (letters, with apostrophes and hyphens between letters), runs of digits, runs of spaces, or
 * single other characters.
 */
// Made where it is used: a top-level pattern with Unicode property escapes is compiled by the build
// into a `new RegExp(…)` that bundlers cannot drop from bundles that never use it.
const tokensOf = (text: string): string[] => text.match(/\p{L}+(?:['’-]\p{L}+)*|\p{Nd}+|\s+|[\s\S]/gu) ?? [];
const isWord = (token: string): boolean => /^\p{L}/u.test(token);
const isSpace = (token: string): boolean => /^\s+$/.test(token);

interface TokenEdit {
  readonly from: number;
  readonly to: number;
  readonly with: readonly string[];
}

/** The longest common subsequence of two token lists, as the runs of tokens that differ between them. */
function tokenEdits(a: readonly string[], b: readonly string[]): TokenEdit[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = a[i] === b[j] ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const edits: TokenEdit[] = [];
  let i = 0;
  let j = 0;
  let open: { from: number; with: string[] } | null = null;
  const close = (to: number) => {
    if (open) edits.push({ from: open.from, to, with: open.with });
    open = null;
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      close(i);
      i++;
      j++;
    } else if (j < b.length && (i === a.length || table[i * cols + j + 1]! >= table[(i + 1) * cols + j]!)) {
      open ??= { from: i, with: [] };
      open.with.push(b[j]!);
      j++;
    } else {
      open ??= { from: i, with: [] };
      i++;
    }
  }
  close(i);
  return edits;
}

/** Whether an edit replaces one word by one word. */
const isWordForWord = (a: readonly string[], edit: TokenEdit): boolean =>
  edit.to - edit.from === 1 && isWord(a[edit.from]!) && edit.with.length === 1 && isWord(edit.with[0]!);

/**
 * The edits that turn the printed words into the corrected reading, as small as whole tokens allow,
 * so that the markup of the words around them (a name, a citation, a bibliography field) stays
 * outside them: a missing space or mark is an insertion at a point ("Marx:" → "Marx: "), a stray
 * character a deletion, a misspelt word the whole word ("Levrentiy" → "Lavrentiy", never a single
 * letter). Edits separated only by spaces are one edit ("Prime Minister" → "First Secretary of the
 * party"), except where each replaces one word by another ("Vladislaw Gomulka" → "Władysław
 * Gomułka" is two edits, one per word). Applying every edit to the printed words gives the
 * corrected reading.
 */
export function readingEdits(printed: string, corrected: string): ReadingEdit[] {
  const a = tokensOf(printed);
  const b = tokensOf(corrected);
  const edits = tokenEdits(a, b);
  // Runs of edits separated only by spaces.
  const runs: TokenEdit[][] = [];
  for (const edit of edits) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    const between = last ? a.slice(last.to, edit.from) : [];
    if (run && between.length > 0 && between.every(isSpace)) run.push(edit);
    else runs.push([edit]);
  }
  let merged = runs.flatMap((run) => (run.every((edit) => isWordForWord(a, edit)) ? run : [spanning(a, run)]));
  // A word moved (deleted in one edit, inserted in another; a single letter is not a word here) makes the stretch between them one edit.
  const deleted = (edit: TokenEdit) => a.slice(edit.from, edit.to).filter((token) => isWord(token) && token.length > 1);
  const inMove = merged
    .map((edit, i) =>
      merged.some((other, j) => j !== i && (deleted(edit).some((w) => other.with.includes(w)) || deleted(other).some((w) => edit.with.includes(w)))) ? i : -1,
    )
    .filter((i) => i >= 0);
  if (inMove.length) {
    const first = inMove[0]!;
    const last = inMove[inMove.length - 1]!;
    merged = [...merged.slice(0, first), spanning(a, merged.slice(first, last + 1)), ...merged.slice(last + 1)];
  }
  const offsets = [0];
  for (const token of a) offsets.push(offsets[offsets.length - 1]! + token.length);
  return merged.map((edit) => ({ start: offsets[edit.from]!, end: offsets[edit.to]!, replacement: edit.with.join('') }));
}

/** One edit over a run of edits: the printed tokens from the first to the last, replaced by their replacements and the tokens between. */
function spanning(a: readonly string[], run: readonly TokenEdit[]): TokenEdit {
  const out: string[] = [];
  run.forEach((edit, index) => {
    if (index > 0) out.push(...a.slice(run[index - 1]!.to, edit.from));
    out.push(...edit.with);
  });
  return { from: run[0]!.from, to: run[run.length - 1]!.to, with: out };
}

/** The printed words with the edits applied. */
export function applyReadingEdits(printed: string, edits: readonly ReadingEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += printed.slice(at, edit.start) + edit.replacement;
    at = edit.end;
  }
  return out + printed.slice(at);
}
