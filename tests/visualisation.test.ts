import { readdirSync, readFileSync, statSync } from 'node:fs';
import { getIssues } from '@placemarkio/check-geojson';
import fc from 'fast-check';
import type * as GeoJSON from 'geojson';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  blocks,
  caseStudies,
  citations,
  events,
  getBlock,
  getEvent,
  getPlace,
  hasCoordinates,
  notes,
  organisations,
  people,
  places,
  quotes,
  segments,
  segmentTree,
  timeline,
  toGeoJson,
  toGraph,
  toTimelineJs,
  type GraphNodeKind,
  type Segment,
  type SegmentLayer,
  type SegmentNode,
  type Span,
} from '../src/index.js';
import { segmentTree as segmentTreeOf } from '../src/edition.js';
import { blockIds, caseStudyIds } from '../src/generated/ids.js';
import { loadCaseStudies } from '../scripts/loaders/load-case-studies.js';
import { loadEvents } from '../scripts/loaders/load-events.js';
import { eventDays } from '../src/internal/event-days.js';
import { dateInWords } from '../src/internal/date-in-words.js';
import { copy, rawEvents, readText, unknownId } from './support/data.js';
import type { StoredCaseStudy, StoredCaseStudyAssignment } from '../scripts/generated/data-types.js';

const rawAssignments = JSON.parse(readText('data/event-case-studies.json')) as StoredCaseStudyAssignment[];
const rawCaseStudies = JSON.parse(readText('data/case-studies.json')) as StoredCaseStudy[];
const isoDay = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

describe('events carry the days their date can mean', () => {
  it('every event has a first and last ISO day, first on or before last', () => {
    for (const event of events) {
      expect(event.days.first, event.id).toMatch(isoDay);
      expect(event.days.last, event.id).toMatch(isoDay);
      expect(event.days.first <= event.days.last, event.id).toBe(true);
    }
  });

  it('reads each date form as the essay means it', () => {
    // "Nikita Khrushchev’s ‘Secret Speech’ of 25 February 1956"
    expect(getEvent('secret-speech').days).toEqual({ first: '1956-02-25', last: '1956-02-25', start: 'closed', end: 'closed', endExclusive: '1956-02-26' });
    // "in fall 1956": the northern autumn, September to November
    expect(getEvent('ussr-dprk-break').days).toEqual({ first: '1956-09-01', last: '1956-11-30', start: 'closed', end: 'closed', endExclusive: '1956-12-01' });
    // "Stalin’s death in March 1953"
    expect(getEvent('stalin-death').days).toMatchObject({ first: '1953-03-01', last: '1953-03-31' });
    // "by 1954": open start, drawn over the known year
    expect(getEvent('khrushchev-becomes-leader').days).toEqual({
      first: '1954-01-01',
      last: '1954-12-31',
      start: 'open',
      end: 'closed',
      endExclusive: '1955-01-01',
    });
    // "for the Period from 29 August to 14 September 1956"
    expect(getEvent('ivanov-diary-period').days).toMatchObject({ first: '1956-08-29', last: '1956-09-14' });
  });

  it('marks open and unknown ends, and refuses what is not EDTF', () => {
    expect(eventDays('1956-10/..')).toEqual({ first: '1956-10-01', last: '1956-10-31', start: 'closed', end: 'open', endExclusive: '1956-11-01' });
    expect(eventDays('/1956-10-19')).toEqual({ first: '1956-10-19', last: '1956-10-19', start: 'unknown', end: 'closed', endExclusive: '1956-10-20' });
    expect(() => eventDays('autumn 1956')).toThrow(TypeError);
    const broken = copy(rawEvents);
    broken[0]!.date = '1956-13';
    expect(() => loadEvents(broken, rawAssignments)).toThrow(
      `data/events.json: event "${rawEvents[0]!.id}": expected an EDTF date of level 0 or 1, got "1956-13"`,
    );
  });
});

