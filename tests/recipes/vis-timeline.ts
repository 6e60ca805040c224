import { caseStudies, timeline } from '../../src/index.js';
import type { DataGroup, DataItem } from 'vis-timeline';

// An event's `days.last` is inclusive; vis-timeline's `end` is exclusive: the day after.
const dayAfter = (iso: string): string => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);

export const groups: DataGroup[] = caseStudies.map((c) => ({ id: c.id, content: c.name }));
export const items: DataItem[] = timeline().map((e) => ({
  id: e.id,
  group: e.caseStudyId,
  content: e.title,
  start: e.days.first,
  end: dayAfter(e.days.last),
  className: e.days.start === 'open' ? 'open-start' : e.dateBasis,
}));
// new Timeline(document.getElementById('timeline')!, items, groups);
