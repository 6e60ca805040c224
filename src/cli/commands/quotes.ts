import { formatLocator, type Quote, quotes, quotesBy, quotesFrom } from '../../index.js';
import { clip, json } from '../output.js';
import type { CliValues } from '../parse-argv.js';
import { UsageError } from '../usage-error.js';

function selectQuotes(speaker: string | undefined, source: string | undefined): readonly Quote[] {
  let selected: readonly Quote[] = quotes;
  if (speaker !== undefined) {
    const bySpeaker = quotesBy(speaker);
    if (!bySpeaker) throw new UsageError(`--speaker: unknown person '${speaker}' (e.g. khrushchev, lenin, mao-zedong)`);
    selected = bySpeaker;
  }
  if (source !== undefined) {
    const fromSource = quotesFrom(source);
    if (!fromSource) throw new UsageError(`--source: unknown reference '${source}' (e.g. khrushchev-1956, filtzer-1993)`);
    selected = selected.filter((quote) => fromSource.includes(quote));
  }
  return selected;
}

function quoteLine(quote: Quote): string {
  const where = [quote.referenceId, quote.locator && formatLocator(quote.locator)].filter(Boolean).join(' ');
  return [quote.id, quote.kind, quote.speakerIds.join(',') || '-', where || '-', `‘${clip(quote.text)}’`].join('\t') + '\n';
}

/** `quotes`: every quotation, term and title, a line each, optionally by speaker or source. */
export function quoteList(values: CliValues): string {
  const selected = selectQuotes(values.speaker, values.source);
  return values.json ? json(selected) : selected.map(quoteLine).join('');
}
