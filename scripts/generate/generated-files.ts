/** Every generated file and its text, in the order they are written. */
import { fileURLToPath } from 'node:url';
import { loadCollections } from '../../src/loaders/load-collections.js';
import { readStoredData } from './read-stored-data.js';
import { renderCollections } from './render-collections.js';
import { renderIds } from './render-ids.js';
import { renderDataSchemas, renderDataTypes, renderSchemas, renderTypes } from './render-model-files.js';

const generated = new URL('../../src/generated/', import.meta.url);
const at = (name: string): string => fileURLToPath(new URL(name, generated));
const dataDir = new URL('../../data/', import.meta.url);

/** The files generated from the model and the ids, as `[absolute path, text]`. */
export function modelFiles(): [string, string][] {
  return [
    [at('ids.ts'), renderIds()],
    [at('types.ts'), renderTypes()],
    [at('schemas.ts'), renderSchemas()],
    [at('data-types.ts'), renderDataTypes()],
    [at('data-schemas.ts'), renderDataSchemas()],
  ];
}

/**
 * The finished collections, built from `data/` by the loaders. They need the data schemas of
 * {@link modelFiles} as written, so `npm run generate` writes those first.
 */
export function collectionFiles(): [string, string][] {
  const collections = loadCollections(readStoredData(dataDir));
  return renderCollections(collections).map(([name, text]) => [at(`collections/${name}`), text]);
}
