import { blocks } from '../collections/blocks.js';
import type { Block, BlockKind, SearchHit } from '../types/index.js';
import { blockKinds } from '../types/index.js';
import { blocksIn } from './blocks-in.js';
import { fold, foldText, type FoldedText } from './internal/fold.js';
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

const optionNames: readonly string[] = ['kinds', 'sectionId', 'limit'];

let foldedBlocks: ReadonlyMap<string, FoldedText> | undefined;

function foldedBlock(block: Block): FoldedText {
  foldedBlocks ??= new Map(blocks.map((b) => [b.id, foldText(b.text)]));
  return foldedBlocks.get(block.id)!;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}

function blocksToSearch(options: SearchOptions): readonly Block[] {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`search(query, options): expected options to be an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!optionNames.includes(key)) {
      throw new TypeError(`search(query, options): unknown option '${key}'; expected ${optionNames.join(', ')}`);
    }
  }
  let scope: readonly Block[] = blocks;
  if (options.sectionId !== undefined) {
    if (typeof options.sectionId !== 'string') {
      throw new TypeError(`search(query, options): expected sectionId to be a string, got ${describe(options.sectionId)}`);
    }
    const inSection = blocksIn(options.sectionId);
    if (!inSection) throw new RangeError(`search(query, options): unknown sectionId ${JSON.stringify(options.sectionId)}`);
    scope = inSection;
  }
  if (options.kinds !== undefined) {
    if (!Array.isArray(options.kinds)) {
      throw new TypeError(`search(query, options): expected kinds to be an array of block kinds, got ${describe(options.kinds)}`);
    }
    for (const kind of options.kinds as readonly unknown[]) {
      if (!blockKinds.includes(kind as BlockKind)) {
        throw new RangeError(`search(query, options): unknown block kind ${describe(kind)}; expected one of ${blockKinds.join(', ')}`);
      }
    }
    const kinds = options.kinds;
    scope = scope.filter((block) => kinds.includes(block.kind));
  }
  return scope;
}

function limitOf(options: SearchOptions): number {
  const { limit } = options;
  if (limit === undefined) return Infinity;
  if (typeof limit !== 'number') {
    throw new TypeError(`search(query, options): expected limit to be a number, got ${describe(limit)}`);
  }
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`search(query, options): expected limit to be a positive integer, got ${limit}`);
  }
  return limit;
}

/**
 * Finds literal text in the essay, ignoring case and diacritics ("gomulka" finds "Gomulka", and
 * would find "Gomułka"); curly and straight quotation marks, apostrophes and dashes match each
 * other, and "…" matches "...". The query is never read as a pattern: `.*` or `(ibid.` are plain
 * text. An empty or all-whitespace query finds nothing. Hits do not overlap and come in reading
 * order; each one's `start`/`end` slice its block to the matched words.
 *
 * @param query - The text to find, taken literally.
 * @param options - Which blocks to search and how many hits to return.
 * @returns The hits in reading order, frozen.
 *
 * @throws {TypeError} when `query` is not a string, or an option has the wrong type or is unknown.
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
    throw new TypeError(`search(query): expected query to be a string, got ${describe(query)}`);
  }
  const scope = blocksToSearch(options);
  const limit = limitOf(options);
  const needle = fold(query);
  const hits: SearchHit[] = [];
  if (needle.trim() === '') return Object.freeze(hits);
  for (const block of scope) {
    const { folded, starts, ends } = foldedBlock(block);
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
      const start = starts[at]!;
      const end = ends[at + needle.length - 1]!;
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
