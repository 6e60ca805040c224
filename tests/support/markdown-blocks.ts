/**
 * The fenced code blocks of the README and the guides, and what the tests do with each: a block
 * runs (TypeScript and JavaScript, or the CLI lines of a shell block) unless the line before it
 * says why not, as `<!-- not run: why -->`, or `<!-- type-checked, not run: why -->` for code that
 * type-checks but needs a browser.
 */

/** One fenced code block of a Markdown file. */
export interface MarkdownBlock {
  readonly file: string;
  /** The line of the opening fence, from 1. */
  readonly line: number;
  readonly lang: string;
  readonly code: string;
  /** Why the block is not run, where the file says so; otherwise `null`. */
  readonly notRun: string | null;
  /** Whether a block that is not run is still type-checked (`<!-- type-checked, not run: why -->`). */
  readonly typeChecked: boolean;
}

/** The fenced blocks of a Markdown text, in order. */
export function markdownBlocks(file: string, markdown: string): MarkdownBlock[] {
  const lines = markdown.split('\n');
  const blocks: MarkdownBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.findIndex((line, j) => j > i && /^```\s*$/.test(line));
    if (end === -1) throw new Error(`${file}:${i + 1}: a code block is never closed`);
    const marker = /^<!-- (type-checked, )?not run: (.+?) -->$/.exec(lines[i - 1] ?? '');
    blocks.push({
      file,
      line: i + 1,
      lang: open[1]!,
      code: lines.slice(i + 1, end).join('\n'),
      notRun: marker ? marker[2]! : null,
      typeChecked: Boolean(marker?.[1]),
    });
    i = end;
  }
  return blocks;
}

/** How a block is run: as TypeScript, an ES module, a CommonJS script, CLI lines, or not at all. */
export type BlockKind = 'ts' | 'esm' | 'cjs' | 'cli' | 'not run';

/** What the tests do with a block, or why the block is in error (an unknown language, say). */
export function blockKind(block: MarkdownBlock): BlockKind {
  if (block.notRun !== null) return 'not run';
  if (block.lang === 'ts') return 'ts';
  if (block.lang === 'js') return /\brequire\(/.test(block.code) ? 'cjs' : 'esm';
  if (block.lang === 'sh' && cliLines(block.code).length > 0) return 'cli';
  throw new Error(`${block.file}:${block.line}: a \`${block.lang || 'plain'}\` block that the tests cannot run; say why before it with <!-- not run: … -->`);
}

/** The lines of a shell block that run the package's CLI. */
export function cliLines(code: string): string[] {
  return code.split('\n').filter((line) => line.startsWith('npx destalinisation-essay '));
}

/**
 * The code with its output comments turned into checks: `console.log(x); // out` checks that the
 * line printed is `out`, and a bare expression `x; // value` that `x` shows as `value` (Node's
 * `util.inspect`, spaces aside). In a comment, `…` stands for any text.
 */
export function withOutputChecks(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      const log = /^(\s*)console\.log\((.*)\);\s*\/\/ (.+)$/.exec(line);
      if (log) return `${log[1]}__expectLog(${JSON.stringify(log[3])}, ${log[2]});`;
      const value = /^(\s*)(?!const |let |var |for |if |return |import |export |\}|\/\/)([^;]+);\s*\/\/ (.+)$/.exec(line);
      if (value) return `${value[1]}__expectValue(${JSON.stringify(value[3])}, ${value[2]});`;
      return line;
    })
    .join('\n');
}

/** The checks `withOutputChecks` calls, as source to put before the code. */
export const outputCheckers = `
import { format as __format, inspect as __inspect } from 'node:util';
const __matches = (expected, actual) => new RegExp('^' + expected.split('…').map((part) => part.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&')).join('[\\\\s\\\\S]*') + '$').test(actual);
function __expectLog(expected, ...args) {
  const printed = __format(...args);
  if (!__matches(expected, printed)) throw new Error('printed ' + JSON.stringify(printed) + ', the comment says ' + JSON.stringify(expected));
  console.log(...args);
}
function __expectValue(expected, value) {
  const shown = __inspect(value, { depth: 4, breakLength: Infinity }).replace(/\\s+/g, '');
  if (!__matches(expected.replace(/\\s+/g, ''), shown)) throw new Error('gives ' + shown + ', the comment says ' + expected);
}
`;
