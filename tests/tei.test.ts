import { readFileSync } from 'node:fs';
import type { Document, Element, Node } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { toTei as teiOf } from '../src/edition.js';
import {
  blocks,
  citations,
  claims,
  essay,
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
  ancestorNamed,
  bareAmpersands,
  byXmlId,
  danglingPointers,
  descendants,
  elementsNamed,
  parentElement,
  parseXml,
  repeatedIds,
  teiNamespace,
  textWithout,
  xmlIds,
} from './support/tei.js';

const tei = toTei();
const document: Document = parseXml(tei);
const text = elementsNamed(document, 'text')[0]!;
const header = elementsNamed(document, 'teiHeader')[0]!;
const standOff = elementsNamed(document, 'standOff')[0]!;
const notesDiv = byXmlId(document, 'editorial-notes')!;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const original = readFileSync(new URL('../data/essay-original.txt', import.meta.url), 'utf8');

/**
 * A node's text in one reading: `printed` leaves out the editors' corrections and regularisations
 * (`corr`, `reg`); `corrected` leaves out what they replace (a `sic` or `orig` in a `choice`).
 */
function reading(node: Node, which: 'printed' | 'corrected'): string {
  if (node.nodeType === 3 || node.nodeType === 4) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const inChoice = parentElement(element)?.localName === 'choice';
  if (which === 'printed' && inChoice && ['corr', 'reg'].includes(element.localName ?? '')) return '';
  if (which === 'corrected' && inChoice && ['sic', 'orig'].includes(element.localName ?? '')) return '';
  let out = '';
  for (let child = element.firstChild; child; child = child.nextSibling) out += reading(child, which);
  return out;
}

/** An element's printed text, following its `@next` parts. */
function joinedText(first: Element): string {
  let out = reading(first, 'printed');
  for (let next = first.getAttribute('next'); next; ) {
    const part = byXmlId(document, next.slice(1))!;
    out += reading(part, 'printed');
    next = part.getAttribute('next');
  }
  return out;
}

/** A block's text with every note's correction put in place of its words, computed from the notes alone. */
function correctedText(blockId: string, printed: string): string {
  const corrections = notes.filter((note) => note.blockId === blockId && note.correction !== null).sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const note of corrections) {
    expect(note.start, `${note.id} overlaps the note before it`).toBeGreaterThanOrEqual(at);
    out += printed.slice(at, note.start) + note.correction;
    at = note.end;
  }
  return out + printed.slice(at);
}

/** The element that stands for a block: a bibliography entry is its reference's `<bibl>`. */
const blockElement = (blockId: string): Element => byXmlId(document, references.find((r) => r.blockId === blockId)?.id ?? blockId)!;

/** The elements that begin a record: not a later part of a cut element. */
const firsts = (elements: Element[]) => elements.filter((element) => !element.hasAttribute('prev'));
const inReadingText = (element: Element) => ancestorNamed(element, 'div')?.getAttribute('type') !== 'notes';

