/** Pretty JSON, ending with a newline. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Cuts a text to a length for a one-line listing, with an ellipsis. */
export function clip(text: string, length = 70): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
