import { describeValue } from '../internal/describe-value.js';
import type { Report, IntegrityPath } from './issue.js';

interface SpanLike {
  readonly blockId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A span lies inside its block and its text is the block's words there (rule `span`):
 * `0 <= start <= end <= block length` and `block.text.slice(start, end) === text`. An unknown block
 * is left to rule `reference`.
 */
export function checkSpan(span: SpanLike, owner: string, blockText: ReadonlyMap<string, string>, path: IntegrityPath, report: Report): void {
  const text = blockText.get(span.blockId);
  if (text === undefined) return;
  if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
    report(path, 'span', `${owner}: span ${span.start}–${span.end} does not lie in block ${span.blockId} (0–${text.length}, start at most end)`);
  } else if (text.slice(span.start, span.end) !== span.text) {
    report([...path, 'text'], 'span', `${owner}: text ${describeValue(span.text)} differs from block ${span.blockId} at ${span.start}–${span.end}`);
  }
}
