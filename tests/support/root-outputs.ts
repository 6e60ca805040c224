import { createHash } from 'node:crypto';
import * as edition from '../../src/index.js';
import type { BlockKind, GraphNodeKind } from '../../src/index.js';

/**
 * Every root helper that reads the package's data, called with every id it knows (and one it does
 * not) and a spread of options, each result fingerprinted: SHA-256 of the string it returns, or of
 * its JSON (`undefined` written as such). `tests/fixtures/root-outputs.json` holds the fingerprints
 * taken before the helpers became functions of the edition data; `tests/root-outputs.test.ts`
 * compares them, so the root's output stays byte-identical. After an intended change of output,
 * rewrite the fixture with `npx tsx tests/support/write-root-outputs.ts` and say why in the
 * changeset.
 */
export function rootCalls(): ReadonlyMap<string, () => unknown> {
  const { blocks, sections, references, people, places, organisations, claims, caseStudies, quotes, citations, notes, events } = edition;
  const calls = new Map<string, () => unknown>();
  const add = (name: string, call: () => unknown) => {
    if (calls.has(name)) throw new Error(`two calls named ${name}`);
    calls.set(name, call);
  };
  const unknown = 'no-such-id';
  const entities = [...people, ...places, ...organisations];
  const spans = [
    ...quotes,
    ...citations,
    ...notes,
    ...entities.flatMap((entity) => entity.mentions),
    ...claims.flatMap((claim) => claim.spans),
  ];

  add('toPlainText()', () => edition.toPlainText());
  for (const paragraphNumbers of [false, true]) {
    for (const withNotes of [false, true]) add(`toMarkdown(${paragraphNumbers}, ${withNotes})`, () => edition.toMarkdown({ paragraphNumbers, notes: withNotes }));
  }
  add('toMarkdown()', () => edition.toMarkdown());

  const queries = ['the', 'e', 'gomulka', 'GOMUŁKA', 'stalin', '...', '…', "khrushchev's", '"', '—', 'belweder palace', 'no such words anywhere', '  '];
  for (const query of queries) {
    add(`search(${JSON.stringify(query)})`, () => edition.search(query));
    add(`search(${JSON.stringify(query)}, limit 3)`, () => edition.search(query, { limit: 3 }));
    for (const section of sections) add(`search(${JSON.stringify(query)}, section ${section.id})`, () => edition.search(query, { sectionId: section.id }));
    for (const kind of edition.blockKinds) add(`search(${JSON.stringify(query)}, kind ${kind})`, () => edition.search(query, { kinds: [kind] }));
    add(`search(${JSON.stringify(query)}, heading+reference in introduction, limit 2)`, () =>
      edition.search(query, { kinds: ['heading', 'reference'] as BlockKind[], sectionId: 'introduction', limit: 2 }),
    );
  }

  spans.forEach((span, i) => add(`plainTextRange(span ${i} ${span.blockId} ${span.start}-${span.end})`, () => edition.plainTextRange(span)));
  add('plainTextRange(unknown block)', () => edition.plainTextRange({ blockId: unknown as never, start: 0, end: 0 }));

  for (const id of [...blocks.map((b) => b.id), unknown]) {
    add(`sectionOf(${id})`, () => edition.sectionOf(id));
    add(`quotesIn(${id})`, () => edition.quotesIn(id));
    add(`citationsIn(${id})`, () => edition.citationsIn(id));
    add(`segments(${id})`, () => edition.segments(id));
  }
  for (const id of [...sections.map((s) => s.id), unknown]) add(`blocksIn(${id})`, () => edition.blocksIn(id));
  for (const id of [...references.map((r) => r.id), unknown]) {
    add(`citationsOf(${id})`, () => edition.citationsOf(id));
    add(`quotesFrom(${id})`, () => edition.quotesFrom(id));
  }
  for (const id of [...people.map((p) => p.id), 'warsaw', unknown]) add(`quotesBy(${id})`, () => edition.quotesBy(id));
  for (const ref of references) {
    for (const style of edition.referenceStyles) {
      add(`formatReference(${ref.id}, ${style})`, () => edition.formatReference(ref.id, style));
      add(`formatReference(record ${ref.id}, ${style})`, () => edition.formatReference(ref, style));
    }
  }
  for (const id of [...entities.map((e) => e.id), 'thesis', unknown]) {
    add(`mentionsOf(${id})`, () => edition.mentionsOf(id));
    add(`eventsInvolving(${id})`, () => edition.eventsInvolving(id));
  }
  for (const id of [...claims.map((c) => c.id), unknown]) add(`evidenceFor(${id})`, () => edition.evidenceFor(id));

  add('timeline()', () => edition.timeline());
  for (const person of people) add(`timeline(person ${person.id})`, () => edition.timeline({ person: person.id }));
  for (const place of places) add(`timeline(place ${place.id})`, () => edition.timeline({ place: place.id }));
  for (const caseStudy of caseStudies) add(`timeline(caseStudy ${caseStudy.id})`, () => edition.timeline({ caseStudy: caseStudy.id }));
  const dates: readonly (string | number)[] = [1953, 1954, 1956, '1956-02', '1956-10', '1956-10-19', '1956-23', '1957', 1961, '1969'];
  for (const from of dates) {
    add(`timeline(from ${from})`, () => edition.timeline({ from }));
    add(`timeline(to ${from})`, () => edition.timeline({ to: from }));
  }
  add('timeline(from 1956 to 1956-10, khrushchev)', () => edition.timeline({ from: 1956, to: '1956-10', person: 'khrushchev' }));
  for (const event of events) add(`dateRange(${event.id})`, () => edition.dateRange(event.date));

  add('toTimelineJs()', () => edition.toTimelineJs());
  add('toGeoJson()', () => edition.toGeoJson());
  add('toGraph()', () => edition.toGraph());
  add('toGraph(dropIsolated)', () => edition.toGraph({ dropIsolated: true }));
  add('toGraph(no kinds)', () => edition.toGraph({ kinds: [] }));
  const kinds: readonly GraphNodeKind[] = ['person', 'place', 'organisation', 'event', 'claim', 'reference'];
  for (const a of kinds) {
    for (const b of kinds) {
      if (a <= b) add(`toGraph(${a}, ${b}, dropIsolated)`, () => edition.toGraph({ kinds: a === b ? [a] : [a, b], dropIsolated: true }));
    }
  }
  return calls;
}

/** The output of a call as text: a string as it is, anything else as JSON. */
export function serialise(value: unknown): string {
  if (typeof value === 'string') return value;
  return value === undefined ? '<undefined>' : JSON.stringify(value);
}

/** The fingerprint of every root call. */
export function rootOutputs(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, call] of rootCalls()) out[name] = createHash('sha256').update(serialise(call())).digest('hex');
  return out;
}
