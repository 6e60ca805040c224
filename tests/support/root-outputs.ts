import { createHash } from 'node:crypto';
import type { Edition } from '../../src/edition.js';
import * as edition from '../../src/index.js';
import type { BlockKind, GraphNodeKind } from '../../src/index.js';

/** The helpers the calls go through: the root's, or those of `createEdition(data)`. */
export type Helpers = Omit<Edition, never>;

/**
 * Every root helper that reads the package's data, called with every id it knows (and one it does
 * not) and a spread of options, each result fingerprinted: SHA-256 of the string it returns, or of
 * its JSON (`undefined` written as such). `tests/fixtures/root-outputs.json` holds the fingerprints
 * taken before the helpers became functions of the edition data; `tests/root-outputs.test.ts`
 * compares them, so the root's output stays byte-identical. After an intended change of output,
 * rewrite the fixture with `npx tsx tests/support/write-root-outputs.ts` and say why in the
 * changeset.
 */
export function rootCalls(helpers: Helpers = edition): ReadonlyMap<string, () => unknown> {
  const { blocks, sections, references, people, places, organisations, claims, caseStudies, quotes, citations, notes, events } = edition;
  const calls = new Map<string, () => unknown>();
  const add = (name: string, call: () => unknown) => {
    if (calls.has(name)) throw new Error(`two calls named ${name}`);
    calls.set(name, call);
  };
  const unknown = 'no-such-id';
  const entities = [...people, ...places, ...organisations];
  const spans = [...quotes, ...citations, ...notes, ...entities.flatMap((entity) => entity.mentions), ...claims.flatMap((claim) => claim.spans)];

  add('toPlainText()', () => helpers.toPlainText());
  for (const paragraphNumbers of [false, true]) {
    for (const withNotes of [false, true])
      add(`toMarkdown(${paragraphNumbers}, ${withNotes})`, () => helpers.toMarkdown({ paragraphNumbers, notes: withNotes }));
  }
  add('toMarkdown()', () => helpers.toMarkdown());

  const queries = ['the', 'e', 'gomulka', 'GOMUŁKA', 'stalin', '...', '…', "khrushchev's", '"', '—', 'belweder palace', 'no such words anywhere', '  '];
  for (const query of queries) {
    add(`search(${JSON.stringify(query)})`, () => helpers.search(query));
    add(`search(${JSON.stringify(query)}, limit 3)`, () => helpers.search(query, { limit: 3 }));
    for (const section of sections) add(`search(${JSON.stringify(query)}, section ${section.id})`, () => helpers.search(query, { sectionId: section.id }));
    for (const kind of edition.blockKinds) add(`search(${JSON.stringify(query)}, kind ${kind})`, () => helpers.search(query, { kinds: [kind] }));
    add(`search(${JSON.stringify(query)}, heading+reference in introduction, limit 2)`, () =>
      helpers.search(query, { kinds: ['heading', 'reference'] as BlockKind[], sectionId: 'introduction', limit: 2 }),
    );
  }

  spans.forEach((span, i) => add(`plainTextRange(span ${i} ${span.blockId} ${span.start}-${span.end})`, () => helpers.plainTextRange(span)));
  add('plainTextRange(unknown block)', () => helpers.plainTextRange({ blockId: unknown as never, start: 0, end: 0 }));

  for (const id of [...blocks.map((b) => b.id), unknown]) {
    add(`sectionOf(${id})`, () => helpers.sectionOf(id));
    add(`quotesIn(${id})`, () => helpers.quotesIn(id));
    add(`citationsIn(${id})`, () => helpers.citationsIn(id));
    add(`segments(${id})`, () => helpers.segments(id));
  }
  for (const id of [...sections.map((s) => s.id), unknown]) add(`blocksIn(${id})`, () => helpers.blocksIn(id));
  for (const id of [...references.map((r) => r.id), unknown]) {
    add(`citationsOf(${id})`, () => helpers.citationsOf(id));
    add(`quotesFrom(${id})`, () => helpers.quotesFrom(id));
  }
  for (const id of [...people.map((p) => p.id), 'warsaw', unknown]) add(`quotesBy(${id})`, () => helpers.quotesBy(id));
  for (const ref of references) {
    for (const style of edition.referenceStyles) {
      add(`formatReference(${ref.id}, ${style})`, () => helpers.formatReference(ref.id, style));
      add(`formatReference(record ${ref.id}, ${style})`, () => helpers.formatReference(ref, style));
    }
  }
  for (const item of [...citations, ...quotes]) add(`formatCitation(${item.id})`, () => helpers.formatCitation(item));
  for (const id of [...entities.map((e) => e.id), 'thesis', unknown]) {
    add(`mentionsOf(${id})`, () => helpers.mentionsOf(id));
    add(`eventsInvolving(${id})`, () => helpers.eventsInvolving(id));
  }
  for (const id of [...claims.map((c) => c.id), unknown]) add(`evidenceFor(${id})`, () => helpers.evidenceFor(id));

  add('timeline()', () => helpers.timeline());
  for (const person of people) add(`timeline(person ${person.id})`, () => helpers.timeline({ person: person.id }));
  for (const place of places) add(`timeline(place ${place.id})`, () => helpers.timeline({ place: place.id }));
  for (const caseStudy of caseStudies) add(`timeline(caseStudy ${caseStudy.id})`, () => helpers.timeline({ caseStudy: caseStudy.id }));
  const dates: readonly (string | number)[] = [1953, 1954, 1956, '1956-02', '1956-10', '1956-10-19', '1956-23', '1957', 1961, '1969'];
  for (const from of dates) {
    add(`timeline(from ${from})`, () => helpers.timeline({ from }));
    add(`timeline(to ${from})`, () => helpers.timeline({ to: from }));
  }
  add('timeline(from 1956 to 1956-10, khrushchev)', () => helpers.timeline({ from: 1956, to: '1956-10', person: 'khrushchev' }));
  for (const event of events) add(`dateRange(${event.id})`, () => edition.dateRange(event.date));
  for (const event of events) add(`formatDate(${event.id})`, () => edition.formatDate(event.date, { autumn: 'autumn' }));

  add('toTimelineJs()', () => helpers.toTimelineJs());
  add('toGeoJson()', () => helpers.toGeoJson());
  add('toGeoJson(building)', () => helpers.toGeoJson({ kinds: ['building'] }));
  add('toGeoJson(country)', () => helpers.toGeoJson({ kinds: ['country'] }));
  add('toGraph()', () => helpers.toGraph());
  add('toGraph(dropIsolated)', () => helpers.toGraph({ dropIsolated: true }));
  add('toGraph(no kinds)', () => helpers.toGraph({ kinds: [] }));
  const kinds: readonly GraphNodeKind[] = ['person', 'place', 'organisation', 'event', 'claim', 'reference'];
  for (const a of kinds) {
    for (const b of kinds) {
      if (a <= b) add(`toGraph(${a}, ${b}, dropIsolated)`, () => helpers.toGraph({ kinds: a === b ? [a] : [a, b], dropIsolated: true }));
    }
  }
  return calls;
}

/** The output of a call as text: a string as it is, anything else as JSON. */
export function serialise(value: unknown): string {
  if (typeof value === 'string') return value;
  return value === undefined ? '<undefined>' : JSON.stringify(value);
}

/** The fingerprint of every root call, made through the given helpers (by default the root's). */
export function rootOutputs(helpers: Helpers = edition): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, call] of rootCalls(helpers)) out[name] = createHash('sha256').update(serialise(call())).digest('hex');
  return out;
}
