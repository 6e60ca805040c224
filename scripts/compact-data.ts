/**
 * The build's compaction of `data/`: anchors (block id + exact words) become offsets, mentions
 * become runs per block (src/data/mention-runs.ts), and event summaries that are sentences of the
 * essay become anchors too, so the bundle carries the essay's words once. The loaders read either form; a dist test proves the built collections equal the
 * sources'.
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

function compactEvent(event: Json, texts: Texts): Json {
  const summary = event['summary'] as string;
  for (const blockId of event['blockIds'] as string[]) {
    const text = texts.get(blockId) ?? '';
    if (text.indexOf(summary) !== -1 && text.indexOf(summary) === text.lastIndexOf(summary)) {
      return { ...event, summary: offsets({ blockId, text: summary }, texts) };
    }
  }
  return event;
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
