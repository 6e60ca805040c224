import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { references, toBibTeX } from '../../src/index.js';

// Needs biber (Debian: apt-get install biber); .ci/run installs it. Not part of `npm test`.
const scratch = mkdtempSync(join(tmpdir(), 'biber-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `biber --tool --validate-datamodel` on a .bib file and returns its log (it exits 0 on warnings). */
function validate(name: string, bib: string): string {
  const file = join(scratch, name);
  writeFileSync(file, bib);
  execFileSync('biber', ['--tool', '--validate-datamodel', file], { cwd: scratch, encoding: 'utf8', stdio: 'pipe' });
  return readFileSync(`${file}.blg`, 'utf8');
}

const warnings = (log: string) => log.split('\n').filter((line) => /\bWARN\b/.test(line));

describe('toBibTeX read by biber', () => {
  it('validates against biber’s data model with 0 warnings', () => {
    const log = validate('essay.bib', toBibTeX());
    expect(warnings(log)).toEqual([]);
    expect(log).toMatch(/Datamodel validation complete/);
  });

  it('keeps every entry: biber writes all 14 back', () => {
    validate('essay.bib', toBibTeX());
    const written = readFileSync(join(scratch, 'essay_bibertool.bib'), 'utf8');
    for (const ref of references) expect(written, ref.id).toMatch(new RegExp(`@[A-Z]+\\{${ref.id},`, 'i'));
  });

  it('catches what the export must not do (a broken fixture)', () => {
    // A non-integer volume (Kramer's double issue printed as a volume) and a field @unpublished does not have.
    const broken =
      '@article{kramer-1995,\n  author = {Kramer, M.},\n  title = {{T}},\n  journaltitle = {{J}},\n  volume = {6/7},\n  date = {1995},\n}\n\n@unpublished{x-1956,\n  author = {X, Y.},\n  title = {{T}},\n  organization = {The Wilson Center},\n  date = {1956},\n}\n';
    const found = warnings(validate('broken.bib', broken));
    expect(
      found.some((line) => /kramer-1995.*'volume'/.test(line)),
      found.join('\n'),
    ).toBe(true);
    expect(
      found.some((line) => /x-1956.*'organization'/.test(line)),
      found.join('\n'),
    ).toBe(true);
  });
});
