// size-limit budgets, checked by `npm run size:check` (part of `npm test`) after the build.
// Each collection, and its lookup, may cost at most 1.1 times the same collection's minified JSON
// in essay.json, gzipped: the limits are computed from the built essay.json, so they follow the data.
const { readFileSync } = require('node:fs');
const { gzipSync } = require('node:zlib');

const essayJson = JSON.parse(readFileSync(`${__dirname}/dist/essay.json`, 'utf8'));
const ownJson = (name) => gzipSync(JSON.stringify(essayJson[name]), { level: 9 }).length;
const entry = (name, imports, limit) => ({ name, path: 'dist/index.js', import: imports, gzip: true, limit });
const bytes = (n) => `${Math.floor(n)} B`;

// Each list collection and its lookup (null where it has none), generated from the table of
// collections (`npm run generate`).
const lookups = require('./scripts/generated/lookups.json');

module.exports = [
  // 65.2 kB measured: 16.9 kB of code (the exporters, TEI among them, the visualisation helpers and
  // the checks of bad input) and 48.4 kB of data, against 46.3 kB for essay.json (see
  // docs/performance.md); 67.2 kB once the Web Annotation export gained its collection, notes,
  // mentions and name-based UUIDs, and 4.4 kB more for the TEI export's header, taxonomies and
  // correction layout. 72.4 kB measured, then 73.7 kB with the speed work (search's segment map and
  // snippet cutting, the results kept for frozen data, the annotation indexes, the graph's mentions
  // by block): 1.3 kB of code. A guard against growth, not a target.
  entry('the whole root entry (import *)', '*', '75 kB'),
  ...Object.keys(lookups).map((name) => entry(`${name} alone (1.1 × its JSON)`, `{ ${name} }`, bytes(1.1 * ownJson(name)))),
  ...Object.entries(lookups)
    .filter(([, lookup]) => lookup !== null)
    .map(([name, lookup]) => {
      // Each lookup asks a Map built at load (about 80 B gzipped with its helper). On the 782 B of
      // the outline that is 1.11 of its JSON (866 B measured): a scan instead kept getSection at
      // 1.095 but ran at 0.03 of a Map.get (find on a frozen array), against 0.97 with the map. The
      // outline's lookup may cost 1.12 of its JSON, every other one 1.1.
      const factor = name === 'sections' ? 1.12 : 1.1;
      return entry(`${lookup} alone (${factor} × the JSON of ${name})`, `{ ${lookup} }`, bytes(factor * ownJson(name)));
    }),
  // Measured 3.83 kB with the record read once and checked and the helper that quotes a bad value
  // short in a message (3.28 kB before), plus 0.27 kB for the check of the data a helper is given
  // and its index of records by id.
  entry('references and formatReference only', '{ references, formatReference }', '4.3 kB'),
  // The visualisation helpers: each reads the collections it draws (events carry their days and
  // case study; segments reads the text and every annotation of it).
  // Measured 16.0 kB (the places, and the events for the ids and counts at each place).
  entry('toGeoJson only', '{ toGeoJson }', '17 kB'),
  entry('hasCoordinates only', '{ hasCoordinates }', '200 B'),
  // Measured 14.8 kB (the events with their days and case studies, and the case studies).
  entry('toTimelineJs only', '{ toTimelineJs }', '15.5 kB'),
  // 37.01 kB measured; 37.14 kB with the claims' mentions looked up by block.
  entry('toGraph only', '{ toGraph }', '37.5 kB'),
  entry('segments only', '{ segments }', '34 kB'),
  // The TEI export reads nearly every collection, each carrying its own words.
  // Measured 59.5 kB: nearly every collection, and the exporter with its header prose and taxonomies.
  entry('the TEI export only (toTei)', '{ toTei }', '61 kB'),
  // 12.1 kB measured: the integrity rules of EssayDataSchema (checkIntegrity) add 7.7 kB to the
  // schemas. They were 4.2 kB; the semantic rules (every derived value checked against what it
  // derives from: event days by the loader's own EDTF and calendar code, locators re-read from the
  // printed citation, "ibid.", quotes, notes, case studies, printed entries, mentions, coordinates)
  // add 3.5 kB, most of it the messages that name the record and what was expected.
  { name: 'the ./schema entry', path: 'dist/schema.js', import: '*', gzip: true, limit: '12.5 kB' },
  // The data-first helpers carry no data, only code: 8.86 kB measured for all of them, 1.40 kB for
  // toMarkdown alone (each helper of the entry tree-shakes apart from the others).
  { name: 'the ./edition entry (every data-first helper, no data)', path: 'dist/edition.js', import: '*', gzip: true, limit: '9.5 kB' },
  { name: 'toMarkdown alone from ./edition', path: 'dist/edition.js', import: '{ toMarkdown }', gzip: true, limit: '1.6 kB' },
];
