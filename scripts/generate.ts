/**
 * Generates `src/generated/`: the id unions (from `data/`), the public types and the Zod schemas
 * (from `scripts/model/shapes.ts`), the types and schemas of `data/`, and the finished collections
 * that ship (from `data/`, through the loaders). Run `npm run generate` after changing the model or
 * `data/`; a test fails while any generated file is out of step.
 */
import { spawnSync } from 'node:child_process';
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
  if (process.argv[2] === '--collections') {
    const { collectionFiles } = await import('./generate/generated-files.js');
    const collections = collectionFiles();
    // A collection that no longer ships leaves no stale module behind.
    rmSync(dirname(collections[0]![0]), { recursive: true, force: true });
    write(collections);
  } else {
    const { generatedDirectories, modelFiles } = await import('./generate/generated-files.js');
    const files = modelFiles();
    // A collection or lookup that is no longer in the table leaves no stale module behind.
    for (const directory of generatedDirectories.slice(1)) rmSync(directory, { recursive: true, force: true });
    write(files);
    // The collections are built with the data schemas just written, which this process has
    // already loaded in their previous form: a second process reads them afresh.
    const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--collections'], { stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
    console.log('wrote src/generated/');
  }
}
