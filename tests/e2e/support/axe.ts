/**
 * axe-core in Chromium: injects its script (from node_modules) into a page and runs `axe.run()`
 * with its default rules (WCAG A and AA, and best practices).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One violation, short: the rule, and the first few elements it found (as CSS selectors). */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly targets: readonly string[];
}

/** Runs axe-core on the page as it stands and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  // A string, evaluated in the page: the tests are compiled without the DOM's types.
  return (await page.evaluate(`axe.run(document).then(({ violations }) => violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    targets: v.nodes.slice(0, 8).map((n) => n.target.map(String).join(' ')),
  })))`)) as AxeViolation[];
}
