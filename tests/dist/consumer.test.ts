/**
 * A consumer TypeScript project, strict, against the packed tarball (what npm would install),
 * under `nodenext` (ESM and CommonJS files) and `bundler` resolution.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
let app = '';
let work = '';

const esmConsumer = `
import { blocks, getParagraph, search, sections, type Paragraph, type ParagraphId } from 'destalinisation-essay';
import { QuoteSchema } from 'destalinisation-essay/schema';
const third: Paragraph = getParagraph('p3');
const maybe: Paragraph | undefined = getParagraph(String(Math.random()));
const last: ParagraphId = 'p29';
// @ts-expect-error a misspelt id is not a ParagraphId
const wrong: ParagraphId = 'p30';
let refused = 0;
try {
  // @ts-expect-error the collections are readonly
  blocks.push(blocks[0]!);
} catch { refused++; }
try {
  // @ts-expect-error records are readonly
  third.text = '';
} catch { refused++; }
console.log(JSON.stringify([third.n, maybe === undefined, last, wrong, search('Kim').length > 0, typeof QuoteSchema.parse, sections.length, refused]));
`;

const cjsConsumer = `
import edition = require('destalinisation-essay');
const p: edition.Paragraph = edition.getParagraph(17);
console.log(JSON.stringify([p.id, edition.blocks.length]));
`;

function write(path: string, content: unknown): void {
  writeFileSync(join(app, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

function compile(config: string): string {
  return execFileSync(process.execPath, [tsc, '-p', join(app, config)], { cwd: app, encoding: 'utf8' });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'destalinisation-consumer-'));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' })) as { filename: string }[];
  app = join(work, 'app');
  const installed = join(app, 'node_modules/destalinisation-essay');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, packed!.filename), '-C', installed, '--strip-components=1']);
  mkdirSync(join(app, 'node_modules/@types'), { recursive: true });
  symlinkSync(join(root, 'node_modules/zod'), join(app, 'node_modules/zod'));
  symlinkSync(join(root, 'node_modules/@types/node'), join(app, 'node_modules/@types/node'));
  write('package.json', { name: 'consumer', private: true, type: 'module' });
  write('index.ts', esmConsumer);
  write('require.cts', cjsConsumer);
  const strict = { strict: true, skipLibCheck: false, types: ['node'], target: 'ES2022', lib: ['ES2022'] };
  write('tsconfig.nodenext.json', {
    compilerOptions: { ...strict, module: 'nodenext', moduleResolution: 'nodenext', outDir: 'out' },
    files: ['index.ts', 'require.cts'],
  });
  write('tsconfig.bundler.json', {
    compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler', noEmit: true },
    files: ['index.ts'],
  });
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a strict consumer of the packed tarball', () => {
  it('compiles under nodenext, and its ESM and CommonJS output runs', () => {
    compile('tsconfig.nodenext.json');
    const esm = execFileSync(process.execPath, [join(app, 'out/index.js')], { encoding: 'utf8' });
    expect(JSON.parse(esm)).toEqual([3, true, 'p29', 'p30', true, 'function', 14, 2]);
    const cjs = execFileSync(process.execPath, [join(app, 'out/require.cjs')], { encoding: 'utf8' });
    expect(JSON.parse(cjs)).toEqual(['p17', 61]);
  });

  it('compiles under bundler resolution', () => {
    expect(compile('tsconfig.bundler.json')).toBe('');
  });

  it('fails to compile a consumer that misuses the types (the check can fail)', () => {
    write('bad.ts', "import { getParagraph } from 'destalinisation-essay';\nconst n: number = getParagraph('x').n;\n");
    write('tsconfig.bad.json', {
      compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, types: [] },
      files: ['bad.ts'],
    });
    let output = '';
    try {
      compile('tsconfig.bad.json');
    } catch (error) {
      output = String((error as { stdout: unknown }).stdout);
    }
    expect(output).toMatch(/bad\.ts\(2,19\): error TS\d+: .*possibly 'undefined'/);
  });
});
