import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { events, getBlock, quotesIn, toGraph } from '../src/index.js';
import { readText } from './support/data.js';

const dir = new URL('./recipes/', import.meta.url);
const recipes = readdirSync(dir).filter((name) => name.endsWith('.ts'));
const markdown = readText('docs/recipes.md');

// The visualisation recipes of docs/recipes.md live in tests/recipes/, where `npm run typecheck`
// checks them under strict; the guide shows them importing the package.
describe('visualisation recipes', () => {
  it('docs/recipes.md shows each one as checked', () => {
    expect(recipes.sort()).toEqual(['cytoscape.ts', 'd3-force.ts', 'highlight.ts', 'leaflet.ts', 'vis-timeline.ts']);
    for (const name of recipes) {
      const code = readFileSync(new URL(name, dir), 'utf8').replace("'../../src/index.js'", "'destalinisation-essay'");
      expect(markdown, name).toContain(`\`\`\`ts\n${code}\`\`\``);
    }
  });

  it('vis-timeline: one item per event, with an exclusive end', async () => {
    const { items, groups } = await import('./recipes/vis-timeline.js');
    expect(items).toHaveLength(events.length);
    expect(groups).toHaveLength(4);
    // "in fall 1956" is 1 September to 30 November: the exclusive end is 1 December.
    expect(items.find((i) => i.id === 'ussr-dprk-break')).toMatchObject({ start: '1956-09-01', end: '1956-12-01', group: 'north-korea' });
    expect(items.find((i) => i.id === 'secret-speech')).toMatchObject({ start: '1956-02-25', end: '1956-02-26' });
  });

  it('cytoscape: every node and link, and no invented ids', async () => {
    const { cy } = await import('./recipes/cytoscape.js');
    const graph = toGraph({ kinds: ['person', 'event'], dropIsolated: true });
    expect(cy.nodes().length).toBe(graph.nodes.length);
    expect(
      cy
        .edges()
        .map((e) => e.id())
        .sort(),
    ).toEqual(graph.links.map((l) => l.id).sort());
  });

  it('d3-force: the links resolve to nodes', async () => {
    const { simulation } = await import('./recipes/d3-force.js');
    const nodes = simulation.nodes();
    expect(nodes.length).toBe(toGraph({ dropIsolated: true }).nodes.length);
    expect(nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
  });

  it('highlight: one <q> per quote of the block, Lenin’s inside Khrushchev’s, and the browser’s quotation marks turned off', async () => {
    const { html, css } = await import('./recipes/highlight.js');
    for (const quote of quotesIn('p10')) expect(html.split(`data-quote-id="${quote.id}"`)).toHaveLength(2);
    expect(html.match(/<q /g)).toHaveLength(quotesIn('p10').length);
    // Lenin's words open inside Khrushchev's, after the essay's own opening mark of them.
    expect(html).toMatch(/<q class="quotation" data-quote-id="p10-q1">[^<]*&#34;<q class="quotation" data-quote-id="p10-q2">/);
    expect(html.replace(/<[^>]+>/g, '')).toBe(getBlock('p10').text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`));
    expect(css).toBe('q { quotes: none; }');
  });
});
