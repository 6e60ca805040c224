import type { EssayData } from '../types/index.js';
import { assertEssayData } from './assert-essay-data.js';
import { checkArgument } from './check-argument.js';
import { checkCaseStudies } from './check-case-studies.js';
import { checkCitations } from './check-citations.js';
import { checkCoordinates } from './check-coordinates.js';
import { checkDerivedOutline } from './check-derived-outline.js';
import { checkEventDays } from './check-event-days.js';
import { checkCollectionIds } from './check-ids.js';
import { checkMentions } from './check-mentions.js';
import { checkNoteLists } from './check-note-lists.js';
import { checkOutline } from './check-outline.js';
import { checkParagraphIds } from './check-paragraphs.js';
import { checkPrinted } from './check-printed.js';
import { checkQuotes } from './check-quotes.js';
import { checkReferenceLabels } from './check-reference-labels.js';
import { checkReferences } from './check-references.js';
import { checkSpan } from './check-spans.js';
import { checkSpeakers } from './check-speakers.js';
import { checkValues } from './check-values.js';
import { checkWithin } from './check-within.js';
import type { IntegrityIssue, IntegrityPath, IntegrityRule } from './issue.js';

const entityKind = { people: 'person', places: 'place', organisations: 'organisation' } as const;

/**
 * Checks the integrity of a whole edition, in the shape of `essay.json` (`EssayData`), beyond what
 * the record shapes say: the rules the package's own data is held to, so that a modified or derived
 * copy gets the same guarantees. Each issue names its rule:
 *
 * - `id`: ids are kebab-case and unique within their collection, and across people, places and
 *   organisations;
 * - `reference`: every id a record names is a record of this copy (a deleted person breaks the
 *   quotes, mentions and events that name them);
 * - `span`: every span (quotes, citations, notes, mentions, claim spans) lies in its block, start
 *   at most end, and its `text` is the block's words there;
 * - `paragraph`: paragraphs are `p1` … `pN` in reading order, numbered `n` = 1 … N, and
 *   `paragraphs` repeats the paragraph blocks;
 * - `outline`: every block after the front matter is in exactly one section, each section opens
 *   with its heading, is not its own ancestor, nests at most three deep, and follows the printed
 *   order; `level`, `childIds`, `headingBlockId` and each block's `sectionId` agree with it;
 * - `argument`: the essay's `thesisId` names the one claim of role `thesis`; no claim supports
 *   itself, directly or through others; every other claim reaches the thesis;
 * - `locator`: locators and page ranges run forwards; a citation's locator is the one printed
 *   after its colon (read as the loader reads it) or, for a bare "(ibid.)", the one it repeats; a
 *   quote's is its citation's;
 * - `citation`: citations run in reading order; a citation is parenthetical exactly when it is
 *   printed in parentheses, and `ibid` is true exactly when it is printed "(ibid."; an "ibid." repeats the citation immediately before it, cites the same
 *   reference, and never repeats itself; a quote is not its own parent, its parent encloses its
 *   words, its citation lies in its block and its `referenceId` is its citation's;
 * - `note`: a quote lists every note within its words, and only notes of its block; a reference
 *   lists the notes on its entry;
 * - `date`: the essay's `published` and `written` and every event's `date` are EDTF as
 *   `dateRange` reads it; the essay was not written after it was published; every event's `days`
 *   and `dateLabel` are those of its `date`, and it has a `dateNote` exactly when its date is not stated;
 * - `url`: a reference's `url` is an http or https URL;
 * - `case-study`: a case study's `eventIds` are the events that name it, each once, in the order
 *   of `events`;
 * - `printed`: the essay's `title` is the title block; a reference's `text` is its entry, the
 *   fields parsed from it and its names are printed there, its `year` is the year printed there,
 *   and its `label` is the one its authors and year make;
 * - `mention`: an entity's mentions run in reading order, none listed twice, each one of its
 *   printed variants (or its possessive);
 * - `coordinates`: a place has coordinates, and a note on them, exactly when it is a city or a
 *   building;
 * - `speaker`: every quotation names a speaker (a person or a body) or has a note saying who
 *   speaks, and a body given as speaker has that note;
 * - `within`: only a city or a building names the place it lies within, one of a larger kind (a
 *   building within a city, a city within a country or region), with a note giving the ground.
 *
 * It expects a value of the right shape (check that first with `EssayDataShapeSchema`);
 * `EssayDataSchema` does both. Something that is not an object with the essay record and every
 * collection as an array of records is a `TypeError` that says what is missing; a record that
 * lacks a field the rules read is a `TypeError` too, never a failure inside.
 *
 * @param data - A whole edition, as `essay.json` holds it.
 * @returns Every issue found, in a stable order; empty when the data is sound.
 * @throws TypeError when `data` is not an object holding `essay` and every collection as an array
 *   of records, e.g. `checkIntegrity({})` (the message names what is missing), or when a record
 *   lacks a field the rules read (the message says to check the shape first).
 *
 * @example
 * ```ts
 * import data from 'destalinisation-essay/essay.json';
 * checkIntegrity(data); // []
 * checkIntegrity({ ...data, people: data.people.filter((p) => p.id !== 'lenin') })[0];
 * // { path: ['quotes', …, 'speakerIds', 0], rule: 'reference', message: 'quote p8-q2 names person lenin, which is not in people' }
 * ```
 */
