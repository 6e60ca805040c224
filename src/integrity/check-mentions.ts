import type { EssayData } from '../types/index.js';
import type { Report } from './issue.js';
import { placeOf, textOrder } from './text-order.js';

const singular = { people: 'person', places: 'place', organisations: 'organisation' } as const;

/** Each entity's mentions run in reading order, none listed twice (rule `mention`). */
export function checkMentions(data: Pick<EssayData, 'blocks' | 'people' | 'places' | 'organisations'>, report: Report): void {
  const compare = textOrder(data.blocks);
  for (const name of ['people', 'places', 'organisations'] as const) {
    data[name].forEach((entity, i) => {
      entity.mentions.forEach((mention, j) => {
        const previous = entity.mentions[j - 1];
        const order = previous && compare(previous, mention);
        if (order === undefined || order < 0) return;
        const at = [name, i, 'mentions', j];
        const owner = `${singular[name]} ${entity.id}: mention ${j} (${placeOf(mention)})`;
        report(at, 'mention', order === 0 ? `${owner} is listed twice` : `${owner} comes before mention ${j - 1} in the text`);
      });
    });
  }
}
