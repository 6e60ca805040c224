import { recordsById } from '../src/internal/derived-of.js';
/**
 * Results kept for frozen data: computed once per set of frozen collections, never for data that
 * may still change, and never handed out in a form a caller could change.
 */
import { describe, expect, it } from 'vitest';
import {
  blocks,
  citations,
  claims,
  essay,
  events,
  notes,
  organisations,
  people,
  places,
  quotes,
  references,
  sections,
  toTei as rootTei,
  toWebAnnotations as rootAnnotations,
} from '../src/index.js';
import { toTei } from '../src/edition.js';
import { derivedOfData } from '../src/internal/derived-of-data.js';
import { snippetAround } from '../src/text/internal/snippet.js';

describe('derivedOfData', () => {
  const counting = () => {
    let runs = 0;
    const of = derivedOfData(['a', 'b'], (data: { a: readonly object[]; b: readonly object[] }) => {
      runs++;
      return `${data.a.length}/${data.b.length}/${runs}`;
    });
    return { of, runs: () => runs };
  };

  it('computes once for the same frozen collections, whatever object holds them', () => {
    const { of, runs } = counting();
    const a = Object.freeze([Object.freeze({})]);
    const b = Object.freeze([]);
    expect(of({ a, b })).toBe('1/0/1');
    expect(of({ a, b })).toBe('1/0/1');
    expect(runs()).toBe(1);
    // another collection in any place is another result
    expect(of({ a, b: Object.freeze([Object.freeze({})]) })).toBe('1/1/2');
    expect(of({ a: b, b: a })).toBe('0/1/3');
  });

  it('computes afresh when a collection, or a record of it, is not frozen', () => {
    const { of, runs } = counting();
    const b = Object.freeze([]);
    const open = [Object.freeze({})];
    expect(of({ a: open, b })).toBe('1/0/1');
    open.push(Object.freeze({}));
    expect(of({ a: open, b })).toBe('2/0/2');
    const openRecord = Object.freeze([{}]);
    of({ a: openRecord, b });
    of({ a: openRecord, b });
    expect(runs()).toBe(4);
  });
});

describe('the kept TEI document', () => {
  const data = { essay, blocks, sections, quotes, citations, references, notes, claims, people, places, organisations, events };

  it('is the document made afresh from unfrozen copies of the same data', () => {
    const copies = Object.fromEntries(Object.entries(data).map(([name, value]) => [name, structuredClone(value)])) as unknown as typeof data;
    expect(rootTei()).toBe(toTei(copies));
  });

  it('follows unfrozen data that changes between calls', () => {
    const copies = Object.fromEntries(Object.entries(data).map(([name, value]) => [name, structuredClone(value)])) as unknown as typeof data;
    const before = toTei(copies);
    (copies.essay as { title: string }).title = 'A title no one wrote';
    const after = toTei(copies);
    expect(before).not.toContain('A title no one wrote');
    expect(after).toContain('A title no one wrote');
  });
});

describe('the kept parts of the Web Annotations', () => {
  it('give a caller new objects each time, so a change to one does not reach the next', () => {
    const first = rootAnnotations({ source: 'https://example.org/essay.txt' });
    const selector = first[0]!.target.selector[0] as { prefix: string };
    const prefix = selector.prefix;
    selector.prefix = 'changed';
    const second = rootAnnotations({ source: 'https://example.org/essay.txt' });
    expect((second[0]!.target.selector[0] as { prefix: string }).prefix).toBe(prefix);
    expect(second[0]!.id).toBe(first[0]!.id);
  });
});

describe('snippets cut without regular expressions', () => {
  // The cut as it was made with regular expressions, to compare with.
  const byPattern = (text: string, start: number, end: number): string => {
    let before = text.slice(Math.max(0, start - 40), start);
    let after = text.slice(end, end + 40);
    if (start > 40) before = `…${before.replace(/^\S*\s+/, '')}`;
    if (end + 40 < text.length) after = `${after.replace(/\s+\S*$/, '')}…`;
    return before + text.slice(start, end) + after;
  };

  it('cut as the regular expressions cut, at every offset of every block and of texts full of spaces', () => {
    const texts = [
      ...blocks.map((block) => block.text),
      `${'word '.repeat(30)}\u00a0\u2003end\u3000 \ufeff${'x'.repeat(50)}  \t\n${'y '.repeat(40)}`,
      `${' '.repeat(100)}abc${' '.repeat(100)}`,
      'x'.repeat(200),
    ];
    for (const text of texts) {
      for (let start = 0; start < text.length; start += 7) {
        const end = Math.min(text.length, start + 3);
        expect([start, snippetAround(text, start, end)]).toEqual([start, byPattern(text, start, end)]);
      }
    }
  });
});

describe('the kept grouping of mentions in segments', () => {
  it('follows an entity whose mentions change inside a frozen list', async () => {
    const { segments } = await import('../src/edition.js');
    const person = { ...people[0]!, mentions: [...people[0]!.mentions] };
    const data = { blocks, quotes, citations, notes, places, organisations, people: Object.freeze([person]) };
    const block = person.mentions[0]!.blockId;
    const count = () =>
      segments(data, block)!
        .flatMap((segment) => segment.mentions)
        .filter((m) => m.entityId === person.id).length;
    const before = count();
    person.mentions.length = 0;
    expect(before).toBeGreaterThan(0);
    expect(count()).toBe(0);
  });
});

describe('the kept grouping of spans in segments', () => {
  it('follows a quote that moves inside a frozen list', async () => {
    const { segments } = await import('../src/edition.js');
    const quote = { ...quotes[0]! };
    const data = { blocks, citations, notes, people, places, organisations, quotes: Object.freeze([quote]) };
    const quoted = (blockId: string) => segments(data, blockId)!.some((segment) => segment.quotes.length > 0);
    expect(quoted(quote.blockId)).toBe(true);
    const other = blocks.find((block) => block.id !== quote.blockId && block.text.length >= quote.end)!;
    quote.blockId = other.id as typeof quote.blockId;
    expect(quoted(other.id)).toBe(true);
  });
});

describe('indexes of data are kept only for a list frozen with its records', () => {
  it('a frozen list of records that may still change is indexed afresh', () => {
    const record = { id: 'a' };
    const list = Object.freeze([record]);
    expect(recordsById(list).get('a')).toBe(record);
    record.id = 'b';
    expect(recordsById(list).get('b')).toBe(record);
    expect(recordsById(list).has('a')).toBe(false);
  });

  it('a list frozen with its records is indexed once', () => {
    const list = Object.freeze([Object.freeze({ id: 'a' })]);
    expect(recordsById(list)).toBe(recordsById(list));
  });
});
