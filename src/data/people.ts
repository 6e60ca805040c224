import rawPeople from '../../data/people.json';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Person } from '../types/entities.js';
import { loadPeople } from './load-people.js';

/**
 * The people the essay names. This release holds those who speak or write the quoted words;
 * the entities layer adds the rest and every person's curated mentions (empty until then).
 */
export const people: readonly Person[] = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ loadPeople(rawPeople));
