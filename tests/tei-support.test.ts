import { describe, expect, it } from 'vitest';
import { nestSpans, type InlineSpan } from '../src/export/tei/nest-spans.js';
import { escapeXmlAttribute, escapeXmlText, xmlElement } from '../src/export/tei/xml.js';
import { teiDateAttributes } from '../src/export/tei/event-dates.js';
import { isDescriptiveMention } from '../src/export/tei/mention-forms.js';
import { applyReadingEdits, readingEdits } from '../src/export/tei/reading-edits.js';
import { isRegularisation } from '../src/export/tei/regularisation.js';
import { bareAmpersands, danglingPointers, parseXml, repeatedIds, textWithout } from './support/tei.js';

const span = (name: string, start: number, end: number, more: Partial<InlineSpan> = {}): InlineSpan => ({
  start,
  end,
  rank: 1,
  splittable: true,
  name,
  attributes: {},
  id: null,
  partId: `${name}.${start}`,
  ...more,
});

describe('XML escaping', () => {
  it('escapes markup characters in text and quotes in attributes, and a parser reads them back', () => {
    const tricky = `Tom & Jerry's "<b>" 'x' > y`;
    expect(escapeXmlText(tricky)).toBe(`Tom &amp; Jerry's "&lt;b&gt;" 'x' &gt; y`);
    expect(escapeXmlAttribute(tricky)).toBe('Tom &amp; Jerry&apos;s &quot;&lt;b&gt;&quot; &apos;x&apos; &gt; y');
    const doc = parseXml(xmlElement('a', { title: tricky }, escapeXmlText(tricky)));
    expect(doc.documentElement!.getAttribute('title')).toBe(tricky);
    expect(doc.documentElement!.textContent).toBe(tricky);
  });
});

describe('nestSpans', () => {
  const text = 'one two three four';

  it('nests spans that nest, the higher rank outside where they cover the same words', () => {
    const out = nestSpans(text, [span('b', 4, 7), span('a', 0, 13, { rank: 2 }), span('c', 4, 7, { rank: 3 })]);
    expect(out).toBe('<a>one <c><b>two</b></c> three</a> four');
  });

  it('cuts the lower-ranked of two crossing spans into parts joined by @next/@prev', () => {
    const out = nestSpans(text, [span('a', 0, 7, { rank: 2, id: 'x' }), span('b', 4, 13)]);
    expect(out).toBe('<a xml:id="x">one <b xml:id="b.4" next="#b.4.part2">two</b></a><b xml:id="b.4.part2" prev="#b.4"> three</b> four');
    const reversed = nestSpans(text, [span('a', 0, 7), span('b', 4, 13, { rank: 2 })]);
    // The space before the cut stays between the parts.
    expect(reversed).toBe('<a xml:id="a.0" next="#a.0.part2">one</a> <b><a xml:id="a.0.part2" prev="#a.0">two</a> three</b> four');
  });

  it('never cuts a span that may not be cut; two such spans crossing are an error', () => {
    const out = nestSpans(text, [span('a', 0, 7, { rank: 0, splittable: false }), span('b', 4, 13, { rank: 5 })]);
    expect(out).toBe('<a>one <b xml:id="b.4" next="#b.4.part2">two</b></a><b xml:id="b.4.part2" prev="#b.4"> three</b> four');
    expect(() => nestSpans(text, [span('a', 0, 7, { splittable: false }), span('b', 4, 13, { splittable: false })])).toThrow(/crosses <a>/);
  });

  it('writes a zero-width span as an empty element, markup around each part and after the last', () => {
    const note = (ids: readonly string[]) => `<note target="${ids.map((id) => `#${id}`).join(' ')}"/>`;
    const out = nestSpans('a & b', [
      span('x', 2, 2),
      span('sic', 0, 3, { id: 's', wrap: { before: '<choice>', after: '<corr>A &amp;</corr></choice>' }, after: note }),
    ]);
    expect(out).toBe('<choice><sic xml:id="s">a <x/>&amp;</sic><corr>A &amp;</corr></choice><note target="#s"/> b');
  });
});

describe('teiDateAttributes', () => {
  it('gives @when for a plain date and the first and last possible day otherwise', () => {
    expect(teiDateAttributes('1956-10')).toEqual({ when: '1956-10' });
    expect(teiDateAttributes('1956-23')).toEqual({ notBefore: '1956-09-01', notAfter: '1956-11-30' });
    expect(teiDateAttributes('1956-03~')).toEqual({ notBefore: '1956-03-01', notAfter: '1956-03-31' });
    expect(teiDateAttributes('../1954')).toEqual({ notBefore: null, notAfter: '1954-12-31' });
  });
});