describe('case studies', () => {
  it('are the Soviet centre and the three countries of the essay, in its order', () => {
    expect(caseStudies.map((c) => c.id)).toEqual(['soviet-union', 'poland', 'china', 'north-korea']);
    expect(caseStudyIds).toEqual(caseStudies.map((c) => c.id));
    // The case studies' sections are the headings of the essay's outline.
    expect(caseStudies.map((c) => c.sectionIds)).toEqual([
      ['destalinisation-and-the-secret-speech'],
      ['polish-october'],
      ['sino-soviet-split'],
      ['kim-il-sung'],
    ]);
  });

  it('every event has exactly one, with a ground', () => {
    expect(rawAssignments.map((a) => a.eventId).sort()).toEqual(rawEvents.map((e) => e.id).sort());
    for (const event of events) {
      expect(caseStudyIds, event.id).toContain(event.caseStudyId);
      expect(event.caseStudyNote.length, event.id).toBeGreaterThan(20);
    }
    const listed = caseStudies.flatMap((c) => c.eventIds);
    expect(listed.sort()).toEqual(events.map((e) => e.id).sort());
  });

  it('the loader refuses an event without one, with two, or an unknown event or case study', () => {
    expect(() => loadEvents(rawEvents, rawAssignments.slice(1))).toThrow(`event "${rawAssignments[0]!.eventId}" has no case study`);
    expect(() => loadEvents(rawEvents, [...rawAssignments, rawAssignments[0]!])).toThrow('has more than one case study');
    expect(() => loadEvents(rawEvents, [...rawAssignments, { eventId: unknownId('nope'), caseStudyId: 'poland', note: 'x' }])).toThrow('unknown event "nope"');
    const loaded = loadEvents(
      rawEvents,
      rawAssignments.map((a, i) => (i === 0 ? { ...a, caseStudyId: unknownId('hungary') } : a)),
    );
    expect(() => loadCaseStudies(rawCaseStudies, loaded)).toThrow('unknown case study "hungary"');
  });

  it('put the Secret Speech and the 20th Congress in the Soviet centre, the Belweder talks in Poland', () => {
    expect(getEvent('secret-speech').caseStudyId).toBe('soviet-union');
    expect(getEvent('cpsu-20th-congress').caseStudyId).toBe('soviet-union');
    expect(getEvent('belweder-talks').caseStudyId).toBe('poland');
    expect(getEvent('mao-albanian-meeting').caseStudyId).toBe('china');
    expect(getEvent('kwp-august-plenum').caseStudyId).toBe('north-korea');
  });

  it('filter the timeline', () => {
    const korea = timeline({ caseStudy: 'north-korea' });
    expect(korea.map((e) => e.id).sort()).toEqual(caseStudies[3]!.eventIds.slice().sort());
    expect(korea.every((e) => e.caseStudyId === 'north-korea')).toBe(true);
    expect(() => timeline({ caseStudy: 'hungary' })).toThrow(RangeError);
    expect(() => timeline({ caseStudy: 3 as never })).toThrow(TypeError);
  });

  it('no case-study label or table is written into the code', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) =>
        statSync(`${dir}/${name}`).isDirectory() ? (name === 'generated' ? [] : files(`${dir}/${name}`)) : [`${dir}/${name}`],
      );
    const src = new URL('../src', import.meta.url).pathname;
    for (const file of files(src).filter((f) => f.endsWith('.ts'))) {
      // Code only: TSDoc examples may show the names as output.
      const code = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\/|\/\*\*)/.test(line))
        .join('\n');
      for (const { name } of caseStudies) expect(code.includes(`'${name}'`), `${file} names ${name}`).toBe(false);
    }
  });
});

