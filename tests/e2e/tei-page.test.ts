import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocks, notes, paragraphs } from '../../src/index.js';
import { correctedText, doubledMarks } from '../support/tei.js';
import { openExamplePage, type OpenPage } from './support/example-page.js';

// The TEI page of the examples (docs/examples/tei.html): the built package's toTei() in CETEIcean,
// with the package's stylesheet tei.css and a toggle for the corrected reading.
const output = fileURLToPath(new URL('./output/', import.meta.url));
let opened: OpenPage;
let page: Page;

beforeAll(async () => {
  opened = await openExamplePage('tei.html');
  page = opened.page;
});

afterAll(() => opened?.close());

/** What a reader sees of each paragraph (its rendered text, runs of spaces as one, as a browser shows them). */
const shownParagraphs = (): Promise<string[]> =>
  // biome-ignore lint/performance/useDomNodeTextContent: innerText is the text as shown, which the CSS of the readings decides
  page.locator('tei-text tei-body tei-p').evaluateAll((elements) => elements.map((element) => (element as unknown as { innerText: string }).innerText));
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the TEI page: CETEIcean with the package’s stylesheet, in Chromium', () => {
  it('shows the printed reading: every paragraph as the essay prints it, misspellings and missing spaces included', async () => {
    expect(await page.locator('#show-corrections').isChecked()).toBe(false);
    const shown = await shownParagraphs();
    expect(shown).toHaveLength(paragraphs.length);
    expect(shown.map(collapse)).toEqual(paragraphs.map((p) => collapse(p.text)));
    // "de-Stalinsation" alone, never run together with its correction.
    expect(shown[0]).toContain('‘de-Stalinsation’');
    expect(shown.join(' ')).not.toContain('de-Stalinsationde-Stalinisation');
  });

  it('shows the corrected reading on demand, and the printed one again', async () => {
    await page.locator('#show-corrections').check();
    const shown = await shownParagraphs();
    expect(shown.map(collapse)).toEqual(paragraphs.map((p) => collapse(correctedText(p.id, p.text))));
    expect(shown[0]).toContain('‘de-Stalinisation’');
    expect(shown[16]).toContain('Władysław Gomułka’s (1956)');
    await page.locator('#show-corrections').uncheck();
    expect((await shownParagraphs()).map(collapse)).toEqual(paragraphs.map((p) => collapse(p.text)));
  });

  it('adds no quotation marks, hides the header and the stand-off lists, and shows the notes after the text', async () => {
    // The reading text: the front, the body and the bibliography (a note may quote an irregular mark).
    const shownText = (await page.locator('tei-front, tei-body, tei-div[type="bibliography"]').allInnerTexts()).join('\n');
    expect(doubledMarks(shownText)).toEqual(doubledMarks(blocks.map((b) => b.text).join('\n')));
    expect(await page.locator('tei-teiheader').isVisible()).toBe(false);
    expect(await page.locator('tei-standoff').isVisible()).toBe(false);
    expect(await page.locator('tei-text tei-p tei-note').count()).toBe(0);
    const listed = await page.locator('tei-div[type="notes"] > tei-note').allInnerTexts();
    expect(listed.map(collapse)).toEqual(notes.map((n) => collapse(n.note)));
  });

  it('loads nothing from outside, logs no error, and takes a screenshot', async () => {
    mkdirSync(output, { recursive: true });
    // The top of the page in the printed reading, and paragraphs 16 and 17 in the corrected one.
    const top = await page.screenshot({ path: `${output}tei.png`, fullPage: false });
    await page.locator('#show-corrections').check();
    await page.locator('tei-p[id="p16"]').scrollIntoViewIfNeeded();
    const corrected = await page.locator('tei-p[id="p16"]').screenshot({ path: `${output}tei-corrected.png` });
    expect(top.length).toBeGreaterThan(10_000);
    expect(corrected.length).toBeGreaterThan(10_000);
    await page.locator('#show-corrections').uncheck();
    expect(opened.problems).toEqual([]);
    expect(opened.requests.filter((url) => !url.startsWith('http://127.0.0.1:') && !url.startsWith('data:'))).toEqual([]);
  });
});