export function checkIntegrity(data: EssayData): readonly IntegrityIssue[] {
  assertEssayData(data as unknown);
  try {
    return issuesOf(data);
  } catch (error) {
    // A record of the wrong shape inside a collection (a field missing or of another type).
    throw new TypeError(
      'checkIntegrity(data): a record is not of the shape of essay.json; check the data with EssayDataShapeSchema first, or use EssayDataSchema',
      { cause: error },
    );
  }
}

/** Runs every rule on data of the right shape. */
function issuesOf(data: EssayData): readonly IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const report = (path: IntegrityPath, rule: IntegrityRule, message: string) => issues.push(Object.freeze({ path: Object.freeze([...path]), rule, message }));
  checkCollectionIds(data, report);
  const entityIds = new Map<string, string>();
  for (const name of ['people', 'places', 'organisations'] as const) {
    data[name].forEach((entity, i) => {
      const other = entityIds.get(entity.id);
      if (other !== undefined && other !== name) report([name, i, 'id'], 'id', `id ${entity.id} is in both ${other} and ${name}`);
      entityIds.set(entity.id, name);
    });
  }
  checkReferences(data, report);
  const blockText = new Map(data.blocks.map((block) => [block.id as string, block.text]));
  data.quotes.forEach((quote, i) => checkSpan(quote, `quote ${quote.id}`, blockText, ['quotes', i], report));
  data.citations.forEach((citation, i) => checkSpan(citation, `citation ${citation.id}`, blockText, ['citations', i], report));
  data.notes.forEach((note, i) => checkSpan(note, `note ${note.id}`, blockText, ['notes', i], report));
  for (const name of ['people', 'places', 'organisations'] as const) {
    data[name].forEach((entity, i) =>
      entity.mentions.forEach((mention, j) => checkSpan(mention, `${entityKind[name]} ${entity.id} mention ${j}`, blockText, [name, i, 'mentions', j], report)),
    );
  }
  data.claims.forEach((claim, i) =>
    claim.spans.forEach((span, j) => checkSpan(span, `claim ${claim.id} span ${j}`, blockText, ['claims', i, 'spans', j], report)),
  );
  checkParagraphIds(data.blocks, report);
  checkOutline(data.blocks, data.sections, report);
  checkDerivedOutline(data, report);
  checkArgument(data, report);
  checkValues(data, report);
  checkCitations(data, report);
  checkQuotes(data, report);
  checkNoteLists(data, report);
  checkEventDays(data, report);
  checkCaseStudies(data, report);
  checkPrinted(data, report);
  checkReferenceLabels(data, report);
  checkMentions(data, report);
  checkCoordinates(data, report);
  checkSpeakers(data, report);
  checkWithin(data, report);
  return Object.freeze(issues);
}
