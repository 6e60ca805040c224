/** The finished collections that ship, built from `data/` by the loaders. */
import { loadCollections } from '../loaders/load-collections.js';
import { ModelError, unreadDataFiles, watchReads } from './check-model.js';
import { dataFilesOf } from './collection-table.js';
import { at } from './generated-files.js';
import { readStoredData } from './read-stored-data.js';
import { renderCollections } from './render-collections.js';

const dataDir = new URL('../../data/', import.meta.url);

/**
 * The collection modules and their declarations, as `[absolute path, text]`. The loaders read
 * `data/` with the data schemas of `modelFiles` as written, so `npm run generate` writes those first.
 */
export function collectionFiles(): [string, string][] {
  const [stored, read] = watchReads(readStoredData(dataDir));
  const collections = loadCollections(stored);
  const unread = unreadDataFiles(dataFilesOf(), read);
  if (unread.length > 0) throw new ModelError(unread);
  return renderCollections(collections).map(([name, text]) => [at(`generated/collections/${name}`), text]);
}
