// Benchmarks: sizes, import time, type cost and helper speed, each against a baseline measured in
// the same run, printed as Markdown tables. Run `npm run bench` (it builds first). Figures vary
// from machine to machine; the ratios are what to compare.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist/');
const edition = await import(join(dist, 'index.js'));
const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

async function bundle(contents, plugins = []) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
    plugins,
  });
  return result.outputFiles[0].text;
}

// ---- sizes
const essayJson = JSON.parse(readFileSync(join(dist, 'essay.json'), 'utf8'));
const ownJson = (name) => gz(JSON.stringify(essayJson[name]));
const whole = gz(await bundle(`export * from './dist/index.js';`));
// The root entry's code alone: the generated collections stubbed out.
const stubData = {
  name: 'stub-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]generated[\\/]collections[\\/][a-z]+\.js$/ }, (a) => ({
      contents: `export const ${/([a-z]+)\.js$/.exec(a.path)[1]} = [];`,
      loader: 'js',
    }));
  },
};
const codeBundle = await bundle(`export * from './src/index.ts';`, [stubData]);
const codeOnly = gz(codeBundle);
const sizeRows = [
  ['whole root entry, bundled and minified', kb(whole), `\`essay.json\`: ${kb(gz(JSON.stringify(essayJson)))}`],
  ['  of which code (data stubbed out)', kb(codeOnly), ''],
  ['  of which data (whole minus code)', kb(whole - codeOnly), ''],
];
// Each collection, and its lookup, against the same collection's minified JSON in essay.json.
// Generated from the table of collections (`npm run generate`).
const lookupOf = JSON.parse(readFileSync(new URL('./generated/lookups.json', import.meta.url), 'utf8'));
const collectionRows = [];
let worstRatio = 0;
for (const name of ['essay', ...Object.keys(lookupOf)]) {
  const own = ownJson(name);
  for (const names of [name, lookupOf[name]].filter(Boolean)) {
    const size = gz(await bundle(`export { ${names} } from './dist/index.js';`));
    if (name !== 'essay') worstRatio = Math.max(worstRatio, size / own);
    collectionRows.push([`\`import { ${names} }\``, `${size} B`, `${own} B`, (size / own).toFixed(3)]);
  }
}
// A helper costs the collections it reads plus its code.
const helperReads = {
  'references, formatReference': ['references'],
  search: ['blocks'],
  quotesIn: ['quotes'],
  citationsOf: ['citations'],
  timeline: ['events'],
  evidenceFor: ['claims'],
  toGraph: ['people', 'places', 'organisations', 'events', 'quotes', 'references', 'claims'],
};
const helperSizeRows = [];
for (const [names, reads] of Object.entries(helperReads)) {
  const size = gz(await bundle(`export { ${names} } from './dist/index.js';`));
  const data = reads.reduce((sum, name) => sum + ownJson(name), 0);
  helperSizeRows.push([`\`import { ${names} }\``, `${size} B`, `${reads.join(', ')}: ${data} B`, `${size - data >= 0 ? '+' : '−'}${Math.abs(size - data)} B`]);
}

// ---- import time
/** A difference in milliseconds, with its sign. */
const signed = (ms, digits = 1) => `${ms < 0 ? '−' : '+'}${Math.abs(ms).toFixed(digits)} ms`;
/**
 * One run of node with these arguments: milliseconds from start to exit, and what the run printed
 * as its own timing (a number), if anything.
 */
