/**
 * The build's compaction of `data/`: anchors (block id + exact words) become offsets, mentions
 * become runs per block (src/data/mention-runs.ts), and event summaries that are sentences of the
 * essay become anchors too, as do the words that give each event's date, so the bundle carries the
 * essay's words once (a bibliography entry's text is the exception: its reference keeps a copy, so
 * that the bibliography can be imported without the essay). The loaders read either form; a dist
 * test proves the built collections equal the sources'.
 */
import { anchorSpan } from '../src/data/anchor.js';
import { toMentionRuns } from '../src/data/mention-runs.js';
import type { RawAnchor, RawMention } from '../src/data/raw.js';

type Texts = ReadonlyMap<string, string>;
type Json = Record<string, unknown>;

function offsets(anchor: RawAnchor, texts: Texts): { blockId: string; start: number; end: number } {
  const { blockId, start, end } = anchorSpan(anchor, texts);
  return { blockId, start, end };
}

function compactAnchored(record: Json, texts: Texts): Json {
  const { blockId, text, occurrence, ...rest } = record as Json & RawAnchor;
  const anchor: RawAnchor = occurrence === undefined ? { blockId, text } : { blockId, text, occurrence };
  return { ...rest, ...offsets(anchor, texts) };
}

/** Words found once in one of the given blocks, as offsets; otherwise the words themselves. */
function asOffsets(words: string, blockIds: readonly string[], texts: Texts): string | { blockId: string; start: number; end: number } {
  for (const blockId of blockIds) {
    const text = texts.get(blockId) ?? '';
    if (text.indexOf(words) !== -1 && text.indexOf(words) === text.lastIndexOf(words)) return offsets({ blockId, text: words }, texts);
  }
  return words;
}

function compactEvent(event: Json, texts: Texts): Json {
  const blockIds = event['blockIds'] as string[];
  return { ...event, summary: asOffsets(event['summary'] as string, blockIds, texts), dateText: asOffsets(event['dateText'] as string, blockIds, texts) };
}

function compactClaim(claim: Json, texts: Texts): Json {
  return { ...claim, spans: (claim['spans'] as RawAnchor[]).map((span) => offsets(span, texts)) };
}

function compactMentions(mentions: RawMention[], texts: Texts): unknown[] {
  return toMentionRuns(mentions.map(({ entityId, ...anchor }) => ({ entityId, ...offsets(anchor, texts) })));
}

/** Compacts one data file's records; files without anchors come back unchanged. */
export function compactData(collection: string, records: Json[], texts: Texts): unknown[] {
  switch (collection) {
    case 'citations':
    case 'quotes':
    case 'notes':
      return records.map((record) => compactAnchored(record, texts));
    case 'mentions':
      return compactMentions(records as unknown as RawMention[], texts);
    case 'claims':
      return records.map((record) => compactClaim(record, texts));
    case 'events':
      return records.map((record) => compactEvent(record, texts));
    default:
      return records;
  }
}
