import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { essayData, essayJsonSchema } from '../../scripts/essay-json.js';
import { model } from '../../scripts/generate/collection-table.js';
import { unfrozenPaths } from '../support/integrity.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = (file: string) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };

type Edition = typeof import('../../src/index.js');
const esm = (await import(dist('index.js'))) as Edition;
const cjs = require(dist('index.cjs')) as Edition;

/** A consumer's bundle of some exports of the built package, minified. */
async function bundle(names: string): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(dist('index.js'))};`, resolveDir: root },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('the built package', () => {
  it('ESM import and CommonJS require give the same exports and the same data', () => {
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    for (const [name, value] of Object.entries(esm)) {
      if (typeof value !== 'function') expect(cjs[name as keyof Edition]).toEqual(value);
    }
    expect(esm.blocks).toHaveLength(61);
    expect(cjs.toPlainText()).toBe(esm.toPlainText());
    expect(cjs.toMarkdown()).toBe(esm.toMarkdown());
    expect(cjs.search('gomułka')).toEqual(esm.search('gomułka'));
    expect(cjs.getParagraph(17)).toEqual(esm.getParagraph(17));
  });

  it('the built collections are the ones the unit tests load (one data path)', async () => {
    const source = await import('../../src/index.js');
    for (const [name, value] of Object.entries(source)) {
      if (typeof value !== 'function') expect(esm[name as keyof Edition], name).toEqual(value);
    }
    expect(JSON.parse(readFileSync(dist('essay.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(essayData())));
  });

  it('both builds are deeply frozen', () => {
    for (const build of [esm, cjs]) {
      for (const [name, value] of Object.entries(build)) expect(unfrozenPaths(value, name)).toEqual([]);
    }
  });

  it('the CommonJS exports objects are frozen like the ESM namespaces: no consumer can replace or delete an export', () => {
    // In a child process, so that a failure cannot leak into the other tests.
    const script = `
      const first = require(${JSON.stringify(dist('index.cjs'))});
      const schema = require(${JSON.stringify(dist('schema.cjs'))});
      const refused = [];
      for (const attempt of [() => { first.blocks = ['HACKED']; }, () => { delete first.search; }, () => { schema.QuoteSchema = null; }, () => { first.extra = 1; }]) {
        try { 'use strict'; attempt(); refused.push(false); } catch { refused.push(true); }
      }
      delete require.cache[require.resolve(${JSON.stringify(dist('index.cjs'))})];
      const second = require(${JSON.stringify(dist('index.cjs'))});
      console.log(JSON.stringify([Object.isFrozen(first), Object.isFrozen(schema), first.blocks.length, typeof first.search, 'extra' in first, second.blocks.length]));
    `;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([true, true, 61, 'function', false, 61]);
  });

  it('the root entry never loads zod; the schema entry does', () => {
    for (const file of ['index.js', 'index.cjs']) expect(readFileSync(dist(file), 'utf8')).not.toMatch(/\bzod\b/);
    expect(readFileSync(dist('schema.js'), 'utf8')).toMatch(/from ['"]zod['"]/);
    expect(readFileSync(dist('schema.cjs'), 'utf8')).toMatch(/require\(['"]zod['"]\)/);
  });

  it('the ./schema subpath works from ESM and CommonJS', async () => {
    const schemaEsm = (await import(dist('schema.js'))) as typeof import('../../src/schema.js');
    const schemaCjs = require(dist('schema.cjs')) as typeof import('../../src/schema.js');
    for (const schema of [schemaEsm, schemaCjs]) {
      expect(schema.EssayDataSchema.safeParse(essayData()).success).toBe(true);
      expect(schema.BlockSchema.safeParse({}).success).toBe(false);
    }
  });

  it('dist/essay.json holds every collection, as the sources give them, and is minified', () => {
    const text = readFileSync(dist('essay.json'), 'utf8');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(essayData())));
    expect(JSON.parse(text).version).toBe(pkg.version);
    expect(text).not.toContain('\n');
  });

  it('dist/essay.schema.json is the schema generated from the Zod schemas (no drift)', () => {
    expect(JSON.parse(readFileSync(dist('essay.schema.json'), 'utf8'))).toEqual(essayJsonSchema());
  });

  it('resolves through the exports map by name, from ESM and CommonJS', () => {
    const script = [
      "import { createRequire } from 'node:module';",
      "const require = createRequire(process.cwd() + '/');",
      "const m = await import('destalinisation-essay');",
      "const c = require('destalinisation-essay');",
      "const j = require('destalinisation-essay/essay.json');",
      "const s = require('destalinisation-essay/essay.schema.json');",
      "const z = await import('destalinisation-essay/schema');",
      'console.log(JSON.stringify([m.blocks.length, c.paragraphs.length, j.blocks.length, typeof s.$defs, typeof z.QuoteSchema.parse]));',
    ].join('\n');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([61, 29, 61, 'object', 'function']);
  });

  it('tree-shakes: importing one small export does not pull in the text', async () => {
    // ASCII only: a minifier may escape the curly quotes.
    const opening = 'of 25 February 1956 to the 20th Party Congress';
    const all = await bundle('toPlainText');
    expect(all).toContain(opening);
    const essayOnly = await bundle('essay');
    expect(essayOnly).not.toContain(opening);
    expect(essayOnly.length).toBeLessThan(1000);
    const outline = await bundle('getSection');
    expect(outline).not.toContain(opening);
    expect(outline).toContain('Notes on the Belweder Conference');
    expect(outline.length * 5).toBeLessThan(all.length);
  });

  it('no collection but blocks and paragraphs carries the whole text', async () => {
    // Each paragraph's longest stretch without non-ASCII characters or quotation marks (which a build may escape).
    const stretches = esm.paragraphs.map((p) => p.text.split(/[^\x20-\x7e]+|["'\\]/).sort((a, b) => b.length - a.length)[0]!);
    const carried = async (names: string) => {
      const text = await bundle(names);
      return stretches.filter((stretch) => text.includes(stretch)).length;
    };
    expect(await carried('blocks')).toBe(29);
    expect(await carried('paragraphs')).toBe(29);
    // Every other collection of the table carries at most a few stretches of the text.
    for (const name of model.collections.map((row) => row.name).filter((name) => name !== 'blocks' && name !== 'paragraphs')) {
      expect(await carried(name), name).toBeLessThan(10);
    }
  });

  it('tree-shakes the TEI exporter: importing the data alone does not pull it in', async () => {
    const namespace = 'http://www.tei-c.org/ns/1.0';
    expect(await bundle('toTei')).toContain(namespace);
    for (const names of ['quotes, people, places, organisations, events, claims, notes', 'toWebAnnotations, toMarkdown']) {
      const data = await bundle(names);
      expect(data, names).not.toContain(namespace);
      expect(data, names).not.toContain('teiHeader');
    }
  });

  it('the CLI runs from dist: outline, --version, and exit 2 with one line on bad input', () => {
    const cli = (...args: string[]) => spawnSync(process.execPath, [dist('cli.js'), ...args], { encoding: 'utf8' });
    const outline = cli('outline');
    expect(outline.status).toBe(0);
    expect(outline.stdout).toContain('3.3.2 Ambassador Ivanov’s Notes from a Discussion with PRC Ambassador Qiao');
    expect(cli('--version').stdout).toBe(`${pkg.version}\n`);
    for (const args of [['frobnicate'], ['--nope'], ['search']]) {
      const bad = cli(...args);
      expect(bad.status).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr.split('\n')).toHaveLength(2);
    }
    expect(readFileSync(dist('cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const tei = cli('export', '--format', 'tei');
    expect(tei.status).toBe(0);
    expect(tei.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-model ')).toBe(true);
    expect(tei.stdout).toContain('\n<TEI xmlns="http://www.tei-c.org/ns/1.0"');
    expect(tei.stdout).toContain(`<edition n="${pkg.version}">`);
    // A reader that closes the pipe early does not make it crash.
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${dist('cli.js')}" export --format graph | head -c 20 > /dev/null`], { encoding: 'utf8' });
    expect(piped.stderr).toBe('');
  });

  it('the built CLI: export --format json prints what dist/essay.json holds; a failed write is one line and exit 1', () => {
    const printed = spawnSync(process.execPath, [dist('cli.js'), 'export', '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(printed.status).toBe(0);
    expect(JSON.parse(printed.stdout)).toEqual(JSON.parse(readFileSync(dist('essay.json'), 'utf8')));
    const full = openSync('/dev/full', 'w');
    try {
      const failed = spawnSync(process.execPath, [dist('cli.js'), 'export', '--format', 'json'], { encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
      expect(failed.status).toBe(1);
      expect(failed.stderr).toBe('destalinisation-essay: cannot write the output: ENOSPC\n');
    } finally {
      closeSync(full);
    }
  });

  it('the CLI uses the built library instead of carrying a second copy of its code and data', () => {
    const cli = readFileSync(dist('cli.js'), 'utf8');
    expect(cli).toMatch(/^import \{[^}]*\} from ["']\.\/index\.js["'];$/m);
    expect(cli).not.toContain('Secret Speech');
    expect(cli).not.toMatch(/function deepFreeze/);
  });
});
