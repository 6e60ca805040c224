import { caseStudies as built } from '../generated/collections/case-studies.js';
import type { CaseStudy } from '../types/index.js';

/**
 * The essay's case studies, in its order: the Soviet centre (the Secret Speech and its background),
 * then Poland, China and North Korea. Which one each event belongs to is editorial data
 * (`data/event-case-studies.json`), with its ground in the event's `caseStudyNote`; each case study
 * lists its `eventIds`. A timeline draws one row per case study ({@link toTimelineJs} uses them as
 * groups, {@link timeline} filters by them).
 *
 * @example
 * ```ts
 * caseStudies.find((c) => c.id === 'poland')?.eventIds.includes('belweder-talks'); // true
 * ```
 */
export const caseStudies: readonly CaseStudy[] = built;
