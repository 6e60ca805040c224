import type { CompactAnchor } from './raw.js';

/**
 * The build's form of `data/mentions.json`: one run per stretch of mentions in the same block,
 * `[blockId, entityId, start, length, entityId, start, length, …]`. It stores each mention as
 * three short values instead of a keyed record; reading order is kept.
 */
export type MentionRun = readonly [string, ...(string | number)[]];

/** A mention as offsets, the form both `data/mentions.json` and its runs load into. */
export type CompactMention = { readonly entityId: string } & CompactAnchor;

/** Turns mentions (already resolved to offsets, in reading order) into runs. */
export function toMentionRuns(mentions: readonly CompactMention[]): MentionRun[] {
  const runs: [string, ...(string | number)[]][] = [];
  for (const { entityId, blockId, start, end } of mentions) {
    const run = runs[runs.length - 1];
    if (run !== undefined && run[0] === blockId) run.push(entityId, start, end - start);
    else runs.push([blockId, entityId, start, end - start]);
  }
  return runs;
}

/** Reads runs back into mentions, in the same order. Throws on a run that is not whole triples. */
export function fromMentionRuns(runs: readonly MentionRun[]): CompactMention[] {
  const mentions: CompactMention[] = [];
  for (const [blockId, ...values] of runs) {
    if (values.length % 3 !== 0) throw new RangeError(`mention run for ${blockId}: expected [entityId, start, length] triples`);
    for (let i = 0; i < values.length; i += 3) {
      const start = values[i + 1] as number;
      mentions.push({ entityId: values[i] as string, blockId, start, end: start + (values[i + 2] as number) });
    }
  }
  return mentions;
}
