/**
 * The documentation site (`npm run docs`): the API reference, the guides and the example page,
 * with no broken local link.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script without types
import { buildSite, filesUnder } from '../../scripts/build-site.mjs';

/** The local targets of a page's links and sources that do not exist. */
export function brokenLinks(site: string, page: string): string[] {
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
    expect(readFileSync(join(site, 'functions/index.getQuote.html'), 'utf8')).toContain('getQuote');
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
