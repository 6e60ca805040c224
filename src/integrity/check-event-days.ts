import { dateInWords } from '../internal/date-in-words.js';
import { edtfBounds } from '../internal/edtf-bounds.js';
import { eventDays } from '../internal/event-days.js';
import type { EssayData, EventDays } from '../types/index.js';
import type { Report } from './issue.js';

const daysText = (days: EventDays) => `${days.first} (${days.start}) to ${days.last} (${days.end})`;

/**
 * Every event's `days` and `dateLabel` are those of its `date`, derived by the same code as the
 * loader's (rule `date`), so a date changed with the old days or words kept is refused. A date that
 * is not EDTF is reported once, by the date check.
 */
export function checkEventDays(data: Pick<EssayData, 'events'>, report: Report): void {
  data.events.forEach((event, i) => {
    if (!edtfBounds(event.date)) return;
    const expected = eventDays(event.date);
    const { days } = event;
    if (days.first !== expected.first || days.last !== expected.last || days.start !== expected.start || days.end !== expected.end) {
      report(['events', i, 'days'], 'date', `event ${event.id}: days ${daysText(days)} differ from those of its date ${event.date}: ${daysText(expected)}`);
    } else if (days.endExclusive !== expected.endExclusive) {
      report(
        ['events', i, 'days', 'endExclusive'],
        'date',
        `event ${event.id}: endExclusive ${days.endExclusive} is not the day after its last day ${days.last}: ${expected.endExclusive}`,
      );
    }
    const words = dateInWords(event.date);
    if (event.dateLabel !== words) {
      report(
        ['events', i, 'dateLabel'],
        'date',
        `event ${event.id}: dateLabel ${JSON.stringify(event.dateLabel)} is not its date ${event.date} in words, ${JSON.stringify(words)}`,
      );
    }
  });
}
