import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocks, citations, getBlock, notes, organisations, people, places, quotes, references, toPlainText, toWebAnnotations } from '../src/index.js';
import { toWebAnnotations as annotationsOf } from '../src/edition.js';
import { sha1, urlUuid } from '../src/export/internal/uuid-v5.js';
import type { WebAnnotation } from '../src/index.js';

const source = 'https://example.org/destalinisation.txt';
const all = ['quotes', 'citations', 'notes', 'mentions'] as const;
const text = toPlainText();
const mentionCount = [...people, ...places, ...organisations].reduce((n, entity) => n + entity.mentions.length, 0);

// The terms of the W3C Web Annotation JSON-LD context (tests/support/web-annotation/README.md).
const annoContext = JSON.parse(readFileSync(new URL('./support/web-annotation/anno.jsonld', import.meta.url), 'utf8')) as {
  '@context': Record<string, unknown>;
};
const terms = new Set(Object.keys(annoContext['@context']));

/** Every key, and every `type`, `motivation` and `purpose` value, that the context does not define. */
function undefinedTerms(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) undefinedTerms(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key !== '@context' && !terms.has(key)) found.add(`key ${key}`);
      if (['type', 'motivation', 'purpose'].includes(key) && typeof inner === 'string' && !terms.has(inner)) found.add(`${key} ${inner}`);
      undefinedTerms(inner, found);
    }
  }
  return found;
}

