import type { StoredData } from '../generated/data-types.js';
import type { EssayData } from '../../src/types/index.js';
import { loadBlocks } from './load-blocks.js';
import { loadCaseStudies } from './load-case-studies.js';
import { loadCitations } from './load-citations.js';
import { loadClaims } from './load-claims.js';
import { loadMentions, loadOrganisations, loadPeople, loadPlaces } from './load-entities.js';
import { loadEssay } from './load-essay.js';
import { loadEvents } from './load-events.js';
import { loadNotes } from './load-notes.js';
import { loadQuotes } from './load-quotes.js';
import { loadReferences } from './load-references.js';
import { loadSections } from './load-sections.js';

export type { StoredData };

/** Every published collection, built from `data/`: what ships, before it is frozen. */
export type Collections = Omit<EssayData, 'version'>;

/**
 * Builds every collection from the stored data: anchors resolved to offsets, paragraphs numbered,
 * "ibid." resolved, locators parsed, mentions given to the entities they name.
 */
export function loadCollections(stored: StoredData): Collections {
  const texts = new Map(stored.blocks.map((block) => [block.id, block.text]));
  const blocks = loadBlocks(stored.blocks, stored.sections);
  const citations = loadCitations(stored.citations, texts);
  const mentions = loadMentions(stored.mentions, texts);
  const events = loadEvents(stored.events, stored.caseStudyAssignments);
  return {
    essay: loadEssay(stored.essay),
    blocks,
    paragraphs: blocks.filter((block) => block.kind === 'paragraph'),
    sections: loadSections(stored.sections),
    quotes: loadQuotes(stored.quotes, texts, citations),
    citations,
    references: loadReferences(stored.references),
    people: loadPeople(stored.people, mentions),
    places: loadPlaces(stored.places, mentions),
    organisations: loadOrganisations(stored.organisations, mentions),
    events,
    caseStudies: loadCaseStudies(stored.caseStudies, events),
    claims: loadClaims(stored.claims, texts),
    notes: loadNotes(stored.notes, texts),
  };
}