describe('toTimelineJs, for every event', () => {
  const tl = toTimelineJs();
  const month = '(January|February|March|April|May|June|July|August|September|October|November|December)';
  const date = `(about )?((([0-9]{1,2}(–[0-9]{1,2})? )?${month} )?[0-9]{4}|(spring|summer|fall|winter) [0-9]{4})`;
  const words = new RegExp(`^(by |until |from )?(${date}|[0-9]{1,2} ${month}|${month}|[0-9]{4})( ?– ?${date})?$`);

  it('gives each a display_date that reads as a date with its year', () => {
    expect(tl.events).toHaveLength(events.length);
    for (const slide of tl.events) {
      expect(slide.display_date, slide.unique_id).toMatch(words);
      expect(slide.display_date, slide.unique_id).toMatch(/[0-9]{4}$/);
    }
  });

  it('gives a season its months and its name as the essay has it', () => {
    const fall = tl.events.find((e) => e.unique_id === 'ussr-dprk-break')!;
    expect(fall).toMatchObject({ start_date: { year: 1956, month: 9 }, end_date: { year: 1956, month: 11 }, display_date: 'fall 1956' });
    expect(getEvent('ussr-dprk-break').dateText).toBe('in fall 1956');
  });

  it('dates every slide as precisely as its date: the start on its first day, the end on its last', () => {
    const iso = (d: { year: number; month?: number; day?: number }) =>
      [
        String(d.year),
        ...(d.month === undefined ? [] : [String(d.month).padStart(2, '0')]),
        ...(d.day === undefined ? [] : [String(d.day).padStart(2, '0')]),
      ].join('-');
    for (const slide of tl.events) {
      const { days } = getEvent(slide.unique_id)!;
      expect(days.first.startsWith(iso(slide.start_date)), slide.unique_id).toBe(true);
      expect(days.last.startsWith(iso(slide.end_date ?? slide.start_date)), slide.unique_id).toBe(true);
    }
  });

  it('words the date forms that the data does not use yet', () => {
    expect(dateInWords('1956-24')).toBe('winter 1956');
    expect(dateInWords('1956-02-25?')).toBe('25 February 1956 (uncertain)');
    expect(dateInWords('1956%')).toBe('about 1956 (uncertain)');
    expect(dateInWords('1956-10/..')).toBe('from October 1956 on');
    expect(dateInWords('/1956-10-19')).toBe('until 19 October 1956');
    expect(dateInWords('1956-XX')).toBe('1956');
    expect(dateInWords('1955-12/1956-01')).toBe('December 1955 – January 1956');
    expect(dateInWords('not a date')).toBeUndefined();
  });

  it('takes its groups from the case studies', () => {
    const names = new Map(caseStudies.map((c) => [c.id, c.name]));
    for (const slide of tl.events) expect(slide.group, slide.unique_id).toBe(names.get(getEvent(slide.unique_id)!.caseStudyId));
    expect(tl.events.find((e) => e.unique_id === 'secret-speech')!.group).toBe('Soviet Union');
    expect(tl.events.find((e) => e.unique_id === 'cpsu-20th-congress')!.group).toBe('Soviet Union');
  });
});

describe('toGeoJson', () => {
  const map = toGeoJson();

  it('is valid RFC 7946 GeoJSON by an independent validator', () => {
    expect(getIssues(JSON.stringify(map))).toEqual([]);
    // The validator does find a broken one.
    const broken = structuredClone(map) as unknown as { features: { geometry: { coordinates: unknown } }[] };
    broken.features[0]!.geometry.coordinates = [13.4];
    expect(getIssues(JSON.stringify(broken)).length).toBeGreaterThan(0);
  });

  it('has one Point per place with coordinates, id the place id', () => {
    const located = places.filter((p) => p.coordinates !== null);
    expect(map.features.map((f) => f.id)).toEqual(located.map((p) => p.id));
    expect(map.features).toHaveLength(11);
    const warsaw = map.features.find((f) => f.id === 'warsaw')!;
    expect(warsaw.geometry).toEqual({ type: 'Point', coordinates: [21.0122, 52.2297] });
    expect(warsaw.properties).toMatchObject({ name: 'Warsaw', kind: 'city', eventCount: 2, mentionCount: getPlace('warsaw').mentions.length });
  });

  it('lists the events at each place', () => {
    for (const feature of map.features) {
      const expected = events.filter((e) => (e.placeIds as readonly string[]).includes(feature.id)).map((e) => e.id);
      expect(feature.properties.eventIds.slice().sort(), feature.id).toEqual(expected.sort());
      expect(feature.properties.eventCount).toBe(expected.length);
    }
  });

  it('leaves out exactly the countries, regions and borders', () => {
    for (const place of places) expect(place.coordinates !== null, place.id).toBe(place.kind === 'city' || place.kind === 'building');
  });

  it('is a fresh object, and fits the GeoJSON types', () => {
    const a = toGeoJson();
    a.features[0]!.geometry.coordinates[0] = 0;
    expect(toGeoJson().features[0]!.geometry.coordinates[0]).toBe(13.405);
    const typed: GeoJSON.FeatureCollection<GeoJSON.Point> = toGeoJson();
    expect(typed.type).toBe('FeatureCollection');
  });
});

describe('hasCoordinates', () => {
  it('narrows places to those with coordinates, usable as a GeoJSON Position', () => {
    const located = places.filter(hasCoordinates);
    expect(located.map((p) => p.id)).toEqual(places.filter((p) => p.coordinates !== null).map((p) => p.id));
    const position: GeoJSON.Position = located[0]!.coordinates;
    expect(position).toEqual([13.405, 52.52]);
    expectTypeOf(located[0]!.coordinates).toExtend<GeoJSON.Position>();
    expect(hasCoordinates(getPlace('poland'))).toBe(false);
    expect(hasCoordinates(getPlace('nope'))).toBe(false);
  });
});

