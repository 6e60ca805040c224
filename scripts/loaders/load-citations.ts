import { parseLocator } from '../../src/internal/parse-locator.js';
import type { Citation } from '../../src/types/index.js';
import { anchorSpan } from './internal/anchor.js';
import type { StoredCitation } from '../generated/data-types.js';

/**
 * Builds the public citations, in reading order. An "ibid." cites the source of the citation
 * immediately before it (narrative citations included) and, printed bare, repeats its locator.
 */
export function loadCitations(raw: readonly StoredCitation[], texts: ReadonlyMap<string, string>): Citation[] {
  const citations: Citation[] = [];
  for (const entry of raw) {
    const span = anchorSpan(entry, texts);
    const ibid = span.text.startsWith('(ibid.');
    const previous = citations.at(-1);
    if (ibid && !previous) throw new RangeError(`citation ${entry.id}: "ibid." with nothing before it`);
    const referenceId = ibid ? previous!.referenceId : entry.referenceId;
    if (!referenceId) throw new RangeError(`citation ${entry.id}: no reference`);
    const printed = parseLocator(span.text);
    citations.push({
      ...span,
      id: entry.id,
      form: entry.form,
      ibid,
      referenceId,
      locator: printed ?? (ibid ? previous!.locator : null),
      repeatsId: ibid ? previous!.id : null,
      rationale: entry.rationale,
    });
  }
  return citations;
}
