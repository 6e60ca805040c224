import { collectionNames } from '../generated/collection-table.js';
import * as edition from '../index.js';
import type { EssayData } from '../index.js';

/**
 * Every collection in its public shape, with the package version: exactly what `essay.json` holds.
 * The build writes `essay.json` from it, and `export --format json` prints it. The collections are
 * those of the table of collections, in its order.
 *
 * @param version - The package version.
 */
export function essayData(version: string): EssayData {
  // biome-ignore lint/performance/noDynamicNamespaceImportAccess: essay.json holds every collection, so nothing is left to shake
  return Object.fromEntries([['version', version], ...collectionNames.map((name) => [name, edition[name]])]) as unknown as EssayData;
}
