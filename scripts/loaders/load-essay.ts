import type { StoredEssay } from '../generated/data-types.js';
import type { Essay } from '../../src/types/index.js';

/** Builds the essay's own record. */
export function loadEssay(raw: StoredEssay): Essay {
  return raw;
}
