import type { StoredEssay } from '../generated/data-types.js';
import type { ClaimId } from '../generated/ids.js';
import type { Essay } from '../types/index.js';

/** Builds the essay's own record. */
export function loadEssay(raw: StoredEssay): Essay {
  return { ...raw, thesisId: raw.thesisId as ClaimId | null };
}
