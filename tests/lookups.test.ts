import { describe, expect, it } from 'vitest';
import * as edition from '../src/index.js';
import { blocks, blocksIn, getBlock, getParagraph, getSection, paragraphs, sectionOf, sections } from '../src/index.js';
import { model } from '../scripts/generate/collection-table.js';
import { unfrozenPaths } from './support/integrity.js';

/** Each collection that has a lookup, with it: from the table of collections. */
const withLookups = model.collections.flatMap((row) => (row.lookup ? [[row.name, row.lookup.name] as const] : []));
const lookups = withLookups.map(([, lookup]) => lookup);
type Edition = Readonly<Record<string, unknown>>;

const strangers = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'p0', 'p30', 'P1', ' p1', 'p1 ', 'p01'];

describe('lookups', () => {
  it('every id of every collection round-trips', () => {
    expect(lookups).toContain('getQuote');
    for (const [name, lookupName] of withLookups) {
      const records = (edition as Edition)[name] as readonly { readonly id: string }[];
      const lookup = (edition as Edition)[lookupName] as (id: string) => unknown;
      expect(records.length, name).toBeGreaterThan(0);
      for (const record of records) expect(lookup(record.id), `${lookupName}('${record.id}')`).toBe(record);
    }
  });

  it('every block, paragraph and section id round-trips', () => {
    for (const block of blocks) expect(getBlock(block.id)).toBe(block);
    for (const paragraph of paragraphs) expect(getParagraph(paragraph.id)).toBe(paragraph);
    for (const section of sections) expect(getSection(section.id)).toBe(section);
  });

  it('getParagraph takes the numbers 1 to 29', () => {
    for (let n = 1; n <= 29; n++) expect(getParagraph(n)).toBe(getBlock(`p${n}`));
    expect(getParagraph(3).text.startsWith('In order to understand why de-Stalinisation')).toBe(true);
    expect(getParagraph(29).text.startsWith('The official onset of de-Stalinisation')).toBe(true);
  });

  it('getParagraph finds nothing for other numbers or numeric strings', () => {
    for (const n of [0, 30, -1, 2.5, NaN, Infinity, -0]) expect(getParagraph(n)).toBeUndefined();
    expect(getParagraph('3')).toBeUndefined();
  });

  for (const name of lookups) {
    it(`${name} returns undefined for unknown and inherited names, and never throws`, () => {
      const lookup = (edition as Edition)[name] as (id: unknown) => unknown;
      for (const id of strangers) expect(lookup(id)).toBeUndefined();
      for (const id of [undefined, null, true, {}, [], Symbol('p1'), 1n]) expect(lookup(id)).toBeUndefined();
    });
  }

  it('getParagraph finds no non-paragraph block', () => {
    expect(getParagraph('h1')).toBeUndefined();
    expect(getParagraph('pullquote')).toBeUndefined();
  });
});

describe('sectionOf and blocksIn', () => {
  it('sectionOf gives the innermost section', () => {
    expect(sectionOf('p17')?.id).toBe('gomulka-notes');
    expect(sectionOf('pullquote')?.id).toBe('background');
    expect(sectionOf('bib14')?.id).toBe('bibliography');
    expect(sectionOf('h5')?.id).toBe('international-communism');
  });

  it('sectionOf gives undefined for front matter and unknown ids', () => {
    for (const id of ['dateline', 'title', 'written', 'nope', '__proto__']) expect(sectionOf(id)).toBeUndefined();
  });

  it('blocksIn includes subsections, in reading order', () => {
    expect(blocksIn('international-communism').map((b) => b.id)).toEqual([
      'h5',
      'p15',
      'h6',
      'p16',
      'h7',
      'p17',
      'p18',
      'h8',
      'p19',
      'p20',
      'h9',
      'p21',
      'p22',
      'p23',
      'h10',
      'p24',
      'h11',
      'p25',
      'p26',
      'h12',
      'p27',
      'p28',
    ]);
    expect(blocksIn('conclusion').map((b) => b.id)).toEqual(['h13', 'p29']);
  });

  it('the level-1 sections together hold every block after the front matter', () => {
    const ids = sections.filter((s) => s.level === 1).flatMap((s) => blocksIn(s.id).map((b) => b.id));
    expect(ids).toEqual(blocks.slice(3).map((b) => b.id));
  });

  it('blocksIn gives undefined for an unknown section, and a frozen array otherwise', () => {
    expect(blocksIn('nope')).toBeUndefined();
    expect(blocksIn('__proto__')).toBeUndefined();
    expect(Object.isFrozen(blocksIn('introduction'))).toBe(true);
  });
});

describe('deep immutability', () => {
  const exported = Object.entries(edition).filter(([, value]) => typeof value === 'object');

  it('exports the collections as objects', () => {
    // Every collection of the table, and the two lists of names.
    expect(exported.map(([name]) => name).sort()).toEqual(['blockKinds', 'referenceStyles', ...model.collections.map((row) => row.name)].sort());
  });

  it('every exported value is frozen at every depth', () => {
    for (const [name, value] of exported) expect(unfrozenPaths(value, name)).toEqual([]);
  });

  it('the frozen check finds an unfrozen nested object', () => {
    expect(unfrozenPaths(Object.freeze({ a: Object.freeze([{ b: 1 }]) }))).toEqual(['$.a.0']);
  });

  it('assigning to a record throws in strict mode and changes nothing', () => {
    const block = getBlock('p3');
    const before = JSON.stringify(edition.blocks);
    expect(() => {
      (block as { text: string }).text = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (edition.blocks as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (getSection('introduction').blockIds as string[])[0] = 'p9';
    }).toThrow(TypeError);
    expect(() => {
      (edition.essay as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      delete (edition.sections as unknown as Record<number, unknown>)[0];
    }).toThrow(TypeError);
    expect(JSON.stringify(edition.blocks)).toBe(before);
    expect(getBlock('p3').text.startsWith('In order to understand')).toBe(true);
  });

  it('assigns to every record of every collection: each assignment throws', () => {
    let attempts = 0;
    for (const [, value] of exported) {
      for (const record of Array.isArray(value) ? value : [value]) {
        if (record === null || typeof record !== 'object') continue;
        for (const key of Object.keys(record)) {
          attempts++;
          expect(() => {
            (record as Record<string, unknown>)[key] = 'x';
          }).toThrow(TypeError);
        }
      }
    }
    expect(attempts).toBeGreaterThan(61 * 4);
  });
});
