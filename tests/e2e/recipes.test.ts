/**
 * The visualisation recipes of docs/recipes.md, run in Chromium: each is bundled from
 * tests/recipes/ (the code the guide shows) with its library from node_modules, handed to the
 * library in a page of its own with the least glue, checked for what it draws, and screenshotted to
 * tests/e2e/output/recipe-<name>.png. Any console error or page error fails the test.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events, getBlock, places, quotesIn, segments, toGraph } from '../../src/index.js';
import { launchChromium } from './support/example-page.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const output = fileURLToPath(new URL('./output/', import.meta.url));
const resolvePackage = createRequire(import.meta.url).resolve;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(output, { recursive: true });
});
afterAll(() => browser?.close());

/** A recipe's page: its body, the style sheets it loads, and the script (bundled) that draws it. */
interface RecipePage {
  readonly body: string;
  readonly styles?: readonly string[];
  readonly css?: string;
  readonly entry: string;
}

/** Opens the page, runs the bundled entry, and waits for `window.drawn`. */
async function runRecipe({ body, styles = [], css = '', entry }: RecipePage): Promise<{ page: Page; problems: string[] }> {
  const bundled = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>recipe</title></head><body>${body}</body></html>`);
  for (const path of styles) await page.addStyleTag({ path: resolvePackage(path) });
  if (css) await page.addStyleTag({ content: css });
  await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
  await page.waitForFunction('window.drawn !== undefined', undefined, { timeout: 30_000 }).catch((error: Error) => {
    throw new Error(`${error.message}; the page reported: ${problems.join('; ') || 'nothing'}`);
  });
  return { page, problems };
}

/** The text Chromium renders inside `#text`, generated content (a `<q>`'s marks) included, read from its accessibility tree. */
async function renderedText(page: Page): Promise<string> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string }; name?: { value?: string } }[] };
  await session.detach();
  return nodes
    .filter((node) => node.role?.value === 'StaticText')
    .map((node) => node.name?.value ?? '')
    .join('');
}

