import type { EssayData } from '../types/index.js';
import type { Report } from './issue.js';
import { describeLocator, sameLocator } from './locator-text.js';
import { placeOf } from './text-order.js';

/**
 * A quote nests and cites within its block (rules `citation` and `locator`): its parent encloses
 * its words, its citation lies in the same block, and its `referenceId` and `locator` are its
 * citation's (a quote without a citation has no locator).
 */
export function checkQuotes(data: Pick<EssayData, 'quotes' | 'citations'>, report: Report): void {
  const quoteById = new Map(data.quotes.map((quote) => [quote.id as string, quote]));
  const citationById = new Map(data.citations.map((citation) => [citation.id as string, citation]));
  data.quotes.forEach((quote, i) => {
    const owner = `quote ${quote.id}`;
    const parent = quote.parentId === null ? undefined : quoteById.get(quote.parentId);
    if (parent && parent !== quote && !(parent.blockId === quote.blockId && parent.start <= quote.start && quote.end <= parent.end)) {
      report(['quotes', i, 'parentId'], 'citation', `${owner} (${placeOf(quote)}) does not lie inside its parent ${parent.id} (${placeOf(parent)})`);
    }
    const citation = quote.citationId === null ? undefined : citationById.get(quote.citationId);
    if (!citation) {
      if (quote.citationId === null && quote.locator !== null)
        report(['quotes', i, 'locator'], 'locator', `${owner} has a locator but no citation to take it from`);
      return;
    }
    if (citation.blockId !== quote.blockId) {
      report(
        ['quotes', i, 'citationId'],
        'citation',
        `${owner} in block ${quote.blockId} names citation ${citation.id}, which is in block ${citation.blockId}`,
      );
    }
    if (quote.referenceId !== citation.referenceId) {
      report(
        ['quotes', i, 'referenceId'],
        'citation',
        `${owner} cites ${quote.referenceId ?? 'nothing'} but its citation ${citation.id} cites ${citation.referenceId}`,
      );
    }
    if (!sameLocator(quote.locator, citation.locator)) {
      report(
        ['quotes', i, 'locator'],
        'locator',
        `${owner}: locator ${describeLocator(quote.locator)} differs from that of its citation ${citation.id}, ${describeLocator(citation.locator)}`,
      );
    }
  });
}
