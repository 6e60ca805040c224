import type { EssayData } from '../types/index.js';
import type { IntegrityPath, Report } from './issue.js';

type Collection = 'blocks' | 'sections' | 'quotes' | 'citations' | 'references' | 'people' | 'places' | 'organisations' | 'events' | 'claims' | 'notes';

const singular: Readonly<Record<Collection, string>> = {
  blocks: 'block',
  sections: 'section',
  quotes: 'quote',
  citations: 'citation',
  references: 'reference',
  people: 'person',
  places: 'place',
  organisations: 'organisation',
  events: 'event',
  claims: 'claim',
  notes: 'note',
};

/**
 * Every id a record names is a record of the data (rule `reference`): not only a known id, but
 * present in this copy, so that deleting a record (Lenin from `people`) breaks every record that
 * names it.
 */
export function checkReferences(data: EssayData, report: Report): void {
  const ids = new Map<Collection, ReadonlySet<string>>(
    (Object.keys(singular) as Collection[]).map((name) => [name, new Set(data[name].map((record) => record.id as string))]),
  );
  const expect = (collection: Collection, id: string | null, path: IntegrityPath, owner: string) => {
    if (id !== null && !ids.get(collection)!.has(id)) report(path, 'reference', `${owner} names ${singular[collection]} ${id}, which is not in ${collection}`);
  };
  const expectAll = (collection: Collection, list: readonly string[], path: IntegrityPath, owner: string) =>
    list.forEach((id, i) => expect(collection, id, [...path, i], owner));

  expect('claims', data.essay.thesisId, ['essay', 'thesisId'], 'the essay');
  data.blocks.forEach((block, i) => expect('sections', block.sectionId, ['blocks', i, 'sectionId'], `block ${block.id}`));
  data.paragraphs.forEach((paragraph, i) => expect('blocks', paragraph.id, ['paragraphs', i, 'id'], `paragraph ${paragraph.id}`));
  data.sections.forEach((section, i) => {
    const owner = `section ${section.id}`;
    expect('sections', section.parentId, ['sections', i, 'parentId'], owner);
    expectAll('sections', section.childIds, ['sections', i, 'childIds'], owner);
    expect('blocks', section.headingBlockId, ['sections', i, 'headingBlockId'], owner);
    expectAll('blocks', section.blockIds, ['sections', i, 'blockIds'], owner);
  });
  data.quotes.forEach((quote, i) => {
    const owner = `quote ${quote.id}`;
    expect('blocks', quote.blockId, ['quotes', i, 'blockId'], owner);
    expectAll('people', quote.speakerIds, ['quotes', i, 'speakerIds'], owner);
    expect('references', quote.referenceId, ['quotes', i, 'referenceId'], owner);
    expect('citations', quote.citationId, ['quotes', i, 'citationId'], owner);
    expect('quotes', quote.parentId, ['quotes', i, 'parentId'], owner);
    expectAll('notes', quote.noteIds, ['quotes', i, 'noteIds'], owner);
  });
  data.citations.forEach((citation, i) => {
    const owner = `citation ${citation.id}`;
    expect('blocks', citation.blockId, ['citations', i, 'blockId'], owner);
    expect('references', citation.referenceId, ['citations', i, 'referenceId'], owner);
    expect('citations', citation.repeatsId, ['citations', i, 'repeatsId'], owner);
  });
  data.references.forEach((reference, i) => {
    const owner = `reference ${reference.id}`;
    expect('blocks', reference.blockId, ['references', i, 'blockId'], owner);
    expectAll('notes', reference.noteIds, ['references', i, 'noteIds'], owner);
  });
  for (const collection of ['people', 'places', 'organisations'] as const) {
    data[collection].forEach((entity, i) =>
      entity.mentions.forEach((mention, j) => expect('blocks', mention.blockId, [collection, i, 'mentions', j, 'blockId'], `${singular[collection]} ${entity.id}`)),
    );
  }
  data.events.forEach((event, i) => {
    const owner = `event ${event.id}`;
    expectAll('blocks', event.blockIds, ['events', i, 'blockIds'], owner);
    expectAll('people', event.personIds, ['events', i, 'personIds'], owner);
    expectAll('places', event.placeIds, ['events', i, 'placeIds'], owner);
    expectAll('organisations', event.organisationIds, ['events', i, 'organisationIds'], owner);
    expectAll('references', event.sourceIds, ['events', i, 'sourceIds'], owner);
  });
  data.claims.forEach((claim, i) => {
    const owner = `claim ${claim.id}`;
    claim.spans.forEach((span, j) => expect('blocks', span.blockId, ['claims', i, 'spans', j, 'blockId'], owner));
    expectAll('claims', claim.supports, ['claims', i, 'supports'], owner);
    expectAll('quotes', claim.evidence.quoteIds, ['claims', i, 'evidence', 'quoteIds'], owner);
    expectAll('citations', claim.evidence.citationIds, ['claims', i, 'evidence', 'citationIds'], owner);
    expectAll('events', claim.evidence.eventIds, ['claims', i, 'evidence', 'eventIds'], owner);
  });
  data.notes.forEach((note, i) => expect('blocks', note.blockId, ['notes', i, 'blockId'], `note ${note.id}`));
}
