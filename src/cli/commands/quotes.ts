import { formatLocator, getPerson, getReference, type Quote, quotes, quotesBy, quotesFrom } from '../../index.js';
import { defineCommand } from '../command.js';
import { jsonFlag } from '../common-options.js';
import { idOption } from '../id-option.js';
import { clip, json } from '../output.js';

function selectQuotes(speaker: string | undefined, source: string | undefined): readonly Quote[] {
  const bySpeaker = speaker === undefined ? quotes : (quotesBy(speaker) ?? []);
  const fromSource = source === undefined ? undefined : (quotesFrom(source) ?? []);
  return fromSource === undefined ? bySpeaker : bySpeaker.filter((quote) => fromSource.includes(quote));
}

function quoteLine(quote: Quote): string {
  const where = [quote.referenceId, quote.locator && formatLocator(quote.locator)].filter(Boolean).join(' ');
  return `${[quote.id, quote.kind, quote.speakerIds.join(',') || '-', where || '-', `‘${clip(quote.text)}’`].join('\t')}\n`;
}

/** `quotes`: every quotation, term and title, a line each, optionally by speaker or source. */
export const quoteList = defineCommand({
  name: 'quotes',
  args: [],
  summary: 'every quotation, term and title in quotation marks',
  options: {
    json: jsonFlag('the quotes'),
    speaker: idOption({
      name: 'speaker',
      placeholder: 'person id',
      help: 'only the words of this person (e.g. lenin)',
      what: 'person',
      known: (id) => getPerson(id) !== undefined,
      examples: 'khrushchev, lenin, mao-zedong',
    }),
    source: idOption({
      name: 'source',
      placeholder: 'reference id',
      help: 'only those from this source (e.g. khrushchev-1956)',
      what: 'reference',
      known: (id) => getReference(id) !== undefined,
      examples: 'khrushchev-1956, filtzer-1993',
    }),
  },
  run: ({ values }) => {
    const selected = selectQuotes(values.speaker, values.source);
    return values.json ? json(selected) : selected.map(quoteLine).join('');
  },
});
