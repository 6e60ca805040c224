/**
 * Freezes the CommonJS exports object of each CommonJS build in dist/, after the tsup build. The ESM
 * namespace is immutable by nature; without this, one CommonJS consumer could replace or delete an
 * export (`require(…).blocks = …`) for every other consumer in the process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The build's output directory: dist/, or the one given (a rebuild elsewhere, as a test does).
const dir = process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url));

const freeze = '\nObject.freeze(module.exports);\n';

for (const name of ['index.cjs', 'schema.cjs', 'edition.cjs']) {
  const file = join(dir, name);
  const code = readFileSync(file, 'utf8');
  // The exports are assigned at the end of the file, so freezing after them comes last.
  if (!/\nexports\.[A-Za-z0-9_$]+ = [A-Za-z0-9_$]+;\n$/.test(code)) throw new Error(`${file}: expected to end with its exports`);
  writeFileSync(file, code + freeze);
}