describe('toGraph options', () => {
  it('gives every link a unique, stable id', () => {
    const { links } = toGraph();
    expect(new Set(links.map((l) => l.id)).size).toBe(links.length);
    for (const l of links) expect(l.id).toBe(`${l.kind}:${l.source}->${l.target}`);
    expect(toGraph().links.map((l) => l.id)).toEqual(links.map((l) => l.id));
  });

  it('keeps only the kinds asked for, and the links between them', () => {
    const { nodes, links } = toGraph({ kinds: ['person', 'event'] });
    expect(new Set(nodes.map((n) => n.kind))).toEqual(new Set(['person', 'event']));
    expect(nodes).toHaveLength(people.length + events.length);
    const ids = new Set(nodes.map((n) => n.id));
    for (const l of links) expect(ids.has(l.source) && ids.has(l.target), l.id).toBe(true);
    expect(links).toHaveLength(events.reduce((n, e) => n + e.personIds.length, 0));
  });

  it('drops exactly the nodes without links', () => {
    const all = toGraph();
    const linked = new Set(all.links.flatMap((l) => [l.source, l.target]));
    const kept = toGraph({ dropIsolated: true });
    expect(kept.nodes.map((n) => n.id)).toEqual(all.nodes.filter((n) => linked.has(n.id)).map((n) => n.id));
    expect(kept.nodes.length).toBeLessThan(all.nodes.length);
    const small = toGraph({ kinds: ['place', 'event'], dropIsolated: true });
    for (const n of small.nodes)
      expect(
        small.links.some((l) => l.source === n.id || l.target === n.id),
        n.id,
      ).toBe(true);
  });

  it('refuses unknown kinds and malformed options, naming what it expected', () => {
    expect(() => toGraph({ kinds: ['person', 'city' as GraphNodeKind] })).toThrow(RangeError);
    expect(() => toGraph({ kinds: ['city' as GraphNodeKind] })).toThrow(
      'unknown node kind "city"; expected person, place, organisation, event, claim, reference',
    );
    expect(() => toGraph({ kinds: 'person' as never })).toThrow(TypeError);
    expect(() => toGraph({ dropIsolated: 'yes' as never })).toThrow(/expected dropIsolated to be a boolean/);
    expect(() => toGraph({ drop: true } as never)).toThrow(/unknown option 'drop'; expected kinds, dropIsolated/);
    expect(() => toGraph(null as never)).toThrow(TypeError);
  });
});

/** What is wrong with a segmentation of a text against its annotations, one line per problem. */
function segmentationProblems(text: string, annotations: readonly (Span & { listedIn: (s: Segment) => boolean })[], list: readonly Segment[]): string[] {
  const problems: string[] = [];
  if (list.map((s) => s.text).join('') !== text) problems.push('the texts do not join to the block');
  list.forEach((s, i) => {
    if (s.start >= s.end) problems.push(`segment ${i} is empty`);
    if (i > 0 && list[i - 1]!.end !== s.start) problems.push(`segment ${i} does not start where ${i - 1} ends`);
    if (text.slice(s.start, s.end) !== s.text) problems.push(`segment ${i} text is not its offsets`);
  });
  for (const a of annotations) {
    const covering = list.filter((s) => a.listedIn(s));
    const start = covering[0]?.start;
    const end = covering.at(-1)?.end;
    const contiguous = covering.every((s, i) => i === 0 || covering[i - 1]!.end === s.start);
    if (start !== a.start || end !== a.end || !contiguous) problems.push(`${a.start}-${a.end} "${a.text}" is not covered exactly`);
  }
  return problems;
}

function annotationsOf(blockId: string) {
  const inBlock = <T extends Span>(list: readonly T[]) => list.filter((x) => x.blockId === blockId);
  return [
    ...inBlock(quotes).map((q) => ({ ...q, listedIn: (s: Segment) => s.quotes.includes(q) })),
    ...inBlock(citations).map((c) => ({ ...c, listedIn: (s: Segment) => s.citations.includes(c) })),
    ...inBlock(notes).map((n) => ({ ...n, listedIn: (s: Segment) => s.notes.includes(n) })),
    ...[...people, ...places, ...organisations].flatMap((entity) =>
      inBlock(entity.mentions).map((m) => ({
        ...m,
        listedIn: (s: Segment) => s.mentions.some((x) => x.entityId === entity.id && x.start === m.start && x.end === m.end),
      })),
    ),
  ];
}

