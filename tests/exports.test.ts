import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import {
  citations,
  formatLocator,
  formatReference,
  getBlock,
  getReference,
  plainTextRange,
  quotes,
  references,
  toBibTeX,
  toCslJson,
  toPlainText,
  toWebAnnotations,
} from '../src/index.js';
import { codePointsBefore } from '../src/export/internal/code-points.js';
import { escapeBibTeX } from '../src/export/to-bibtex.js';

describe('formatLocator', () => {
  it('renders pages and paragraphs, single and ranged', () => {
    expect(formatLocator({ unit: 'page', start: 12, end: 12, printed: '12' })).toBe('p. 12');
    expect(formatLocator({ unit: 'page', start: 13, end: 15, printed: '13-5' })).toBe('pp. 13–15');
    expect(formatLocator({ unit: 'paragraph', start: 5, end: 5, printed: 'para 5' })).toBe('para. 5');
    expect(formatLocator({ unit: 'paragraph', start: 8, end: 9, printed: 'paras 8-9' })).toBe('paras 8–9');
  });
  it('rejects what is not a locator', () => {
    expect(() => formatLocator(null as never)).toThrow(TypeError);
    expect(() => formatLocator({ unit: 'line', start: 1, end: 1 } as never)).toThrow(/expected \{ unit: "page" \| "paragraph"/);
  });
});

describe('formatReference', () => {
  it('as-printed returns each entry exactly as printed', () => {
    for (const ref of references) expect(formatReference(ref, 'as-printed')).toBe(ref.text);
  });

  it('chicago-author-date builds entries from the parsed fields', () => {
    // Expected forms written from The Chicago Manual of Style's author-date reference list.
    expect(formatReference('filtzer-1993', 'chicago-author-date')).toBe(
      'Filtzer, D. 1993. The Khrushchev Era: De-Stalinisation and the Limits of Reform in the USSR, 1953-1964. London: Macmillan.',
    );
    expect(formatReference('jones-2006', 'chicago-author-date')).toBe(
      'Jones, P. 2006. “Introduction.” In The Dilemmas of De-Stalinization, edited by P. Jones, 1–18. New York: Routledge.',
    );
    expect(formatReference('lankov-2002', 'chicago-author-date')).toBe(
      'Lankov, A. 2002. “Kim Takes Control: The ‘Great Purge’ in North Korea, 1956-1960.” Korean Studies 26 (1): 87–119.',
    );
    expect(formatReference('morgan-2000', 'chicago-author-date')).toMatch(/^Morgan, P., K\. Nelson, and G\. Arbatov\. 2000\. Re-Viewing/);
    expect(formatReference('machcewicz-2006', 'chicago-author-date')).toBe(
      'Machcewicz, P. 2006. “The Polish 1956.” In 1956 European and Global Perspectives, edited by C. Fink, F. Hadler, and T. Schramm. Leipzig: K&M.',
    );
    expect(formatReference('ivanov-1956b', 'chicago-author-date')).toMatch(/^Ivanov, V\. 1956b\. “Memorandum of Conversation/);
    expect(formatReference(getReference('mao-1962'), 'chicago-author-date')).toBe(
      'Mao, Zedong. 1962. “Memorandum of Conversation, Albanian Labor Party Delegation with Mao Zedong.” The Wilson Center Digital Archive, The Wilson Center. http://digitalarchive.wilsoncenter.org/document/117679.',
    );
  });

  it('rejects unknown references and styles', () => {
    expect(() => formatReference('nope-2000', 'as-printed')).toThrow(RangeError);
    expect(() => formatReference('filtzer-1993', 'mla' as never)).toThrow(/unknown style "mla"; expected as-printed or chicago-author-date/);
    expect(() => formatReference(42 as never, 'as-printed')).toThrow(TypeError);
  });
});

describe('references', () => {
  it('resolve "———" to the previous entry’s author and correct irregular names', () => {
    expect(getReference('lankov-2002').authors).toEqual([{ family: 'Lankov', given: 'A.', printed: '———' }]);
    expect(getReference('mao-1969').authors).toEqual([{ family: 'Mao', given: 'Zedong', printed: '———' }]);
    expect(getReference('mao-1962').authors[0]).toEqual({ family: 'Mao', given: 'Zedong', printed: 'Zedong, M.' });
    expect(getReference('gomulka-1956').authors[0]!.family).toBe('Gomułka');
  });

  it('each entry’s text is its bibliography block, verbatim', () => {
    for (const ref of references) expect(ref.text, ref.id).toBe(getBlock(ref.blockId).text);
  });

  it('every parsed field is printed in its entry', () => {
    for (const ref of references) {
      for (const field of [ref.title, ref.containerTitle, ref.publisher, ref.place, ref.url, ref.volume]) {
        if (field !== null) expect(ref.text, `${ref.id}: ${field}`).toContain(field);
      }
      for (const name of [...ref.authors, ...ref.editors]) expect(ref.text).toContain(name.printed);
      expect(ref.text).toContain(String(ref.year));
      if (ref.pages) expect(ref.text).toContain(`${ref.pages.start}–${ref.pages.end}`);
    }
  });

  it('types: 2 books, 2 chapters, 3 articles, 7 archival documents', () => {
    const count = (type: string) => references.filter((r) => r.type === type).length;
    expect([count('book'), count('chapter'), count('article'), count('archival-document')]).toEqual([2, 2, 3, 7]);
  });
});

describe('toCslJson, read by citation-js', () => {
  const csl = toCslJson();
  const cite = new Cite(csl.items as object[]);

  // citeproc-js (or the CLI) loads a style and a locale: seconds on a busy machine
  it('renders the bibliography in APA through citation-js', { timeout: 60_000 }, () => {
    const apa = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
    expect(apa).toContain('Filtzer, D. (1993). The Khrushchev Era: De-Stalinisation and the Limits of Reform in the USSR, 1953-1964. Macmillan.');
    expect(apa).toContain('Jones, P. (2006). Introduction. In P. Jones (Ed.), The Dilemmas of De-Stalinization (pp. 1–18). Routledge.');
    expect(apa).toContain('Lankov, A. (2002). Kim Takes Control: The ‘Great Purge’ in North Korea, 1956-1960. Korean Studies, 26(1), 87–119.');
    expect(apa).toContain('Ivanov, V. (1956a).');
    expect(apa).toContain('Ivanov, V. (1956b).');
    expect(apa).toContain('http://digitalarchive.wilsoncenter.org/document/115995');
    expect(apa.trim().split('\n')).toHaveLength(14);
  });

  it('renders pinpoint citations from the citation items', () => {
    const render = (id: string) => {
      const item = csl.citations.find((c) => c.citationID === id)!.citationItems[0];
      return cite.format('citation', { format: 'text', template: 'apa', lang: 'en-US', entry: [item] });
    };
    expect(render('p5-c1')).toBe('(Filtzer, 1993, pp. 13–15)');
    expect(render('p5-c2')).toBe('(Filtzer, 1993, pp. 13–15)'); // "ibid." resolved, not stored
    expect(render('p10-c1')).toMatch(/^\(Khrushchev, 1956, paras?\. 8–9\)$/);
  });

  it('uses only CSL 1.0.2 item variables and types; archival documents are manuscripts', () => {
    const variables = new Set([
      'id',
      'type',
      'title',
      'author',
      'editor',
      'issued',
      'container-title',
      'volume',
      'issue',
      'page',
      'publisher',
      'publisher-place',
      'archive',
      'URL',
    ]);
    for (const item of csl.items) for (const key of Object.keys(item)) expect(variables.has(key), key).toBe(true);
    expect(csl.items.filter((i) => i.type === 'manuscript').map((i) => i.id)).toHaveLength(7);
    expect(csl.items.find((i) => i.id === 'khrushchev-1956')).toMatchObject({
      archive: 'The Wilson Center Digital Archive',
      URL: expect.stringMatching(/^http/),
    });
    expect(csl.citations).toHaveLength(citations.length);
    expect(JSON.stringify(csl)).not.toMatch(/ibid/i);
  });
});

describe('toBibTeX, read back by citation-js', () => {
  interface Parsed {
    id: string;
    type: string;
    title: string;
    author: unknown;
    editor?: unknown[];
    issued: unknown;
    page?: string;
    publisher?: string;
    volume?: string;
    issue?: string;
  }
  const parsed = new Cite(toBibTeX()).data as Parsed[];
  const entry = (id: string) => parsed.find((e) => e.id === id)!;

  it('reads back 14 entries with authors, titles, pages and publishers intact', () => {
    expect(parsed).toHaveLength(14);
    for (const ref of references) {
      const back = entry(ref.id);
      expect(back.title, ref.id).toBe(ref.title);
      expect(back.author).toEqual(ref.authors.map((a) => ({ family: a.family, given: a.given })));
      expect(back.issued).toEqual({ 'date-parts': [[ref.year]] });
      if (ref.pages) expect(back.page).toBe(`${ref.pages.start}-${ref.pages.end}`);
    }
    expect(entry('khrushchev-1956').title).toBe(
      'Khrushchev’s ‘Secret Speech,’ Delivered at the Twentieth Party Congress of the Communist Party of the Soviet Union',
    );
    expect(entry('machcewicz-2006').publisher).toBe('K&M');
    expect(entry('machcewicz-2006').editor).toHaveLength(3);
    expect(entry('kramer-1995')).toMatchObject({ type: 'article-journal', issue: '6/7', page: '170-185' });
    expect(entry('kramer-1995')).not.toHaveProperty('volume'); // the double issue is an issue, not also a volume
    expect(entry('gomulka-1956').author).toEqual([{ family: 'Gomułka', given: 'W.' }]);
  });

  it('types each entry as the CSL export does: archival documents are @unpublished, read back as manuscript', () => {
    const csl = toCslJson().items;
    for (const item of csl) expect(entry(item.id).type, item.id).toBe(item.type);
    expect(toBibTeX().match(/^@unpublished\{/gm)).toHaveLength(7);
    expect(toBibTeX()).toContain('@unpublished{gomulka-1956,\n  author = {Gomułka, W.},');
    expect(toBibTeX()).toContain(
      '  howpublished = {The Wilson Center},\n  note = {The Wilson Center Digital Archive},\n  url = {http://digitalarchive.wilsoncenter.org/document/116002},',
    );
  });

  it('escapes the characters special to BibTeX', () => {
    expect(escapeBibTeX('K&M 50% {x} $ # _ ~ ^ \\')).toBe('K\\&M 50\\% \\{x\\} \\$ \\# \\_ \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    expect(toBibTeX()).toContain('publisher = {K\\&M}');
    expect(toBibTeX()).toContain('pages = {170--185}');
  });
});

describe('toWebAnnotations', () => {
  const source = 'https://example.org/destalinisation.txt';
  const annotations = toWebAnnotations({ source, annotationBase: 'https://example.org/annotations' });
  const text = toPlainText();
  const points = [...text];

  it('makes one annotation per quote and per citation', () => {
    expect(annotations).toHaveLength(quotes.length + citations.length);
    expect(annotations.filter((a) => a.motivation === 'describing')).toHaveLength(69);
    expect(annotations.filter((a) => a.motivation === 'linking')).toHaveLength(44);
    expect(new Set(annotations.map((a) => a.id)).size).toBe(annotations.length);
  });

  it('every selector re-anchors: the quote selector is unique and agrees with the position selector', () => {
    for (const annotation of annotations) {
      const [quote, position] = annotation.target.selector;
      const needle = quote.prefix + quote.exact + quote.suffix;
      const at = text.indexOf(needle);
      expect(at, annotation.id).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(needle, at + 1), `${annotation.id} is not unique`).toBe(-1);
      const start = [...text.slice(0, at + quote.prefix.length)].length;
      expect(position.start).toBe(start);
      expect(points.slice(position.start, position.end).join('')).toBe(quote.exact);
    }
  });

  it('counts positions in code points, not UTF-16 units', () => {
    const last = annotations.at(-1)!.target.selector[1];
    expect(last.end).toBeLessThanOrEqual(points.length);
    // The essay has no character outside the Basic Multilingual Plane, so the counting is checked here.
    expect([...codePointsBefore('a𝄞b')]).toEqual([0, 1, 2, 2, 3]);
    expect([...codePointsBefore('\uDC00x')]).toEqual([0, 1, 2]); // a lone low surrogate counts once
  });

  it('describes each quote and cites each source in its body', () => {
    const lenin = annotations.find((a) => a.id === 'https://example.org/annotations/p10-q2')!;
    expect(lenin.motivation === 'describing' && lenin.body.value).toBe(
      `Quotation; spoken or written by Vladimir Lenin; source: ${formatReference('khrushchev-1956', 'chicago-author-date')}; paras 8–9`,
    );
    const ibid = annotations.find((a) => a.id === 'https://example.org/annotations/p16-c2')!;
    expect(ibid.motivation === 'linking' && ibid.body.value).toMatch(/^Machcewicz, P\. 2006\. .* pp\. 149–151$/);
  });

  it('rejects a missing or malformed source', () => {
    for (const bad of [undefined, {}, { source: 42 }]) expect(() => toWebAnnotations(bad as never)).toThrow(TypeError);
    for (const bad of [{ source: '' }, { source: 'essay.txt' }, { source: 'https://x.org/a#b' }]) expect(() => toWebAnnotations(bad)).toThrow(RangeError);
  });
});

describe('plainTextRange', () => {
  it('places every span in the plain text', () => {
    const text = toPlainText();
    for (const span of [...quotes, ...citations]) {
      const range = plainTextRange(span)!;
      expect(text.slice(range.start, range.end)).toBe(span.text);
    }
    expect(plainTextRange({ blockId: 'nope' as never, start: 0, end: 1 })).toBeUndefined();
  });
});