const quotationMarks = (text: string): number => (text.match(/[“”‘’"]/g) ?? []).length;

describe('the visualisation recipes in Chromium', () => {
  it('vis-timeline: one item per event, in four rows', async () => {
    const { page, problems } = await runRecipe({
      body: '<div id="timeline"></div>',
      styles: ['vis-timeline/styles/vis-timeline-graph2d.min.css'],
      entry: `
        import { Timeline } from 'vis-timeline/standalone';
        import { groups, items } from './tests/recipes/vis-timeline.ts';
        const timeline = new Timeline(document.getElementById('timeline'), items, groups, { dataAttributes: ['id'] });
        // Fit the window to the items now (vis-timeline does so a moment after the first drawing).
        timeline.fit({ animation: false });
        window.drawn = true;
      `,
    });
    const ids = await page.$$eval('.vis-item[data-id]', (nodes) => nodes.map((n) => n.getAttribute('data-id')));
    expect(ids.sort()).toEqual(events.map((e) => e.id).sort());
    expect(await page.locator('.vis-label').allTextContents()).toEqual(['Soviet Union', 'Poland', 'China', 'North Korea']);
    // The axis runs over the years of the events (1953 to 1970), not the days around today.
    const years = (await page.locator('.vis-time-axis .vis-text.vis-major, .vis-time-axis .vis-text.vis-minor').allTextContents()).join(' ');
    expect(years).toMatch(/\b195\d\b/);
    expect(years).not.toMatch(/\b20\d\d\b/);
    await page.screenshot({ path: `${output}recipe-vis-timeline.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('Leaflet: one marker per place with coordinates, each with its tooltip', async () => {
    const { page, problems } = await runRecipe({
      body: '<div id="map" style="width:960px;height:640px"></div>',
      styles: ['leaflet/dist/leaflet.css'],
      entry: `
        import * as L from 'leaflet';
        import { drawPlaces } from './tests/recipes/leaflet.ts';
        const map = L.map(document.getElementById('map'));
        const layer = drawPlaces(map);
        map.fitBounds(layer.getBounds(), { padding: [30, 30] });
        window.drawn = layer.getLayers().map((marker) => marker.getTooltip().getContent());
      `,
    });
    const drawn = (await page.evaluate('window.drawn')) as string[];
    expect(drawn).toHaveLength(places.filter((place) => place.coordinates !== null).length);
    expect(drawn).toEqual(expect.arrayContaining([expect.stringMatching(/^Moscow: \d+ events$/)]));
    expect(await page.locator('#map path.leaflet-interactive').count()).toBe(drawn.length);
    await page.screenshot({ path: `${output}recipe-leaflet.png` });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('Cytoscape: the recipe’s elements, in a page as its comment says (a container for headless), give every node and link', async () => {
    const { page, problems } = await runRecipe({
      body: '<div id="network" style="width:960px;height:640px"></div>',
      entry: `
        import cytoscape from 'cytoscape';
        import { elements } from './tests/recipes/cytoscape.ts';
        const cy = cytoscape({
          container: document.getElementById('network'),
          elements,
          layout: { name: 'cose', animate: false },
          style: [{ selector: 'node', style: { label: 'data(label)', 'font-size': 8 } }],
        });
        window.drawn = { nodes: cy.nodes().length, edges: cy.edges().length };
      `,
    });
    const graph = toGraph({ kinds: ['person', 'event'], dropIsolated: true });
    expect(await page.evaluate('window.drawn')).toEqual({ nodes: graph.nodes.length, edges: graph.links.length });
    expect(await page.locator('#network canvas').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${output}recipe-cytoscape.png` });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('d3-force: the simulated nodes and links, drawn as SVG', async () => {
    const { page, problems } = await runRecipe({
      body: '<svg id="network" width="960" height="640"></svg>',
      entry: `
        import { simulation } from './tests/recipes/d3-force.ts';
        const nodes = simulation.nodes();
        const links = simulation.force('link').links();
        const xs = nodes.map((n) => n.x);
        const ys = nodes.map((n) => n.y);
        const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        const x = (v) => 20 + ((v - x0) / (x1 - x0 || 1)) * 920;
        const y = (v) => 20 + ((v - y0) / (y1 - y0 || 1)) * 600;
        const colours = { person: '#2b5c9e', event: '#b23a3a', place: '#2f7d4f', organisation: '#c27c0e', claim: '#6b4c9a', reference: '#555' };
        const svg = document.getElementById('network');
        svg.innerHTML =
          links.map((l) => '<line stroke="#bbb" x1="' + x(l.source.x) + '" y1="' + y(l.source.y) + '" x2="' + x(l.target.x) + '" y2="' + y(l.target.y) + '"/>').join('') +
          nodes.map((n) => '<circle r="4" fill="' + (colours[n.kind] ?? '#000') + '" cx="' + x(n.x) + '" cy="' + y(n.y) + '"/>').join('');
        window.drawn = { nodes: nodes.length, links: links.length, resolved: links.every((l) => typeof l.source === 'object' && typeof l.target === 'object') };
      `,
    });
    const graph = toGraph({ dropIsolated: true });
    expect(await page.evaluate('window.drawn')).toEqual({ nodes: graph.nodes.length, links: graph.links.length, resolved: true });
    expect(await page.locator('#network circle').count()).toBe(graph.nodes.length);
    await page.screenshot({ path: `${output}recipe-d3-force.png` });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('highlighted text: one <q> per quotation of p10, nested inside its parent, and no quotation mark the essay did not print', async () => {
    const shown =
      'q.quotation { background: #fde8b0; } q.term { background: #dbe8f7; } q.title { background: #e6dcf5; } q q { box-shadow: inset 0 -2px 0 #9b2c2c; }';
    const { page, problems } = await runRecipe({
      body: '<p id="text" style="max-width:900px;font:18px/1.6 Georgia,serif"></p>',
      css: shown,
      entry: `
        import { css, html } from './tests/recipes/highlight.ts';
        document.getElementById('text').innerHTML = html;
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
        window.drawn = true;
      `,
    });
    const text = getBlock('p10').text;
    const ids = await page.$$eval('#text q', (nodes) => nodes.map((n) => n.getAttribute('data-quote-id')));
    expect(ids.sort()).toEqual(
      quotesIn('p10')
        .map((q) => q.id)
        .sort(),
    );
    expect(await page.locator('#text q[data-quote-id="p10-q1"] > q[data-quote-id="p10-q2"]').count()).toBe(1);
    // What Chromium shows is the essay's text, its own quotation marks and no more.
    const rendered = await renderedText(page);
    expect(quotationMarks(text)).toBeGreaterThan(0);
    expect(quotationMarks(rendered)).toBe(quotationMarks(text));
    expect(rendered).toBe(text);
    await page.screenshot({ path: `${output}recipe-highlight.png`, fullPage: true });

    // The check can fail: the recipe's former version (a <q> per segment, no style) gave the
    // browser's marks around each of its fragments.
    const fragments = segments('p10').flatMap((s) => s.quotes.map(() => s));
    await page.evaluate(`document.querySelectorAll('style').forEach((s) => s.textContent.includes('quotes') && s.remove())`);
    const former = segments('p10')
      .map((s) =>
        s.quotes.reduceRight(
          (inner, q) => `<q data-quote-id="${q.id}">${inner}</q>`,
          s.text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`),
        ),
      )
      .join('');
    await page.evaluate(`document.getElementById('text').innerHTML = ${JSON.stringify(former)}`);
    expect(quotationMarks(await renderedText(page))).toBe(quotationMarks(text) + 2 * fragments.length);
    expect(problems).toEqual([]);
    await page.close();
  });
});
