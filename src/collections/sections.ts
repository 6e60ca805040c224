import { sections as built } from '../generated/collections/sections.js';
import type { Section } from '../types/index.js';

/**
 * The outline: 14 sections in reading order, levels 1 to 3. The three case studies (Poland,
 * China, North Korea) sit under "International Communism and the Problems of de-Stalinsation",
 * each with its document subsections; the bibliography is a section of its own.
 */
export const sections: readonly Section[] = built;