function timeNode(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(String(result.stderr));
  const inside = result.stdout.trim() === '' ? 0 : Number(result.stdout);
  return { wall: Number(process.hrtime.bigint() - start) / 1e6, inside };
}
// An empty ES module: what Node spends loading any module.
const floors = mkdtempSync(join(tmpdir(), 'bench-import-'));
writeFileSync(join(floors, 'empty.mjs'), 'export {};\n');
// Each import also times itself from inside the process, which the start-up of node does not blur.
const importOf = (file) => [
  '--input-type=module',
  '-e',
  `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t)`,
];
// The baseline: the same data read the plainest way, `JSON.parse` of essay.json plus a deep freeze
// (the package's own deepFreeze, so that both sides freeze alike).
await build({
  entryPoints: [join(root, 'src/internal/deep-freeze.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: join(floors, 'deep-freeze.mjs'),
  logLevel: 'silent',
});
const parseAndFreeze = [
  '--input-type=module',
  '-e',
  `import { readFileSync } from 'node:fs'; import { deepFreeze } from ${JSON.stringify(join(floors, 'deep-freeze.mjs'))}; const t = performance.now(); deepFreeze(JSON.parse(readFileSync(${JSON.stringify(join(dist, 'essay.json'))}, 'utf8'))); console.log(performance.now() - t)`,
];
// The same data shipped the plainest way a module can ship it: essay.json as one JSON.parse string
// (ASCII, as the package's collections are) and the same deep freeze. What any module pays to load
// and compile is in both sides of this comparison, as it is not in the one above.
const ascii = readFileSync(join(dist, 'essay.json'), 'utf8').replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(
  join(floors, 'essay-json-module.mjs'),
  `import { deepFreeze } from './deep-freeze.mjs';\nexport default deepFreeze(JSON.parse('${ascii.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'));\n`,
);
const importCases = [
  ['`node -e 0` (baseline)', ['-e', '0']],
  ['`import()` of an empty ES module', importOf(join(floors, 'empty.mjs'))],
  ['`JSON.parse` of dist/essay.json plus a deep freeze', parseAndFreeze],
  ['`import()` of a module holding essay.json as one `JSON.parse` string, plus a deep freeze', importOf(join(floors, 'essay-json-module.mjs'))],
  ['`import()` of dist/index.js (the root entry)', importOf(join(dist, 'index.js'))],
];
// Each round runs every case once; a case's cost is its median over the rounds of (its time minus
// bare node's time in the same round), which cancels most of the drift of a shared machine.
const rounds = 31;
const overBare = importCases.map(() => []);
const totals = importCases.map(() => []);
const insides = importCases.map(() => []);
for (let round = 0; round < rounds; round++) {
  const times = importCases.map(([, args]) => timeNode(args));
  times.forEach(({ wall, inside }, i) => {
    overBare[i].push(wall - times[0].wall);
    totals[i].push(wall);
    insides[i].push(inside);
  });
}
rmSync(floors, { recursive: true, force: true });
const importRows = importCases.map(([name], i) => [
  name,
  `${median(totals[i]).toFixed(1)} ms`,
  signed(median(overBare[i])),
  i === 0 ? '' : `${median(insides[i]).toFixed(2)} ms`,
]);
const importRatio = median(insides[4]) / median(insides[2]);
const moduleRatio = median(insides[4]) / median(insides[3]);

// ---- type cost
const work = mkdtempSync(join(tmpdir(), 'bench-types-'));
const consumer = `import { getQuote, timeline, toGraph, search, type Quote } from '${join(root, 'dist/index.js')}';\nconst q: Quote = getQuote('p10-q2');\nexport const n = [q.text.length, timeline().length, toGraph().nodes.length, search('Kim').length];\n`;
writeFileSync(join(work, 'with.ts'), consumer);
writeFileSync(join(work, 'without.ts'), 'export const n = [1, 2, 3, 4];\n');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const tscTime = (file) =>
  median(
    Array.from({ length: 5 }, () => {
      const start = process.hrtime.bigint();
      execFileSync(
        process.execPath,
        [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', 'false', join(work, file)],
        { cwd: work },
      );
      return Number(process.hrtime.bigint() - start) / 1e6;
    }),
  );
const tWithout = tscTime('without.ts');
const tWith = tscTime('with.ts');
rmSync(work, { recursive: true, force: true });
const dts = readdirSync(dist)
  .filter((f) => f.endsWith('.d.ts') && !f.startsWith('schema'))
  .map((f) => statSync(join(dist, f)).size)
  .reduce((a, b) => a + b, 0);
const typeRows = [
  ['`tsc --noEmit` of a file without the import (baseline)', `${tWithout.toFixed(0)} ms`, ''],
  ['the same file using the API', `${tWith.toFixed(0)} ms`, signed(tWith - tWithout, 0)],
  ['the root entry’s .d.ts files', kb(dts), ''],
];

// ---- helpers
function perSecond(fn, minMs = 300) {
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn(runs);
    runs++;
  }
  return runs / ((performance.now() - start) / 1000);
}
const ids = edition.quotes.map((q) => q.id);
const map = new Map(edition.quotes.map((q) => [q.id, q]));
// Alternating rounds, best of each: in a loop this tight, whichever runs first is favoured.
const lookupRounds = [];
const mapRounds = [];
for (let round = 0; round < 7; round++) {
  lookupRounds.push(
    perSecond((i) => {
      for (let k = 0; k < 1000; k++) edition.getQuote(ids[(i + k) % ids.length]);
    }, 100) * 1000,
  );
  mapRounds.push(
    perSecond((i) => {
      for (let k = 0; k < 1000; k++) map.get(ids[(i + k) % ids.length]);
    }, 100) * 1000,
  );
}
const lookups = Math.max(...lookupRounds);
const mapGets = Math.max(...mapRounds);
const text = edition.toPlainText();
const lower = text.toLowerCase();
const queries = ['gomulka', 'secret speech', 'ibid.', 'kim il sung', 'zzz', 'de-stalinisation'];
const searches = perSecond((i) => edition.search(queries[i % queries.length]));
const indexOfs = perSecond((i) => {
  const q = queries[i % queries.length];
  let n = 0;
  for (let at = lower.indexOf(q); at !== -1; at = lower.indexOf(q, at + 1)) n++;
  return n;
});
const json = readFileSync(join(dist, 'essay.json'), 'utf8');
const stringify = perSecond(() => JSON.stringify(JSON.parse(json)));
const helperRows = [
  ['`getQuote(id)`', `${(lookups / 1e6).toFixed(1)} M/s`, `Map.get: ${(mapGets / 1e6).toFixed(1)} M/s`, (lookups / mapGets).toFixed(2)],
  ['`search(query)`, whole text', `${searches.toFixed(0)} /s`, `lowercase indexOf over the text: ${indexOfs.toFixed(0)} /s`, (searches / indexOfs).toFixed(2)],
];
// A query that folds to nothing is read once, in bulk: 3 M combining marks against a short query.
const marks = '\u0301'.repeat(3_000_000);
const markSearches = perSecond(() => edition.search(marks));
const shortSearches = perSecond(() => edition.search('gomulka'));
helperRows.push([
  '`search(query)`, query of 3 M combining marks',
  `${markSearches.toFixed(1)} /s`,
  `\`search('gomulka')\`: ${shortSearches.toFixed(0)} /s`,
  (markSearches / shortSearches).toFixed(4),
]);
const baseline = `JSON.parse + stringify of essay.json: ${stringify.toFixed(0)} /s`;
for (const [name, fn] of [
  ['`timeline()`', () => edition.timeline()],
  ['`timeline({ from: 1956, to: 1956 })`', () => edition.timeline({ from: 1956, to: 1956 })],
  ['`toPlainText()`', () => edition.toPlainText()],
  ['`toMarkdown({ notes: true })`', () => edition.toMarkdown({ notes: true })],
  ['`toCslJson()`', () => edition.toCslJson()],
  ['`toBibTeX()`', () => edition.toBibTeX()],
  ['`toWebAnnotations()`', () => edition.toWebAnnotations({ source: 'https://example.org/essay.txt' })],
  ['`toTimelineJs()`', () => edition.toTimelineJs()],
  ['`toGraph()`', () => edition.toGraph()],
]) {
  const rate = perSecond(fn);
  helperRows.push([name, `${rate.toFixed(0)} /s`, baseline, (rate / stringify).toFixed(2)]);
}

console.log(`# Benchmarks\n\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`);
console.log(`## Size (esbuild, minify, gzip level 9)\n\n${table(['what', 'gzipped', 'for comparison'], sizeRows)}\n`);
console.log(
  `## Each collection against its own JSON (budget: at most 1.10)\n\n${table(['a consumer importing only', 'bundle, gzipped', 'the collection in essay.json, gzipped', 'ratio'], collectionRows)}\n\nWorst ratio of a collection or its lookup: ${worstRatio.toFixed(3)}.\n`,
);
console.log(
  `## Helpers: the collections they read plus their code\n\n${table(['a consumer importing only', 'bundle, gzipped', 'the collections it reads, in essay.json, gzipped', 'code and glue'], helperSizeRows)}\n`,
);
console.log(
  `## Import time (medians of ${rounds} rounds; each round runs every case once)\n\n${table(['what', 'median', 'over bare node', 'timed inside the process'], importRows)}\n\nRoot entry against \`JSON.parse\` plus a deep freeze, inside the process: ${importRatio.toFixed(2)}×; an empty module alone: ${(median(insides[1]) / median(insides[2])).toFixed(2)}×.\nRoot entry against a module holding essay.json, inside the process: ${moduleRatio.toFixed(2)}× (budget 1.5×, aim 1.25×).\n`,
);
console.log(`## Type cost for consumers (medians of 5)\n\n${table(['what', 'time', 'difference'], typeRows)}\n`);
console.log(`## Helpers\n\n${table(['helper', 'speed', 'baseline', 'ratio'], helperRows)}`);
