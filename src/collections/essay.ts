import { essay as built } from '../generated/collections/essay.js';
import type { Essay } from '../types/index.js';

/**
 * The essay's own record: title, dates (EDTF) and language.
 *
 * @example
 * ```ts
 * import { essay } from 'destalinisation-essay';
 * console.log(`${essay.title} (${essay.written})`);
 * ```
 */
export const essay: Essay = built;
