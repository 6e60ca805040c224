// Prints the size of each built file, raw and gzipped. Run after `npm run build`; bundle sizes,
// tree-shaking and their ratios are in `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const row = (name, text) => {
  const raw = Buffer.byteLength(text);
  const gz = gzipSync(text, { level: 9 }).length;
  console.log(`${name.padEnd(34)} ${kb(raw).padStart(10)} ${kb(gz).padStart(10)}`);
};

console.log(`${'file'.padEnd(34)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
for (const file of readdirSync(dist).sort()) row(file, readFileSync(new URL(file, dist)));
