/**
 * Opens one of the example pages (served by the demo server) in Debian's Chromium, recording
 * every console error, page error, failed request and request made, and waits until the page says
 * it is ready.
 */
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error a plain ES module script without types
import { startDemoServer } from '../../../scripts/demo-server.mjs';

/** Chromium's path: Debian's, or `CHROMIUM_PATH`. */
export const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Launches headless Chromium with no network of its own (see the README's browser tests). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** An example page open in Chromium, with what went wrong on it and what it asked for. */
export interface OpenPage {
  readonly page: Page;
  readonly problems: string[];
  readonly requests: string[];
  close(): Promise<void>;
}

/** Serves the example pages, opens `file` (relative to `docs/examples/`) and waits for `body[data-ready]`. */
export async function openExamplePage(file = ''): Promise<OpenPage> {
  const { server, url } = (await startDemoServer(0)) as { server: Server; url: string };
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request: ${request.url()}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${url}${file}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  return {
    page,
    problems,
    requests,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}
