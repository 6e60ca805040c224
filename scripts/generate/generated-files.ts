/**
 * Every file generated from the model and the table of collections, and its text. Nothing here
 * imports a generated file, so a stale one cannot stop this module from loading (the collections,
 * which the loaders build with the generated data schemas, are in `collection-files.ts`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { model } from './collection-table.js';
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
/** A path under `src/`. */
export const at = (name: string): string => fileURLToPath(new URL(name, src));

/** A path under `scripts/generated/`: generated files that the build and the tests read, and that do not ship. */
const build = (name: string): string => fileURLToPath(new URL(`../generated/${name}`, import.meta.url));

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
    [build('data-types.ts'), renderDataTypes()],
    [build('data-schemas.ts'), renderDataSchemas()],
    [at('generated/collection-table.ts'), renderCollectionTable()],
    ...model.collections.map((row): [string, string] => [at(`${collectionModule(row)}.ts`), renderCollectionWrapper(row)]),
    ...model.collections.flatMap((row): [string, string][] => (row.lookup ? [[at(`${lookupModule(row.lookup)}.ts`), renderLookup(row, row.lookup)]] : [])),
    withRegions(at('index.ts'), [
      ['the id types', renderIdExports()],
      ['the collections and their lookups', renderIndexExports()],
    ]),
    withRegions(at('types/index.ts'), [['the record types', renderTypeExports()]]),
    [build('lookups.json'), renderLookupsJson()],
  ];
}
