// Prints the size of each built file, raw and gzipped, and of a few tree-shaken bundles, with
// each bundle's ratio to the whole root entry bundled the same way. Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const dist = new URL('../dist/', import.meta.url);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const row = (name, text) => {
  const raw = Buffer.byteLength(text);
  const gz = gzipSync(text, { level: 9 }).length;
  console.log(`${name.padEnd(34)} ${kb(raw).padStart(10)} ${kb(gz).padStart(10)}`);
  return gz;
};

console.log(`${'file'.padEnd(34)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
for (const file of readdirSync(dist).sort()) row(file, readFileSync(new URL(file, dist)));

const bundle = async (names) => {
  const result = await build({
    stdin: { contents: names === '*' ? `export * from './index.js';` : `export { ${names} } from './index.js';`, resolveDir: dist.pathname },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
};

console.log('\nbundled and minified (esbuild), ratio of gzip size to the whole root entry:');
const whole = row('import * (whole root entry)', await bundle('*'));
for (const names of ['essay', 'getSection', 'search', 'toPlainText']) {
  const gz = row(`import { ${names} }`, await bundle(names));
  console.log(`${'  ratio to the whole'.padEnd(34)} ${(gz / whole).toFixed(2).padStart(21)}`);
}
