import type { Block, BlockKind, EssayData, SearchHit } from '../types/index.js';
import { blockKinds } from '../types/index.js';
import { blocksIn as blocksOf } from './blocks-in.js';
import { checkData } from '../internal/check-data.js';
import { checkOptions, type OptionRule } from '../internal/check-options.js';
import { derivedOf } from '../internal/derived-of.js';
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

/** The edition data a search reads. */
type SearchData = Pick<EssayData, 'blocks' | 'sections'>;

// The data of the search whose options are being checked, so that the option rules check a
// sectionId against the sections of that data. Set only while the options are checked, and put
// back afterwards (a getter in the options may itself search).
let searched: SearchData | undefined;

/** The blocks of a section of the data being searched: how the option rules check `sectionId`. */
function blocksIn(sectionId: string): readonly Block[] | undefined {
  return blocksOf(searched!, sectionId);
}

const optionRules: Readonly<Record<keyof SearchOptions, OptionRule>> = {
  kinds: {
    types: ['array'],
    expected: 'an array of block kinds',
    eachItem: (kind) =>
      blockKinds.includes(kind as BlockKind) ? undefined : `unknown block kind ${describeValue(kind)}; expected one of ${blockKinds.join(', ')}`,
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

/** A block's folded text: once per frozen block. */
const foldedText = /* @__PURE__ */ derivedOf((block: Block): FoldedText => foldText(block.text));

/** The options read and checked, a `sectionId` against the sections of `data`. */
function checkedOptions(data: SearchData, options: SearchOptions): Readonly<Partial<SearchOptions>> {
  const previous = searched;
  searched = data;
  try {
    return checkOptions<SearchOptions>('search(query, options)', options, optionRules);
  } finally {
    searched = previous;
  }
}

/** The blocks the options select from `data`, in reading order. */
function blocksToSearch(data: SearchData, options: Readonly<Partial<SearchOptions>>): readonly Block[] {
  let scope: readonly Block[] = options.sectionId === undefined ? data.blocks : blocksOf(data, options.sectionId)!;
  const { kinds } = options;
  if (kinds !== undefined) scope = scope.filter((block) => kinds.includes(block.kind));
  return scope;
}

/**
 * Finds literal text in some edition data's blocks, ignoring case and diacritics ("gomulka" finds
 * "Gomulka", and would find "Gomułka"); curly and straight quotation marks, apostrophes and dashes
 * match each other, and "…" matches "...". Invisible format characters (zero-width joiners and
 * non-joiners, soft hyphens, direction marks and overrides, a byte order mark: Unicode category Cf)
 * are ignored in the query and in the text, so a word pasted with them is still found; a hit's
 * offsets are in the text as printed. The query is never read as a pattern: `.*` or `(ibid.` are
 * plain text. An empty or all-whitespace query finds nothing. Hits do not overlap and come in
 * reading order; each one's `start`/`end` slice its block to the matched words. The query is folded
 * in bulk and no further than the longest block could match, so a huge query costs one quick pass
 * over it at most. The root's `search(query, options)` is this function given the package's blocks
 * and sections.
 *
 * @param data - The edition data it reads: `blocks`, and `sections` for the `sectionId` option.
 * @param query - The text to find, taken literally.
 * @param options - Which blocks to search (`kinds`, `sectionId`: a section of `data`) and how many hits to return (`limit`).
 * @returns The hits in reading order, frozen.
 *
 * @throws {TypeError} when `data` has no `blocks` or `sections` array, `query` is not a string, `options` is not a plain object, or an option has the wrong type or is unknown.
 * @throws {RangeError} when an option has a value out of range (an unknown kind, a section not in `data`, a limit below 1).
 *
 * @example
 * ```ts
 * const data = {
 *   blocks: [{ id: 'p1', kind: 'paragraph', text: 'Gomułka met Khrushchev.', sectionId: 'introduction', n: 1 }],
 *   sections: [],
 * } as const;
 * search(data, 'GOMULKA').map((hit) => [hit.start, hit.end, hit.text]); // [[0, 7, 'Gomułka']]
 * ```
 */
export function search(data: Pick<EssayData, 'blocks' | 'sections'>, query: string, options: SearchOptions = {}): readonly SearchHit[] {
  checkData('search(data, query, options)', data, ['blocks', 'sections']);
  if (typeof query !== 'string') {
    throw new TypeError(`search(query): expected query to be a string, got ${describeValue(query)}`);
  }
  const checked = checkedOptions(data, options);
  const scope = blocksToSearch(data, checked);
  const limit = checked.limit ?? Infinity;
  const hits: SearchHit[] = [];
  // Index loops: on Node 20, `map` and `entries` over a frozen array are many times slower.
  const texts: FoldedText[] = [];
  let longest = 0;
  for (let i = 0; i < scope.length; i++) {
    const text = foldedText(scope[i]!);
    texts.push(text);
    if (text.folded.length > longest) longest = text.folded.length;
  }
  // A query that folds to more than the longest block searched cannot match: stop folding there.
  const needle = foldUpTo(query, longest);
  if (needle === undefined || needle.trim() === '') return Object.freeze(hits);
  for (let i = 0; i < scope.length; i++) {
    const block = scope[i]!;
    const { folded, segments } = texts[i]!;
    const { foldedStarts, textStarts, widths } = segments;
    // Matches come in order, so the segment of each offset is found by walking on from the last.
    let k = 0;
    const segmentAt = (at: number): number => {
      while (k + 1 < foldedStarts.length && foldedStarts[k + 1]! <= at) k++;
      return k;
    };
    let previousEnd = -1;
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
      const first = segmentAt(at);
      const start = widths[first] === 0 ? textStarts[first]! + at - foldedStarts[first]! : textStarts[first]!;
      const lastUnit = at + needle.length - 1;
      const last = segmentAt(lastUnit);
      const end = widths[last] === 0 ? textStarts[last]! + lastUnit - foldedStarts[last]! + 1 : textStarts[last]! + widths[last]!;
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
