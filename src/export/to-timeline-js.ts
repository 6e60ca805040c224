import { essay } from '../collections/essay.js';
import { getBlock } from '../lookups/get-block.js';
import { getSection } from '../lookups/get-section.js';
import { timeline } from '../time/timeline.js';
import type { Event } from '../types/index.js';
import type { TimelineJs, TimelineJsDate, TimelineJsEvent } from '../types/exports.js';
import { escapeHtml } from './internal/escape-html.js';

/** The case study each section belongs to; the essay's other sections are about the Soviet Union. */
const groupOfSection: Readonly<Record<string, string>> = {
  'polish-october': 'Poland',
  'gomulka-notes': 'Poland',
  'sino-soviet-split': 'China',
  'mao-view': 'China',
  'kim-il-sung': 'North Korea',
  'ivanov-kim': 'North Korea',
  'ivanov-qiao': 'North Korea',
};

/** The countries whose case study a place belongs to, for events the outline does not place. */
const groupOfPlace: Readonly<Record<string, string>> = {
  poland: 'Poland',
  warsaw: 'Poland',
  poznan: 'Poland',
  china: 'China',
  beijing: 'China',
  'north-korea': 'North Korea',
  pyongyang: 'North Korea',
};

/** The first case study among the event's blocks, else among its places, else the Soviet Union. */
function groupOf(event: Event): string {
  for (const blockId of event.blockIds) {
    const sectionId = getBlock(blockId)?.sectionId;
    const group = sectionId ? groupOfSection[getSection(sectionId).id] : undefined;
    if (group) return group;
  }
  for (const placeId of event.placeIds) if (groupOfPlace[placeId]) return groupOfPlace[placeId];
  return 'Soviet Union';
}

function timelineDate(edtf: string): TimelineJsDate | undefined {
  const match = /^([0-9]{4})(?:-([0-9]{2}))?(?:-([0-9]{2}))?/.exec(edtf);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return {
    year: Number(year),
    ...(month === undefined ? {} : { month: Number(month) }),
    ...(day === undefined ? {} : { day: Number(day) }),
  };
}

function slide(event: Event): TimelineJsEvent {
  const [from = '', to = ''] = event.date.split('/');
  const start = timelineDate(from) ?? timelineDate(to)!;
  const end = event.date.includes('/') && from !== '' && from !== '..' ? timelineDate(to) : undefined;
  const plain = /^[0-9]{4}(-[0-9]{2}){0,2}(\/[0-9]{4}(-[0-9]{2}){0,2})?$/.test(event.date) && event.dateBasis === 'stated';
  return {
    start_date: start,
    ...(end ? { end_date: end } : {}),
    ...(plain ? {} : { display_date: escapeHtml(event.dateText) }),
    text: { headline: escapeHtml(event.title), text: `<p>${escapeHtml(event.summary)}</p>` },
    group: groupOf(event),
    unique_id: event.id,
  };
}

/**
 * The events as TimelineJS3 JSON, in timeline order: one row (`group`) per case study (Soviet
 * Union, Poland, China, North Korea: the first of the event's blocks that lies in a case study
 * decides, else its places); `display_date` carries the essay's own words wherever the date
 * is uncertain, approximate, open ("by 1954") or not stated outright, since TimelineJS has no field
 * for uncertainty. Text is HTML-escaped. A fresh object on every call.
 *
 * @returns A fresh TimelineJS3 object.
 *
 * @example
 * ```ts
 * const { events } = toTimelineJs();
 * events[0]?.display_date; // 'by 1954'
 * ```
 */
export function toTimelineJs(): TimelineJs {
  return {
    title: {
      text: {
        headline: escapeHtml(essay.title),
        text: `<p>${escapeHtml(`The events of the essay (written ${essay.written}), from Stalin’s death to 1969.`)}</p>`,
      },
    },
    events: timeline().map(slide),
  };
}