describe('toTei: a well-formed TEI P5 document', () => {
  it('parses with a real XML parser, in the TEI namespace, with a header, a text and stand-off lists', () => {
    expect(tei.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-model ')).toBe(true);
    expect(document.documentElement!.namespaceURI).toBe(teiNamespace);
    expect(document.documentElement!.localName).toBe('TEI');
    expect([...document.documentElement!.childNodes].filter((node) => node.nodeType === 1).map((node) => (node as Element).localName)).toEqual([
      'teiHeader',
      'text',
      'standOff',
    ]);
  });

  it('names tei_all in xml-model processing instructions, for RELAX NG and for its Schematron rules', () => {
    const models = [...document.childNodes].filter((node) => node.nodeType === 7 && (node as unknown as { target: string }).target === 'xml-model');
    const data = models.map((node) => (node as unknown as { data: string }).data);
    expect(data).toHaveLength(2);
    expect(data.every((d) => /href="https:\/\/www\.tei-c\.org\/Vault\/P5\/4\.3\.0\/xml\/tei\/custom\/schema\/relaxng\/tei_all\.rng"/.test(d))).toBe(true);
    expect(data.map((d) => /schematypens="([^"]+)"/.exec(d)![1])).toEqual(['http://relaxng.org/ns/structure/1.0', 'http://purl.oclc.org/dsdl/schematron']);
  });

  it('escapes the text’s ampersands, quotation marks and apostrophes, and keeps them', () => {
    expect(tei.includes('>K&amp;M</orgName>.</seg>')).toBe(true);
    expect(bareAmpersands(tei)).toEqual([]);
    expect(reading(byXmlId(document, 'machcewicz-2006')!, 'printed')).toContain('Leipzig: K&M.');
    // Straight quotation marks and apostrophes of the text survive as printed.
    expect(reading(byXmlId(document, 'p7')!, 'printed')).toContain('"From my antipathy');
    expect(reading(byXmlId(document, 'p21')!, 'printed')).toContain("offered: 'At the beginning");
  });

  it('is the same on every call, and the root wrapper is the data-first form given the package’s data', () => {
    expect(toTei()).toBe(tei);
    const data = { essay, blocks, sections, quotes, citations, references, notes, claims, people, places, organisations, events };
    expect(teiOf(data)).toBe(tei);
  });
});

describe('toTei(data): reads only the data it is given', () => {
  const data = { essay, blocks, sections, quotes, citations, references, notes, claims, people, places, organisations, events };

  it('a changed note or event shows in the document; the package’s data is untouched', () => {
    const copy = structuredClone({ ...data, notes: notes.map((n) => (n.id === 'p4-n1' ? { ...n, note: 'A changed note.' } : n)) });
    const changed = parseXml(teiOf(copy));
    expect(byXmlId(changed, 'p4-n1')!.textContent).toBe('A changed note.');
    expect(byXmlId(document, 'p4-n1')!.textContent).toBe(notes.find((n) => n.id === 'p4-n1')!.note);
    expect(toTei()).toBe(tei);
  });

  it('with no apparatus, the text is the plain essay and the document has no notes division', () => {
    const bare = parseXml(teiOf({ ...data, notes: [], quotes: [], citations: [], claims: [], events: [], people: [], places: [], organisations: [] }));
    expect(byXmlId(bare, 'editorial-notes')).toBeUndefined();
    for (const paragraph of paragraphs) expect(byXmlId(bare, paragraph.id)!.textContent).toBe(paragraph.text);
    expect(elementsNamed(bare, 'choice')).toEqual([]);
  });
});

describe('toTei: the header', () => {
  it('names the essay, its writing and publication as the page prints them, and the package version', () => {
    expect(textWithout(elementsNamed(header, 'title')[0]!, [])).toBe('De-Stalinisation: A Fatal Blow for International Socialism?');
    const sourceDesc = elementsNamed(header, 'sourceDesc')[0]!;
    const sourceDates = elementsNamed(sourceDesc, 'date');
    expect(sourceDates.map((date) => [date.getAttribute('type'), date.getAttribute('when'), date.textContent])).toEqual([
      ['written', '2014-05', 'May 2014'],
      ['published', '2014-06-15', 'Sunday, June 15, 2014'],
    ]);
    // The page prints no address, author or blog name: the source description invents none.
    expect(sourceDesc.textContent).not.toMatch(/https?:|www\./);
    expect(elementsNamed(sourceDesc, 'author', 'ptr', 'ref', 'idno')).toEqual([]);
    expect(elementsNamed(header, 'edition')[0]!.getAttribute('n')).toBe(pkg.version);
  });

  it('the publication statement gives the encoding’s MIT licence and says the essay is not licensed', () => {
    const availability = elementsNamed(header, 'availability')[0]!;
    const licence = elementsNamed(availability, 'licence')[0]!;
    expect(licence.getAttribute('target')).toMatch(/opensource\.org\/licen[cs]e\/mit/i);
    expect(licence.textContent).toMatch(/MIT licence/);
    expect(availability.textContent).toMatch(/not licensed by the package/);
    expect(readFileSync(new URL('../LICENSE', import.meta.url), 'utf8')).toMatch(/is NOT licensed by this\s+package/);
  });

  it('the sampling declaration names the two lines of the page left out, which the page prints and the text does not', () => {
    const sampling = elementsNamed(header, 'samplingDecl')[0]!.textContent!;
    for (const line of ['No comments:', 'Post a Comment']) {
      expect(sampling).toContain(`“${line}”`);
      expect(original.split('\n')).toContain(line);
      expect(blocks.some((block) => block.text.includes(line))).toBe(false);
    }
  });

  it('the editorial declaration has its five parts and declares the quotation marks kept in the text', () => {
    const decl = elementsNamed(header, 'editorialDecl')[0]!;
    const parts = [...decl.childNodes].filter((n) => n.nodeType === 1).map((n) => (n as Element).localName);
    for (const part of ['correction', 'normalization', 'quotation', 'hyphenation', 'segmentation']) expect(parts).toContain(part);
    expect(elementsNamed(decl, 'quotation')[0]!.getAttribute('marks')).toBe('all');
    expect(elementsNamed(decl, 'normalization')[0]!.textContent).toMatch(/orig.*reg/);
    expect(elementsNamed(header, 'revisionDesc')[0]!.getElementsByTagName('change')).toHaveLength(1);
  });

  it('a taxonomy for every typed vocabulary: every @ana resolves to a category, and every value has one', () => {
    const categories = new Set(elementsNamed(header, 'category').map((c) => c.getAttribute('xml:id')));
    const anas = descendants(document).flatMap((e) => (e.getAttribute('ana') ?? '').split(' ').filter(Boolean));
    expect(anas.length).toBeGreaterThan(200);
    expect(anas.filter((a) => !categories.has(a.slice(1)))).toEqual([]);
    const expectCategories = (taxonomy: string, values: Iterable<string>) => {
      for (const value of values) expect(categories.has(`${taxonomy}.${value}`), `${taxonomy}.${value}`).toBe(true);
    };
    expectCategories(
      'note-kind',
      notes.map((n) => n.kind),
    );
    expectCategories(
      'claim-role',
      claims.map((c) => c.role),
    );
    expectCategories(
      'date-basis',
      events.map((e) => e.dateBasis),
    );
    expectCategories(
      'place-kind',
      places.map((p) => p.kind),
    );
    expectCategories(
      'reference-type',
      references.map((r) => r.type),
    );
    expectCategories(
      'citation-form',
      citations.map((c) => c.form),
    );
  });
});

describe('toTei: the text is the essay’s, unchanged, with corrections beside it', () => {
  it('each paragraph is a <p> with @n and @xml:id, whose printed reading is the paragraph’s text', () => {
    const ps = elementsNamed(text, 'p').filter(inReadingText);
    expect(ps.map((p) => p.getAttribute('xml:id'))).toEqual(paragraphs.map((p) => p.id));
    for (const paragraph of paragraphs) {
      const p = byXmlId(document, paragraph.id)!;
      expect(p.getAttribute('n')).toBe(String(paragraph.n));
      expect(reading(p, 'printed'), paragraph.id).toBe(paragraph.text);
    }
  });

  it('every block’s corrected reading is its text with each note’s correction in place of the noted words', () => {
    let changed = 0;
    for (const block of blocks) {
      const element = blockElement(block.id);
      expect(reading(element, 'printed'), block.id).toBe(block.text);
      const corrected = correctedText(block.id, block.text);
      expect(reading(element, 'corrected'), block.id).toBe(corrected);
      if (corrected !== block.text) changed++;
    }
    expect(changed).toBe(new Set(notes.filter((n) => n.correction !== null).map((n) => n.blockId)).size);
    expect(byXmlId(document, 'pullquote')!.localName).toBe('quote');
    expect(byXmlId(document, 'h1')!.localName).toBe('head');
  });

  it('one <div> per section, nested as the outline, with its heading first', () => {
    const divs = elementsNamed(text, 'div').filter((d) => d.getAttribute('type') !== 'notes');
    expect(divs).toHaveLength(sections.length);
    for (const section of sections) {
      const div = byXmlId(document, `section.${section.id}`)!;
      expect(div.localName).toBe('div');
      const parent = div.parentNode as Element;
      expect(parent.localName === 'div' ? parent.getAttribute('xml:id') : null).toBe(section.parentId && `section.${section.parentId}`);
      const head = [...div.childNodes].find((node) => node.nodeType === 1) as Element;
      expect(head.localName).toBe('head');
      expect(reading(head, 'printed')).toBe(section.title);
    }
    expect(byXmlId(document, 'section.polish-october')!.getAttribute('n')).toBe('3.1');
    expect(byXmlId(document, 'section.ivanov-qiao')!.getAttribute('n')).toBe('3.3.2');
    expect((byXmlId(document, 'section.bibliography')!.parentNode as Element).localName).toBe('back');
  });
});

describe('toTei: corrections and regularisations', () => {
  /** The choices a note points at. */
  const choicesOf = (noteId: string): Element[] =>
    byXmlId(document, noteId)!
      .getAttribute('target')!
      .split(' ')
      .map((t) => byXmlId(document, t.slice(1))!);

  it('the forms of names written without diacritics, transliterated or in Western order are orig/reg; slips are sic/corr', () => {
    const regularised = notes.filter((n) => n.correction !== null && choicesOf(n.id).every((c) => elementsNamed(c, 'orig').length === 1)).map((n) => n.id);
    expect(regularised.sort()).toEqual(
      ['bib2-n1', 'h7-n1', 'p15-n2', 'p16-n1', 'p16-n4', 'p16-n6', 'p16-n7', 'p17-n1', 'p17-n2', 'p18-n1', 'p24-n3', 'p27-n1'].sort(),
    );
    for (const id of ['p19-n1', 'p27-n2', 'p4-n1', 'bib12-n1', 'p24-n2', 'bib14-n1']) {
      expect(
        choicesOf(id).every((c) => elementsNamed(c, 'sic').length === 1 && elementsNamed(c, 'corr').length === 1),
        id,
      ).toBe(true);
    }
    expect(elementsNamed(text, 'reg').every((r) => r.getAttribute('resp') === '#editors')).toBe(true);
    expect(elementsNamed(text, 'corr').every((r) => r.getAttribute('resp') === '#editors')).toBe(true);
  });

  it('a choice holds no markup: the name, quotation or citation it corrects lies around it, so both readings keep the markup', () => {
    const choices = elementsNamed(text, 'choice');
    expect(choices.length).toBeGreaterThanOrEqual(notes.filter((n) => n.correction !== null).length);
    // Markup inside a sic or orig only where the correction drops the words it marks ("most of the CC" → "several Presidium members").
    const lost = choices.flatMap((choice) => {
      const [printed, corrected] = [...choice.childNodes].filter((n) => n.nodeType === 1) as Element[];
      return descendants(printed!)
        .slice(1)
        .filter((inner) => corrected!.textContent!.includes(inner.textContent!))
        .map((inner) => `${choice.getAttribute('xml:id')}: ${inner.localName}`);
    });
    expect(lost).toEqual([]);
    expect(choices.filter((choice) => descendants(choice).length !== 3).map((c) => c.getAttribute('xml:id'))).toEqual(['p16-n8.choice']);
    // "Vladislaw Gomulka": each word regularised inside the name.
    const p17 = choicesOf('p17-n1');
    expect(p17.map((c) => [reading(c, 'printed'), reading(c, 'corrected')])).toEqual([
      ['Vladislaw', 'Władysław'],
      ['Gomulka', 'Gomułka'],
    ]);
    expect(p17.every((c) => ancestorNamed(c, 'persName')?.getAttribute('ref') === '#gomulka')).toBe(true);
    // "Levrentiy" inside Beria's name; "Zedong" inside the citation and the name of Mao.
    expect(ancestorNamed(choicesOf('p4-n1')[0]!, 'persName')!.getAttribute('ref')).toBe('#beria');
    expect(ancestorNamed(choicesOf('p21-n2')[0]!, 'bibl')!.getAttribute('xml:id')).toBe('p21-c1');
    // The space after the colon of "2006: 144" is taken out inside the citation.
    expect(ancestorNamed(choicesOf('p16-n9')[0]!, 'bibl')!.getAttribute('xml:id')).toBe('p16-c1');
  });

  it('a missing space or mark is an empty sic with the corr that supplies it', () => {
    const [marx] = choicesOf('p7-n2');
    expect(elementsNamed(marx!, 'sic')[0]!.childNodes.length).toBe(0);
    expect(elementsNamed(marx!, 'corr')[0]!.textContent).toBe(' ');
    expect(choicesOf('p17-n3').map((c) => elementsNamed(c, 'corr')[0]!.textContent)).toEqual(['’']);
  });

  it('sic marks only what is wrong: the unclosed marks alone; words the editors comment on without correcting are seg type="noted"', () => {
    const sic = byXmlId(document, 'p7-n1.sic')!;
    expect([sic.localName, sic.textContent]).toEqual(['sic', '"']);
    expect(byXmlId(document, 'p13-n1.sic')!.textContent).toBe('’');
    const imprint = byXmlId(document, 'bib10-n1.words')!;
    expect([imprint.localName, imprint.getAttribute('type'), imprint.textContent]).toEqual(['seg', 'noted', 'Leipzig: K&M.']);
    expect(byXmlId(document, 'bib10-n1.sic')).toBeUndefined();
    const loneSics = elementsNamed(text, 'sic').filter((s) => parentElement(s)!.localName !== 'choice');
    expect(loneSics.every((s) => /^[^\p{L}\p{Nd}]+$/u.test(s.textContent!))).toBe(true);
  });
});

describe('toTei: the notes are out of the reading text', () => {
  it('no note inside the body, the front or the bibliography; one note per record in the notes division, typed, pointing at its words', () => {
    expect(elementsNamed(text, 'note').filter(inReadingText)).toEqual([]);
    expect((notesDiv.parentNode as Element).localName).toBe('back');
    const listed = elementsNamed(notesDiv, 'note');
    expect(listed.map((n) => n.getAttribute('xml:id'))).toEqual(notes.map((n) => n.id));
    for (const note of notes) {
      const element = byXmlId(document, note.id)!;
      expect([element.getAttribute('type'), element.getAttribute('ana'), element.textContent]).toEqual([note.kind, `#note-kind.${note.kind}`, note.note]);
      const targets = element
        .getAttribute('target')!
        .split(' ')
        .map((t) => byXmlId(document, t.slice(1))!);
      expect(targets.length, note.id).toBeGreaterThan(0);
      for (const target of targets) {
        // Every target lies in the note's block, within its words.
        expect(ancestorNamed(target, blockElement(note.blockId).localName!) ?? target, note.id).toBeTruthy();
        expect(note.text, note.id).toContain(reading(target, 'printed'));
      }
      if (note.correction === null && note.kind !== 'punctuation') expect(joinedText(targets[0]!), note.id).toBe(note.text);
    }
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
    expect(byXmlId(document, 'section.secret-speech')!.localName).toBe('div');
    expect(byXmlId(document, 'secret-speech')!.localName).toBe('event');
    expect(byXmlId(document, 'kim-il-sung')!.localName).toBe('person');
  });

  it('every @ref, @target, @corresp, @source, @ana, @where, @sameAs (and @active, @passive, @next, @prev, @resp) resolves', () => {
    const { dangling, checked } = danglingPointers(document);
    expect(dangling).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('toTei: quotations, terms and titles', () => {
  it('quotations are quote with @source, terms of the essay’s own soCalled, titles title; none is q', () => {
    expect(elementsNamed(text, 'q')).toEqual([]);
    for (const quote of quotes) {
      const element = byXmlId(document, quote.id)!;
      expect(joinedText(element), quote.id).toBe(quote.text);
      const source = quote.citationId ?? quote.referenceId;
      const expected = quote.kind === 'title' ? 'title' : quote.kind === 'quotation' || source || quote.speakerIds.length ? 'quote' : 'soCalled';
      expect(element.localName, quote.id).toBe(expected);
      if (expected === 'quote') expect(element.getAttribute('source'), quote.id).toBe(source ? `#${source}` : null);
      // The marks are in the text, outside the element: a renderer must add none.
      expect(element.getAttribute('rend'), quote.id).toBe('printed-marks');
    }
    expect(byXmlId(document, 'p7-q1')!.localName).toBe('soCalled'); // ‘founding fathers’
    expect(byXmlId(document, 'p10-q2')!.localName).toBe('quote');
  });

  it('the speakers of each quotation are a relation to its words', () => {
    const speakers = elementsNamed(standOff, 'relation').filter((r) => r.getAttribute('name') === 'speaker');
    const spoken = quotes.filter((q) => q.speakerIds.length + q.speakerOrganisationIds.length);
    expect(speakers).toHaveLength(spoken.length);
    for (const quote of spoken) {
      const relation = speakers.find((r) => r.getAttribute('passive') === `#${quote.id}`)!;
      expect(relation.getAttribute('active'), quote.id).toBe([...quote.speakerIds, ...quote.speakerOrganisationIds].map((id) => `#${id}`).join(' '));
    }
    // Lenin's words in Khrushchev's speech are Lenin's, cited to paragraphs 8 and 9 of it.
    const lenin = byXmlId(document, 'p10-q2')!;
    expect(speakers.find((r) => r.getAttribute('passive') === '#p10-q2')!.getAttribute('active')).toBe('#lenin');
    expect(speakers.find((r) => r.getAttribute('passive') === '#p17-q1')!.getAttribute('active')).toBe('#kremlin');
    expect(speakers.find((r) => r.getAttribute('passive') === '#p24-q6')!.getAttribute('active')).toBe('#yanan-faction #soviet-faction');
    const cited = byXmlId(document, lenin.getAttribute('source')!.slice(1))!;
    expect(reading(cited, 'printed')).toBe('(ibid.:paras 8-9)');
    expect(cited.getAttribute('corresp')).toBe('#khrushchev-1956');
  });

  it('a title in its own bibliography entry has its level and no @ref to that entry', () => {
    for (const quote of quotes.filter((q) => q.kind === 'title')) {
      const element = byXmlId(document, quote.id)!;
      const entry = references.find((r) => r.blockId === quote.blockId);
      if (entry) expect(element.getAttribute('ref'), quote.id).not.toBe(`#${entry.id}`);
    }
    expect(byXmlId(document, 'bib6-q1')!.getAttribute('level')).toBe('u');
    expect(byXmlId(document, 'p1-q1')!.getAttribute('ref')).toBe('#khrushchev-1956');
  });
});

describe('toTei: citations and mentions', () => {
  it('as many citations as the collection, each a <bibl> on its words pointing at its entry, its locator in <citedRange>', () => {
    const inText = firsts(elementsNamed(text, 'bibl').filter((b) => (b.parentNode as Element).localName !== 'listBibl'));
    expect(inText).toHaveLength(citations.length);
    for (const citation of citations) {
      const element = byXmlId(document, citation.id)!;
      expect(joinedText(element), citation.id).toBe(citation.text);
      expect(element.getAttribute('corresp')).toBe(`#${citation.referenceId}`);
    }
    const ranges = elementsNamed(document, 'citedRange');
    expect(ranges).toHaveLength(citations.filter((c) => c.locator !== null).length);
    expect(ranges.filter((range) => parentElement(range)?.localName !== 'bibl').map(String)).toEqual([]);
    const p16 = elementsNamed(byXmlId(document, 'p16-c1')!, 'citedRange')[0]!;
    expect([p16.getAttribute('from'), p16.getAttribute('to'), p16.textContent]).toEqual(['144', '144', '144']);
    const filtzer = citations.find((c) => c.text === '(Filtzer, 1993:13-5)')!;
    const range = elementsNamed(byXmlId(document, filtzer.id)!, 'citedRange')[0]!;
    expect([range.getAttribute('from'), range.getAttribute('to'), range.textContent]).toEqual(['13', '15', '13-5']);
  });

  it('every mention points at its entity; nouns of nationality and descriptions are rs with @type', () => {
    const mentionElements = firsts(elementsNamed(text, 'persName', 'placeName', 'orgName', 'rs'));
    for (const [records, name, type] of [
      [people, 'persName', 'person'],
      [places, 'placeName', 'place'],
      [organisations, 'orgName', 'org'],
    ] as const) {
      for (const record of records as readonly { id: string; mentions: readonly unknown[] }[]) {
        const own = mentionElements.filter((e) => e.getAttribute('ref') === `#${record.id}`);
        expect(own, record.id).toHaveLength(record.mentions.length);
        expect(
          own.every((e) => e.localName === name || (e.localName === 'rs' && e.getAttribute('type') === type)),
          record.id,
        ).toBe(true);
      }
    }
    const rs = new Set(elementsNamed(text, 'rs').map((e) => `${e.getAttribute('ref')} ${joinedText(e)}`));
    for (const expected of [
      '#poland Poles',
      '#soviet-union Soviets',
      '#united-states Americans',
      '#japan Japanese',
      '#albanian-labor-party Albanian officials',
      '#pzpr Polish communist party',
      '#communist-league secret society of Communists',
    ]) {
      expect(rs.has(expected), expected).toBe(true);
    }
    expect(elementsNamed(text, 'placeName').some((e) => ['Poles', 'Soviets', 'Americans', 'Japanese'].includes(e.textContent!))).toBe(false);
    expect(elementsNamed(text, 'placeName').filter((e) => e.textContent === 'Poland').length).toBeGreaterThan(5);
  });
});

describe('toTei: the bibliography', () => {
  const entries = () => elementsNamed(elementsNamed(text, 'listBibl')[0]!, 'bibl').filter((b) => (b.parentNode as Element).localName === 'listBibl');

  it('one <bibl> per reference; every entry has its authors and its date as elements', () => {
    expect(entries().map((b) => b.getAttribute('xml:id'))).toEqual(references.map((r) => r.id));
    for (const reference of references) {
      const entry = byXmlId(document, reference.id)!;
      const authors = elementsNamed(entry, 'author');
      expect(
        authors.map((a) => reading(a, 'printed')),
        reference.id,
      ).toEqual(reference.authors.map((a) => a.printed));
      const dates = elementsNamed(entry, 'date');
      expect(
        dates.map((d) => d.getAttribute('when')),
        reference.id,
      ).toEqual([String(reference.year)]);
    }
    const filtzer = byXmlId(document, 'filtzer-1993')!;
    const field = (name: string) => elementsNamed(filtzer, name).map((e) => e.textContent);
    expect(field('title')).toEqual(['The Khrushchev Era: De-Stalinisation and the Limits of Reform in the USSR, 1953-1964']);
    expect(field('pubPlace')).toEqual(['London']);
    expect(field('publisher')).toEqual(['Macmillan']);
    const scope = elementsNamed(byXmlId(document, 'lankov-2002')!, 'biblScope').map((e) => [e.getAttribute('unit'), e.textContent]);
    expect(scope).toEqual([
      ['volume', '26'],
      ['issue', '1'],
      ['page', '87–119'],
    ]);
  });

  it('"———" is the previous entry’s author: @sameAs that author, @ref the person', () => {
    const lankov = elementsNamed(byXmlId(document, 'lankov-2002')!, 'author')[0]!;
    expect([lankov.textContent, lankov.getAttribute('sameAs'), lankov.getAttribute('ref')]).toEqual(['———', '#lankov-1999.author1', '#lankov']);
    expect(reading(byXmlId(document, 'lankov-1999.author1')!, 'printed')).toBe('Lankov, A.');
    const mao = elementsNamed(byXmlId(document, getBlockReference('bib13'))!, 'author')[0]!;
    expect([mao.getAttribute('sameAs'), mao.getAttribute('ref')]).toEqual(['#mao-1962.author1', '#mao-zedong']);
    // "Zedong, M.": the author as printed, with its corrections inside it.
    const zedong = byXmlId(document, 'mao-1962.author1')!;
    expect([reading(zedong, 'printed'), reading(zedong, 'corrected')]).toEqual(['Zedong, M.', 'Mao, Z.']);
  });
});

function getBlockReference(blockId: string): string {
  return references.find((r) => r.blockId === blockId)!.id;
}

describe('toTei: stand-off', () => {
  it('one <person>, <place>, <org> and <event> per record, with the preferred and printed names; places typed by kind', () => {
    expect(elementsNamed(standOff, 'person')).toHaveLength(people.length);
    expect(elementsNamed(standOff, 'org')).toHaveLength(organisations.length);
    expect(elementsNamed(standOff, 'event')).toHaveLength(events.length);
    const placeElements = elementsNamed(standOff, 'place');
    expect(placeElements.map((p) => [p.getAttribute('xml:id'), p.getAttribute('type')])).toEqual(places.map((p) => [p.id, p.kind]));
    const names = elementsNamed(byXmlId(document, 'gomulka')!, 'persName').map((n) => [n.getAttribute('type'), n.textContent]);
    expect(names[0]).toEqual(['preferred', 'Władysław Gomułka']);
    expect(names).toContainEqual(['printed', 'Vladislaw Gomulka']);
    expect(elementsNamed(standOff, 'geo')).toHaveLength(places.filter((p) => p.coordinates).length);
    expect(elementsNamed(byXmlId(document, 'east-berlin')!, 'geo')[0]!.textContent).toBe('52.52 13.405');
  });

  it('events: dated, placed with @where, participants as names with @ref and @role, the date’s basis and certainty', () => {
    const dating = (id: string) => ['when', 'notBefore', 'notAfter'].map((name) => byXmlId(document, id)!.getAttribute(name));
    expect(dating('secret-speech')).toEqual(['1956-02-25', null, null]);
    expect(dating(events.find((e) => e.date === '1956-23')!.id)).toEqual([null, '1956-09-01', '1956-11-30']);
    expect(dating(events.find((e) => e.date === '../1954')!.id)).toEqual([null, null, '1954-12-31']);
    const descs = new Set<string>();
    for (const event of events) {
      const element = byXmlId(document, event.id)!;
      expect(element.getAttribute('where') ?? '', event.id).toBe(event.placeIds.map((id) => `#${id}`).join(' '));
      expect(element.getAttribute('ana')).toBe(`#date-basis.${event.dateBasis}`);
      expect(element.getAttribute('evidence')).toBe({ stated: 'internal', inferred: 'conjecture', editorial: 'external' }[event.dateBasis]);
      expect(element.getAttribute('cert'), event.id).toBe(/[~?%]/.test(event.date) ? 'medium' : null);
      const participants = elementsNamed(element, 'persName', 'orgName');
      expect(
        participants.map((p) => p.getAttribute('ref')),
        event.id,
      ).toEqual([...event.personIds, ...event.organisationIds].map((id) => `#${id}`));
      expect(participants.every((p) => p.getAttribute('role') === 'participant')).toBe(true);
      const desc = [...element.childNodes].find((n) => n.nodeType === 1 && (n as Element).localName === 'desc') as Element;
      expect(desc.getAttribute('resp')).toBe('#editors');
      expect(descs.has(desc.textContent!), `${event.id} shares its desc`).toBe(false);
      descs.add(desc.textContent!);
      const date = elementsNamed(element, 'note').find((n) => n.getAttribute('type') === 'date')!;
      expect(elementsNamed(date, 'quote')[0]!.textContent).toBe(event.dateText);
    }
    expect(byXmlId(document, events.find((e) => e.date === '1956-03~')!.id)!.getAttribute('cert')).toBe('medium');
  });

  it('the essay’s words an event repeats are a quote pointing at its paragraph', () => {
    const passage = elementsNamed(byXmlId(document, 'secret-speech')!, 'note').find((n) => n.getAttribute('type') === 'passage')!;
    const quote = elementsNamed(passage, 'quote')[0]!;
    expect(quote.getAttribute('source')).toBe('#p1');
    expect(getBlock('p1').text).toContain(quote.textContent!.replace(/\.$/, ''));
  });

  it('the argument: one relation per supported claim and one listing each claim’s evidence', () => {
    const relations = elementsNamed(standOff, 'relation');
    expect(relations.filter((r) => r.getAttribute('name') === 'supports')).toHaveLength(claims.reduce((n, c) => n + c.supports.length, 0));
    const evidence = relations.filter((r) => r.getAttribute('name') === 'evidence');
    for (const claim of claims) {
      const { quoteIds, citationIds, eventIds } = claim.evidence;
      const listed =
        evidence
          .find((r) => r.getAttribute('passive') === `#${claim.id}`)
          ?.getAttribute('active')
          ?.split(' ') ?? [];
      expect(listed, claim.id).toEqual([...quoteIds, ...citationIds, ...eventIds].map((id) => `#${id}`));
    }
  });

  it('each claim is a <seg> on its words; restatements point at the first statement', () => {
    const segs = elementsNamed(text, 'seg').filter((s) => s.getAttribute('type') === 'claim');
    expect(firsts(segs)).toHaveLength(claims.reduce((n, c) => n + c.spans.length, 0));
    for (const claim of claims) {
      claim.spans.forEach((span, index) => {
        const seg = byXmlId(document, index === 0 ? claim.id : `${claim.id}.${index + 1}`)!;
        expect(joinedText(seg), claim.id).toBe(span.text);
        expect([seg.getAttribute('subtype'), seg.getAttribute('ana')]).toEqual([claim.role, `#claim-role.${claim.role}`]);
        expect(seg.getAttribute('corresp')).toBe(index === 0 ? null : `#${claim.id}`);
      });
    }
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
    ];
    const pairs: string[] = [];
    for (const a of spans) {
      for (const b of spans) {
        if (a.blockId === b.blockId && a.start < b.start && b.start < a.end && a.end < b.end) pairs.push(`${a.label} × ${b.label}`);
      }
    }
    return pairs.sort();
  }

  it('the data has fourteen crossings, mostly a note on a word and the mark beside it', () => {
    expect(crossingPairs()).toEqual(
      [
        'p7-n1 × p7-q3',
        'p8-n1 × p8-q2',
        'p10-n1 × p10-q2',
        'p13-q3 × p13-n1',
        'p20-q4 × p20-n1',
        'p20-q5 × p20-n1',
        'p21-n1 × p21-q1',
        'p24-q6 × p24-n1',
        'bib6-q1 × bib6-n1',
        'cpsu@bib6 × bib6-n1',
        'p17-n1 × p17-c1',
        'gomulka@p17 × p17-c1',
        'marx@p7 × p7-n2',
        'p8-c1 × p8-n2',
      ].sort(),
    );
  });

  it('only two elements are cut, where the data’s spans cross; every part rejoins', () => {
    const cut = descendants(text)
      .filter((e) => e.hasAttribute('next') && !e.hasAttribute('prev'))
      .map((e) => e.getAttribute('xml:id'))
      .sort();
    expect(cut).toEqual(CUT);
    for (const id of cut) {
      const element = byXmlId(document, id!)!;
      const record = [...quotes, ...citations].find((r) => r.id === id);
      if (record) expect(joinedText(element)).toBe(record.text);
      // No part ends in a space.
      for (
        let part: Element | undefined = element;
        part;
        part = part.getAttribute('next') ? byXmlId(document, part.getAttribute('next')!.slice(1)) : undefined
      ) {
        expect(part.textContent, id!).not.toMatch(/\s$/);
      }
    }
  });
});

// Checked against the text. Paragraph 17: the mention "Vladislaw Gomulka" and the narrative
// citation "Gomulka’s (1956)" share "Gomulka", so the name is cut before the citation, the space
// between "Vladislaw" and "Gomulka" left between the parts (TEI processors trim an element's
// trailing space). Paragraph 20:
// the two closing marks ”’ the note marks as unopened close two quotations, the inner one and then
// the outer, so the sic is cut at the outer quotation's end. (Corrections no longer cross anything:
// each is on the smallest stretch it changes.)
const CUT = ['gomulka.p17.0', 'p20-n1.sic'];
