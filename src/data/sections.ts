import rawSections from '../../data/sections.json';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Section } from '../types/text.js';
import { loadSections } from './load-sections.js';

/**
 * The outline: 14 sections in reading order, levels 1 to 3. The three case studies (Poland,
 * China, North Korea) sit under "International Communism and the Problems of de-Stalinsation",
 * each with its document subsections; the bibliography is a section of its own.
 */
export const sections: readonly Section[] = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ loadSections(rawSections));
