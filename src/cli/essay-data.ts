import * as edition from '../index.js';
import type { EssayData } from '../index.js';

/**
 * Every collection in its public shape, with the package version: exactly what `essay.json` holds.
 * The build writes `essay.json` from it, and `export --format json` prints it.
 *
 * @param version - The package version.
 */
export function essayData(version: string): EssayData {
  const { essay, blocks, paragraphs, sections, quotes, citations, references } = edition;
  const { people, places, organisations, events, caseStudies, claims, notes } = edition;
  return { version, essay, blocks, paragraphs, sections, quotes, citations, references, people, places, organisations, events, caseStudies, claims, notes };
}
