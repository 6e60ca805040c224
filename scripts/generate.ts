/**
 * Generates `src/generated/`: the id unions (from `data/`), the public types and the Zod schemas
 * (from `src/model/shapes.ts`), the types and schemas of `data/`, and the finished collections
 * that ship (from `data/`, through the loaders). Run `npm run generate` after changing the model or
 * `data/`; a test fails while any generated file is out of step.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

function write(files: readonly [string, string][]): void {
  for (const [path, text] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The collections are built with the data schemas just written: a second process reads them.
  const { modelFiles } = await import('./generate/generated-files.js');
  write(modelFiles());
  const { collectionFiles } = await import('./generate/generated-files.js');
  const collections = collectionFiles();
  // A collection that no longer ships leaves no stale module behind.
  const directory = dirname(collections[0]![0]);
  rmSync(directory, { recursive: true, force: true });
  write(collections);
  console.log('wrote src/generated/');
}
