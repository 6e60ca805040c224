/**
 * The second, independent reading of words of nationality and of quotation marks (see
 * `tests/support/second-reading.ts`): what it finds in the text must be accounted for by the data.
 */
import { describe, expect, it } from 'vitest';
import { blocks, notes, organisations, people, places, quotes } from '../src/index.js';
import { checkNationalityWords, scanMarkPairs, scanNationalityWords } from './support/second-reading.js';

const entities = [...people, ...places, ...organisations];
const mentions = entities.flatMap((entity) => entity.mentions.map((mention) => ({ ...mention, entityId: entity.id })));

/** The mention that covers a found word: the word itself, or a longer name around it. */
const coverOf = (found: { blockId: string; start: number; end: number }) =>
  mentions.find((m) => m.blockId === found.blockId && m.start <= found.start && found.end <= m.end);

describe('second reading: words of nationality', () => {
  const found = scanNationalityWords(blocks);

  it('every noun or adjective of nationality is a mention of its place, or lies in a longer name that is one', () => {
    expect(checkNationalityWords(blocks, entities)).toEqual([]);
  });

  it('finds them all: 91 words, 66 mentions of a state or region by themselves and 25 inside a longer name', () => {
    const itself = found.filter((word) => {
      const cover = coverOf(word)!;
      return cover.start === word.start && cover.end === word.end;
    });
    expect(found).toHaveLength(91);
    expect(itself).toHaveLength(66);
    // The longer names, each a mention of its own entity.
    const longer = [...new Set(found.filter((word) => !itself.includes(word)).map((word) => coverOf(word)!.text))].sort();
    expect(longer).toEqual([
      'Albanian Labor Party',
      'Albanian officials',
      'Chinese border',
      'Communist Party of the Soviet Union',
      'Korean Worker’s Party',
      'North Korean',
      'Polish border',
      'Polish communist party',
      'Soviet Faction',
      'Soviet Foreign Ministry',
      'Soviet Union',
      'Soviet faction',
      'Soviet factions',
    ]);
  });

  it('"American media" is a mention of the United States, as "the Americans" is', () => {
    const p17 = found.find((word) => word.blockId === 'p17' && word.word === 'American')!;
    expect(coverOf(p17)).toMatchObject({ entityId: 'united-states', text: 'American' });
  });

  it('the reading fails when a mention of an adjective is dropped or given to another place', () => {
    const withoutAmerican = entities.map((e) => (e.id === 'united-states' ? { ...e, mentions: e.mentions.filter((m) => m.text !== 'American') } : e));
    expect(checkNationalityWords(blocks, withoutAmerican)).toEqual([expect.stringMatching(/^p17@\d+ “American” is not a mention$/)]);
    const moved = entities.map((e) => (e.id === 'korea' ? { ...e, id: 'japan' } : e));
    expect(checkNationalityWords(blocks, moved)).toHaveLength(4); // Mao's two “Korean comrades”, the two “Korean Studies”
  });
});

describe('second reading: quotation marks and speakers', () => {
  const pairs = scanMarkPairs(blocks, ['Workers’ Party']);
  const quoteAt = (pair: { blockId: string; start: number; end: number }) =>
    quotes.find((q) => q.blockId === pair.blockId && q.start === pair.start && q.end === pair.end);
  const irregular = (quote: (typeof quotes)[number]) => quote.noteIds.some((id) => notes.find((n) => n.id === id)?.kind === 'punctuation');

  it('every pair of marks is a quote, except where a quote’s own marks are irregular (and noted)', () => {
    const unmatched = pairs.filter((pair) => !quoteAt(pair));
    for (const pair of unmatched) {
      const near = quotes.find((q) => q.blockId === pair.blockId && (q.start === pair.start || q.end === pair.end));
      expect(near && irregular(near), `${pair.blockId}@${pair.start} “${pair.text.slice(0, 30)}”`).toBe(true);
    }
    for (const quote of quotes) {
      if (!pairs.some((pair) => quoteAt(pair) === quote)) expect(irregular(quote), quote.id).toBe(true);
    }
    expect(pairs.length).toBeGreaterThanOrEqual(60);
  });

  it('no quotation found between marks is silent: each names a person or a body, or says who speaks', () => {
    const silent = pairs
      .map(quoteAt)
      .filter((quote) => quote?.kind === 'quotation')
      .filter((quote) => quote!.speakerIds.length === 0 && quote!.speakerOrganisationIds.length === 0 && quote!.speakerNote === null);
    expect(silent.map((quote) => quote!.id)).toEqual([]);
  });

  it('the six quotations with no person as speaker: the pull quote, the Soviets in Gomułka’s notes, the factions’ words', () => {
    const withoutPerson = quotes.filter((q) => q.kind === 'quotation' && q.speakerIds.length === 0);
    expect(withoutPerson.map((q) => [q.id, q.speakerOrganisationIds])).toEqual([
      ['pullquote-q1', []],
      ['p17-q1', ['kremlin']],
      ['p17-q2', ['kremlin']],
      ['p17-q3', ['kremlin']],
      ['p17-q4', ['kremlin']],
      ['p24-q6', ['yanan-faction', 'soviet-faction']],
    ]);
    for (const quote of withoutPerson) expect(quote.speakerNote, quote.id).not.toBeNull();
  });
});