describe('toWebAnnotations: ids of their own', () => {
  it('an annotationBase gives <base>/<id>, never a fragment of the source', () => {
    const list = toWebAnnotations({ source, annotationBase: 'https://example.org/annotations/' });
    expect(list[0]!.id).toBe('https://example.org/annotations/p1-q1');
    expect(list.map((a) => a.id)).toEqual([...quotes, ...citations].map((record) => `https://example.org/annotations/${record.id}`));
    for (const annotation of list) expect(annotation.id).not.toContain('#');
  });

  it('without one, a name-based urn:uuid of <source>#<id>, the same on every call', () => {
    const list = toWebAnnotations({ source });
    // Computed independently with Python's uuid.uuid5(uuid.NAMESPACE_URL, name).
    const lenin = list[quotes.findIndex((q) => q.id === 'p10-q2')]!;
    expect(lenin.id).toBe('urn:uuid:92ce099c-80cc-5451-8599-97d6f68fb5b5');
    expect(urlUuid('urn:example:essay#annotations')).toBe('urn:uuid:3bdaaa6e-a10d-5c01-9e6a-ccc9d0da36e6');
    expect(urlUuid('')).toBe('urn:uuid:1b4db7eb-4057-5ddf-91e0-36dec72071f5');
    expect(urlUuid(`${'x'.repeat(100)}ł`)).toBe('urn:uuid:a9659d1c-8550-550d-b7da-df9983a43a72');
    expect(toWebAnnotations({ source }).map((a) => a.id)).toEqual(list.map((a) => a.id));
    expect(new Set(list.map((a) => a.id)).size).toBe(list.length);
  });

  it('SHA-1 agrees with node:crypto on any input, across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const expected = createHash('sha1').update(bytes).digest('hex');
        expect(Buffer.from(sha1(bytes)).toString('hex')).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('toWebAnnotations: selectors', () => {
  const list = toWebAnnotations({ source, include: [...all] });

  it('a TextQuoteSelector carries 32 characters of prefix and suffix, more only where needed to be unique', () => {
    let longer = 0;
    for (const annotation of list) {
      const [quote, position] = annotation.target.selector;
      const start = [...text].slice(0, position.start).join('').length;
      const end = start + quote.exact.length;
      expect(text.slice(start - quote.prefix.length, start), annotation.id).toBe(quote.prefix);
      expect(text.slice(end, end + quote.suffix.length), annotation.id).toBe(quote.suffix);
      expect(quote.prefix.length).toBeGreaterThanOrEqual(Math.min(32, start));
      expect(quote.suffix.length).toBeGreaterThanOrEqual(Math.min(32, text.length - end));
      const needle = quote.prefix + quote.exact + quote.suffix;
      expect(text.indexOf(needle, text.indexOf(needle) + 1), annotation.id).toBe(-1);
      if (quote.prefix.length > 32 || quote.suffix.length > 32) {
        // Only where 32 characters each side occur twice (the pull quote repeats paragraph 3).
        const short = text.slice(Math.max(0, start - 32), Math.min(text.length, end + 32));
        expect(text.indexOf(short, text.indexOf(short) + 1), annotation.id).toBeGreaterThan(-1);
        longer++;
      }
    }
    expect(longer).toBe(2);
  });
});

describe('toWebAnnotations: notes and mentions', () => {
  const list = toWebAnnotations({ source, annotationBase: 'urn:example:annotations', include: ['mentions', 'notes', 'citations', 'quotes'] });

  it('every layer in a fixed order, whatever the order asked for', () => {
    const counts = [quotes.length, citations.length, notes.length, mentionCount];
    expect(counts).toEqual([69, 44, 69, 419]);
    expect(list).toHaveLength(601);
    const motivations = list.map((a) => a.motivation);
    expect(motivations.slice(0, 69).every((m) => m === 'describing')).toBe(true);
    expect(motivations.slice(69, 113).every((m) => m === 'linking')).toBe(true);
    expect(motivations.slice(113, 182).every((m) => m === 'commenting')).toBe(true);
    expect(motivations.slice(182).every((m) => m === 'identifying')).toBe(true);
  });

  it('a note says what it says, its kind, and its correction where it has one', () => {
    const levrentiy = list.find((a) => a.id === 'urn:example:annotations/p4-n1')!;
    expect(levrentiy.target.selector[0].exact).toBe('Levrentiy');
    expect(levrentiy.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: notes.find((n) => n.id === 'p4-n1')!.note, format: 'text/plain' },
      { type: 'TextualBody', purpose: 'classifying', value: 'spelling', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'editing', value: 'Lavrentiy', format: 'text/plain' },
    ]);
    const withoutCorrection = notes.filter((n) => n.correction === null).map((n) => `urn:example:annotations/${n.id}`);
    for (const annotation of list.filter((a) => withoutCorrection.includes(a.id))) expect(annotation.body).toHaveLength(2);
  });

  it('a mention identifies its entity by its preferred name, and in reading order', () => {
    const mentions = list.filter((a) => a.motivation === 'identifying');
    const gomulka = mentions.find((a) => a.target.selector[0].exact === 'Gomulka' && a.id.startsWith('urn:example:annotations/gomulka.'))!;
    expect(gomulka.body).toEqual([
      { type: 'TextualBody', purpose: 'identifying', value: 'Władysław Gomułka', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'classifying', value: 'person', format: 'text/plain' },
    ]);
    const starts = mentions.map((a) => a.target.selector[1].start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(mentions.map((a) => a.id)).size).toBe(419);
  });
});

describe('toWebAnnotations: an AnnotationCollection', () => {
  const collection = toWebAnnotations({ source, annotationBase: 'https://example.org/annotations', collection: true, include: [...all] });

  it('one page holding every annotation, ids of their own', () => {
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://example.org/annotations',
      type: 'AnnotationCollection',
      label: getBlock('title').text,
      total: 601,
      last: 'https://example.org/annotations/page-1',
    });
    expect(collection.first).toMatchObject({ id: 'https://example.org/annotations/page-1', type: 'AnnotationPage', partOf: collection.id, startIndex: 0 });
    expect(collection.first.items).toHaveLength(collection.total);
    for (const item of collection.first.items) expect(item).not.toHaveProperty('@context');
    const { '@context': _, ...first } = toWebAnnotations({ source, annotationBase: 'https://example.org/annotations', include: [...all] })[0]!;
    expect(collection.first.items[0]).toEqual(first);
  });

  it('without an annotationBase the collection and its page are urn:uuids too', () => {
    const bare = toWebAnnotations({ source, collection: true });
    expect(bare.id).toBe(urlUuid(`${source}#annotations`));
    expect(bare.first.id).toBe(urlUuid(`${source}#page-1`));
    expect(bare.total).toBe(113);
  });

  it('every key and every type, motivation and purpose is a term of the W3C anno.jsonld context', () => {
    expect([...undefinedTerms(collection)]).toEqual([]);
    expect([...undefinedTerms(toWebAnnotations({ source, include: [...all] }))]).toEqual([]);
    // The check can fail: a made-up motivation and key are caught.
    expect([...undefinedTerms({ type: 'Annotation', motivation: 'quoting', quotedBy: 'x' })]).toEqual(['motivation quoting', 'key quotedBy']);
  });
});

