/**
 * Generates `src/generated/` and `scripts/generated/` (what the build alone reads), the collection
 * wrappers of `src/collections/`, the lookups of `src/lookups/` and the generated parts of
 * `src/index.ts` and `src/types/index.ts`: the id unions
 * (from `data/`), the public types and the Zod schemas (from `scripts/model/shapes.ts`), the types
 * and schemas of `data/`, what the table of collections makes (`scripts/model/collections.ts`), and
 * the finished collections that ship (from `data/`, through the loaders). Run `npm run generate`
 * after changing the model or `data/`; a test fails while any generated file is out of step.
 *
 * It checks its input first (the model and the table agree; every declared data file is read) and
 * stops with a message naming the shape and the field; it checks its output last, running `tsc` on
 * the generated modules.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

function write(files: readonly [string, string][]): void {
  for (const [path, text] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

/** Runs a step in a second process, which reads the files just written afresh; exits if it fails. */
function run(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Fails with the model's problems, one a line, before anything is written. */
async function checkModel(): Promise<void> {
  const { modelProblems, ModelError } = await import('./generate/check-model.js');
  const { model } = await import('./generate/collection-table.js');
  const problems = modelProblems(model);
  if (problems.length > 0) throw new ModelError(problems);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv[2] === '--collections') {
      const { collectionFiles } = await import('./generate/collection-files.js');
      const collections = collectionFiles();
      // A collection that no longer ships leaves no stale module behind.
      rmSync(dirname(collections[0]![0]), { recursive: true, force: true });
      write(collections);
    } else {
      await checkModel();
      const { generatedDirectories, modelFiles } = await import('./generate/generated-files.js');
      const files = modelFiles();
      // A collection or lookup that is no longer in the table leaves no stale module behind.
      for (const directory of generatedDirectories.slice(1)) rmSync(directory, { recursive: true, force: true });
      write(files);
      // The collections are built with the data schemas just written, which this process has
      // already loaded in their previous form: a second process reads them afresh.
      run(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--collections']);
      // The generated modules must type-check as written.
      const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
      run(process.execPath, [tsc, '--noEmit', '-p', fileURLToPath(new URL('./generate/tsconfig.generated.json', import.meta.url))]);
      console.log(
        'wrote src/generated/, src/collections/, src/lookups/, scripts/generated/ and the generated parts of src/index.ts and src/types/index.ts; they type-check',
      );
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'ModelError') {
      console.error(`npm run generate: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
