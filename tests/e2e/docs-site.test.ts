/**
 * The documentation site as built (`npm run docs`) and served (`npm run demo`, at /docs/api/), in
 * Chromium: the API reference's home page with its favicon and module names, and the two example
 * pages inside the site, which draw from the site's own copy of the package and fail on any console
 * error, failed request or request off the machine.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script without types
import { buildSite } from '../../scripts/build-site.mjs';
// @ts-expect-error a plain ES module script without types
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { launchChromium } from './support/example-page.js';

const output = fileURLToPath(new URL('./output/', import.meta.url));
let site = '';
let server: Server;
let siteUrl = '';
let browser: Browser;

beforeAll(async () => {
  site = buildSite(mkdtempSync(join(tmpdir(), 'destalinisation-site-e2e-'))) as string;
  ({ server, siteUrl } = (await startDemoServer(0, { site })) as { server: Server; siteUrl: string });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(site, { recursive: true, force: true });
});

/** Opens a page of the site, recording what goes wrong and every request off the site's origin. */
async function open(path: string, ready: string) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(siteUrl).origin) && !request.url().startsWith('data:')) problems.push(`off the machine: ${request.url()}`);
  });
  await page.goto(new URL(path, siteUrl).href);
  await page.waitForSelector(ready, { timeout: 30_000 });
  return { page, problems };
}

describe('the documentation site, served', () => {
  it('shows the API reference with its favicon and the modules named as they are imported', async () => {
    const { page, problems } = await open('', '.tsd-navigation, .site-menu');
    const icon = await page.getAttribute('link[rel="icon"]', 'href');
    expect(icon).toBe('assets/favicon.svg');
    const favicon = await page.request.get(new URL(icon!, siteUrl).href);
    expect([favicon.status(), favicon.headers()['content-type']]).toEqual([200, 'image/svg+xml']);
    const modules = await page.request.get(new URL('modules.html', siteUrl).href);
    const html = await modules.text();
    expect(html).toContain('destalinisation-essay/schema');
    expect(html).toContain('destalinisation-essay/edition');
    expect(html).not.toMatch(/>index</);
    mkdirSync(output, { recursive: true });
    await page.screenshot({ path: `${output}docs-site.png` });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('runs the three example pages from inside the site', async () => {
    // What each draws: the quotations marked, or the TEI document's 29 paragraphs.
    const drawn = {
      'docs/examples/index.html': ['[data-quote-id]', 60],
      'docs/examples/libraries.html': ['[data-quote-id]', 60],
      'docs/examples/tei.html': ['tei-body tei-p', 28],
    } as const;
    for (const [file, [selector, atLeast]] of Object.entries(drawn)) {
      const { page, problems } = await open(file, 'body[data-ready="true"]');
      expect(await page.locator(selector).count(), file).toBeGreaterThan(atLeast);
      expect(problems, file).toEqual([]);
      await page.close();
    }
  });
});