describe('toWebAnnotations: data-first, on a fixture', () => {
  const heading = getBlock('h1');
  const paragraph = getBlock('p1');
  const fixture = {
    blocks: [heading, paragraph],
    quotes: quotes.filter((q) => q.blockId === 'p1'),
    citations: [],
    notes: notes.filter((n) => n.blockId === 'p1'),
    references,
    people,
    places: [],
    organisations: [],
  };

  it('annotates the fixture’s own text: a heading and the paragraph below it', () => {
    const list = annotationsOf(fixture, { source: 'urn:example:p1', include: ['quotes', 'notes'] }) as WebAnnotation[];
    const fixtureText = `${heading.text}\n${paragraph.text}\n`;
    expect(list).toHaveLength(fixture.quotes.length + fixture.notes.length);
    for (const annotation of list) {
      const [quote, position] = annotation.target.selector;
      expect([...fixtureText].slice(position.start, position.end).join('')).toBe(quote.exact);
    }
    expect(list[0]!.target.selector[1].start).toBe(heading.text.length + 1 + quotes.find((q) => q.id === 'p1-q1')!.start);
  });

  it('refuses a span on a block the data does not have, and a missing collection', () => {
    expect(() => annotationsOf({ ...fixture, blocks: [heading] }, { source: 'urn:example:p1' })).toThrow(
      /p1-q1 is on block "p1", which is not in data\.blocks/,
    );
    expect(() => annotationsOf({ ...fixture, quotes: undefined } as never, { source: 'urn:example:p1' })).toThrow(/quotes is undefined/);
    expect(() => annotationsOf({ ...fixture, citations: [citations[0]!] }, { source: 'urn:example:p1' })).toThrow(RangeError);
    const [first] = fixture.quotes;
    expect(() => annotationsOf({ ...fixture, quotes: [{ ...first!, end: paragraph.text.length + 1 }] }, { source: 'urn:example:p1' })).toThrow(
      /p1-q1 has offsets \d+ to \d+, outside block p1/,
    );
  });
});

describe('toWebAnnotations: bad options', () => {
  it('says what it expected', () => {
    expect(() => toWebAnnotations({ source, include: [] })).toThrow(/expected include to be a non-empty array of "quotes", "citations", "notes", "mentions"/);
    expect(() => toWebAnnotations({ source, include: ['quotes', 'quotes'] })).toThrow(RangeError);
    expect(() => toWebAnnotations({ source, include: ['claims'] as never })).toThrow(RangeError);
    expect(() => toWebAnnotations({ source, include: 'notes' as never })).toThrow(TypeError);
    expect(() => toWebAnnotations({ source, collection: 'yes' as never })).toThrow(/expected collection to be a boolean/);
    expect(() => toWebAnnotations({ source, annotationBase: 'https://example.org/a#b' })).toThrow(
      /expected annotationBase to be an http or https URL or a URN/,
    );
    expect(() => toWebAnnotations({ source, annotationBase: 'javascript:alert(1)' })).toThrow(RangeError);
    expect(blocks).toHaveLength(61); // nothing above changed the data
  });
});
