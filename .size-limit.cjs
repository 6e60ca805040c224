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
  // 61.2 kB measured: the checks of the hardening round (one options check, the EDTF reader and
  // calendar arithmetic, span, locator, reference and source-IRI checks) cost 1.7 kB over 59.5 kB.
  entry('the whole root entry (import *)', '*', '62 kB'),
  ...Object.keys(lookups).map((name) => entry(`${name} alone (1.1 × its JSON)`, `{ ${name} }`, bytes(1.1 * ownJson(name)))),
  ...Object.entries(lookups)
    .filter(([name]) => name !== 'sections')
    .map(([name, lookup]) => entry(`${lookup} alone (1.1 × the JSON of ${name})`, `{ ${lookup} }`, bytes(1.1 * ownJson(name)))),
  // The outline is small (under 1 kB), and a lookup's map and function cost about 90 B of it.
  entry('getSection alone (1.2 × the JSON of sections)', '{ getSection }', bytes(1.2 * ownJson('sections'))),
  entry('references and formatReference only', '{ references, formatReference }', '3.5 kB'),
  // The visualisation helpers: each reads the collections it draws (events carry their days and
  // case study; segments reads the text and every annotation of it).
  entry('caseStudies alone (1.2 × its JSON)', '{ caseStudies }', bytes(1.2 * ownJson('caseStudies'))),
  entry('toGeoJson only', '{ toGeoJson }', '15 kB'),
  entry('hasCoordinates only', '{ hasCoordinates }', '200 B'),
  entry('toTimelineJs only', '{ toTimelineJs }', '14 kB'),
  entry('toGraph only', '{ toGraph }', '37 kB'),
  entry('segments only', '{ segments }', '34 kB'),
  // The TEI export reads nearly every collection, each carrying its own words.
  // 53.2 kB measured (52.4 kB before the hardening round's checks, already above the former 52 kB).
  entry('the TEI export only (toTei)', '{ toTei }', '54 kB'),
  // 8.4 kB measured: the integrity rules of EssayDataSchema (checkIntegrity) add 4.2 kB to the schemas.
  { name: 'the ./schema entry', path: 'dist/schema.js', import: '*', gzip: true, limit: '9 kB' },
];
