import { describeValue } from '../internal/describe-value.js';
import type { EssayData } from '../types/index.js';
import type { Report } from './issue.js';
import { placeOf, textOrder } from './text-order.js';

const singular = { people: 'person', places: 'place', organisations: 'organisation' } as const;

/** A mention's words are a printed variant or its possessive ("Stalin’s", "Soviets’"). */
const possessives = ['', '’s', "'s", '’', "'"];

/**
 * Each entity's mentions run in reading order, none listed twice, and each mention's words are one
 * of the entity's printed `variants` or its possessive (rule `mention`).
 */
export function checkMentions(data: Pick<EssayData, 'blocks' | 'people' | 'places' | 'organisations'>, report: Report): void {
  const compare = textOrder(data.blocks);
  for (const name of ['people', 'places', 'organisations'] as const) {
    data[name].forEach((entity, i) => {
      entity.mentions.forEach((mention, j) => {
        if (!entity.variants.some((variant) => possessives.some((ending) => mention.text === variant + ending))) {
          report(
            [name, i, 'mentions', j, 'text'],
            'mention',
            `${singular[name]} ${entity.id}: mention ${j} ${describeValue(mention.text)} is none of its variants`,
          );
        }
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
