/**
 * Whole-dataset integrity checks: each takes data and returns a list of problems (empty when
 * sound), so that a test can run it on the real data and on a small broken fixture. The rules that
 * apply to published data are the package's own (`src/integrity/`, shipped in `./schema`), run here
 * on the source files.
 */
import type { StoredBlock, StoredSection } from '../../scripts/generated/data-types.js';
import { checkIds as checkIdsRule } from '../../src/integrity/check-ids.js';
import { checkOutline as checkOutlineRule } from '../../src/integrity/check-outline.js';
import { checkParagraphIds as checkParagraphIdsRule } from '../../src/integrity/check-paragraphs.js';
import type { Report } from '../../src/integrity/issue.js';

/** Runs one of the package's integrity rules (`src/integrity/`) and gives its messages. */
function messagesOf(check: (report: Report) => void): string[] {
  const messages: string[] = [];
  check((_path, _rule, message) => messages.push(message));
  return messages;
}

/** Ids must be lowercase kebab-case and unique within their collection. */
export function checkIds(records: readonly { id: string }[]): string[] {
  return messagesOf((report) => checkIdsRule(records, report));
}

/** Paragraphs are `p1` … `pN` in reading order; no other block takes a paragraph-like id. */
export function checkParagraphIds(blocks: readonly StoredBlock[]): string[] {
  return messagesOf((report) => checkParagraphIdsRule(blocks, report));
}

/**
 * The outline covers the text: each section opens with a heading whose text is its title, every
 * heading opens one section, every block after the front matter belongs to exactly one section,
 * parents exist, nesting is at most three deep, and reading the outline depth-first gives the
 * blocks in their printed order.
 */
export function checkOutline(blocks: readonly StoredBlock[], sections: readonly StoredSection[]): string[] {
  return messagesOf((report) => checkOutlineRule(blocks, sections, report));
}

/** The published source reduced to its canonical form: blank-line runs collapsed, furniture dropped. */
export function canonicalSource(source: string, furniture: readonly string[]): string {
  const lines = source.split('\n');
  while (lines.length > 0 && (lines.at(-1)!.trim() === '' || furniture.includes(lines.at(-1)!))) lines.pop();
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** Where two texts first differ, with context; `undefined` when they are equal. */
export function firstDifference(actual: string, expected: string): string | undefined {
  if (actual === expected) return undefined;
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  return `differs at offset ${i}: ${JSON.stringify(actual.slice(i, i + 30))} instead of ${JSON.stringify(expected.slice(i, i + 30))}`;
}

/** A committed data file must be pretty-printed JSON (two spaces) with keys in the schema's order. */
export function checkCanonicalJson(fileText: string, keyOrder: readonly string[]): string[] {
  const problems: string[] = [];
  const value: unknown = JSON.parse(fileText);
  if (`${JSON.stringify(value, null, 2)}\n` !== fileText) problems.push('not pretty-printed with two spaces and one final newline');
  const records = Array.isArray(value) ? value : [value];
  records.forEach((record: Record<string, unknown>, index) => {
    const keys = Object.keys(record);
    const expected = keyOrder.filter((key) => keys.includes(key));
    if (keys.join() !== expected.join()) problems.push(`record ${index}: keys ${keys.join(', ')} not in order ${expected.join(', ')}`);
  });
  return problems;
}

/** Paths to every object or array reachable from `value` that is not frozen. */
export function unfrozenPaths(value: unknown, path = '$'): string[] {
  if (value === null || typeof value !== 'object') return [];
  const own = Object.isFrozen(value) ? [] : [path];
  return own.concat(Object.entries(value).flatMap(([key, child]) => unfrozenPaths(child, `${path}.${key}`)));
}
