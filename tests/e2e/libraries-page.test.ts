import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExamplePage, type OpenPage } from './support/example-page.js';
import { events, places, quotes, toGraph } from '../../src/index.js';

const output = fileURLToPath(new URL('./output/', import.meta.url));
let opened: OpenPage;
let page: Page;
let problems: string[];
let requests: string[];

beforeAll(async () => {
  opened = await openExamplePage('libraries.html');
  ({ page, problems, requests } = opened);
});

afterAll(() => opened?.close());

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
