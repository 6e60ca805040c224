/** Pretty JSON, ending with a newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Cuts a text to a length for a one-line listing, with an ellipsis. */
export function clip(text: string, length = 70): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** Tab-separated fields, a line each: the text listings. */
export function lines<T>(records: readonly T[], fields: (record: T) => readonly string[]): string {
  return records.map((record) => `${fields(record).join('\t')}\n`).join('');
}

/** "1 mention", "30 mentions". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
