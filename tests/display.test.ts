/**
 * What the package gives a screen to show: dates in words (`formatDate`, events' `dateLabel`), short
 * labels (references' `label`, claims' `label`, events' `shortTitle`), short citations
 * (`formatCitation`), and graph and map data that libraries take as they are (node `degree`,
 * `caseStudyId` and `days`; GeoJSON `properties.id` and `kinds`; `days.endExclusive`; `getCaseStudy`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseStudies,
  citations,
  claims,
  dateRange,
  events,
  formatCitation,
  formatDate,
  getCaseStudy,
  getCitation,
  getEvent,
  getQuote,
  quotes,
  references,
  toGeoJson,
  toGraph,
  toTimelineJs,
} from '../src/index.js';
import * as edition from '../src/edition.js';
import { loadClaims } from '../scripts/loaders/load-claims.js';
import { loadEvents } from '../scripts/loaders/load-events.js';
import { copy, rawClaims, rawEvents, readText } from './support/data.js';
import { unfoundWords } from './support/label-words.js';
import { smallEdition } from './support/small-edition.js';
import type { StoredCaseStudyAssignment } from '../scripts/generated/data-types.js';

const rawAssignments = JSON.parse(readText('data/event-case-studies.json')) as StoredCaseStudyAssignment[];

describe('formatDate: an EDTF date in words', () => {
  it('words each form the essay dates by as the essay and TimelineJS word it', () => {
    // "in fall 1956" (paragraph 24): the essay's own word for the season
    expect(formatDate('1956-23')).toBe('fall 1956');
    expect(formatDate('1956-23', { autumn: 'autumn' })).toBe('autumn 1956');
    expect(formatDate('1956-23', { autumn: 'fall' })).toBe('fall 1956');
    expect(formatDate('1956-21')).toBe('spring 1956');
    expect(formatDate('1956-24', { autumn: 'autumn' })).toBe('winter 1956');
    // "by 1954" (paragraph 5)
    expect(formatDate('../1954')).toBe('by 1954');
    expect(formatDate('1956-03~')).toBe('about March 1956');
    expect(formatDate('1956-10-19/1956-10-20')).toBe('19–20 October 1956');
    expect(formatDate('1956-02-25')).toBe('25 February 1956');
    expect(formatDate('1961-10-31/1961-11-01')).toBe('31 October – 1 November 1961');
    expect(formatDate('1956/1964')).toBe('1956–1964');
    expect(formatDate('1956?')).toBe('1956 (uncertain)');
    expect(formatDate('1956%')).toBe('about 1956 (uncertain)');
    expect(formatDate('/1956')).toBe('until 1956');
    expect(formatDate('1956/..')).toBe('from 1956 on');
    expect(formatDate('1956-10/')).toBe('since October 1956');
  });

  it('words every form dateRange reads, with years before 1000 and BC made plain', () => {
    expect(formatDate('0056')).toBe('AD 56');
    expect(formatDate('-0050')).toBe('51 BC'); // astronomical year -50 is 51 BC
    expect(formatDate('0000')).toBe('1 BC');
    expect(formatDate('195X')).toBe('1950–1959');
    expect(formatDate('19XX')).toBe('1900–1999');
    expect(formatDate('-195X')).toBe('1960–1951 BC');
    expect(formatDate('XXXX')).toBe('year unknown');
    expect(formatDate('1956-XX')).toBe('1956');
    expect(formatDate('1956-10-XX')).toBe('October 1956');
    expect(formatDate('Y170000002')).toBe('170000002');
    expect(formatDate('Y-17000')).toBe('17001 BC');
    expect(formatDate('1956-10-19T23:30:00+05:30')).toBe('19 October 1956');
    expect(formatDate('1956-10-19T10:00/1957')).toBe('19 October 1956 – 1957');
  });

  it('gives undefined exactly where dateRange does', () => {
    for (const text of ['1956-02-30', '1956-13', '../..', '1957/1956', 'fall 1956', '', '1956-25', '2014-02-29', '1956-10-19T24:00:00']) {
      expect(formatDate(text), text).toBeUndefined();
    }
    for (const value of [1956, null, undefined, {}, ['1956']]) expect(formatDate(value as never)).toBeUndefined();
    const edtfish = fc.stringMatching(/^(\.\.|-?[0-9X]{4}(-[0-9X]{2}){0,2}[~?%]?)?(\/(\.\.|[0-9]{4}(-[0-9]{2}){0,2})?)?$/);
    fc.assert(
      fc.property(edtfish, (text) => {
        expect(formatDate(text) === undefined, text).toBe(dateRange(text) === undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a malformed option', () => {
    expect(() => formatDate('1956-23', { autumn: 'herbst' as never })).toThrow(
      new RangeError(`formatDate(edtf, options): expected autumn to be 'fall' or 'autumn', got "herbst"`),
    );
    expect(() => formatDate('1956-23', { autumn: 23 as never })).toThrow(TypeError);
    expect(() => formatDate('1956-23', { season: 'autumn' } as never)).toThrow(TypeError);
    expect(() => formatDate('1956-23', new Map() as never)).toThrow(TypeError);
  });
});

describe('events carry their date in words', () => {
  it('every dateLabel is formatDate of the date, and what TimelineJS displays', () => {
    const slides = new Map(toTimelineJs().events.map((slide) => [slide.unique_id, slide.display_date]));
    for (const event of events) {
      expect(event.dateLabel, event.id).toBe(formatDate(event.date));
      expect(slides.get(event.id), event.id).toBe(event.dateLabel);
    }
  });

  it('says the dates as the essay does where it states them', () => {
    // "in fall 1956", "by 1954", "Stalin’s death in March 1953", "for the Period from 29 August to 14 September 1956"
    expect(getEvent('ussr-dprk-break').dateLabel).toBe('fall 1956');
    expect(getEvent('khrushchev-becomes-leader').dateLabel).toBe('by 1954');
    expect(getEvent('stalin-death').dateLabel).toBe('March 1953');
    expect(getEvent('ivanov-diary-period').dateLabel).toBe('29 August – 14 September 1956');
    // "Only a week after the 20th Party Conference": inferred as about March 1956
    expect(getEvent('bierut-death').dateLabel).toBe('about March 1956');
  });

  it('is derived by the loader, never stored', () => {
    expect(rawEvents.some((event) => 'dateLabel' in event)).toBe(false);
    const moved = copy(rawEvents);
    moved[0]!.date = '1956-23';
    expect(loadEvents(moved, rawAssignments)[0]!.dateLabel).toBe('fall 1956');
  });

  it('has an exclusive end for axis libraries: the day after the last day', () => {
    for (const event of events) {
      const next = new Date(`${event.days.last}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(event.days.endExclusive, event.id).toBe(next.toISOString().slice(0, 10));
    }
    // "in fall 1956" ends with November; "by 1954" with the year
    expect(getEvent('ussr-dprk-break').days.endExclusive).toBe('1956-12-01');
    expect(getEvent('khrushchev-becomes-leader').days.endExclusive).toBe('1955-01-01');
  });
});

describe('short labels', () => {
  it('references are labelled as author-date citations, the two Ivanov entries of 1956 apart', () => {
    expect(references.map((r) => r.label)).toEqual([
      'Filtzer 1993',
      'Gomułka 1956',
      'Ivanov 1956a',
      'Ivanov 1956b',
      'Jones 2006',
      'Khrushchev 1956',
      'Kramer 1995',
      'Lankov 1999',
      'Lankov 2002',
      'Machcewicz 2006',
      'Morgan et al. 2000',
      'Mao 1962',
      'Mao 1969',
      'Zimyanin 1959',
    ]);
    // The essay prints "Ivanov(a)" and "Ivanov(b)" (bib3, bib4), and the Chicago form agrees.
    expect(new Set(references.map((r) => r.label)).size).toBe(references.length);
  });

  it('every claim has a label of at most 60 characters, every word of it in the claim’s own words', () => {
    const problems = claims.flatMap((claim) => {
      const words = unfoundWords(claim.label, claim.spans.map((span) => span.text).join(' '));
      return claim.label.length > 60 || words.length ? [`${claim.id}: ${claim.label} (${words.join(', ')})`] : [];
    });
    expect(problems).toEqual([]);
    expect(new Set(claims.map((c) => c.label)).size).toBe(claims.length);
  });

  it('every event has a short title of at most 40 characters, every word and name of it in its title or summary', () => {
    const problems = events.flatMap((event) => {
      const words = unfoundWords(event.shortTitle, `${event.title} ${event.summary}`);
      return event.shortTitle.length > 40 || words.length ? [`${event.id}: ${event.shortTitle} (${words.join(', ')})`] : [];
    });
    expect(problems).toEqual([]);
    expect(new Set(events.map((e) => e.shortTitle)).size).toBe(events.length);
    expect(Math.max(...events.map((e) => e.title.length))).toBeGreaterThan(100);
  });

  it('the check of the labels finds an invented word, name or number', () => {
    const speech = getEvent('secret-speech');
    expect(unfoundWords('Khrushchev’s speech in Moscow', `${speech.title} ${speech.summary}`)).toEqual(['Moscow']);
    expect(unfoundWords('Khrushchev’s 1957 speech', `${speech.title} ${speech.summary}`)).toEqual(['1957']);
    expect(unfoundWords('Khrushchev’s speech shocks', `${speech.title} ${speech.summary}`)).toEqual(['shocks']);
    const thesis = claims.find((c) => c.id === 'thesis')!;
    expect(unfoundWords('De-Stalinisation destroyed communism', thesis.spans.map((s) => s.text).join(' '))).toEqual(['destroyed']);
    // a derived form of a word of the source is found; a word sharing fewer letters is not
    expect(unfoundWords('Critics of Stalin', 'criticism of Stalin')).toEqual([]);
    expect(unfoundWords('Crisis of Stalin', 'criticism of Stalin')).toEqual(['Crisis']);
  });

  it('claim labels are stored, and the loader keeps them', () => {
    expect(rawClaims.every((claim) => typeof claim.label === 'string')).toBe(true);
    const texts = new Map(JSON.parse(readText('data/blocks.json')).map((b: { id: string; text: string }) => [b.id, b.text]));
    expect(loadClaims(rawClaims, texts as Map<string, string>).map((c) => c.label)).toEqual(rawClaims.map((c) => c.label));
  });
});

describe('formatCitation: a short author-date citation', () => {
  it('gives the reference’s label and the locator, pages bare, paragraphs named', () => {
    // printed "(Filtzer, 1993:13-5)": pages 13 to 15
    expect(formatCitation(getCitation('p5-c1')!)).toBe('Filtzer 1993, 13–15');
    // printed "(ibid.:paras 8-9)" after the Secret Speech
    expect(formatCitation(getCitation('p10-c1')!)).toBe('Khrushchev 1956, paras 8–9');
    expect(formatCitation(getQuote('p10-q2'))).toBe('Khrushchev 1956, paras 8–9');
    // printed "(ibid.:para 2)": the ibid. given its source
    expect(formatCitation(getCitation('p7-c2')!)).toBe('Khrushchev 1956, para. 2');
    // printed "(Ivanov(b), 1956:para 7)"
    expect(formatCitation(getCitation('p27-c1')!)).toBe('Ivanov 1956b, para. 7');
    // printed "(Zedong, 1969)": no locator
    expect(formatCitation(getCitation('p22-c1')!)).toBe('Mao 1969');
    expect(formatCitation(getCitation('p4-c2')!)).toBe('Morgan et al. 2000, 103');
  });

  it('gives undefined for a quote without a source and for a reference the data does not hold', () => {
    const unsourced = quotes.filter((q) => q.referenceId === null);
    expect(unsourced.length).toBeGreaterThan(0);
    for (const quote of unsourced) expect(formatCitation(quote), quote.id).toBeUndefined();
    expect(edition.formatCitation({ references: [] }, getCitation('p5-c1')!)).toBeUndefined();
  });

  it('every citation of the essay has one, naming its reference', () => {
    for (const citation of citations) {
      const label = references.find((r) => r.id === citation.referenceId)!.label;
      expect(formatCitation(citation)!.startsWith(label), citation.id).toBe(true);
    }
  });

  it('reads the label from the data it is given', () => {
    const small = smallEdition();
    const renamed = { references: small.references.map((r) => ({ ...r, label: `${r.label} (renamed)` })) };
    expect(edition.formatCitation(renamed, small.citations[0]!)).toBe('Filtzer 1993 (renamed), 13');
    expect(edition.createEdition(small).formatCitation(small.citations[0]!)).toBe('Filtzer 1993, 13');
  });

  it('refuses what is not a citation or a quote', () => {
    expect(() => formatCitation({} as never)).toThrow(TypeError);
    expect(() => formatCitation(null as never)).toThrow(TypeError);
    expect(() => formatCitation('p5-c1' as never)).toThrow(TypeError);
    expect(() => formatCitation({ referenceId: 'filtzer-1993', locator: { unit: 'line', start: 1, end: 1 } } as never)).toThrow(TypeError);
    expect(() => formatCitation({ referenceId: 'filtzer-1993', locator: { unit: 'page', start: 5, end: 3 } } as never)).toThrow(RangeError);
    expect(() => edition.formatCitation({ references: [{ ...references[0]!, label: 3 as never }] }, getCitation('p5-c1')!)).toThrow(TypeError);
    expect(() => edition.formatCitation({} as never, getCitation('p5-c1')!)).toThrow(TypeError);
  });
});

describe('graph nodes ready for graph libraries', () => {
  const graph = toGraph();

  it('label references, claims and events with their short labels', () => {
    const label = (id: string) => graph.nodes.find((n) => n.id === id)?.label;
    expect(label('reference:ivanov-1956a')).toBe('Ivanov 1956a');
    expect(label('reference:ivanov-1956b')).toBe('Ivanov 1956b');
    expect(label('event:hundred-flowers-criticism')).toBe(getEvent('hundred-flowers-criticism').shortTitle);
    expect(label('claim:thesis')).toBe(claims.find((c) => c.id === 'thesis')!.label);
    const labels = graph.nodes.map((n) => n.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(Math.max(...graph.nodes.filter((n) => n.kind === 'event' || n.kind === 'reference').map((n) => n.label.length))).toBeLessThanOrEqual(40);
  });

  it('carry their degree: the links of this graph at each node', () => {
    for (const options of [{}, { kinds: ['person', 'event'] as const }, { kinds: ['claim'] as const, dropIsolated: true }]) {
      const g = toGraph(options as never);
      for (const node of g.nodes) {
        expect(node.degree, node.id).toBe(g.links.filter((l) => l.source === node.id || l.target === node.id).length);
      }
    }
    const jones = graph.nodes.find((n) => n.id === 'reference:jones-2006')!;
    expect(jones.degree).toBe(graph.links.filter((l) => l.target === 'reference:jones-2006').length);
  });

  it('give events their case study and days, and every other node null', () => {
    for (const node of graph.nodes) {
      if (node.kind === 'event') {
        const event = getEvent(node.recordId as never);
        expect(node.caseStudyId).toBe(event.caseStudyId);
        expect(node.days).toEqual(event.days);
        expect(node.days).not.toBe(event.days);
      } else {
        expect(node.caseStudyId).toBeNull();
        expect(node.days).toBeNull();
      }
    }
  });
});

describe('map data ready for MapLibre and Leaflet', () => {
  it('repeats each feature’s id in its properties', () => {
    const map = toGeoJson();
    expect(map.features.length).toBeGreaterThan(0);
    for (const feature of map.features) expect(feature.properties.id).toBe(feature.id);
  });

  it('keeps the kinds of place asked for', () => {
    expect(toGeoJson({ kinds: ['building'] }).features.map((f) => f.id)).toEqual(['belweder-palace', 'lenin-mausoleum']);
    expect(toGeoJson({ kinds: ['country'] }).features).toEqual([]);
    expect(toGeoJson({ kinds: [] }).features).toEqual([]);
    expect(toGeoJson({ kinds: ['city', 'building'] })).toEqual(toGeoJson());
    expect(() => toGeoJson({ kinds: ['town'] as never })).toThrow(RangeError);
    expect(() => toGeoJson({ kinds: 'city' as never })).toThrow(TypeError);
    expect(() => toGeoJson({ kind: ['city'] } as never)).toThrow(TypeError);
  });
});

describe('getCaseStudy', () => {
  it('finds a case study by id, and gives undefined for any other string', () => {
    expect(getCaseStudy('poland')).toBe(caseStudies[1]);
    expect(getCaseStudy(getEvent('belweder-talks').caseStudyId).name).toBe('Poland');
    expect(getCaseStudy('hungary')).toBeUndefined();
    expect(getCaseStudy('__proto__')).toBeUndefined();
  });
});
