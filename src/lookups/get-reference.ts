import { references } from '../collections/references.js';
import type { ReferenceId } from '../generated/ids.js';
import { lookupIn } from '../internal/lookup-in.js';
import type { Reference } from '../types/index.js';

const find = /* @__PURE__ */ lookupIn(references);

/**
 * Finds a bibliography entry by id; any other string returns `undefined`. Never throws.
 *
 * @param id - A reference id, e.g. `filtzer-1993`.
 * @returns The reference, or `undefined`.
 *
 * @example
 * ```ts
 * getReference('mao-1962').authors[0]?.family; // 'Mao'
 * ```
 */
export function getReference(id: ReferenceId): Reference;
export function getReference(id: string): Reference | undefined;
export function getReference(id: string): Reference | undefined {
  return find(id);
}
