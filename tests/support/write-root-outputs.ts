/**
 * Writes `tests/fixtures/root-outputs.json`, the fingerprints of every root helper's output (see
 * `root-outputs.ts`). Run it only after an intended change of output, and say why in a changeset.
 */
import { writeFileSync } from 'node:fs';
import { rootOutputs } from './root-outputs.js';

const outputs = rootOutputs();
writeFileSync(new URL('../fixtures/root-outputs.json', import.meta.url), `${JSON.stringify(outputs, null, 2)}\n`);
console.log(`Wrote ${Object.keys(outputs).length} fingerprints to tests/fixtures/root-outputs.json.`);
