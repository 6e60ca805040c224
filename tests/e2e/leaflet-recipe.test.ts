/**
 * The Leaflet recipe of docs/recipes.md needs a page: run it in Chromium, bundled from
 * tests/recipes/leaflet.ts (the code the guide shows) with Leaflet from node_modules.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { places } from '../../src/index.js';
import { launchChromium } from './support/example-page.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('the Leaflet recipe in Chromium', () => {
  it('draws one marker per place with coordinates, each with its tooltip, without errors', async () => {
    const entry = `
      import * as L from 'leaflet';
      import { drawPlaces } from './tests/recipes/leaflet.ts';
      const map = L.map(document.getElementById('map')).setView([52, 40], 3);
      const layer = drawPlaces(map);
      window.drawn = layer.getLayers().map((marker) => marker.getTooltip().getContent());
    `;
    const bundled = await build({
      stdin: { contents: entry, resolveDir: root, loader: 'ts' },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.setContent('<!doctype html><html><body><div id="map" style="width:800px;height:600px"></div></body></html>');
    await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
    const drawn = (await page.evaluate('window.drawn')) as string[];
    const located = places.filter((place) => place.coordinates !== null);
    expect(drawn).toHaveLength(located.length);
    expect(drawn.sort()).toEqual(expect.arrayContaining([expect.stringMatching(/^Moscow: \d+ events$/)]));
    expect(problems).toEqual([]);
  });
});
