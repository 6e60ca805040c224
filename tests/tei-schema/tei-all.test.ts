import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toTei } from '../../src/index.js';

// The TEI Consortium's compiled RELAX NG schema of all of TEI P5 (`tei_all.rng`): not part of the
// repository; its path comes from the environment.
const schema = process.env['TEI_ALL_RNG'];
const jing = process.env['JING'] ?? 'jing';
const scratch = mkdtempSync(join(tmpdir(), 'tei-all-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Validates a document with jing: its exit status and the error lines (jing's Java warnings left out). */
function validate(name: string, xml: string): { status: number | null; errors: string[] } {
  if (!schema) throw new Error('set TEI_ALL_RNG to the path of tei_all.rng (see the README)');
  const file = join(scratch, name);
  writeFileSync(file, xml);
  const run = spawnSync(jing, [resolve(schema), file], { encoding: 'utf8' });
  if (run.error) throw new Error(`could not run ${jing} (install the Debian package jing): ${run.error.message}`);
  const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => line.includes(' error: ') || line.includes('fatal'));
  return { status: run.status, errors: lines };
}

describe('the TEI export against tei_all (jing)', () => {
  it('has the schema', () => {
    expect(schema, 'set TEI_ALL_RNG to the path of tei_all.rng (see the README)').toBeTruthy();
    expect(existsSync(resolve(schema!)), `TEI_ALL_RNG=${schema}: no such file`).toBe(true);
  });

  it('toTei() is valid: zero errors', () => {
    expect(validate('essay.tei.xml', toTei())).toEqual({ status: 0, errors: [] });
  });

  it('the check fails on an invalid document (a <quote> with @who)', () => {
    const invalid = toTei().replace('<p xml:id="p1" n="1">', '<p xml:id="p1" n="1"><quote who="#lenin">x</quote>');
    const result = validate('invalid.tei.xml', invalid);
    expect(result.status).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/attribute "who" not allowed/);
  });
});
