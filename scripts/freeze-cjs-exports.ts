/**
 * Freezes the CommonJS exports object of each CommonJS build in dist/, after the tsup build. The ESM
 * namespace is immutable by nature; without this, one CommonJS consumer could replace or delete an
 * export (`require(…).blocks = …`) for every other consumer in the process.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const freeze = '\nObject.freeze(module.exports);\n';

for (const name of ['index.cjs', 'schema.cjs']) {
  const file = new URL(`../dist/${name}`, import.meta.url);
  const code = readFileSync(file, 'utf8');
  // The exports are assigned at the end of the file, so freezing after them comes last.
  if (!/\nexports\.[A-Za-z0-9_$]+ = [A-Za-z0-9_$]+;\n$/.test(code)) throw new Error(`dist/${name}: expected to end with its exports`);
  writeFileSync(file, code + freeze);
}
console.log('froze the CommonJS exports of dist/index.cjs and dist/schema.cjs');
