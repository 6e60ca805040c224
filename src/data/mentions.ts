import rawMentions from '../../data/mentions.json';
import type { Mention } from '../types/entities.js';
import { blockTexts } from './block-texts.js';
import { loadMentions } from './load-entities.js';
import type { MentionRun } from './mention-runs.js';
import type { RawMention } from './raw.js';

/** Every curated mention, by entity id (internal: the public view is each entity's `mentions`). */
export const mentionsByEntity: ReadonlyMap<string, Mention[]> = /* @__PURE__ */ loadMentions(
  rawMentions as readonly RawMention[] | readonly MentionRun[],
  blockTexts,
);
