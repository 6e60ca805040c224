import rawOrganisations from '../../data/organisations.json';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Organisation } from '../types/entities.js';
import { loadOrganisations } from './load-entities.js';
import { mentionsByEntity } from './mentions.js';
import type { RawOrganisation } from './raw.js';

/** Every organisation the essay names (parties and their bodies, ministries, alliances, factions, archives), with every mention. */
export const organisations: readonly Organisation[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ loadOrganisations(rawOrganisations as unknown as readonly RawOrganisation[], mentionsByEntity),
);
