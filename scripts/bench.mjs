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
import { compareFresh } from './bench/fresh.mjs';
import { compare, median, quartiles, ratioOf } from './bench/measure.mjs';
import { compareEngines } from './bench/search-engines.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist/');
const edition = await import(join(dist, 'index.js'));
const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
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
// Each import also times itself from inside the process (CPU time, which the start-up of node and
// the other work of a shared machine do not blur).
const importOf = (file) => [
  '--input-type=module',
  '-e',
  `const t = process.cpuUsage(); await import(${JSON.stringify(file)}); const d = process.cpuUsage(t); console.log((d.user + d.system) / 1000)`,
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
  `import { readFileSync } from 'node:fs'; import { deepFreeze } from ${JSON.stringify(join(floors, 'deep-freeze.mjs'))}; const t = process.cpuUsage(); deepFreeze(JSON.parse(readFileSync(${JSON.stringify(join(dist, 'essay.json'))}, 'utf8'))); const d = process.cpuUsage(t); console.log((d.user + d.system) / 1000)`,
];
// The same data shipped the plainest way a module can ship it: essay.json as one JSON.parse string
// (ASCII, as the package's collections are) and the same deep freeze. What any module pays to load
// and compile is in both sides of this comparison, as it is not in the one above.
const ascii = readFileSync(join(dist, 'essay.json'), 'utf8').replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(
  join(floors, 'essay-json-module.mjs'),
  `import { deepFreeze } from './deep-freeze.mjs';\nexport default deepFreeze(JSON.parse('${ascii.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'));\n`,
);
// The root entry split in two, each bundled unminified as dist/index.js is: its code with the
// collections stubbed out, and its collections with no code.
await build({
  stdin: { contents: `export * from './src/index.ts';`, resolveDir: root, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: join(floors, 'code.mjs'),
  plugins: [stubData],
  logLevel: 'silent',
});
await build({
  stdin: { contents: `export { ${['essay', ...Object.keys(lookupOf)].join(', ')} } from './dist/index.js';`, resolveDir: root, loader: 'js' },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: join(floors, 'data.mjs'),
  logLevel: 'silent',
});
const importCases = [
  ['`node -e 0` (baseline)', ['-e', '0']],
  ['`import()` of an empty ES module', importOf(join(floors, 'empty.mjs'))],
  ['`JSON.parse` of dist/essay.json plus a deep freeze', parseAndFreeze],
  ['`import()` of a module holding essay.json as one `JSON.parse` string, plus a deep freeze', importOf(join(floors, 'essay-json-module.mjs'))],
  ['`import()` of dist/index.js (the root entry)', importOf(join(dist, 'index.js'))],
  ["`import()` of the root entry's code alone (its collections stubbed out), bundled as dist is", importOf(join(floors, 'code.mjs'))],
  ["`import()` of the root entry's collections alone, bundled as dist is", importOf(join(floors, 'data.mjs'))],
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
// The floor that holds what the root entry holds: essay.json's module plus the cost of compiling the
// root entry's code (its import over an empty module's).
const codeCost = median(insides[5]) - median(insides[1]);
const fairRatio = median(insides[4]) / (median(insides[3]) + codeCost);

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

// ---- speed: every lookup and helper against its floor (CPU time, contenders alternated, medians)
const editionFirst = await import(join(dist, 'edition.js'));
const fmt = (x, digits = 2) => x.toFixed(digits);
const us = (t) => (t >= 1000 ? `${fmt(t / 1000)} ms` : t < 1 ? `${fmt(t * 1000, 1)} ns` : `${fmt(t, t < 10 ? 2 : 1)} µs`);
const rangeOf = ([low, high], digits = 2) => `${fmt(low, digits)}–${fmt(high, digits)}`;
const status = (ok) => (ok ? 'met' : '**not met**');

// Every lookup against a bare Map.get over the same records and ids (ratio of speeds: 1 is as fast).
const lookupNames = Object.entries(lookupOf).filter(([, lookup]) => lookup !== null);
const lookupSpeedRows = [];
for (const [name, lookup] of lookupNames) {
  const records = edition[name];
  const ids = records.map((r) => r.id);
  const bare = new Map(records.map((r) => [r.id, r]));
  const fn = edition[lookup];
  const result = compare(
    {
      lookup: (i) => {
        let x;
        for (let k = 0; k < 100; k++) x = fn(ids[(i + k) % ids.length]);
        return x;
      },
      map: (i) => {
        let x;
        for (let k = 0; k < 100; k++) x = bare.get(ids[(i + k) % ids.length]);
        return x;
      },
    },
    { rounds: 9, batchMs: 10 },
  );
  const { ratio, range } = ratioOf(result, 'map', 'lookup');
  lookupSpeedRows.push([
    `\`${lookup}\` (${ids.length} records)`,
    `${fmt(100 / result.lookup.us, 1)} M/s`,
    `${fmt(100 / result.map.us, 1)} M/s`,
    `${fmt(ratio)} (${rangeOf(range)})`,
    status(ratio >= 0.5),
  ]);
}

// search: the first call in a fresh process against a whole-string fold of the same text, also in a fresh process.
const importRoot = `const e = await import(${JSON.stringify(join(dist, 'index.js'))});`;
const firstSearchCases = {
  search: { setup: importRoot, timed: `e.search('gomulka');` },
  fold: {
    setup: `${importRoot}\nconst text = e.blocks.map((b) => b.text).join('\\n');`,
    timed: `text.normalize('NFKD').toLowerCase().replace(/[\\p{M}\\p{Cf}]/gu, '');`,
  },
};
const firstSearch = compareFresh(root, {
  ...firstSearchCases,
  toTei: { setup: importRoot, timed: `e.toTei();` },
  toGraph: { setup: importRoot, timed: `e.toGraph();` },
  toWebAnnotations: { setup: importRoot, timed: `e.toWebAnnotations({ source: 'https://example.org/essay.txt' });` },
  segments: { setup: importRoot, timed: `for (const b of e.blocks) e.segments(b.id);` },
  stringify: {
    setup: `${importRoot}\nconst { readFileSync } = await import('node:fs');\nconst json = JSON.parse(readFileSync(${JSON.stringify(join(dist, 'essay.json'))}, 'utf8'));`,
    timed: `JSON.stringify(json);`,
  },
});
const freshRatio = (a, b) => firstSearch[a].samples.map((t, i) => t / firstSearch[b].samples[i]);
const firstSearchRatio = median(freshRatio('search', 'fold'));
// The first search keeps the folded text of every block (about 240 KB); whether the young
// generation's first scavenge lands inside it or just after depends on how full the import left
// it (a few KB either way), and the scavenge's helper threads count in process.cpuUsage. With a
// young generation large enough that none lands in the timed part, the two are compared as code.
const settledArgs = ['--min-semi-space-size=16'];
const firstSearchSettled = compareFresh(root, { search: firstSearchCases.search, fold: firstSearchCases.fold }, 11, settledArgs);
const settledRatios = firstSearchSettled.search.samples.map((t, i) => t / firstSearchSettled.fold.samples[i]);
const firstSearchSettledRatio = median(settledRatios);
const firstRows = ['toTei', 'toGraph', 'toWebAnnotations', 'segments'].map((name) => {
  const ratios = freshRatio(name, 'stringify');
  const what = name === 'segments' ? '`segments` over all blocks' : `\`${name}()\``;
  return [`first ${what} in a fresh process`, us(firstSearch[name].us), `${fmt(median(ratios))} (${rangeOf(quartiles(ratios))})`, 'report', ''];
});

const text = edition.blocks.map((b) => b.text).join('\n');
const lower = text.toLowerCase();
const countOf = (hay, needle) => {
  let n = 0;
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
};
const query1000 = text.slice(5000, 6000);
// The same hits built the plainest way: indexOf over each block lowercased, each hit a frozen object
// with its text and its snippet (forty characters either side; then cut at a space as search cuts them).
const lowers = edition.blocks.map((b) => b.text.toLowerCase());
// The snippet as a regular expression cuts it: the partial word at each end of the ±40 slice.
const plainSnippet = (t, start, end) => {
  let before = t.slice(Math.max(0, start - 40), start);
  let after = t.slice(end, end + 40);
  if (start > 40) before = `…${before.replace(/^\S*\s+/, '')}`;
  if (end + 40 < t.length) after = `${after.replace(/\s+\S*$/, '')}…`;
  return before + t.slice(start, end) + after;
};
const plainHits = (q, snippet) => {
  const hits = [];
  edition.blocks.forEach((block, i) => {
    for (let at = lowers[i].indexOf(q); at !== -1; at = lowers[i].indexOf(q, at + q.length)) {
      const end = at + q.length;
      hits.push(Object.freeze({ blockId: block.id, start: at, end, text: block.text.slice(at, end), snippet: snippet(block.text, at, end) }));
    }
  });
  return Object.freeze(hits);
};
if (JSON.stringify(plainHits('e', plainSnippet)) !== JSON.stringify(edition.search('e'))) throw new Error('the plain hits of "e" differ from search("e")');
const searchTimes = compare({
  e: () => edition.search('e'),
  indexOfE: () => countOf(lower, 'e'),
  hitsE: () => plainHits('e', (t, start, end) => t.slice(Math.max(0, start - 40), end + 40)),
  snippetHitsE: () => plainHits('e', plainSnippet),
  long: () => edition.search(query1000),
  longFloor: () =>
    countOf(
      lower,
      query1000
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[\p{M}\p{Cf}]/gu, ''),
    ),
});
const eHits = edition.search('e').length;
const eRatio = ratioOf(searchTimes, 'e', 'indexOfE');
const eHitsRatio = ratioOf(searchTimes, 'hitsE', 'indexOfE');
const eSnippetRatio = ratioOf(searchTimes, 'e', 'snippetHitsE');
const longRatio = ratioOf(searchTimes, 'long', 'longFloor');

// The exports and views against JSON.stringify of essay.json (the parsed object).
const json = JSON.parse(readFileSync(join(dist, 'essay.json'), 'utf8'));
const helperCases = {
  stringify: () => JSON.stringify(json),
  'toTei()': () => edition.toTei(),
  '`segments` over all blocks': () => {
    let n = 0;
    for (const b of edition.blocks) n += edition.segments(b.id).length;
    return n;
  },
  'toGraph()': () => edition.toGraph(),
  'toWebAnnotations({ source })': () => edition.toWebAnnotations({ source: 'https://example.org/essay.txt' }),
  'toGeoJson()': () => edition.toGeoJson(),
  'toTimelineJs()': () => edition.toTimelineJs(),
  'timeline()': () => edition.timeline(),
  'toPlainText()': () => edition.toPlainText(),
  'toMarkdown({ notes: true })': () => edition.toMarkdown({ notes: true }),
  'toCslJson()': () => edition.toCslJson(),
  'toBibTeX()': () => edition.toBibTeX(),
  "search('gomulka')": () => edition.search('gomulka'),
  "quotesIn('p10'), citationsOf('filtzer-1993'), evidenceFor(first claim)": () => [
    edition.quotesIn('p10'),
    edition.citationsOf(edition.references[0].id),
    edition.evidenceFor(edition.claims[0].id),
  ],
};
const goals = { 'toTei()': 5, '`segments` over all blocks': 1, 'toGraph()': 1.5, 'toWebAnnotations({ source })': 1.5 };
const helperTimes = compare(helperCases, { rounds: 9, batchMs: 30 });
const helperSpeedRows = Object.keys(helperCases)
  .filter((name) => name !== 'stringify')
  .map((name) => {
    const { ratio, range } = ratioOf(helperTimes, name, 'stringify');
    const goal = goals[name];
    return [
      name.startsWith('`') ? name : `\`${name}\``,
      us(helperTimes[name].us),
      `${fmt(ratio)} (${rangeOf(range)})`,
      goal ? `≤ ${goal}` : 'report',
      goal ? status(ratio <= goal) : '',
    ];
  })
  .concat(firstRows);

// The helpers that answer for one id (or one record): every id of their domain in turn, against
// the same answers read from a Map filled beforehand (the floor of any index they could keep).
const ids = (list) => list.map((r) => r.id);
const entityIds = [...ids(edition.people), ...ids(edition.places), ...ids(edition.organisations)];
const perIdCases = [
  ['blocksIn(sectionId)', edition.blocksIn, ids(edition.sections)],
  ['sectionOf(blockId)', edition.sectionOf, ids(edition.blocks)],
  ['quotesIn(blockId)', edition.quotesIn, ids(edition.blocks)],
  ['citationsIn(blockId)', edition.citationsIn, ids(edition.blocks)],
  ['citationsOf(referenceId)', edition.citationsOf, ids(edition.references)],
  ['quotesFrom(referenceId)', edition.quotesFrom, ids(edition.references)],
  ['quotesBy(personId)', edition.quotesBy, ids(edition.people)],
  ['eventsInvolving(entityId)', edition.eventsInvolving, entityIds],
  ['mentionsOf(entityId)', edition.mentionsOf, entityIds],
  ['evidenceFor(claimId)', edition.evidenceFor, ids(edition.claims)],
  ["formatReference(id, 'chicago-author-date')", (id) => edition.formatReference(id, 'chicago-author-date'), ids(edition.references)],
  ['plainTextRange(quote)', (i) => edition.plainTextRange(edition.quotes[i]), edition.quotes.map((_, i) => i)],
  ['segments(blockId)', edition.segments, ids(edition.blocks)],
];
const perIdRows = perIdCases.map(([name, fn, keys]) => {
  const answers = new Map(keys.map((key) => [key, fn(key)]));
  const t = compare(
    {
      helper: () => {
        for (const key of keys) fn(key);
      },
      map: () => {
        for (const key of keys) answers.get(key);
      },
    },
    { rounds: 7, batchMs: 10 },
  );
  const { ratio, range } = ratioOf(t, 'helper', 'map');
  return [`\`${name}\``, String(keys.length), us(t.helper.us / keys.length), us(t.map.us / keys.length), `${fmt(ratio, 1)} (${rangeOf(range, 1)})`];
});

const searchRows = [
  [
    'first `search()` in a fresh process (import not timed)',
    us(firstSearch.search.us),
    `whole-string fold of the text, fresh process: ${us(firstSearch.fold.us)}`,
    `${fmt(firstSearchRatio)} (${rangeOf(quartiles(freshRatio('search', 'fold')))})`,
    'report: a scavenge may land inside',
    '',
  ],
  [
    `first \`search()\` in a fresh process, no scavenge inside (\`${settledArgs.join(' ')}\`)`,
    us(firstSearchSettled.search.us),
    `whole-string fold of the text, fresh process, same flag: ${us(firstSearchSettled.fold.us)}`,
    `${fmt(firstSearchSettledRatio)} (${rangeOf(quartiles(settledRatios))})`,
    '≤ 3',
    status(firstSearchSettledRatio <= 3),
  ],
  [
    `\`search('e')\` (${eHits} hits)`,
    us(searchTimes.e.us),
    `indexOf count over the lowercased text: ${us(searchTimes.indexOfE.us)}`,
    `${fmt(eRatio.ratio)} (${rangeOf(eRatio.range)})`,
    '≤ 5',
    status(eRatio.ratio <= 5),
  ],
  [
    `the same ${eHits} hits built by indexOf, each a frozen object with its text and a ±40 slice as snippet`,
    us(searchTimes.hitsE.us),
    `indexOf count: ${us(searchTimes.indexOfE.us)}`,
    `${fmt(eHitsRatio.ratio)} (${rangeOf(eHitsRatio.range)})`,
    'shows the floor',
    '',
  ],
  [
    "`search('e')` against the same hits built by indexOf, with search's snippets (cut at spaces)",
    us(searchTimes.e.us),
    `indexOf, frozen hits, snippets cut by regular expressions: ${us(searchTimes.snippetHitsE.us)}`,
    `${fmt(eSnippetRatio.ratio)} (${rangeOf(eSnippetRatio.range)})`,
    '≤ 1.5',
    status(eSnippetRatio.ratio <= 1.5),
  ],
  [
    'a 1,000-character query',
    us(searchTimes.long.us),
    `the query folded whole, counted by indexOf: ${us(searchTimes.longFloor.us)}`,
    `${fmt(longRatio.ratio)} (${rangeOf(longRatio.range)})`,
    '≤ 3',
    status(longRatio.ratio <= 3),
  ],
];

// search against the search libraries, on recall (true answers from an exact scan) and latency.
const engineQueries = [
  'gomulka',
  'Gomułka',
  'secret speech',
  'Khrushchev',
  'kim il sung',
  'ibid.',
  'de-stalinisation',
  'stalin',
  'polish october',
  'mao',
  'hungarian',
  'cult of personality',
  '1956',
  'tito',
  'the',
];
const engineRows = compareEngines(edition.blocks, edition.search, engineQueries).map((r) => [
  r.name,
  fmt(r.recall),
  fmt(r.precision),
  us(r.us),
  rangeOf(
    r.range.map((t) => t),
    1,
  ),
]);

// How cost grows: search against query length and hit count, and each helper when its input doubles.
const growthRows = [];
const lengths = [1, 10, 100, 1000, 10_000, 100_000];
const byLength = compare(Object.fromEntries(lengths.map((n) => [n, () => edition.search(text.repeat(Math.ceil(n / text.length) + 1).slice(3000, 3000 + n))])), {
  rounds: 7,
  batchMs: 10,
});
const lengthRows = lengths.map((n, i) => [n.toLocaleString('en'), us(byLength[n].us), i === 0 ? '' : fmt(byLength[n].us / byLength[lengths[i - 1]].us)]);
const hitQueries = ['zzz', 'gomulka', 'stalin', 'the', 'a', 'e'];
const byHits = compare(Object.fromEntries(hitQueries.map((q) => [q, () => edition.search(q)])), { rounds: 7, batchMs: 10 });
const hitRows = hitQueries.map((q) => {
  const n = edition.search(q).length;
  return [`\`${q}\``, String(n), us(byHits[q].us), n === 0 ? '' : `${fmt((byHits[q].us * 1000) / n, 0)} ns`];
});
/** Freezes a value and everything in it. */
const deepFreeze = (value) => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze(value[key]);
    Object.freeze(value);
  }
  return value;
};
// Data doubled: every block (and each annotation of it) twice, under new ids, unfrozen and frozen.
const doubled = (times) => {
  const copy = (list, f) => Array.from({ length: times }, (_, t) => list.map((r) => f(r, t))).flat();
  const suffix = (id, t) => (t === 0 ? id : `${id}~${t}`);
  const blocks = copy(edition.blocks, (b, t) => ({ ...b, id: suffix(b.id, t) }));
  const span = (s, t) => ({ ...s, blockId: suffix(s.blockId, t) });
  const entity = (list) => list.map((e) => ({ ...e, mentions: copy(e.mentions, span) }));
  return deepFreeze({
    blocks,
    sections: edition.sections,
    quotes: copy(edition.quotes, (q, t) => ({ ...span(q, t), id: suffix(q.id, t) })),
    citations: copy(edition.citations, (c, t) => ({ ...span(c, t), id: suffix(c.id, t) })),
    notes: copy(edition.notes, (n, t) => ({ ...span(n, t), id: suffix(n.id, t) })),
    people: entity(edition.people),
    places: entity(edition.places),
    organisations: entity(edition.organisations),
  });
};
const sizes = [1, 2, 4];
const datas = sizes.map(doubled);
// The annotations doubled on the same text, unfrozen (so that nothing is kept between calls): each
// quote, citation and note once more under a new id, each person's mentions twice.
const moreAnnotations = (times) => {
  const copy = (list, f) => Array.from({ length: times }, (_, t) => list.map((r) => f(r, t))).flat();
  const suffix = (id, t) => (t === 0 ? id : `${id}~${t}`);
  return {
    essay: edition.essay,
    blocks: [...edition.blocks],
    sections: edition.sections,
    references: [...edition.references],
    events: [...edition.events],
    claims: [...edition.claims],
    quotes: copy(edition.quotes, (q, t) => ({ ...q, id: suffix(q.id, t) })),
    citations: copy(edition.citations, (c, t) => ({ ...c, id: suffix(c.id, t) })),
    notes: copy(edition.notes, (n, t) => ({ ...n, id: suffix(n.id, t) })),
    people: edition.people.map((person) => ({ ...person, mentions: copy(person.mentions, (m) => m) })),
    places: [...edition.places],
    organisations: [...edition.organisations],
  };
};
const annotated = sizes.map(moreAnnotations);
const annotationCases = {
  'toTei(data)': (d) => editionFirst.toTei(d),
  'toWebAnnotations(data, every layer)': (d) =>
    editionFirst.toWebAnnotations(d, { source: 'https://example.org/essay.txt', include: ['quotes', 'citations', 'notes', 'mentions'] }),
  'toGraph(data)': (d) => editionFirst.toGraph(d),
  "segments(data, 'p10')": (d) => editionFirst.segments(d, 'p10'),
};
const annotationRows = [];
for (const [name, fn] of Object.entries(annotationCases)) {
  const t = compare(Object.fromEntries(sizes.map((n, i) => [n, () => fn(annotated[i])])), { rounds: 5, batchMs: 30 });
  annotationRows.push([`\`${name}\``, ...sizes.map((n) => us(t[n].us)), fmt(t[2].us / t[1].us), fmt(t[4].us / t[2].us)]);
}
const growthCases = {
  'search(data, "stalin")': (d) => editionFirst.search(d, 'stalin'),
  'search(data, "e")': (d) => editionFirst.search(d, 'e'),
  'segments over every block': (d) => {
    let n = 0;
    for (const b of d.blocks) n += editionFirst.segments(d, b.id).length;
    return n;
  },
  'toPlainText(data)': (d) => editionFirst.toPlainText(d),
  'toMarkdown(data, { notes: true })': (d) => editionFirst.toMarkdown(d, { notes: true }),
};
for (const [name, fn] of Object.entries(growthCases)) {
  // A fresh copy of the data for each timed batch would time the copy; the frozen copies are made once.
  const t = compare(Object.fromEntries(sizes.map((n, i) => [n, () => fn(datas[i])])), { rounds: 7, batchMs: 20 });
  growthRows.push([`\`${name}\``, ...sizes.map((n) => us(t[n].us)), fmt(t[2].us / t[1].us), fmt(t[4].us / t[2].us)]);
}