describe('the TEI test helpers fail on broken documents', () => {
  const broken = parseXml(
    '<TEI xmlns="http://www.tei-c.org/ns/1.0"><p xml:id="a">x<corr>y</corr><note>n</note>z</p><p xml:id="a" corresp="#a #nope" who="lenin"/><ref target="https://example.org/"/><ptr target="#a"/></TEI>',
  );

  it('danglingPointers reports a pointer to a missing id and one that is not a pointer', () => {
    expect(danglingPointers(broken)).toEqual({ dangling: ['p/@who="lenin"', 'p/@corresp="#nope"'], checked: 5 });
    expect(
      danglingPointers(
        parseXml('<TEI xmlns="http://www.tei-c.org/ns/1.0"><p ana="#nope" where="#a" xml:id="a"/><licence target="https://example.org/"/></TEI>'),
      ).dangling,
    ).toEqual(['p/@ana="#nope"']);
  });

  it('repeatedIds reports an id given twice', () => {
    expect(repeatedIds(broken)).toEqual(['a']);
  });

  it('bareAmpersands finds an unescaped & that the parser lets through', () => {
    expect(bareAmpersands('<p>K&M &amp; &lt;x&gt; &quot;&apos;</p>')).toEqual(['&M &amp; &lt;x&gt; &q']);
    expect(bareAmpersands('<p>K&amp;M</p>')).toEqual([]);
  });

  it('textWithout leaves out the corrections and notes', () => {
    expect(textWithout(broken.documentElement!, ['corr', 'note'])).toBe('xz');
    expect(textWithout(broken.documentElement!, [])).toBe('xynz');
  });

  it('parseXml rejects a document that is not well-formed', () => {
    expect(() => parseXml('<TEI><p>a < b</p></TEI>')).toThrow();
    expect(() => parseXml('<TEI a="1" a="2"/>')).toThrow();
    expect(() => parseXml('<TEI><p></TEI>')).toThrow();
  });
});

