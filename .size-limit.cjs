// size-limit budgets, checked by `npm run size:check` (part of `npm test`) after the build.
// Each collection, and its lookup, may cost at most 1.1 times the same collection's minified JSON
// in essay.json, gzipped: the limits are computed from the built essay.json, so they follow the data.
const { readFileSync } = require('node:fs');
const { gzipSync } = require('node:zlib');

const essayJson = JSON.parse(readFileSync(`${__dirname}/dist/essay.json`, 'utf8'));
const ownJson = (name) => gzipSync(JSON.stringify(essayJson[name]), { level: 9 }).length;
const entry = (name, imports, limit) => ({ name, path: 'dist/index.js', import: imports, gzip: true, limit });
const bytes = (n) => `${Math.floor(n)} B`;

const lookups = {
  blocks: 'getBlock',
  paragraphs: 'getParagraph',
  sections: 'getSection',
  quotes: 'getQuote',
  citations: 'getCitation',
  references: 'getReference',
  people: 'getPerson',
  places: 'getPlace',
  organisations: 'getOrganisation',
  events: 'getEvent',
  claims: 'getClaim',
  notes: 'getNote',
};

module.exports = [
  // 65.2 kB measured: 16.9 kB of code (the exporters, TEI among them, the visualisation helpers and
  // the checks of bad input) and 48.4 kB of data, against 46.3 kB for essay.json (see
  // docs/performance.md). A guard against growth, not a target.
  // The TEI export's header, taxonomies and correction layout added 4.4 kB (69.6 kB measured).
  entry('the whole root entry (import *)', '*', '70 kB'),
  ...Object.keys(lookups).map((name) => entry(`${name} alone (1.1 × its JSON)`, `{ ${name} }`, bytes(1.1 * ownJson(name)))),
  ...Object.entries(lookups).map(([name, lookup]) => entry(`${lookup} alone (1.1 × the JSON of ${name})`, `{ ${lookup} }`, bytes(1.1 * ownJson(name)))),
  entry('references and formatReference only', '{ references, formatReference }', '3.5 kB'),
  // The visualisation helpers: each reads the collections it draws (events carry their days and
  // case study; segments reads the text and every annotation of it).
  entry('caseStudies alone (1.1 × its JSON)', '{ caseStudies }', bytes(1.1 * ownJson('caseStudies'))),
  // Measured 16.0 kB (the places, and the events for the ids and counts at each place).
  entry('toGeoJson only', '{ toGeoJson }', '17 kB'),
  entry('hasCoordinates only', '{ hasCoordinates }', '200 B'),
  // Measured 14.8 kB (the events with their days and case studies, and the case studies).
  entry('toTimelineJs only', '{ toTimelineJs }', '15.5 kB'),
  entry('toGraph only', '{ toGraph }', '37 kB'),
  entry('segments only', '{ segments }', '34 kB'),
  // The TEI export reads nearly every collection, each carrying its own words.
  // Measured 59.5 kB: nearly every collection, and the exporter with its header prose and taxonomies.
  entry('the TEI export only (toTei)', '{ toTei }', '61 kB'),
  // 8.4 kB measured: the integrity rules of EssayDataSchema (checkIntegrity) add 4.2 kB to the schemas.
  { name: 'the ./schema entry', path: 'dist/schema.js', import: '*', gzip: true, limit: '9 kB' },
];
