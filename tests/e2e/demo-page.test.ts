import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExamplePage, type OpenPage } from './support/example-page.js';
import { events, people, quotes } from '../../src/index.js';

const output = fileURLToPath(new URL('./output/', import.meta.url));
let opened: OpenPage;
let page: Page;
let problems: string[];

beforeAll(async () => {
  opened = await openExamplePage('');
  ({ page, problems } = opened);
});

afterAll(() => opened?.close());

describe('the example page in Chromium', () => {
  it('draws every event on the timeline, uncertain dates as such', async () => {
    const ids = await page.$$eval('#timeline [data-event-id]', (nodes) => nodes.map((n) => n.getAttribute('data-event-id')));
    expect(new Set(ids)).toEqual(new Set(events.map((e) => e.id)));
    expect(ids).toHaveLength(events.length);
    expect(await page.getAttribute('#timeline [data-event-id="khrushchev-becomes-leader"]', 'data-uncertain')).toBe('true');
    expect(await page.getAttribute('#timeline [data-event-id="secret-speech"]', 'data-uncertain')).toBe('false');
  });

  it('draws every person and every event in the network', async () => {
    const personIds = await page.$$eval('#network [data-person-id]', (nodes) => nodes.map((n) => n.getAttribute('data-person-id')));
    expect(new Set(personIds)).toEqual(new Set(people.map((p) => p.id)));
    expect(await page.locator('#network [data-event-id]').count()).toBe(events.length);
    expect(await page.locator('#network line.network-link').count()).toBe(events.reduce((n, e) => n + e.personIds.length, 0));
  });

  it('marks every quotation in the essay', async () => {
    const ids = await page.$$eval('#essay [data-quote-id]', (nodes) => nodes.map((n) => n.getAttribute('data-quote-id')));
    expect(ids.sort()).toEqual(quotes.map((q) => q.id).sort());
    expect(await page.locator('#essay [data-citation-id]').count()).toBe(44);
    expect(await page.textContent('#essay [data-quote-id="p10-q2"]')).toBe(quotes.find((q) => q.id === 'p10-q2')!.text);
  });

  it('clicking a quotation shows its speaker, source and locator', async () => {
    await page.click('#essay [data-quote-id="p10-q2"]');
    expect(await page.textContent('#panel [data-field="speaker"]')).toBe('Vladimir Lenin');
    expect(await page.textContent('#panel [data-field="source"]')).toMatch(/^Khrushchev, N\. 1956\. “Khrushchev’s ‘Secret Speech,’/);
    expect(await page.textContent('#panel [data-field="locator"]')).toBe('paras 8–9');
    await page.click('#essay [data-quote-id="p24-q1"]');
    expect(await page.textContent('#panel [data-field="speaker"]')).toBe('A. Lankov');
    expect(await page.textContent('#panel [data-field="locator"]')).toBe('p. 46');
  });

  it('takes a screenshot, and the page logged no error', async () => {
    mkdirSync(output, { recursive: true });
    await page.click('#essay [data-quote-id="p10-q2"]');
    const shot = await page.screenshot({ path: `${output}demo.png`, fullPage: true });
    expect(shot.length).toBeGreaterThan(50_000);
    expect(problems).toEqual([]);
  });
});
