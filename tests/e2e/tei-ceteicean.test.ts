import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citations, claims, events, notes, organisations, paragraphs, people, places, quotes, references } from '../../src/index.js';
import { launchChromium } from './support/example-page.js';

// The built package, as a consumer gets it (run `npm run build` first).
const { toTei } = (await import(fileURLToPath(new URL('../../dist/index.js', import.meta.url)))) as typeof import('../../src/index.js');
const ceteicean = fileURLToPath(new URL('../../node_modules/CETEIcean/dist/CETEI.js', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
// The page loads CETEIcean and lets it fetch the document, as an edition's page would.
const pageHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script src="CETEI.js"></script></head>
<body><main id="tei"></main>
<script>
new CETEI().getHTML5('essay.tei.xml', (dom) => {
  document.getElementById('tei').appendChild(dom);
  document.body.dataset.ready = 'true';
});
</script></body></html>`;
const files: Record<string, [string, string]> = {
  '/': ['text/html; charset=utf-8', pageHtml],
  '/CETEI.js': ['text/javascript; charset=utf-8', readFileSync(ceteicean, 'utf8')],
  '/essay.tei.xml': ['application/xml; charset=utf-8', toTei()],
};
let server: Server;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const file = files[request.url ?? ''];
    response.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain' });
    response.end(file?.[1] ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request: ${request.url()}`));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const count = (selector: string) => page.locator(selector).count();
const sum = (records: readonly { mentions: readonly unknown[] }[]) => records.reduce((n, r) => n + r.mentions.length, 0);

describe('the TEI export rendered by CETEIcean in Chromium', () => {
  it('renders the text: every paragraph, with its printed words', async () => {
    expect(await count('tei-text tei-body tei-p')).toBe(paragraphs.length);
    // Leaving out the corrections and regularisations, and the originals CETEIcean keeps hidden.
    const texts = await page.locator('tei-text tei-body tei-p').evaluateAll((elements) =>
      elements.map((element) => {
        const clone = element.cloneNode(true) as typeof element;
        for (const left of clone.querySelectorAll('tei-choice > tei-corr, tei-choice > tei-reg, cetei-original')) left.remove();
        return clone.textContent;
      }),
    );
    expect(texts).toEqual(paragraphs.map((p) => p.text));
    // The header is there, hidden as CETEIcean hides it.
    expect(await page.locator('tei-teiheader').isHidden()).toBe(true);
    expect(await page.locator('tei-teiheader tei-edition').getAttribute('n')).toBe(version);
  });

  it('renders every quotation, citation, mention and note of the text as a custom element', async () => {
    const quoted =
      (await count('tei-text tei-quote[id]:not([prev])')) + (await count('tei-text tei-socalled')) + (await count('tei-text tei-title[id]:not([prev])'));
    expect(quoted - 1).toBe(quotes.length); // the pull quote is a quote too
    expect(await count('tei-text tei-p tei-bibl:not([prev]), tei-text tei-head tei-bibl:not([prev])')).toBe(citations.length);
    expect((await count('tei-text tei-persname:not([prev])')) + (await count('tei-text tei-rs[type="person"]:not([prev])'))).toBe(sum(people));
    expect((await count('tei-text tei-placename:not([prev])')) + (await count('tei-text tei-rs[type="place"]:not([prev])'))).toBe(sum(places));
    expect((await count('tei-text tei-orgname:not([prev])')) + (await count('tei-text tei-rs[type="org"]:not([prev])'))).toBe(sum(organisations));
    expect(await count('tei-text tei-div[type="notes"] > tei-note')).toBe(notes.length);
    expect(await count('tei-text tei-p tei-note')).toBe(0);
    expect(await count('tei-text tei-seg[type="claim"]:not([corresp]):not([prev])')).toBe(claims.length);
    expect(await count('tei-listbibl > tei-bibl')).toBe(references.length);
    expect(await page.locator('tei-quote[id="p10-q2"]').getAttribute('source')).toBe('#p10-c1');
  });

  it('renders the stand-off lists', async () => {
    expect(await count('tei-standoff tei-person')).toBe(people.length);
    expect(await count('tei-standoff tei-place')).toBe(places.length);
    expect(await count('tei-standoff tei-org')).toBe(organisations.length);
    expect(await count('tei-standoff tei-event')).toBe(events.length);
  });

  it('logs no error', () => {
    expect(problems).toEqual([]);
  });
});