describe('readingEdits', () => {
  const shown = (printed: string, corrected: string) => readingEdits(printed, corrected).map((edit) => [printed.slice(edit.start, edit.end), edit.replacement]);

  it('keeps each edit to whole tokens: a word, a mark, or a point where a space or mark is missing', () => {
    expect(shown('Levrentiy', 'Lavrentiy')).toEqual([['Levrentiy', 'Lavrentiy']]);
    expect(shown('Marx:', 'Marx: ')).toEqual([['', ' ']]);
    expect(shown('Morgan et al,', 'Morgan et al.,')).toEqual([['', '.']]);
    expect(shown('2006: 144', '2006:144')).toEqual([[' ', '']]);
    expect(shown("'At", '‘At')).toEqual([["'", '‘']]);
    expect(shown('Lankov, A. 1999.', 'Lankov, A. (1999)')).toEqual([
      ['', '('],
      ['.', ')'],
    ]);
    expect(shown('Ivanov(a), V. (1956)', 'Ivanov, V. (1956a)')).toEqual([
      ['(a)', ''],
      ['', 'a'],
    ]);
  });

  it('one edit for words replaced by other words, one per word where each word is replaced by one, one for a reordering', () => {
    expect(shown('to become Prime Minister', 'to become First Secretary of the party')).toEqual([['Prime Minister', 'First Secretary of the party']]);
    expect(shown('most of the CC', 'several Presidium members')).toEqual([['most of the CC', 'several Presidium members']]);
    expect(shown('Vladislaw Gomulka', 'Władysław Gomułka')).toEqual([
      ['Vladislaw', 'Władysław'],
      ['Gomulka', 'Gomułka'],
    ]);
    expect(shown('Xiaoguang Qiao', 'Qiao Xiaoguang')).toEqual([['Xiaoguang Qiao', 'Qiao Xiaoguang']]);
    expect(shown('same', 'same')).toEqual([]);
  });

  it('applying the edits gives the corrected reading, for random pairs of strings too', () => {
    const words = ['a', 'Gomulka', ' ', ',', '’', 'de-Stalinsation', '1956', '(', ')', 'the', 'CC', '.'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const phrase = () => Array.from({ length: Math.floor(random() * 8) }, () => words[Math.floor(random() * words.length)]).join('');
    for (let i = 0; i < 300; i++) {
      const printed = phrase();
      const corrected = phrase();
      const edits = readingEdits(printed, corrected);
      expect(applyReadingEdits(printed, edits), `${printed} → ${corrected}`).toBe(corrected);
      edits.forEach((edit, k) => k > 0 && expect(edit.start).toBeGreaterThanOrEqual(edits[k - 1]!.end));
    }
  });
});

describe('isRegularisation', () => {
  const note = (text: string, correction: string | null, kind: 'name' | 'spelling' = 'name') => ({ kind, text, correction });

  it('is true for a name without diacritics, in another transliteration or in another order', () => {
    expect(isRegularisation(note('Gomulka', 'Gomułka'))).toBe(true);
    expect(isRegularisation(note('Vladislaw Gomulka', 'Władysław Gomułka'))).toBe(true);
    expect(isRegularisation(note('Yanan', 'Yan’an'))).toBe(true);
    expect(isRegularisation(note('Xiaoguang Qiao', 'Qiao Xiaoguang'))).toBe(true);
  });

  it('is false for a slip, a wrong name, a misplaced apostrophe, a spelling note or no correction', () => {
    expect(isRegularisation(note('Mikhael', 'Mikhail'))).toBe(false);
    expect(isRegularisation(note('Qing', 'Qiao'))).toBe(false);
    expect(isRegularisation(note('Zedong, M.', 'Mao, Z.'))).toBe(false);
    expect(isRegularisation(note('Korean Worker’s Party', 'Korean Workers’ Party'))).toBe(false);
    expect(isRegularisation(note('Gomulka', 'Gomułka', 'spelling'))).toBe(false);
    expect(isRegularisation(note('Gomulka', null))).toBe(false);
  });
});

describe('isDescriptiveMention', () => {
  it('nouns of nationality and words in lower case describe; proper names and abbreviations name', () => {
    const country = (name: string) => ({ name, kind: 'country' });
    expect(isDescriptiveMention('Poles', country('Poland'))).toBe(true);
    expect(isDescriptiveMention('Japanese', country('Japan'))).toBe(true);
    expect(isDescriptiveMention('Albanian officials', { name: 'Albanian Labor Party' })).toBe(true);
    expect(isDescriptiveMention('secret society of Communists', { name: 'Communist League' })).toBe(true);
    expect(isDescriptiveMention('Poland', country('Poland'))).toBe(false);
    expect(isDescriptiveMention('USSR', country('Soviet Union'))).toBe(false);
    expect(isDescriptiveMention('Communist Party of the Soviet Union', { name: 'Communist Party of the Soviet Union' })).toBe(false);
    expect(isDescriptiveMention('Poznan', { name: 'Poznań', kind: 'city' })).toBe(false);
  });

  it('adjectives of nationality describe their country or region; its names do not', () => {
    const country = (name: string) => ({ name, kind: 'country' });
    expect(isDescriptiveMention('Soviet', country('Soviet Union'))).toBe(true);
    expect(isDescriptiveMention('American', country('United States'))).toBe(true);
    expect(isDescriptiveMention('Sino', country('China'))).toBe(true);
    expect(isDescriptiveMention('North Korean', country('North Korea'))).toBe(true);
    expect(isDescriptiveMention('Western', { name: 'the West', kind: 'region' })).toBe(true);
    expect(isDescriptiveMention('Peoples Republic of China', country('China'))).toBe(false);
    expect(isDescriptiveMention('DPRK', country('North Korea'))).toBe(false);
    expect(isDescriptiveMention('the West', { name: 'the West', kind: 'region' })).toBe(false);
    expect(isDescriptiveMention('Soviet', { name: 'Soviet faction' })).toBe(false);
  });
});

describe('nestSpans: a part never ends in a space', () => {
  it('leaves the spaces before a cut between the parts', () => {
    const out = nestSpans('one two three', [span('a', 0, 7), span('b', 4, 13, { rank: 2 })]);
    expect(out).toBe('<a xml:id="a.0" next="#a.0.part2">one</a> <b><a xml:id="a.0.part2" prev="#a.0">two</a> three</b>');
  });
});

describe('nestSpans: an empty element at an offset comes before the elements that open there', () => {
  it('writes the empty element outside the element that begins at its offset', () => {
    expect(nestSpans('ab', [span('b', 1, 2), span('x', 1, 1)])).toBe('a<x/><b>b</b>');
    expect(nestSpans('ab', [span('a', 0, 1), span('x', 1, 1)])).toBe('<a>a</a><x/>b');
  });
});
