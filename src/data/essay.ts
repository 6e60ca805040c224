import rawEssay from '../../data/essay.json';
import type { ClaimId } from '../generated/ids.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Essay } from '../types/text.js';
import type { RawEssay } from './raw.js';

function loadEssay(raw: RawEssay): Essay {
  return { ...raw, thesisId: raw.thesisId as ClaimId | null };
}

/**
 * The essay's own record: title, dates (EDTF) and language.
 *
 * @example
 * ```ts
 * import { essay } from 'destalinisation-essay';
 * console.log(`${essay.title} (${essay.written})`);
 * ```
 */
export const essay: Essay = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ loadEssay(rawEssay));
