/** Writes `dist/essay.json` (minified) and `dist/essay.schema.json` after the tsup build. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { essayData, essayJsonSchema } from './essay-json.js';

const dist = new URL('../dist/', import.meta.url);
mkdirSync(dist, { recursive: true });
writeFileSync(new URL('essay.json', dist), JSON.stringify(essayData()));
writeFileSync(new URL('essay.schema.json', dist), `${JSON.stringify(essayJsonSchema(), null, 2)}\n`);
console.log('Built dist/: ESM, CommonJS, types, essay.json and essay.schema.json.');
