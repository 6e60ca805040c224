import { sections } from '../collections/sections.js';
import type { SectionId } from '../generated/ids.js';
import type { Section } from '../types/index.js';

/**
 * Finds a section of the outline by id; any other string returns `undefined`. Never throws.
 *
 * @param id - A section id, e.g. `conclusion`.
 * @returns The section, or `undefined`.
 *
 * @example
 * ```ts
 * getSection('polish-october').title; // 'De-Stalinisation and the Polish October'
 * ```
 */
export function getSection(id: SectionId): Section;
export function getSection(id: string): Section | undefined;
export function getSection(id: string): Section | undefined {
  // Fourteen sections: a scan costs less to ship than a map, and no more to run.
  return sections.find((section) => section.id === id);
}
