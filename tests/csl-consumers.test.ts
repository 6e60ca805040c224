import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';
import { citations, references, toCslJson } from '../src/index.js';
import { toCslJson as cslJsonOf } from '../src/edition.js';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The CSL project's own JSON schemas (see tests/support/csl-schema/README.md) and a real style and
// locale: APA and en-US as @citation-js/plugin-csl ships them.
const schemaDir = new URL('./support/csl-schema/', import.meta.url);
const cslData = JSON.parse(readFileSync(new URL('csl-data.json', schemaDir), 'utf8')) as object;
const cslCitation = JSON.parse(readFileSync(new URL('csl-citation.json', schemaDir), 'utf8')) as object;
const require = createRequire(import.meta.url);
const styles = require('@citation-js/plugin-csl/lib/styles.json') as Record<string, string>;
const locales = require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>;

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(cslData);
const validateItems = ajv.compile(cslData);
const validateCitation = ajv.compile(cslCitation);

/** What the CLI writes for `export --format csl`, read back as JSON. */
function cliCsl(): unknown {
  const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
  const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  return JSON.parse(execFileSync(tsx, [cli, 'export', '--format', 'csl'], { encoding: 'utf8' }));
}

describe('toCslJson against the CSL schemas (ajv)', () => {
  const { items, citations: cslCitations } = toCslJson();

  it('the items are a CSL-JSON array that csl-data.json accepts', () => {
    expect(validateItems(items), JSON.stringify(validateItems.errors)).toBe(true);
    expect(items).toHaveLength(references.length);
  });

  it('export --format csl writes that bare array', () => {
    const written = cliCsl();
    expect(Array.isArray(written)).toBe(true);
    expect(validateItems(written), JSON.stringify(validateItems.errors)).toBe(true);
    expect(written).toEqual(items);
  }, 60_000);

  it('every citation is a CSL citation object that csl-citation.json accepts', () => {
    for (const citation of cslCitations) expect(validateCitation(citation), `${citation.citationID}: ${JSON.stringify(validateCitation.errors)}`).toBe(true);
    expect(cslCitations).toHaveLength(citations.length);
  });

  it('the schemas catch what the export must not do (broken fixtures)', () => {
    const [first] = items;
    // A field outside CSL 1.0.2, an EDTF string as a date, a citation without its schema.
    expect(validateItems([{ ...first, edition_note: 'x' }])).toBe(false);
    expect(validateItems([{ ...first, issued: '1956-10' }])).toBe(false);
    expect(validateItems({ items })).toBe(false);
    const { schema: _, ...withoutSchema } = cslCitations[0]!;
    expect(validateCitation(withoutSchema)).toBe(false);
  });

  it('the six narrative citations, and only they, suppress the author', () => {
    const narrative = citations.filter((c) => c.form === 'narrative').map((c) => c.id);
    expect(narrative).toEqual(['p3-c1', 'p3-c3', 'p4-c1', 'p7-c1', 'p17-c1', 'p24-c1']);
    const suppressed = cslCitations.filter((c) => c.citationItems[0]['suppress-author'] === true).map((c) => c.citationID);
    expect(suppressed).toEqual(narrative);
  });

  it('Kramer 1995: the double issue 6/7 is the issue only, not also the volume', () => {
    const kramer = items.find((item) => item.id === 'kramer-1995')!;
    expect(kramer).toMatchObject({ type: 'article-journal', issue: '6/7', page: '170-185' });
    expect(kramer).not.toHaveProperty('volume');
  });

  it('the data-first form reads only the data it is given', () => {
    const jones = references.find((r) => r.id === 'jones-2006')!;
    const citation = citations.find((c) => c.id === 'p3-c1')!;
    const small = cslJsonOf({ references: [jones], citations: [citation] });
    expect(small.items.map((i) => i.id)).toEqual(['jones-2006']);
    expect(small.citations[0]!.citationItems[0]).toEqual({ id: 'jones-2006', locator: '2', label: 'page', 'suppress-author': true });
    expect(validateItems(small.items)).toBe(true);
    expect(() => cslJsonOf({ references: [jones] } as never)).toThrow(/citations is undefined/);
    expect(() => cslJsonOf(null as never)).toThrow(TypeError);
  });
});

describe('toCslJson rendered by citeproc-js with APA (en-US)', () => {
  const { items, citations: cslCitations } = toCslJson();
  const byId = new Map(items.map((item) => [item.id, item]));
  const engine = () =>
    new CSL.Engine(
      { retrieveLocale: (lang) => locales[lang] ?? locales['en-US']!, retrieveItem: (id) => structuredClone(byId.get(id)) },
      styles['apa']!,
      'en-US',
    );
  const plain = (html: string) =>
    html
      .replace(/<[^>]+>/g, '')
      .replace(/&#38;/g, '&')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim();

  it('renders every item, without errors', () => {
    const processor = engine();
    processor.updateItems(items.map((item) => item.id));
    const result = processor.makeBibliography();
    expect(result).not.toBe(false);
    const [meta, entries] = result as Exclude<typeof result, false>;
    expect(meta.bibliography_errors).toEqual([]);
    expect(entries).toHaveLength(14);
    const text = entries.map(plain);
    // Expected forms written from the APA 7 reference-list rules, not from the output: a journal
    // numbered by issue alone gives the issue in parentheses where the volume would be.
    expect(text).toContain('Filtzer, D. (1993). The Khrushchev Era: De-Stalinisation and the Limits of Reform in the USSR, 1953-1964. Macmillan.');
    expect(text.find((entry) => entry.startsWith('Kramer'))).toBe(
      'Kramer, M. (1995). The USSR Foreign Ministry’s Appraisal of Sino-Soviet Relations on the Eve of the Split, September 1959. Cold War International History Project Bulletin, (6/7), 170–185.',
    );
    expect(text.join('\n')).not.toMatch(/6\/7 \(6\/7\)/);
    for (const entry of text) expect(entry).not.toMatch(/undefined|\[CSL STYLE ERROR/);
  }, 60_000);

  it('renders every citation; a narrative one without its author', () => {
    const processor = engine();
    processor.updateItems(items.map((item) => item.id));
    // citeproc-js deletes a previewed citation's citationID: it is given a copy.
    const render = (id: string) => plain(processor.previewCitationCluster(structuredClone(cslCitations.find((c) => c.citationID === id)!), [], [], 'html'));
    for (const citation of cslCitations) expect(render(citation.citationID), citation.citationID).toMatch(/^\(.*\d{4}[ab]?(, (p|pp|para|paras)\. [\d–]+)?\)$/);
    expect(render('p5-c1')).toBe('(Filtzer, 1993, pp. 13–15)');
    expect(render('p3-c1')).toBe('(2006, p. 2)'); // "Jones (2006:2) points out"
    expect(render('p3-c2')).toBe('(Jones, 2006, p. 2)');
    expect(render('p24-c1')).toBe('(1999, p. 46)');
  }, 60_000);
});