describe('segments', () => {
  it('property: the texts join to the block, and every annotation is covered exactly by the segments that list it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...blockIds), (blockId) => {
        expect(segmentationProblems(getBlock(blockId).text, annotationsOf(blockId), segments(blockId))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('property: a segment lists exactly the annotations that cover it, outermost first', () => {
    fc.assert(
      fc.property(fc.constantFrom(...blockIds), (blockId) => {
        for (const s of segments(blockId)) {
          const expected = quotes.filter((q) => q.blockId === blockId && q.start <= s.start && s.end <= q.end);
          expect(s.quotes.map((q) => q.id).sort()).toEqual(expected.map((q) => q.id).sort());
          s.quotes.forEach((q, i) => i > 0 && expect(q.start >= s.quotes[i - 1]!.start).toBe(true));
        }
      }),
    );
  });

  it('resolves nesting: Lenin’s words inside Khrushchev’s, and every quote is listed', () => {
    const nested = segments('p10').filter((s) => s.quotes.length === 2);
    expect(nested.length).toBeGreaterThan(0);
    for (const s of nested) expect(s.quotes.map((q) => q.id)).toEqual(['p10-q1', 'p10-q2']);
    const listed = new Set(blocks.flatMap((b) => segments(b.id).flatMap((s) => s.quotes.map((q) => q.id))));
    expect(listed.size).toBe(quotes.length);
  });

  it('the check fails on a wrong segmentation', () => {
    const good = segments('p10');
    const merged = [{ ...good[0]!, end: good[1]!.end, text: good[0]!.text + good[1]!.text }, ...good.slice(2)];
    expect(segmentationProblems(getBlock('p10').text, annotationsOf('p10'), merged).length).toBeGreaterThan(0);
    expect(segmentationProblems(getBlock('p10').text, annotationsOf('p10'), good.slice(1))).toContain('the texts do not join to the block');
  });

  it('gives undefined for an unknown block, and frozen segments', () => {
    expect(segments('nope')).toBeUndefined();
    expect(segments('__proto__')).toBeUndefined();
    expect(Object.isFrozen(segments('p1'))).toBe(true);
    expect(Object.isFrozen(segments('p1')[0]!.quotes)).toBe(true);
  });
});

/** Every node of a segment tree, parents before their children, in reading order. */
const nodesOf = (tree: readonly SegmentNode[]): SegmentNode[] => tree.flatMap((n) => (n.kind === 'text' ? [n] : [n, ...nodesOf(n.children)]));

/** The layer an annotation node belongs to. */
const layerOf = { quote: 'quotes', citation: 'citations', mention: 'mentions', note: 'notes' } as const;

/**
 * What is wrong with a segment tree of a block, one line per problem: its text nodes, in reading
 * order, must join to the block; each node's text must be its offsets; a node's children must
 * cover it from start to end; and each annotation of a chosen layer (and no other) must be covered
 * exactly by the nodes that carry it.
 */
function treeProblems(blockId: string, include: readonly SegmentLayer[], tree: readonly SegmentNode[]): string[] {
  const text = getBlock(blockId)!.text;
  const problems: string[] = [];
  const all = nodesOf(tree);
  if (
    all
      .filter((n) => n.kind === 'text')
      .map((n) => n.text)
      .join('') !== text
  )
    problems.push('the text nodes do not join to the block');
  const covers = (list: readonly SegmentNode[], start: number, end: number, where: string) => {
    if (list.length === 0) problems.push(`${where} is empty`);
    list.forEach((n, i) => {
      if (text.slice(n.start, n.end) !== n.text) problems.push(`${where}: a node's text is not its offsets`);
      if (n.start >= n.end) problems.push(`${where}: an empty node`);
      if ((i === 0 ? start : list[i - 1]!.end) !== n.start) problems.push(`${where}: a gap or overlap at ${n.start}`);
    });
    if (list.at(-1)?.end !== end) problems.push(`${where} does not reach ${end}`);
  };
  covers(tree, 0, text.length, 'the block');
  for (const n of all) if (n.kind !== 'text') covers(n.children, n.start, n.end, `${n.kind} at ${n.start}`);
  for (const a of treeAnnotationsOf(blockId)) {
    const carrying = all.filter((n) => n.kind !== 'text' && n.kind === a.kind && n.record.start === a.start && n.record.end === a.end && a.is(n.record));
    if (!include.includes(layerOf[a.kind])) {
      if (carrying.length > 0) problems.push(`${a.start}-${a.end} "${a.text}" is in a layer left out`);
      continue;
    }
    if (carrying.length === 0) {
      problems.push(`${a.start}-${a.end} "${a.text}" has no node`);
      continue;
    }
    const contiguous = carrying.every((n, i) => i === 0 || carrying[i - 1]!.end === n.start);
    if (carrying[0]!.start !== a.start || carrying.at(-1)!.end !== a.end || !contiguous)
      problems.push(`${a.start}-${a.end} "${a.text}" is not covered exactly`);
  }
  return problems;
}

/** A block's annotations, each with its node kind and a test that a node's record is it. */
function treeAnnotationsOf(blockId: string) {
  const inBlock = <T extends Span>(list: readonly T[]) => list.filter((x) => x.blockId === blockId);
  type Kind = keyof typeof layerOf;
  const byId = (kind: Kind) => (record: Span & { id: string }) => ({ ...record, kind, is: (r: unknown) => (r as { id?: string }).id === record.id });
  return [
    ...inBlock(quotes).map(byId('quote')),
    ...inBlock(citations).map(byId('citation')),
    ...inBlock(notes).map(byId('note')),
    ...[...people, ...places, ...organisations].flatMap((entity) =>
      inBlock(entity.mentions).map((m) => ({ ...m, kind: 'mention' as Kind, is: (r: unknown) => (r as { entityId?: string }).entityId === entity.id })),
    ),
  ];
}

const layerChoices: readonly (readonly SegmentLayer[])[] = [
  ['quotes', 'citations', 'mentions', 'notes'],
  ['quotes'],
  ['quotes', 'citations'],
  ['notes', 'mentions', 'citations', 'quotes'],
  ['mentions'],
];

describe('segments with include, and segmentTree', () => {
  it('include: only the chosen layers cut the text; the others list nothing', () => {
    for (const blockId of blockIds) {
      const cut = segments(blockId, { include: ['quotes'] });
      const inBlock = quotes.filter((q) => q.blockId === blockId);
      // The cuts are exactly the quotes' edges (and the block's).
      const edges = new Set([0, getBlock(blockId).text.length, ...inBlock.flatMap((q) => [q.start, q.end])]);
      expect(cut.map((s) => s.start).concat(cut.at(-1)!.end)).toEqual([...edges].sort((a, b) => a - b));
      for (const s of cut) expect([s.citations, s.mentions, s.notes]).toEqual([[], [], []]);
    }
    // p10: 21 pieces with every layer; its two quotations, one inside the other, make 4.
    expect(segments('p10')).toHaveLength(21);
    expect(segments('p10', { include: ['quotes'] }).map((s) => s.quotes.map((q) => q.id))).toEqual([[], ['p10-q1'], ['p10-q1', 'p10-q2'], []]);
    expect(segments('p10', { include: ['quotes', 'citations', 'mentions', 'notes'] })).toEqual(segments('p10'));
  });

  it('property: the tree joins to the block, its nodes nest, and each annotation of a chosen layer is covered exactly by its nodes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...blockIds), fc.constantFrom(...layerChoices), (blockId, include) => {
        expect(treeProblems(blockId, include, segmentTree(blockId, { include }))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('one node per quotation when quotes come first (as by default), nested quotations inside their parents', () => {
    for (const include of layerChoices.filter((layers) => layers[0] === 'quotes')) {
      const quoteNodes = blocks.flatMap((b) => nodesOf(segmentTree(b.id, { include }))).filter((n) => n.kind === 'quote');
      expect(quoteNodes.map((n) => n.record.id).sort()).toEqual(quotes.map((q) => q.id).sort());
      for (const n of quoteNodes) expect([n.start, n.end, n.text]).toEqual([n.record.start, n.record.end, n.record.text]);
    }
    const tree = segmentTree('p10', { include: ['quotes'] });
    expect(tree.map((n) => n.kind)).toEqual(['text', 'quote', 'text']);
    const outer = tree[1]!;
    expect(outer.kind === 'quote' && outer.children.map((n) => (n.kind === 'quote' ? n.record.id : n.kind))).toEqual(['text', 'p10-q2']); // Lenin's words end where Khrushchev's do
    for (const q of quotes.filter((x) => x.parentId !== null)) {
      const parent = nodesOf(segmentTree(q.blockId, { include: ['quotes'] })).find((n) => n.kind === 'quote' && n.record.id === q.parentId);
      expect(parent?.kind === 'quote' && nodesOf(parent.children).some((n) => n.kind === 'quote' && n.record.id === q.id)).toBe(true);
    }
  });

  it('where two annotations cross, the layer named first is kept whole and the other split', () => {
    const small = {
      blocks: [{ id: 'p1', kind: 'paragraph', text: 'He praised Stalin’s genius often.', sectionId: 's', n: 1 }],
      // "Stalin’s genius" (a quotation) crosses "He praised Stalin" (a mention, made long on purpose).
      quotes: [
        {
          id: 'p1-q1',
          blockId: 'p1',
          start: 11,
          end: 26,
          text: 'Stalin’s genius',
          kind: 'quotation',
          speakerIds: [],
          referenceId: null,
          locator: null,
          citationId: null,
          parentId: null,
          noteIds: [],
          rationale: '',
        },
      ],
      people: [
        {
          id: 'stalin',
          name: 'Joseph Stalin',
          nameNote: null,
          variants: [],
          description: '',
          mentions: [{ blockId: 'p1', start: 0, end: 17, text: 'He praised Stalin' }],
        },
      ],
      citations: [],
      notes: [],
      places: [],
      organisations: [],
    } as never;
    const shape = (nodes: readonly SegmentNode[]): unknown[] =>
      nodes.map((n) => (n.kind === 'text' ? n.text : { [n.kind]: n.text, children: shape(n.children) }));
    expect(shape(segmentTreeOf(small, 'p1', { include: ['quotes', 'mentions'] })!)).toEqual([
      { mention: 'He praised ', children: ['He praised '] },
      { quote: 'Stalin’s genius', children: [{ mention: 'Stalin', children: ['Stalin'] }, '’s genius'] },
      ' often.',
    ]);
    expect(shape(segmentTreeOf(small, 'p1', { include: ['mentions', 'quotes'] })!)).toEqual([
      { mention: 'He praised Stalin', children: ['He praised ', { quote: 'Stalin', children: ['Stalin'] }] },
      { quote: '’s genius', children: ['’s genius'] },
      ' often.',
    ]);
  });

  it('the check of a tree fails on a wrong one', () => {
    const good = segmentTree('p10', { include: ['quotes'] });
    expect(treeProblems('p10', ['quotes'], good)).toEqual([]);
    expect(treeProblems('p10', ['quotes'], good.slice(1)).length).toBeGreaterThan(0);
    const outer = good[1]! as Extract<SegmentNode, { kind: 'quote' }>;
    const flattened = [good[0]!, { ...outer, children: outer.children.filter((n) => n.kind === 'text') }, good[2]!];
    expect(treeProblems('p10', ['quotes'], flattened as SegmentNode[]).length).toBeGreaterThan(0);
    expect(treeProblems('p10', ['quotes', 'mentions'], good).some((p) => p.includes('has no node'))).toBe(true);
  });

  it('bad options: TypeError or RangeError saying what was expected; an unknown block gives undefined; frozen', () => {
    expect(() => segments('p10', { include: [] })).toThrow(RangeError);
    expect(() => segmentTree('p10', { include: ['quotes', 'quotes'] })).toThrow(
      'segmentTree(blockId, options): expected include to be a non-empty array of "quotes", "citations", "mentions", "notes", each at most once, got',
    );
    expect(() => segmentTree('p10', { include: ['words' as SegmentLayer] })).toThrow(RangeError);
    expect(() => segments('p10', { include: 'quotes' as never })).toThrow(TypeError);
    expect(() => segmentTree('p10', { layers: ['quotes'] } as never)).toThrow(/unknown option 'layers'; expected include/);
    expect(() => segmentTree('p10', new Map() as never)).toThrow(TypeError);
    expect(segmentTree('nope')).toBeUndefined();
    expect(segmentTree('__proto__')).toBeUndefined();
    const tree = segmentTree('p10');
    expect(Object.isFrozen(tree) && Object.isFrozen(tree[1]) && Object.isFrozen((tree[1] as { children: unknown }).children)).toBe(true);
  });
});
