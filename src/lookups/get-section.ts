import { sections } from '../collections/sections.js';
import type { SectionId } from '../generated/ids.js';
import { lookupIn } from '../internal/lookup-in.js';
import type { Section } from '../types/index.js';

const find = /* @__PURE__ */ lookupIn(sections);

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
  return find(id);
}
