/**
 * Escapes a line of text so that CommonMark renders it literally: inline markup characters
 * everywhere, and block markers (headings, quotes, list items) at the start of the line.
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
  return inline.replace(/^(#|[-+=]|\d+(?=[.)]))/, (marker) => (/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}
