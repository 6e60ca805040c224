/** How many characters of a bad value a message quotes. */
export const quotedLength = 60;

const named: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\', "'": "\\'" };

function escapeChar(char: string): string {
  const known = named[char];
  if (known !== undefined) return known;
  const code = char.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/**
 * Control, format and separator characters (an escape sequence that clears the terminal, a line
 * break, a right-to-left override, a lone surrogate), the backslash and the quote mark.
 */
const unsafe = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\\']/gu;

/**
 * A value the user gave, quoted for a one-line message on a terminal: cut after
 * {@link quotedLength} characters (with an ellipsis), and every character that could break the
 * line or drive the terminal written as an escape (`\x1b`, `\n`, `\u{202e}`).
 *
 * @param value - The value as given.
 * @returns The value between single quotes, safe to print.
 */
export function quoteValue(value: string): string {
  let shown = '';
  let count = 0;
  for (const char of value) {
    if (count === quotedLength) return `'${shown.replace(unsafe, escapeChar)}…'`;
    shown += char;
    count += 1;
  }
  return `'${shown.replace(unsafe, escapeChar)}'`;
}
