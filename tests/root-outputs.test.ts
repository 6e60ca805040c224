import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rootOutputs } from './support/root-outputs.js';

// Fingerprints of the root helpers' output, taken before the helpers became functions of the
// edition data (see tests/support/root-outputs.ts): the root's output must stay byte-identical.
const expected = JSON.parse(readFileSync(new URL('./fixtures/root-outputs.json', import.meta.url), 'utf8')) as Record<string, string>;

describe('the root helpers give byte-identical output', () => {
  const actual = rootOutputs();

  it('calls the same helpers with the same arguments as the fixture', () => {
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    expect(Object.keys(actual).length).toBeGreaterThan(1500);
  });

  it('every output has its recorded fingerprint', () => {
    const changed = Object.keys(expected).filter((name) => actual[name] !== expected[name]);
    expect(changed).toEqual([]);
  });
});
