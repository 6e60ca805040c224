import type { EssayData } from '../types/index.js';
import { checkArgument } from './check-argument.js';
import { checkDerivedOutline } from './check-derived-outline.js';
import { checkCollectionIds } from './check-ids.js';
import { checkOutline } from './check-outline.js';
import { checkParagraphIds } from './check-paragraphs.js';
import { checkReferences } from './check-references.js';
import { checkSpan } from './check-spans.js';
import { checkValues } from './check-values.js';
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
 * - `locator`: locators and page ranges run forwards;
 * - `citation`: a citation repeats another exactly when it is an "ibid.", and never itself; a quote
 *   is not its own parent;
 * - `date`: the essay's `published` and `written` and every event's `date` are EDTF as
 *   `dateRange` reads it;
 * - `url`: a reference's `url` is an http or https URL.
 *
 * It expects a value of the right shape (check that first with `EssayDataShapeSchema`);
 * `EssayDataSchema` does both.
 *
 * @param data - A whole edition, as `essay.json` holds it.
 * @returns Every issue found, in a stable order; empty when the data is sound.
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
    data[name].forEach((entity, i) => entity.mentions.forEach((mention, j) => checkSpan(mention, `${entityKind[name]} ${entity.id} mention ${j}`, blockText, [name, i, 'mentions', j], report)));
  }
  data.claims.forEach((claim, i) => claim.spans.forEach((span, j) => checkSpan(span, `claim ${claim.id} span ${j}`, blockText, ['claims', i, 'spans', j], report)));
  checkParagraphIds(data.blocks, report);
  checkOutline(data.blocks, data.sections, report);
  checkDerivedOutline(data, report);
  checkArgument(data, report);
  checkValues(data, report);
  return Object.freeze(issues);
}
