import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toTei as teiOf } from '../../src/edition.js';
import { blocks, citations, claims, essay, events, notes, organisations, people, places, quotes, references, sections, toTei } from '../../src/index.js';
import { teiTools } from '../support/tei.js';

// The TEI Consortium's compiled RELAX NG schema of all of TEI P5 (`tei_all.rng`) and the Schematron
// rules embedded in it, compiled to XSLT: not part of the repository; their paths come from the
// environment (see the README).
const tools = teiTools(process.env, resolve, dirname);
const scratch = mkdtempSync(join(tmpdir(), 'tei-all-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const need = () => {
  if (!tools) throw new Error('set TEI_ALL_RNG to the path of tei_all.rng (see the README)');
  return tools;
};

/** Validates a document with jing: its exit status and the error lines (jing's Java warnings left out). */
function validate(name: string, xml: string): { status: number | null; errors: string[] } {
  const { jing, schema } = need();
  const file = join(scratch, name);
  writeFileSync(file, xml);
  const run = spawnSync(jing, [schema, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`could not run ${jing} (install the Debian package jing): ${run.error.message}`);
  const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => line.includes(' error: ') || line.includes('fatal'));
  return { status: run.status, errors: lines };
}

/** Runs tei_all's Schematron rules (compiled to XSLT, run with Saxon-HE): every failed assert and successful report. */
function schematron(name: string, xml: string): string[] {
  const { saxonJar, schematronXsl } = need();
  const file = join(scratch, name);
  const report = join(scratch, `${name}.svrl`);
  writeFileSync(file, xml);
  const run = spawnSync('java', ['-jar', saxonJar, `-s:${file}`, `-xsl:${schematronXsl}`, `-o:${report}`], { encoding: 'utf8' });
  if (run.error || run.status !== 0) throw new Error(`Saxon failed (install libsaxonhe-java): ${run.error?.message ?? run.stderr}`);
  const svrl = readFileSync(report, 'utf8');
  expect(svrl).toContain('schematron-output');
  return [...svrl.matchAll(/<svrl:(failed-assert|successful-report)\b[\s\S]*?<\/svrl:\1>/g)].map((m) => m[0].replace(/\s+/g, ' ').slice(0, 300));
}

const data = { essay, blocks, sections, quotes, citations, references, notes, claims, people, places, organisations, events };

describe('the TEI export against tei_all (jing) and its Schematron rules', () => {
  it('has the schema, Saxon-HE and the compiled Schematron', () => {
    const found = need();
    for (const path of [found.schema, found.saxonJar, found.schematronXsl]) expect(existsSync(path), `${path}: no such file`).toBe(true);
  });

  it('toTei() is valid: zero errors', () => {
    expect(validate('essay.tei.xml', toTei())).toEqual({ status: 0, errors: [] });
  });

  it('toTei() breaks none of the Schematron rules: zero failed asserts and reports', () => {
    expect(schematron('essay.tei.xml', toTei())).toEqual([]);
  });

  it('the data-first form with no apparatus is valid too', () => {
    const bare = teiOf({ ...data, notes: [], quotes: [], citations: [], claims: [], events: [], people: [], places: [], organisations: [] });
    expect(validate('bare.tei.xml', bare)).toEqual({ status: 0, errors: [] });
  });

  it('the check fails on an invalid document (a <quote> with @who)', () => {
    const invalid = toTei().replace('<p xml:id="p1" n="1">', '<p xml:id="p1" n="1"><quote who="#lenin">x</quote>');
    const result = validate('invalid.tei.xml', invalid);
    expect(result.status).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/attribute "who" not allowed/);
  });

  it('the Schematron check fails on a document that breaks a rule (a relation with @active and @mutual)', () => {
    const broken = toTei().replace('<relation name="supports" ', '<relation mutual="#thesis" name="supports" ');
    expect(schematron('broken.tei.xml', broken).length).toBeGreaterThan(0);
  });
});
