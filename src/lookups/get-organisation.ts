import { organisations } from '../collections/organisations.js';
import type { OrganisationId } from '../generated/ids.js';
import { lookupIn } from '../internal/lookup-in.js';
import type { Organisation } from '../types/index.js';

const find = /* @__PURE__ */ lookupIn(organisations);

/**
 * Finds an organisation by id; any other string returns `undefined`. Never throws.
 *
 * @param id - An organisation id, e.g. `kwp`.
 * @returns The organisation, or `undefined`.
 *
 * @example
 * ```ts
 * getOrganisation('kwp')?.variants; // ['Korean Worker’s Party', 'Workers’ Party', 'KWP']
 * ```
 */
export function getOrganisation(id: OrganisationId): Organisation;
export function getOrganisation(id: string): Organisation | undefined;
export function getOrganisation(id: string): Organisation | undefined {
  return find(id);
}
