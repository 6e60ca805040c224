import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { afterAll, describe, expect, it } from 'vitest';
import { blocks, notes, paragraphs, toTei } from '../../src/index.js';
import { correctedText, doubledMarks, teiTools } from '../support/tei.js';

// The TEI Consortium's Stylesheets (html.xsl, run with Saxon-HE): the export as TEI users see it.
const tools = teiTools(process.env, resolve, dirname);
const scratch = mkdtempSync(join(tmpdir(), 'tei-html-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The HTML the TEI Stylesheets make of a TEI document. */
function render(name: string, xml: string): Document {
  if (!tools) throw new Error('set TEI_ALL_RNG to the path of tei_all.rng (see the README)');
  const input = join(scratch, `${name}.xml`);
  const output = join(scratch, `${name}.html`);
  writeFileSync(input, xml);
  const run = spawnSync('java', ['-jar', tools.saxonJar, `-s:${input}`, `-xsl:${tools.htmlXsl}`, `-o:${output}`], { encoding: 'utf8' });
  if (run.error || run.status !== 0) throw new Error(`Saxon failed (install libsaxonhe-java): ${run.error?.message ?? run.stderr}`);
  return new DOMParser({ onError: () => undefined }).parseFromString(readFileSync(output, 'utf8'), 'text/html');
}

const elements = (root: Node): Element[] => {
  const out: Element[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 1) out.push(node as Element);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return out;
};
const classes = (element: Element): string[] => (element.getAttribute('class') ?? '').split(/\s+/);

/**
 * The text a reader sees: a browser shows marks around each HTML `q` (the Stylesheets make one of
 * a title of an article), and the Stylesheets' own brackets around a correction (`[…]`) and braces
 * around a `sic` (`{…}`) are taken off when `plain` is set, so that the words can be compared.
 */
function shownText(node: Node, plain: boolean): string {
  if (node.nodeType === 3 || node.nodeType === 4) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  let inner = '';
  for (let child = element.firstChild; child; child = child.nextSibling) inner += shownText(child, plain);
  if (element.localName === 'q') return `“${inner}”`;
  if (plain && classes(element).includes('corr') && /^\[[\s\S]*\]$/.test(inner)) return inner.slice(1, -1);
  if (plain && classes(element).includes('sic') && /^\{[\s\S]*\}$/.test(inner)) return inner.slice(1, -1);
  return inner;
}

const htmlParagraphs = (html: Document): Map<string, Element> =>
  new Map(
    elements(html)
      .filter((e) => e.localName === 'p' && /^p[0-9]+$/.test(e.getAttribute('id') ?? ''))
      .map((e) => [e.getAttribute('id')!, e]),
  );
/** The notes' text shown inside paragraphs: elements the Stylesheets class `note` or `noteLabel`, and "Note:" labels. */
const notesInParagraphs = (html: Document): string[] =>
  [...htmlParagraphs(html).values()].flatMap((p) => [
    ...elements(p)
      .filter((e) => classes(e).some((c) => c === 'note' || c === 'noteLabel'))
      .map((e) => `${p.getAttribute('id')}: ${e.textContent!.slice(0, 60)}`),
    ...(/Note: /.test(p.textContent ?? '') ? [`${p.getAttribute('id')}: Note:`] : []),
  ]);
const body = (html: Document): Element => elements(html).find((e) => e.localName === 'body')!;

const sourceDoubled = doubledMarks(blocks.map((block) => block.text).join('\n'));
const tei = toTei();
const html = render('essay', tei);

describe('the TEI export rendered by the TEI Stylesheets (html.xsl)', () => {
  it('shows no more doubled quotation marks than the source prints (one: “legality’’”)', () => {
    expect(sourceDoubled).toEqual(['’’']);
    expect(doubledMarks(shownText(body(html), false))).toEqual(sourceDoubled);
  });

  it('shows no note text inside a paragraph; the notes are shown in their own division', () => {
    expect(htmlParagraphs(html).size).toBe(paragraphs.length);
    expect(notesInParagraphs(html)).toEqual([]);
    const shown = body(html).textContent!;
    for (const note of notes) expect(shown, note.id).toContain(note.note);
  });

  it('each paragraph reads as in the essay, with the corrections the HTML applies in place', () => {
    const byId = htmlParagraphs(html);
    let corrected = 0;
    for (const paragraph of paragraphs) {
      const expected = correctedText(paragraph.id, paragraph.text);
      if (expected !== paragraph.text) corrected++;
      expect(shownText(byId.get(paragraph.id)!, true), paragraph.id).toBe(expected);
    }
    expect(corrected).toBe(new Set(notes.filter((n) => n.correction !== null && n.blockId.startsWith('p')).map((n) => n.blockId)).size);
    expect(corrected).toBeGreaterThan(15);
  });

  it('the checks fail on the faults they look for: marks added around quotations, notes inline', () => {
    // Without @rend the Stylesheets add their own marks around every quotation, term and title.
    const marked = render('marked', tei.replaceAll(' rend="printed-marks"', ''));
    expect(doubledMarks(shownText(body(marked), false)).length).toBeGreaterThan(20);
    // A note inside a paragraph is shown there.
    const inline = render('inline', tei.replace('<p xml:id="p2" n="2">', '<p xml:id="p2" n="2"><note>An inline note.</note>'));
    expect(notesInParagraphs(inline).length).toBeGreaterThan(0);
    const p2 = htmlParagraphs(inline).get('p2')!;
    expect(shownText(p2, true)).not.toBe(correctedText('p2', paragraphs.find((p) => p.id === 'p2')!.text));
  });
});
