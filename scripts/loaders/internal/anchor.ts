import type { StoredAnchor } from '../../generated/data-types.js';
import type { Span } from '../../../src/types/index.js';
import { describeValue } from '../../../src/internal/describe-value.js';

/**
 * Turns a stand-off anchor (block id, exact words, occurrence) into a span with offsets. Throws
 * when the words are not in the block, or occur more than once and no occurrence says which:
 * data errors stop the build, and are never shipped.
 */
export function anchorSpan(anchor: StoredAnchor, texts: ReadonlyMap<string, string>): Span {
  const blockText = texts.get(anchor.blockId);
  if (blockText === undefined) throw new RangeError(`anchor: unknown block ${anchor.blockId}`);
  const starts: number[] = [];
  for (let at = blockText.indexOf(anchor.text); at !== -1 && anchor.text !== ''; at = blockText.indexOf(anchor.text, at + 1)) {
    starts.push(at);
  }
  if (anchor.occurrence === undefined && starts.length > 1) {
    throw new RangeError(`anchor ${describeValue(anchor.text)} occurs ${starts.length} times in ${anchor.blockId}: give its occurrence`);
  }
  const start = starts[anchor.occurrence ?? 0];
  if (start === undefined) throw new RangeError(`anchor ${describeValue(anchor.text)} not found in ${anchor.blockId}`);
  return { blockId: anchor.blockId, start, end: start + anchor.text.length, text: anchor.text };
}
