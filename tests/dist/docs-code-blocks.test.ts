/**
 * Every code block of the README and the guides, run as a reader would run it against the built
 * package: TypeScript blocks type-check under `strict` and run, JavaScript blocks type-check
 * (`checkJs`) and run under Node, the CLI lines of shell blocks run, and every output comment is
 * compared with what is printed. A block the tests cannot run says why, just before it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockKind, cliLines, type MarkdownBlock, markdownBlocks, outputCheckers, withOutputChecks } from '../support/markdown-blocks.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Inside the package, so that `destalinisation-essay` resolves to the built package itself.
const scratch = join(root, 'tests/.docs-blocks/');
const files = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const blocks = files.flatMap((file) => markdownBlocks(file, readFileSync(join(root, file), 'utf8')));
const name = (block: MarkdownBlock): string => `${block.file.replace(/[/.]/g, '-')}-${block.line}`;
const extension = { ts: 'ts', esm: 'mjs', cjs: 'cjs' } as const;

beforeAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('code blocks of the README and the guides', () => {
  it('every block runs, or says why not', () => {
    const problems: string[] = [];
    for (const block of blocks) {
      try {
        blockKind(block);
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
    expect(problems).toEqual([]);
    expect(blocks.filter((b) => b.notRun === null).length).toBeGreaterThan(10);
  });

  it('the TypeScript and JavaScript blocks type-check (strict, checkJs, nodenext)', () => {
    const sources = blocks.filter((b) => (b.notRun === null || b.typeChecked) && b.lang !== 'sh');
    const written = sources.map((block) => {
      const kind = (block.typeChecked ? (block.lang === 'ts' ? 'ts' : 'esm') : blockKind(block)) as keyof typeof extension;
      const file = join(scratch, `${name(block)}.${extension[kind]}`);
      writeFileSync(file, `${block.code}\n${kind === 'cjs' ? '' : 'export {};\n'}`);
      return file;
    });
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noUncheckedIndexedAccess: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          allowJs: true,
          checkJs: true,
          noEmit: true,
          types: ['node'],
          skipLibCheck: true,
          resolveJsonModule: true,
        },
        files: [...written, join(root, 'tests/types/citation-js.d.ts')],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(scratch, 'tsconfig.json')], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
  });

  for (const block of blocks.filter((b) => b.notRun === null)) {
    it(`${block.file}:${block.line} (${block.lang}) runs and prints what its comments say`, () => {
      const kind = blockKind(block);
      if (kind === 'cli') {
        for (const line of cliLines(block.code)) {
          const command = line.replace(/^npx destalinisation-essay /, `node ${JSON.stringify(join(root, 'dist/cli.js'))} `);
          const run = spawnSync('bash', ['-c', command], { cwd: scratch, encoding: 'utf8' });
          expect(run.status, `${line}\n${run.stderr}`).toBe(0);
        }
        return;
      }
      const checkers =
        kind === 'cjs'
          ? outputCheckers.replace(
              /^import \{ format as __format, inspect as __inspect \} from 'node:util';$/m,
              "const { format: __format, inspect: __inspect } = require('node:util');",
            )
          : outputCheckers;
      const file = join(scratch, `${name(block)}.run.${extension[kind as keyof typeof extension]}`);
      // Imports first (they are hoisted anyway), then the checks, then the code.
      const code = withOutputChecks(block.code);
      const imports = code.split('\n').filter((l) => l.startsWith('import '));
      const rest = code.split('\n').filter((l) => !l.startsWith('import '));
      writeFileSync(file, [...imports, checkers, ...rest].join('\n'));
      const args = kind === 'ts' ? ['--import', 'tsx', file] : [file];
      const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
      expect(run.stderr, 'no error').toBe('');
      expect(run.status).toBe(0);
    });
  }
});

describe('the output checks can fail', () => {
  it('a wrong output comment, a wrong value and an unexplained block are caught', () => {
    const wrongLog = withOutputChecks('console.log(1 + 1); // 3');
    const wrongValue = withOutputChecks('[1, 2].length; // 3');
    for (const code of [wrongLog, wrongValue]) {
      const file = join(scratch, `broken-${code.length}.mjs`);
      mkdirSync(scratch, { recursive: true });
      writeFileSync(file, `${outputCheckers}\n${code}\n`);
      expect(spawnSync(process.execPath, [file], { encoding: 'utf8' }).status).not.toBe(0);
    }
    const right = join(scratch, 'right.mjs');
    writeFileSync(right, `${outputCheckers}\n${withOutputChecks("console.log('a', 'b c'); // a … c\n[1, 2]; // [1, 2]")}\n`);
    expect(execFileSync(process.execPath, [right], { encoding: 'utf8' })).toBe('a b c\n');
    expect(() => blockKind({ file: 'x.md', line: 3, lang: 'python', code: 'print(1)', notRun: null, typeChecked: false })).toThrow(
      /x\.md:3: a `python` block that the tests cannot run/,
    );
    expect(blockKind({ file: 'x.md', line: 3, lang: 'python', code: 'print(1)', notRun: 'needs Python', typeChecked: false })).toBe('not run');
    expect(markdownBlocks('x.md', '<!-- type-checked, not run: needs a browser -->\n```ts\nlet a = 1;\n```\n')[0]).toMatchObject({
      notRun: 'needs a browser',
      typeChecked: true,
    });
  });
});
