/**
 * The documentation site (`npm run docs`): the API reference, the guides and the example page,
 * with no broken local link, served as the demo server serves it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script without types
import { buildSite, checkOutputFolder, filesUnder, siteMarker } from '../../scripts/build-site.mjs';
// @ts-expect-error a plain ES module script without types
import { startDemoServer } from '../../scripts/demo-server.mjs';

/** The local targets of a page's links and sources that do not exist. */
function brokenLinks(site: string, page: string): string[] {
  const html = readFileSync(join(site, page), 'utf8');
  const targets = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
  return targets
    .filter((t) => !/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(t))
    .map((t) => t.replace(/[?#].*$/, ''))
    .filter((t) => t !== '')
    .filter((t) => {
      const path = join(dirname(join(site, page)), decodeURIComponent(t));
      if (!existsSync(path)) return true;
      return statSync(path).isDirectory() && !existsSync(join(path, 'index.html'));
    })
    .map((t) => `${page} → ${t}`);
}

describe('the documentation site', () => {
  let site = '';
  beforeAll(() => {
    site = buildSite(mkdtempSync(join(tmpdir(), 'destalinisation-site-'))) as string;
  }, 180_000);
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('holds the API reference, every guide and the example page with the package it imports', () => {
    const files = filesUnder(site) as string[];
    expect(files).toContain('index.html');
    for (const guide of ['data-model', 'editorial-policy', 'versioning', 'recipes', 'performance']) expect(files).toContain(`documents/${guide}.html`);
    expect(files).toEqual(expect.arrayContaining(['docs/examples/index.html', 'docs/examples/app.js', 'dist/index.js']));
    expect(readFileSync(join(site, 'functions/destalinisation-essay.getQuote.html'), 'utf8')).toContain('getQuote');
  });

  it('names its modules as they are imported, and has a favicon on every page', () => {
    const titles = ['destalinisation-essay', 'destalinisation-essay_schema', 'destalinisation-essay_edition'].map(
      (page) => readFileSync(join(site, `modules/${page}.html`), 'utf8').match(/<title>([^<]*)<\/title>/)?.[1],
    );
    expect(titles).toEqual([
      'destalinisation-essay | destalinisation-essay - v0.1.0',
      'destalinisation-essay/schema | destalinisation-essay - v0.1.0',
      'destalinisation-essay/edition | destalinisation-essay - v0.1.0',
    ]);
    expect(readFileSync(join(site, 'assets/favicon.svg'), 'utf8')).toBe(readFileSync(join(site, 'docs/examples/favicon.svg'), 'utf8'));
    const pages = (filesUnder(site) as string[]).filter((f) => f.endsWith('.html'));
    expect(pages.filter((page) => !/<link rel="icon" href="[^"]*favicon\.svg"/.test(readFileSync(join(site, page), 'utf8')))).toEqual([]);
  });

  it('is marked as made by the builder, so that the next build may replace it', () => {
    expect(existsSync(join(site, siteMarker))).toBe(true);
    expect(checkOutputFolder(site)).toBe(site);
  });

  it('is served by the demo server at /docs/api/, every local link of its home and example pages included', async () => {
    const { server, siteUrl } = (await startDemoServer(0, { site })) as { server: Server; siteUrl: string };
    try {
      for (const page of ['index.html', 'docs/examples/index.html', 'docs/examples/libraries.html', 'documents/recipes.html']) {
        const html = readFileSync(join(site, page), 'utf8');
        const targets = [...html.matchAll(/\s(?:href|src)="([^"#?]+)[^"]*"/g)].map((m) => m[1]!).filter((t) => !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(t));
        expect(targets.length, page).toBeGreaterThan(3);
        for (const target of new Set(targets)) {
          const url = new URL(target, new URL(page, siteUrl));
          const answer = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
          expect(answer.status, `${page} → ${target}`).toBe(200);
          await answer.arrayBuffer();
        }
      }
      const script = await fetch(new URL('dist/index.js', siteUrl), { signal: AbortSignal.timeout(10_000) });
      expect([script.status, script.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
      await script.arrayBuffer();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('has no broken local link on any page', () => {
    const pages = (filesUnder(site) as string[]).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.flatMap((page) => brokenLinks(site, page))).toEqual([]);
    // Every page links to the example page, relative to where it is.
    expect(readFileSync(join(site, 'documents/recipes.html'), 'utf8')).toContain('href="../docs/examples/index.html"');
  });

  it('the link check finds a broken link', () => {
    const page = 'documents/recipes.html';
    const html = readFileSync(join(site, page), 'utf8');
    expect(html).toMatch(/href="\.\.\/docs\/examples\/index\.html"/);
    const broken = join(site, 'broken.html');
    writeFileSync(broken, '<a href="nowhere.html">x</a><img src="docs/">');
    expect(brokenLinks(site, 'broken.html')).toEqual(['broken.html → nowhere.html', 'broken.html → docs/']);
  });
});
