import { readFileSync } from 'node:fs';
import type { Document, Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import {
  blocks,
  citations,
  claims,
  events,
  getBlock,
  notes,
  organisations,
  paragraphs,
  people,
  places,
  quotes,
  references,
  sections,
  toTei,
} from '../src/index.js';
import {
  bareAmpersands,
  byXmlId,
  danglingPointers,
  descendants,
  elementsNamed,
  parseXml,
  repeatedIds,
  teiNamespace,
  textWithout,
  xmlIds,
} from './support/tei.js';

const tei = toTei();
const document: Document = parseXml(tei);
const text = elementsNamed(document, 'text')[0]!;
const standOff = elementsNamed(document, 'standOff')[0]!;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** An element's whole text, following its `@next` parts. */
function joinedText(first: Element): string {
  let out = textWithout(first, ['corr', 'note']);
  for (let next = first.getAttribute('next'); next; ) {
    const part = byXmlId(document, next.slice(1))!;
    out += textWithout(part, ['corr', 'note']);
    next = part.getAttribute('next');
  }
  return out;
}

/** The elements that begin a record: not a later part of a cut element. */
const firsts = (elements: Element[]) => elements.filter((element) => !element.hasAttribute('prev'));

describe('toTei: a well-formed TEI P5 document', () => {
  it('parses with a real XML parser, in the TEI namespace, with a header, a text and stand-off lists', () => {
    expect(tei.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<TEI ')).toBe(true);
    expect(document.documentElement!.namespaceURI).toBe(teiNamespace);
    expect(document.documentElement!.localName).toBe('TEI');
    expect([...document.documentElement!.childNodes].filter((node) => node.nodeType === 1).map((node) => (node as Element).localName)).toEqual([
      'teiHeader',
      'text',
      'standOff',
    ]);
  });

  it('escapes the text’s ampersands, quotation marks and apostrophes, and keeps them', () => {
    expect(tei.includes('>K&amp;M</orgName>.</sic>')).toBe(true);
    expect(bareAmpersands(tei)).toEqual([]);
    const bib10 = byXmlId(document, 'machcewicz-2006')!;
    expect(textWithout(bib10, ['corr', 'note'])).toContain('Leipzig: K&M.');
    // Straight quotation marks and apostrophes of the text survive as printed.
    expect(textWithout(byXmlId(document, 'p7')!, ['corr', 'note'])).toContain('"From my antipathy');
    expect(textWithout(byXmlId(document, 'p21')!, ['corr', 'note'])).toContain('offered: \'At the beginning');
  });

  it('is the same on every call', () => {
    expect(toTei()).toBe(tei);
  });

  it('the header names the essay, its publication and writing, the editorial policy and the package version', () => {
    const header = elementsNamed(document, 'teiHeader')[0]!;
    expect(textWithout(elementsNamed(header, 'title')[0]!, [])).toBe('De-Stalinisation: A Fatal Blow for International Socialism?');
    const sourceDates = elementsNamed(elementsNamed(header, 'sourceDesc')[0]!, 'date');
    expect(sourceDates.map((date) => [date.getAttribute('type'), date.getAttribute('when'), date.textContent])).toEqual([
      ['written', '2014-05', 'May 2014'],
      ['published', '2014-06-15', 'Sunday, June 15, 2014'],
    ]);
    expect(elementsNamed(header, 'edition')[0]!.getAttribute('n')).toBe(pkg.version);
    const policy = textWithout(elementsNamed(header, 'editorialDecl')[0]!, []);
    expect(policy).toMatch(/The text is never changed/);
    expect(policy).toMatch(/Corrections are offered beside the printed words/);
  });
});

describe('toTei: the text is the essay’s, unchanged', () => {
  it('each paragraph is a <p> with @n and @xml:id, whose text without corrections and notes is the paragraph’s', () => {
    const ps = elementsNamed(text, 'p');
    expect(ps.map((p) => p.getAttribute('xml:id'))).toEqual(paragraphs.map((p) => p.id));
    for (const paragraph of paragraphs) {
      const p = byXmlId(document, paragraph.id)!;
      expect(p.getAttribute('n')).toBe(String(paragraph.n));
      expect(textWithout(p, ['corr', 'note']), paragraph.id).toBe(paragraph.text);
    }
  });

  it('every block, headings, pull quote, front matter and bibliography included, keeps its printed text', () => {
    for (const block of blocks) {
      const id = block.kind === 'reference' ? references.find((r) => r.blockId === block.id)!.id : block.id;
      expect(textWithout(byXmlId(document, id)!, ['corr', 'note']), block.id).toBe(block.text);
    }
    expect(byXmlId(document, 'pullquote')!.localName).toBe('quote');
    expect(byXmlId(document, 'h1')!.localName).toBe('head');
  });

  it('one <div> per section, nested as the outline, with its heading first', () => {
    const divs = elementsNamed(text, 'div');
    expect(divs).toHaveLength(sections.length);
    for (const section of sections) {
      const div = byXmlId(document, `section.${section.id}`)!;
      expect(div.localName).toBe('div');
      const parent = div.parentNode as Element;
      expect(parent.localName === 'div' ? parent.getAttribute('xml:id') : null).toBe(section.parentId && `section.${section.parentId}`);
      const head = [...div.childNodes].find((node) => node.nodeType === 1) as Element;
      expect(head.localName).toBe('head');
      expect(textWithout(head, ['corr', 'note'])).toBe(section.title);
    }
    expect(byXmlId(document, 'section.polish-october')!.getAttribute('n')).toBe('3.1');
    expect(byXmlId(document, 'section.ivanov-qiao')!.getAttribute('n')).toBe('3.3.2');
    expect((byXmlId(document, 'section.bibliography')!.parentNode as Element).localName).toBe('back');
  });

  it('the bibliography is one <listBibl> with one <bibl> per reference, structured where the fields are printed', () => {
    const entries = elementsNamed(elementsNamed(text, 'listBibl')[0]!, 'bibl').filter((b) => (b.parentNode as Element).localName === 'listBibl');
    expect(entries.map((b) => b.getAttribute('xml:id'))).toEqual(references.map((r) => r.id));
    const filtzer = byXmlId(document, 'filtzer-1993')!;
    const field = (name: string) => elementsNamed(filtzer, name).map((e) => e.textContent);
    expect(field('author')).toEqual(['Filtzer, D.']);
    expect(field('date')).toEqual(['1993']);
    expect(field('title')).toEqual(['The Khrushchev Era: De-Stalinisation and the Limits of Reform in the USSR, 1953-1964']);
    expect(field('pubPlace')).toEqual(['London']);
    expect(field('publisher')).toEqual(['Macmillan']);
    const scope = elementsNamed(byXmlId(document, 'lankov-2002')!, 'biblScope').map((e) => [e.getAttribute('unit'), e.textContent]);
    expect(scope).toEqual([
      ['volume', '26'],
      ['issue', '1'],
      ['page', '87–119'],
    ]);
    // "Zedong, M." is the author as printed, with its correction inside.
    const mao = elementsNamed(byXmlId(document, 'mao-1962')!, 'author')[0]!;
    expect(textWithout(mao, ['corr', 'note'])).toBe('Zedong, M.');
    expect(elementsNamed(mao, 'corr')[0]!.textContent).toBe('Mao, Z.');
  });
});

describe('toTei: every record once, every pointer resolves', () => {
  it('no xml:id repeats, and every record id is an xml:id (sections with the prefix "section.")', () => {
    expect(repeatedIds(document)).toEqual([]);
    const ids = new Set(xmlIds(document));
    const expected = [
      ...blocks.filter((b) => b.kind !== 'reference').map((b) => b.id),
      ...sections.map((s) => `section.${s.id}`),
      ...[quotes, citations, references, people, places, organisations, events, claims, notes].flatMap((c) => c.map((r) => r.id)),
    ];
    expect(expected.filter((id) => !ids.has(id))).toEqual([]);
    // The ids that sections share with events and people are told apart by the prefix.
    expect(byXmlId(document, 'section.secret-speech')!.localName).toBe('div');
    expect(byXmlId(document, 'secret-speech')!.localName).toBe('event');
    expect(byXmlId(document, 'sino-soviet-split')!.localName).toBe('event');
    expect(byXmlId(document, 'kim-il-sung')!.localName).toBe('person');
  });

  it('every @ref, @target, @who, @corresp, @source (and @active, @passive, @next, @prev, @resp) resolves', () => {
    const { dangling, checked } = danglingPointers(document);
    expect(dangling).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('toTei: the apparatus on the exact words', () => {
  it('as many quotations, terms and titles as the collection, each on its words, with speakers and source', () => {
    const qs = firsts(elementsNamed(text, 'q'));
    const titles = firsts(elementsNamed(text, 'title').filter((t) => t.hasAttribute('xml:id')));
    expect(qs.filter((q) => q.getAttribute('type') === 'term')).toHaveLength(quotes.filter((q) => q.kind === 'term').length);
    expect(qs.filter((q) => !q.hasAttribute('type'))).toHaveLength(quotes.filter((q) => q.kind === 'quotation').length);
    expect(titles).toHaveLength(quotes.filter((q) => q.kind === 'title').length);
    for (const quote of quotes) {
      const element = byXmlId(document, quote.id)!;
      expect(joinedText(element), quote.id).toBe(quote.text);
      if (quote.kind !== 'title') expect(element.getAttribute('who') ?? '', quote.id).toBe(quote.speakerIds.map((id) => `#${id}`).join(' '));
    }
    // Lenin's words in Khrushchev's speech, paragraphs 8 and 9 of it.
    const lenin = byXmlId(document, 'p10-q2')!;
    expect(lenin.getAttribute('who')).toBe('#lenin');
    const cited = byXmlId(document, lenin.getAttribute('source')!.slice(1))!;
    expect(cited.textContent).toBe('(ibid.:paras 8-9)');
    expect(cited.getAttribute('corresp')).toBe('#khrushchev-1956');
    const range = elementsNamed(cited, 'citedRange')[0]!;
    expect([range.getAttribute('unit'), range.getAttribute('from'), range.getAttribute('to'), range.textContent]).toEqual(['paragraph', '8', '9', 'paras 8-9']);
  });

  it('as many citations as the collection, each a <bibl> on its words pointing at its entry', () => {
    const inText = firsts(elementsNamed(text, 'bibl').filter((b) => (b.parentNode as Element).localName !== 'listBibl'));
    expect(inText).toHaveLength(citations.length);
    for (const citation of citations) {
      const element = byXmlId(document, citation.id)!;
      expect(joinedText(element), citation.id).toBe(citation.text);
      expect(element.getAttribute('corresp')).toBe(`#${citation.referenceId}`);
    }
    // "(Filtzer, 1993:13-5)": pages 13 to 15.
    const filtzer = citations.find((c) => c.text === '(Filtzer, 1993:13-5)')!;
    const range = elementsNamed(byXmlId(document, filtzer.id)!, 'citedRange')[0]!;
    expect([range.getAttribute('from'), range.getAttribute('to'), range.textContent]).toEqual(['13', '15', '13-5']);
  });

  it('as many mentions as the entities have, each a name element pointing at its entity', () => {
    const count = (name: string, records: readonly { id: string; mentions: readonly unknown[] }[]) => {
      const elements = firsts(elementsNamed(text, name));
      expect(elements, name).toHaveLength(records.reduce((n, r) => n + r.mentions.length, 0));
      for (const record of records) {
        expect(elements.filter((e) => e.getAttribute('ref') === `#${record.id}`), record.id).toHaveLength(record.mentions.length);
      }
    };
    count('persName', people);
    count('placeName', places);
    count('orgName', organisations);
  });

  it('as many notes as the collection; the printed words in <sic>, the correction beside them in <corr>', () => {
    const inlineNotes = elementsNamed(text, 'note');
    expect(inlineNotes.map((n) => n.getAttribute('xml:id')).sort()).toEqual(notes.map((n) => n.id).sort());
    expect(elementsNamed(text, 'choice')).toHaveLength(notes.filter((n) => n.correction !== null).length);
    for (const note of notes) {
      const element = byXmlId(document, note.id)!;
      expect(element.getAttribute('type')).toBe(note.kind);
      expect(element.textContent).toBe(note.note);
      const sics = element.getAttribute('target')!.split(' ').map((t) => byXmlId(document, t.slice(1))!);
      expect(sics.every((sic) => sic.localName === 'sic')).toBe(true);
      expect(joinedText(sics[0]!), note.id).toBe(note.text);
      const choice = sics[0]!.parentNode as Element;
      if (note.correction === null) expect(choice.localName).not.toBe('choice');
      else expect(elementsNamed(choice, 'corr')[0]!.textContent).toBe(note.correction);
    }
    const ambassdor = byXmlId(document, 'h11-n1.sic')!;
    expect([ambassdor.textContent, (ambassdor.nextSibling as Element).textContent]).toEqual(['Ambassdor', 'Ambassador']);
  });

  it('where a corrected reading crosses a quotation, the quotation is cut in parts joined by @next/@prev', () => {
    // Paragraph 21 prints 'At with a straight mark: the noted words "'At" begin outside Mao's quotation and end inside it.
    const first = byXmlId(document, 'p21-q1')!;
    expect(first.textContent).toBe('At');
    expect((first.parentNode as Element).localName).toBe('sic');
    const second = byXmlId(document, first.getAttribute('next')!.slice(1))!;
    expect(second.getAttribute('prev')).toBe('#p21-q1');
    expect(second.textContent!.startsWith(' the beginning we did not foresee')).toBe(true);
  });

  it('each claim is a <seg> on its words; restatements point at the first statement', () => {
    const segs = elementsNamed(text, 'seg').filter((s) => s.getAttribute('type') === 'claim');
    expect(firsts(segs)).toHaveLength(claims.reduce((n, c) => n + c.spans.length, 0));
    for (const claim of claims) {
      claim.spans.forEach((span, index) => {
        const seg = byXmlId(document, index === 0 ? claim.id : `${claim.id}.${index + 1}`)!;
        expect(joinedText(seg), claim.id).toBe(span.text);
        expect(seg.getAttribute('subtype')).toBe(claim.role);
        expect(seg.getAttribute('corresp')).toBe(index === 0 ? null : `#${claim.id}`);
      });
    }
    expect(byXmlId(document, 'thesis.3')!.textContent).toBe(
      'Though not fatal, de-Stalinisation clearly created cracks and fissures within the foundations of international communism.',
    );
  });
});

describe('toTei: stand-off', () => {
  it('one <person>, <place>, <org> and <event> per record, with the preferred and printed names', () => {
    expect(elementsNamed(standOff, 'person')).toHaveLength(people.length);
    expect(elementsNamed(standOff, 'place')).toHaveLength(places.length);
    expect(elementsNamed(standOff, 'org')).toHaveLength(organisations.length);
    expect(elementsNamed(standOff, 'event')).toHaveLength(events.length);
    const gomulka = byXmlId(document, 'gomulka')!;
    const names = elementsNamed(gomulka, 'persName').map((n) => [n.getAttribute('type'), n.textContent]);
    expect(names[0]).toEqual(['preferred', 'Władysław Gomułka']);
    expect(names).toContainEqual(['printed', 'Vladislaw Gomulka']);
  });

  it('places with coordinates carry <geo> as "latitude longitude"', () => {
    expect(elementsNamed(standOff, 'geo')).toHaveLength(places.filter((p) => p.coordinates).length);
    // East Berlin lies at about 52.5° N, 13.4° E.
    expect(elementsNamed(byXmlId(document, 'east-berlin')!, 'geo')[0]!.textContent).toBe('52.52 13.405');
    expect(elementsNamed(byXmlId(document, 'poland')!, 'geo')).toEqual([]);
  });

  it('events are dated with @when, or @notBefore/@notAfter, with the date’s basis', () => {
    const dating = (id: string) => {
      const e = byXmlId(document, id)!;
      return ['when', 'notBefore', 'notAfter'].map((name) => e.getAttribute(name));
    };
    expect(dating('secret-speech')).toEqual(['1956-02-25', null, null]);
    // "fall 1956": September to November.
    expect(dating(events.find((e) => e.date === '1956-23')!.id)).toEqual([null, '1956-09-01', '1956-11-30']);
    // "by 1954": no earliest day.
    expect(dating(events.find((e) => e.date === '../1954')!.id)).toEqual([null, null, '1954-12-31']);
    // The 20th Congress sat from 14 to 25 February 1956.
    expect(dating(events.find((e) => e.date === '1956-02-14/1956-02-25')!.id)).toEqual([null, '1956-02-14', '1956-02-25']);
    for (const event of events) {
      const note = elementsNamed(byXmlId(document, event.id)!, 'note').find((n) => n.getAttribute('type') === 'date')!;
      expect(note.getAttribute('subtype')).toBe(event.dateBasis);
      expect(elementsNamed(note, 'q')[0]!.textContent).toBe(event.dateText);
    }
  });

  it('the argument: one relation per supported claim and one listing each claim’s evidence', () => {
    const relations = elementsNamed(standOff, 'relation');
    const supports = relations.filter((r) => r.getAttribute('name') === 'supports');
    expect(supports).toHaveLength(claims.reduce((n, c) => n + c.supports.length, 0));
    const evidence = relations.filter((r) => r.getAttribute('name') === 'evidence');
    for (const claim of claims) {
      const { quoteIds, citationIds, eventIds } = claim.evidence;
      const listed = evidence.find((r) => r.getAttribute('passive') === `#${claim.id}`)?.getAttribute('active')?.split(' ') ?? [];
      expect(listed, claim.id).toEqual([...quoteIds, ...citationIds, ...eventIds].map((id) => `#${id}`));
    }
    expect(descendants(standOff).some((e) => e.localName === 'listRelation' && e.getAttribute('type') === 'argument')).toBe(true);
  });

  it('the blocks an event is narrated in point into the text', () => {
    const passages = elementsNamed(byXmlId(document, 'secret-speech')!, 'ptr').find((p) => p.getAttribute('type') === 'passages')!;
    const targets = passages.getAttribute('target')!.split(' ');
    expect(targets).toContain('#p1');
    expect(targets).toContain('#khrushchev-1956'); // the bibliography entry, not its block id
    expect(getBlock('bib6').text.startsWith('Khrushchev, N. (1956)')).toBe(true);
  });
});

describe('toTei: crossing annotations', () => {
  /** Pairs of annotations of one block that overlap without nesting (claims aside: they nest). */
  function crossingPairs(): string[] {
    const spans = [
      ...quotes.map((q) => ({ ...q, label: q.id })),
      ...citations.map((c) => ({ ...c, label: c.id })),
      ...notes.map((n) => ({ ...n, label: n.id })),
      ...[...people, ...places, ...organisations].flatMap((e) => e.mentions.map((m) => ({ ...m, label: `${e.id}@${m.blockId}` }))),
      ...claims.flatMap((c) => c.spans.map((s) => ({ ...s, label: c.id }))),
    ];
    const pairs: string[] = [];
    for (const a of spans) {
      for (const b of spans) {
        if (a.blockId === b.blockId && a.start < b.start && b.start < a.end && a.end < b.end) pairs.push(`${a.label} × ${b.label}`);
      }
    }
    return pairs.sort();
  }

  it('the data has the fourteen crossings the guide lists, and each is cut into parts in the document', () => {
    expect(crossingPairs()).toEqual(
      [
        'p7-n1 × p7-q3', // "From: the mark opens the quotation, the word begins it
        'p8-n1 × p8-q2',
        'p10-n1 × p10-q2',
        'p13-q3 × p13-n1', // self-criticism’: closed, never opened
        'p20-q4 × p20-n1',
        'p20-q5 × p20-n1',
        'p21-n1 × p21-q1',
        'p24-q6 × p24-n1',
        'bib6-q1 × bib6-n1',
        'cpsu@bib6 × bib6-n1',
        'p17-n1 × p17-c1', // "Vladislaw Gomulka" and "Gomulka’s (1956)"
        'gomulka@p17 × p17-c1',
        'marx@p7 × p7-n2', // "Marx:" and the mention "Karl Marx"
        'p8-c1 × p8-n2', // "para 5):" and the citation "(ibid.:para 5)"
      ].sort(),
    );
    const cut = new Set(
      descendants(text)
        .filter((e) => e.hasAttribute('next') && !e.hasAttribute('prev'))
        .map((e) => e.getAttribute('xml:id')),
    );
    // The lower-ranked of each pair is the one cut (a corrected reading never is).
    expect([...cut].sort()).toEqual(
      ['p7-n1.sic', 'p8-n1.sic', 'p10-n1.sic', 'p13-n1.sic', 'p20-n1.sic', 'p21-q1', 'p24-q6', 'bib6-q1', 'cpsu.bib6.102', 'p17-c1', 'gomulka.p17.0', 'marx.p7.148', 'p8-c1'].sort(),
    );
  });
});

describe('toTei: locators', () => {
  it('every <citedRange> is a child of its <bibl>, also where a corrected reading covers the pinpoint', () => {
    const ranges = elementsNamed(document, 'citedRange');
    expect(ranges).toHaveLength(citations.filter((c) => c.locator !== null).length);
    expect(ranges.filter((range) => (range.parentNode as Element | null)?.localName !== 'bibl').map((range) => range.toString())).toEqual([]);
    // "(Machcewicz, 2006: 144)": the noted space lies in the pinpoint, so the range follows the correction, empty.
    const p16c1 = descendants(text).find((e) => e.getAttribute('xml:id') === 'p16-c1')!;
    const range = elementsNamed(p16c1 as unknown as Document, 'citedRange')[0]!;
    expect([range.getAttribute('from'), range.getAttribute('to'), range.textContent]).toEqual(['144', '144', '']);
  });
});
