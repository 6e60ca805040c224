import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script without types
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { events, places, quotes, toGraph } from '../../src/index.js';

const output = fileURLToPath(new URL('./output/', import.meta.url));
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
let server: Server;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  const started = (await startDemoServer(0)) as { server: Server; url: string };
  server = started.server;
  browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request: ${request.url()}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${started.url}libraries.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the libraries example in Chromium', () => {
  it('Leaflet draws one marker per place with coordinates', async () => {
    const located = places.filter((p) => p.coordinates !== null);
    expect(located.length).toBeGreaterThan(5);
    expect(await page.locator('#map path.place-marker').count()).toBe(located.length);
  });

  it('vis-timeline draws one item per event, in its case study’s row', async () => {
    const ids = await page.$$eval('#timeline .vis-item[data-id]', (nodes) => nodes.map((n) => n.getAttribute('data-id')));
    expect(ids.sort()).toEqual(events.map((e) => e.id).sort());
    expect(await page.locator('#timeline .vis-label').count()).toBe(4);
    expect(await page.locator('#timeline .vis-label').allTextContents()).toEqual(['Soviet Union', 'Poland', 'China', 'North Korea']);
  });

  it('Cytoscape has every graph node and link, with the package’s link ids', async () => {
    const graph = toGraph({ dropIsolated: true });
    type Collection = { map<T>(f: (element: { id(): string }) => T): T[] };
    const drawn = await page.evaluate(() => {
      const cy = (globalThis as unknown as { network: { nodes(): Collection; edges(): Collection } }).network;
      return { nodes: cy.nodes().map((n) => n.id()), edges: cy.edges().map((e) => e.id()) };
    });
    expect(drawn.nodes.sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(drawn.edges.sort()).toEqual(graph.links.map((l) => l.id).sort());
    expect(await page.locator('#network canvas').count()).toBeGreaterThan(0);
  });

  it('the essay marks every quotation, nested ones inside their parents', async () => {
    const ids = await page.$$eval('#essay [data-quote-id]', (nodes) => [...new Set(nodes.map((n) => n.getAttribute('data-quote-id')))]);
    expect(ids.sort()).toEqual(quotes.map((q) => q.id).sort());
    const text = await page.$$eval('#essay [data-quote-id="p10-q2"]', (nodes) => nodes.map((n) => n.textContent).join(''));
    expect(text).toBe(quotes.find((q) => q.id === 'p10-q2')!.text);
    expect(await page.locator('#essay [data-quote-id="p10-q1"] [data-quote-id="p10-q2"]').count()).toBeGreaterThan(0);
  });

  it('loads nothing from outside, logs no error, and takes a screenshot', async () => {
    mkdirSync(output, { recursive: true });
    const shot = await page.screenshot({ path: `${output}libraries.png`, fullPage: true });
    expect(shot.length).toBeGreaterThan(50_000);
    expect(requests.filter((url) => !url.startsWith('http://127.0.0.1:') && !url.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
