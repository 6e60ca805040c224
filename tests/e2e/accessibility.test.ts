/**
 * The example pages pass axe-core: no violation of its default rules (WCAG 2 A and AA, and its
 * best practices) once each page has drawn; on the plain page none either once a quotation is
 * chosen, and a quotation nested in another is a mark inside its parent's button, not a second
 * button, reached from its parent's panel.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getBlock, quotes } from '../../src/index.js';
import { axeViolations } from './support/axe.js';
import { openExamplePage } from './support/example-page.js';

const output = fileURLToPath(new URL('./output/', import.meta.url));

describe('the example pages pass axe-core', () => {
  for (const file of ['index.html', 'libraries.html', 'tei.html']) {
    it(`${file}: no violation`, async () => {
      const opened = await openExamplePage(file);
      try {
        expect(await axeViolations(opened.page)).toEqual([]);
        expect(opened.problems).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }

  it('index.html: one button per outermost quotation; a nested one is chosen from its parent’s panel, and the page still passes', async () => {
    const { page, problems, close } = await openExamplePage('index.html');
    try {
      const outermost = quotes.filter((q) => q.parentId === null);
      const nested = quotes.filter((q) => q.parentId !== null);
      expect(nested.length).toBeGreaterThan(0);
      expect(await page.locator('#essay mark.quote[role="button"]').count()).toBe(outermost.length);
      expect(await page.locator('#essay mark.quote').count()).toBe(quotes.length);
      expect(await page.locator('#essay [role="button"] [role="button"]').count()).toBe(0);
      // The keyboard: focus Khrushchev's words, open them, then Lenin's words inside them.
      await page.focus('#essay mark[data-quote-id="p10-q1"]');
      await page.keyboard.press('Enter');
      await page.click('#panel button[data-show-quote="p10-q2"]');
      expect(await page.textContent('#panel dd[data-field="speaker"]')).toBe('Vladimir Lenin');
      expect(await page.locator('#essay mark.quote.selected').getAttribute('data-quote-id')).toBe('p10-q2');
      // And back to the quotation that holds it.
      expect(await page.locator('#panel [data-field="inside"] button').getAttribute('data-show-quote')).toBe('p10-q1');
      // The marks add no character: the paragraph reads as printed.
      expect(await page.textContent('#p10')).toBe(getBlock('p10').text);
      await page.locator('#p10').scrollIntoViewIfNeeded();
      mkdirSync(output, { recursive: true });
      await page.screenshot({ path: `${output}demo-nested-quote.png` });
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
