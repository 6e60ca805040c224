import { blocks } from '../collections/blocks.js';
import type { Block, BlockKind, SearchHit } from '../types/index.js';
import { blockKinds } from '../types/index.js';
import { blocksIn } from './blocks-in.js';
import { checkOptions, type OptionRule } from '../internal/check-options.js';
import { describeValue } from '../internal/describe-value.js';
import { foldText, foldUpTo, type FoldedText } from './internal/fold.js';
import { snippetAround } from './internal/snippet.js';

/** Options of {@link search}. */
export interface SearchOptions {
  /** Only search blocks of these kinds (default: all kinds). */
  readonly kinds?: readonly BlockKind[];
  /** Only search this section, its subsections included. */
  readonly sectionId?: string;
  /** Stop after this many hits (a positive integer; default: no limit). */
  readonly limit?: number;
}

const optionRules: Readonly<Record<keyof SearchOptions, OptionRule>> = {
  kinds: {
    types: ['array'],
    expected: 'an array of block kinds',
    eachItem: (kind) => (blockKinds.includes(kind as BlockKind) ? undefined : `unknown block kind ${describeValue(kind)}; expected one of ${blockKinds.join(', ')}`),
  },
  sectionId: {
    types: ['string'],
    expected: 'a string',
    check: (id: string) => (blocksIn(id) ? undefined : `unknown sectionId ${describeValue(id)}`),
  },
  limit: {
    types: ['number'],
    expected: 'a number',
    check: (limit: number) => (Number.isInteger(limit) && limit >= 1 ? undefined : `expected limit to be a positive integer, got ${limit}`),
  },
};

let foldedBlocks: ReadonlyMap<string, FoldedText> | undefined;
let longestFolded = 0;

function foldedBlock(block: Block): FoldedText {
  if (!foldedBlocks) {
    foldedBlocks = new Map(blocks.map((b) => [b.id, foldText(b.text)]));
    for (const { folded } of foldedBlocks.values()) longestFolded = Math.max(longestFolded, folded.length);
  }
  return foldedBlocks.get(block.id)!;
}

function blocksToSearch(options: Readonly<Partial<SearchOptions>>): readonly Block[] {
  let scope: readonly Block[] = options.sectionId === undefined ? blocks : blocksIn(options.sectionId)!;
  const { kinds } = options;
  if (kinds !== undefined) scope = scope.filter((block) => kinds.includes(block.kind));
  return scope;
}

/** The longest text, in folded code units, that a query may have and still match (the longest block). */
function longestMatch(): number {
  if (blocks[0]) foldedBlock(blocks[0]);
  return longestFolded;
}

/**
 * Finds literal text in the essay, ignoring case and diacritics ("gomulka" finds "Gomulka", and
 * would find "Gomułka"); curly and straight quotation marks, apostrophes and dashes match each
 * other, and "…" matches "...". Invisible format characters (zero-width joiners and non-joiners,
 * soft hyphens, direction marks and overrides, a byte order mark: Unicode category Cf) are ignored
 * in the query and in the text, so a word pasted with them is still found; a hit's offsets are in
 * the text as printed. The query is never read as a pattern: `.*` or `(ibid.` are plain text. An
 * empty or all-whitespace query finds nothing. Hits do not overlap and come in reading order; each
 * one's `start`/`end` slice its block to the matched words. The query is folded in bulk and no
 * further than the longest block could match, so a huge query costs one quick pass over it at most.
 *
 * @param query - The text to find, taken literally.
 * @param options - Which blocks to search and how many hits to return.
 * @returns The hits in reading order, frozen.
 *
 * @throws {TypeError} when `query` is not a string, `options` is not a plain object, or an option has the wrong type or is unknown.
 * @throws {RangeError} when an option has a value out of range (an unknown kind or section, a limit below 1).
 *
 * @example
 * ```ts
 * search('belweder palace')[0];
 * // { blockId: 'p16', start: …, end: …, text: 'Belweder Palace', snippet: '…' }
 * ```
 */
export function search(query: string, options: SearchOptions = {}): readonly SearchHit[] {
  if (typeof query !== 'string') {
    throw new TypeError(`search(query): expected query to be a string, got ${describeValue(query)}`);
  }
  const checked = checkOptions<SearchOptions>('search(query, options)', options, optionRules);
  const scope = blocksToSearch(checked);
  const limit = checked.limit ?? Infinity;
  const hits: SearchHit[] = [];
  // A query that folds to more than the longest block cannot match: stop folding there.
  const needle = foldUpTo(query, longestMatch());
  if (needle === undefined || needle.trim() === '') return Object.freeze(hits);
  for (const block of scope) {
    const { folded, starts, ends } = foldedBlock(block);
    let previousEnd = -1;
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
      const start = starts[at]!;
      const end = ends[at + needle.length - 1]!;
      // A match that begins inside a code point the previous hit covers (the second "." of the
      // "..." that "…" folds to) would overlap it.
      if (start < previousEnd) continue;
      previousEnd = end;
      hits.push(
        Object.freeze({
          blockId: block.id,
          start,
          end,
          text: block.text.slice(start, end),
          snippet: snippetAround(block.text, start, end),
        }),
      );
      if (hits.length >= limit) return Object.freeze(hits);
    }
  }
  return Object.freeze(hits);
}
