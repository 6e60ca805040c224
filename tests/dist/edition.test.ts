/**
 * The built `destalinisation-essay/edition` entry: it resolves by name from ES modules and
 * CommonJS (code and types), its helpers given the built essay.json give what the built root
 * gives, it holds no data, and its CommonJS exports are frozen like the root's.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = (file: string) => join(root, 'dist', file);
const require = createRequire(import.meta.url);
// Inside the package, so that `destalinisation-essay/edition` resolves to the package itself.
const scratch = join(root, 'tests/.edition-dist/');

type Edition = typeof import('../../src/edition.js');
type Root = typeof import('../../src/index.js');
const esm = (await import(dist('edition.js'))) as Edition;
const cjs = require(dist('edition.cjs')) as Edition;
const rootEsm = (await import(dist('index.js'))) as Root;
const data = JSON.parse(readFileSync(dist('essay.json'), 'utf8')) as import('../../src/index.js').EssayData;

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the built ./edition entry', () => {
  it('ESM import and CommonJS require give the same helpers, and nothing but functions', () => {
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    expect(Object.keys(esm).length).toBeGreaterThanOrEqual(21);
    for (const value of Object.values(esm)) expect(typeof value).toBe('function');
  });

  it('its helpers given the built essay.json give what the built root gives', () => {
    for (const build of [esm, cjs]) {
      expect(build.toMarkdown(data, { notes: true })).toBe(rootEsm.toMarkdown({ notes: true }));
      expect(build.toGraph(data)).toEqual(rootEsm.toGraph());
      expect(build.toTimelineJs(data)).toEqual(rootEsm.toTimelineJs());
      expect(build.search(data, 'gomułka')).toEqual(rootEsm.search('gomułka'));
      expect(build.createEdition(data).quotesBy('lenin')).toEqual(rootEsm.quotesBy('lenin'));
    }
  });

  it('holds no data: bundled alone it has none of the essay’s words', async () => {
    const result = await build({
      stdin: { contents: `export * from ${JSON.stringify(dist('edition.js'))};`, resolveDir: root },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const text = result.outputFiles[0]!.text;
    // ASCII only: a minifier may escape the curly quotes.
    expect(text).not.toContain('of 25 February 1956 to the 20th Party Congress');
    expect(text).not.toContain('Belweder');
    // essay.json is about 243,000 characters; the code of every helper, the TEI exporter's header
    // prose and taxonomies among it, about 60,000.
    expect(text.length).toBeLessThan(100_000);
  });

  it('its CommonJS exports object is frozen', () => {
    const script = `'use strict';
      const edition = require(${JSON.stringify(dist('edition.cjs'))});
      let refused = false;
      try { edition.toGraph = null; } catch { refused = true; }
      console.log(JSON.stringify([Object.isFrozen(edition), refused, typeof edition.toGraph]));
    `;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([true, true, 'function']);
  });

  it('resolves by name from ESM and CommonJS', () => {
    const script = [
      "import { createRequire } from 'node:module';",
      "const require = createRequire(process.cwd() + '/');",
      "const m = await import('destalinisation-essay/edition');",
      "const c = require('destalinisation-essay/edition');",
      "const data = require('destalinisation-essay/essay.json');",
      'console.log(JSON.stringify([m.toPlainText(data).length, c.toPlainText(data).length, m.quotesIn(data, "p10").length, c.timeline(data).length === data.events.length]));',
    ].join('\n');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    const length = rootEsm.toPlainText().length;
    expect(JSON.parse(out)).toEqual([length, length, 2, true]);
  });

  it('its types resolve by name under nodenext, from ESM and CommonJS files', () => {
    mkdirSync(scratch, { recursive: true });
    writeFileSync(
      join(scratch, 'consumer.mts'),
      [
        "import { toGraph, createEdition, type EssayData, type Edition } from 'destalinisation-essay/edition';",
        'declare const data: EssayData;',
        'const edition: Edition = createEdition(data);',
        "const kinds: readonly string[] = toGraph(data, { kinds: ['person'] }).nodes.map((n) => n.kind);",
        '// @ts-expect-error the data comes first',
        "toGraph({ kinds: ['person'] });",
        "export const found: number = edition.search('gomulka').length + kinds.length;",
      ].join('\n'),
    );
    writeFileSync(
      join(scratch, 'consumer.cts'),
      [
        "import edition = require('destalinisation-essay/edition');",
        'declare const data: edition.EssayData;',
        'export const text: string = edition.toMarkdown(data, { notes: true });',
      ].join('\n'),
    );
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, types: [], skipLibCheck: false },
        files: ['consumer.mts', 'consumer.cts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(scratch, 'tsconfig.json')], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
  });
});
