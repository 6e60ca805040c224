/** Every generated file and its text, in the order they are written. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCollections } from '../loaders/load-collections.js';
import { model } from './collection-table.js';
import { readStoredData } from './read-stored-data.js';
import { renderCollections } from './render-collections.js';
import { renderIds } from './render-ids.js';
import { renderDataSchemas, renderDataTypes, renderSchemas, renderTypes } from './render-model-files.js';
import {
  collectionModule,
  lookupModule,
  renderCollectionTable,
  renderCollectionWrapper,
  renderIdExports,
  renderIndexExports,
  renderLookup,
  renderLookupsJson,
  renderTypeExports,
  withRegion,
} from './render-table-files.js';

const src = new URL('../../src/', import.meta.url);
const at = (name: string): string => fileURLToPath(new URL(name, src));
const dataDir = new URL('../../data/', import.meta.url);

/** The directories whose every file is generated: a file there that is not generated is stale. */
export const generatedDirectories = [at('generated/collections/'), at('collections/'), at('lookups/')];

/** A hand-written file with its generated parts put in. */
function withRegions(path: string, regions: readonly [string, string][]): [string, string] {
  const text = regions.reduce((text, [what, region]) => withRegion(text, what, region, path), readFileSync(path, 'utf8'));
  return [path, text];
}

/** The files generated from the model, the table of collections and the ids, as `[absolute path, text]`. */
export function modelFiles(): [string, string][] {
  return [
    [at('generated/ids.ts'), renderIds()],
    [at('generated/types.ts'), renderTypes()],
    [at('generated/schemas.ts'), renderSchemas()],
    [at('generated/data-types.ts'), renderDataTypes()],
    [at('generated/data-schemas.ts'), renderDataSchemas()],
    [at('generated/collection-table.ts'), renderCollectionTable()],
    ...model.collections.map((row): [string, string] => [at(`${collectionModule(row)}.ts`), renderCollectionWrapper(row)]),
    ...model.collections.flatMap((row): [string, string][] => (row.lookup ? [[at(`${lookupModule(row.lookup)}.ts`), renderLookup(row, row.lookup)]] : [])),
    withRegions(at('index.ts'), [
      ['the id types', renderIdExports()],
      ['the collections and their lookups', renderIndexExports()],
    ]),
    withRegions(at('types/index.ts'), [['the record types', renderTypeExports()]]),
    [fileURLToPath(new URL('../generated/lookups.json', import.meta.url)), renderLookupsJson()],
  ];
}

/**
 * The finished collections, built from `data/` by the loaders. They need the data schemas of
 * {@link modelFiles} as written, so `npm run generate` writes those first.
 */
export function collectionFiles(): [string, string][] {
  const collections = loadCollections(readStoredData(dataDir));
  return renderCollections(collections).map(([name, text]) => [at(`generated/collections/${name}`), text]);
}
