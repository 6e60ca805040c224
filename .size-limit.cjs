// size-limit budgets, checked by `npm run size:check` (part of `npm test`) after the build.
// Each collection, and its lookup, may cost at most 1.1 times the same collection's minified JSON
// in essay.json, gzipped: the limits are computed from the built essay.json, so they follow the data.
// A lookup's own code is about 100 B, more than a tenth of the four case studies' 0.98 kB of JSON:
// a lookup may always cost its collection's JSON plus 120 B.
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
  // correction layout. A guard against growth, not a target. 74.45 kB once the events carried their
  // short titles and dates in words, the claims and references their labels, with formatDate and
  // formatCitation (72.43 kB before); about 1.8 kB more with the adjectives of nationality as
  // mentions (60 more) and the quotes', places' and events' new fields; 1.3 kB more of code with the
  // speed work (search's segment map and snippet cutting, the results kept for frozen data, the
  // annotation indexes, the graph's mentions by block).
  entry('the whole root entry (import *)', '*', '79 kB'),
  ...Object.keys(lookups).map((name) => entry(`${name} alone (1.1 × its JSON)`, `{ ${name} }`, bytes(1.1 * ownJson(name)))),
  ...Object.entries(lookups)
    .filter(([, lookup]) => lookup !== null)
    .map(([name, lookup]) => {
      // Each lookup asks a Map built at load: about 150 B gzipped with its helper and the id check.
      // A scan of a frozen array costs less to ship (getSection was 1.095 of its JSON) but ran at
      // 0.03 of a Map.get, against 0.97 with the map. So a lookup may cost 1.1 of its collection's
      // JSON, or its JSON and 180 B where that is more (the outline's 782 B, the four case studies).
      return entry(`${lookup} alone (1.1 × the JSON of ${name}, or it and 180 B)`, `{ ${lookup} }`, bytes(Math.max(1.1 * ownJson(name), ownJson(name) + 180)));
    }),
  // Measured 3.83 kB with the record read once and checked and the helper that quotes a bad value
  // short in a message (3.28 kB before), plus 0.27 kB for the check of the data a helper is given
  // and its index of records by id.
  // 4.31 kB once a kept index also asks that each record of a frozen list be frozen.
  entry('references and formatReference only', '{ references, formatReference }', '4.4 kB'),
  // formatCitation reads the references for their labels; formatDate carries no data, only the
  // EDTF reader and its words.
  // Measured 3.26 kB and 3.07 kB (formatDate reads exactly what dateRange reads, so it carries the
  // EDTF reader and calendar, and the check of its options).
  entry('formatCitation only', '{ formatCitation }', '3.5 kB'),
  entry('formatDate only', '{ formatDate }', '3.3 kB'),
  // The visualisation helpers: each reads the collections it draws (events carry their days and
  // case study; segments reads the text and every annotation of it).
  // Measured 16.0 kB (the places, and the events for the ids and counts at each place); 17.12 kB
  // once the events carried their short titles and dates in words; 18.29 kB with the places'
  // containing places and the events' venue notes.
  entry('toGeoJson only', '{ toGeoJson }', '18.8 kB'),
  // 220 B: a [longitude, latitude] pair of finite numbers in range, not any array.
  entry('hasCoordinates only', '{ hasCoordinates }', '250 B'),
  // Measured 14.8 kB (the events with their days and case studies, and the case studies); 15.65 kB
  // with the events' short titles, dates in words and venue notes.
  entry('toTimelineJs only', '{ toTimelineJs }', '16.2 kB'),
  // 38.32 kB with the short labels of events, claims and references (37.01 kB before), and the claims'
  // mentions looked up by block. Segments: 33.94 kB with its include option and its checks (33.24 kB
  // before), about 1 kB more with the adjectives of nationality as mentions; segmentTree is segments
  // and the tree built from it.
  entry('toGraph only', '{ toGraph }', '41 kB'),
  entry('segments only', '{ segments }', '36.5 kB'),
  entry('segmentTree only', '{ segmentTree }', '37 kB'),
  // The TEI export reads nearly every collection, each carrying its own words.
  // Measured 59.5 kB: nearly every collection, and the exporter with its header prose and taxonomies.
  // 61.13 kB once events, claims and references carried their short titles, dates in words and
  // labels (59.87 kB before); more with the adjectives of nationality as mentions.
  entry('the TEI export only (toTei)', '{ toTei }', '64 kB'),
  // 12.1 kB measured: the integrity rules of EssayDataSchema (checkIntegrity) add 7.7 kB to the
  // schemas. They were 4.2 kB; the semantic rules (every derived value checked against what it
  // derives from: event days by the loader's own EDTF and calendar code, locators re-read from the
  // printed citation, "ibid.", quotes, notes, case studies, printed entries, mentions, coordinates)
  // add 3.5 kB, most of it the messages that name the record and what was expected; 12.55 kB with
  // the id links read from the model's table; 13.85 kB once the date labels and reference labels are
  // checked against what they derive from (the words of a date, the author-date label) and the new
  // fields have their schemas; more with the rules on speakers and containing places.
  { name: 'the ./schema entry', path: 'dist/schema.js', import: '*', gzip: true, limit: '15 kB' },
  // The data-first helpers carry no data, only code: 22.3 kB measured for all of them (8.9 kB before
  // the bibliographic exports and the TEI exporter joined the entry: its header prose and taxonomies
  // are most of the rest; 24.86 kB with formatCitation, segmentTree and the results kept for frozen
  // data), 1.86 kB for toMarkdown alone with the checks of its data and options (2.03 kB with the freeze rule of
  // kept indexes)
  // (each helper of the entry tree-shakes apart from the others).
  { name: 'the ./edition entry (every data-first helper, no data)', path: 'dist/edition.js', import: '*', gzip: true, limit: '26 kB' },
  { name: 'toMarkdown alone from ./edition', path: 'dist/edition.js', import: '{ toMarkdown }', gzip: true, limit: '2.1 kB' },
];
