import { referenceLabel } from '../apparatus/internal/reference-label.js';
import type { EssayData } from '../types/index.js';
import type { Report } from './issue.js';

/**
 * Every reference's `label` is the one its authors' family names and its year make, with a, b, …
 * among the entries of the same authors and year (rule `printed`, as the fields it is made of), so
 * a reference added, removed or re-dated with the old labels kept is refused.
 */
export function checkReferenceLabels(data: Pick<EssayData, 'references'>, report: Report): void {
  data.references.forEach((reference, i) => {
    const expected = referenceLabel(data.references, reference);
    if (reference.label !== expected) {
      report(
        ['references', i, 'label'],
        'printed',
        `reference ${reference.id}: label ${JSON.stringify(reference.label)} is not the one its authors and year make, ${JSON.stringify(expected)}`,
      );
    }
  });
}