const allMet = [...lookupSpeedRows, ...searchRows, ...helperSpeedRows].every((row) => !row.includes('**not met**'));
const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
const output = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}. Times are CPU time (\`process.cpuUsage\`) per call, medians over rounds in which the contenders alternate; ranges are the middle half of the per-round ratios.`,
  `## Size (esbuild, minify, gzip level 9)\n\n${table(['what', 'gzipped', 'for comparison'], sizeRows)}`,
  `## Each collection against its own JSON (budget: at most 1.10, or for a lookup its JSON and 180 B)\n\n${table(['a consumer importing only', 'bundle, gzipped', 'the collection in essay.json, gzipped', 'ratio'], collectionRows)}\n\nWorst ratio of a collection or its lookup: ${worstRatio.toFixed(3)}.`,
  `## Helpers: the collections they read plus their code\n\n${table(['a consumer importing only', 'bundle, gzipped', 'the collections it reads, in essay.json, gzipped', 'code and glue'], helperSizeRows)}`,
  `## Import time (medians of ${rounds} rounds; each round runs every case once)\n\n${table(['what', 'median (wall)', 'over bare node (wall)', 'CPU time inside the process'], importRows)}\n\nRoot entry against \`JSON.parse\` plus a deep freeze, inside the process: ${importRatio.toFixed(2)}×; an empty module alone: ${(median(insides[1]) / median(insides[2])).toFixed(2)}×.\nRoot entry against a module holding essay.json, inside the process: ${moduleRatio.toFixed(2)}× (goal ≤ 1.35): ${status(moduleRatio <= 1.35)}.\nThat module holds no code; the root entry's code alone costs ${codeCost.toFixed(2)} ms over an empty module, and its collections alone ${(median(insides[6]) / median(insides[3])).toFixed(2)}× the module holding essay.json. Against that module plus the code's own cost, the root entry takes ${fairRatio.toFixed(2)}×.`,
  `## Type cost for consumers (medians of 5)\n\n${table(['what', 'time', 'difference'], typeRows)}`,
  `## Lookups against \`Map.get\` (ratio of speeds; goal ≥ 0.5)\n\n${table(['lookup', 'speed', 'bare Map.get', 'ratio (range)', 'goal'], lookupSpeedRows)}`,
  `## Search against its floors\n\n${table(['what', 'time', 'floor', 'ratio (range)', 'goal', 'status'], searchRows)}`,
  `## Helpers against \`JSON.stringify\` of essay.json (${us(helperTimes.stringify.us)}; ratio of times; a first call against a first stringify, ${us(firstSearch.stringify.us)}, each in a fresh process)\n\n${table(['helper', 'time per call', 'ratio (range)', 'goal', 'status'], helperSpeedRows)}`,
  `## Helpers that answer for one id, against the same answers read from a Map filled beforehand (report)\n\n${table(['helper', 'ids', 'per call', 'Map.get of the answer', 'ratio of times (range)'], perIdRows)}`,
  `## \`search\` against search libraries (default setups; true answers from an exact scan of each block)\n\nQueries: ${engineQueries.map((q) => `\`${q}\``).join(', ')}.\n\n${table(['engine', 'recall', 'precision', 'latency per query', 'range (µs)'], engineRows)}`,
  `## How cost grows\n\nSearch time against query length (a slice of the text, repeated past its end; a query longer than any block is given up on once folded that far):\n\n${table(['query length', 'time', '× the length before'], lengthRows)}\n\nSearch time against hit count:\n\n${table(['query', 'hits', 'time', 'per hit'], hitRows)}\n\nEach helper as its input doubles (the edition's blocks and annotations repeated under new ids, frozen; 1.0–2.2 per doubling is linear):\n\n${table(['helper', '× 1', '× 2', '× 4', '2 / 1', '4 / 2'], growthRows)}\n\nEach export as its annotations double on the same text (each quote, citation and note again under a new id, each person's mentions twice; unfrozen, so nothing is kept between calls):\n\n${table(['helper', '× 1', '× 2', '× 4', '2 / 1', '4 / 2'], annotationRows)}`,
];
const report = `# Benchmarks\n\n${output.join('\n\n')}\n`;
console.log(report);
console.log(allMet ? 'Every speed goal met.' : 'Some speed goals not met (see the tables).');

// docs/performance.md: the generated section between its markers.
const docPath = join(root, 'docs/performance.md');
const start = '<!-- generated by npm run bench: start -->';
const end = '<!-- generated by npm run bench: end -->';
const doc = readFileSync(docPath, 'utf8');
const before = doc.includes(start) ? doc.slice(0, doc.indexOf(start)) : `${doc.trimEnd()}\n\n`;
const after = doc.includes(end) ? doc.slice(doc.indexOf(end) + end.length) : '\n';
writeFileSync(docPath, `${before}${start}\n\n${output.join('\n\n').replace(/^## /gm, '### ')}\n\n${end}${after}`);
