/**
 * A second reading of the text, made without the data: it finds every word of nationality and
 * every pair of quotation marks by its own patterns, so that the data's coverage of them is checked
 * by a reading other than the one that built it.
 */

interface Block {
  readonly id: string;
  readonly text: string;
}

/**
 * Words of nationality (nouns and adjectives) and of the regions the text may name, written from a
 * general list, not from the data: each with the places it can stand for. A word may be printed
 * alone or as part of a compound ("Sino-Soviet", "anti-Soviet").
 */
export const nationalityWords: Readonly<Record<string, readonly string[]>> = {
  Soviet: ['soviet-union'],
  Soviets: ['soviet-union'],
  Russian: ['soviet-union'],
  Russians: ['soviet-union'],
  Polish: ['poland'],
  Pole: ['poland'],
  Poles: ['poland'],
  Chinese: ['china'],
  Sino: ['china'],
  Korean: ['korea', 'north-korea'],
  Koreans: ['korea', 'north-korea'],
  American: ['united-states'],
  Americans: ['united-states'],
  Albanian: ['albania'],
  Albanians: ['albania'],
  Hungarian: ['hungary'],
  Hungarians: ['hungary'],
  Yugoslav: ['yugoslavia'],
  Yugoslavs: ['yugoslavia'],
  Yugoslavian: ['yugoslavia'],
  Japanese: ['japan'],
  German: ['germany', 'east-germany'],
  Germans: ['germany', 'east-germany'],
  British: ['united-kingdom'],
  French: ['france'],
  Czech: ['czechoslovakia'],
  Bulgarian: ['bulgaria'],
  Romanian: ['romania'],
  Vietnamese: ['vietnam'],
  Mongolian: ['mongolia'],
  Manchurian: ['manchuria'],
  Western: ['the-west'],
  European: ['europe'],
  Europeans: ['europe'],
  Asian: ['asia'],
  Asians: ['asia'],
};

/** One word of nationality found in the text. */
export interface NationalityWord {
  readonly blockId: string;
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

/** Every word of nationality in the blocks, as a whole word (no letter on either side). */
export function scanNationalityWords(blocks: readonly Block[]): NationalityWord[] {
  const words = Object.keys(nationalityWords).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`, 'gu');
  return blocks.flatMap((block) =>
    [...block.text.matchAll(pattern)].map((m) => ({ blockId: block.id, start: m.index, end: m.index + m[0].length, word: m[0] })),
  );
}

/** One pair of quotation marks found in the text: `start` and `end` bound the words between them. */
export interface MarkPair {
  readonly blockId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * Every pair of quotation marks, read left to right with a stack: a mark opens where nothing that
 * could be read before it is a letter or a digit (or it is ‘ or “), and closes otherwise; a mark
 * between a letter or digit and a letter is an apostrophe. Marks left open or closing nothing are
 * not pairs, and are not reported (the quotation-mark check of the notes accounts for them). A mark
 * inside one of the `possessives` (a plural possessive such as "Workers’ Party") is neither.
 */
export function scanMarkPairs(blocks: readonly Block[], possessives: readonly string[] = []): MarkPair[] {
  const pairs: MarkPair[] = [];
  for (const block of blocks) {
    const text = block.text;
    const open: number[] = [];
    const inPossessive = (at: number) =>
      possessives.some((words) => [...text.matchAll(new RegExp(words, 'g'))].some((m) => m.index <= at && at < m.index + words.length));
    for (let at = 0; at < text.length; at++) {
      const mark = text[at]!;
      if (!'‘’“”"\''.includes(mark) || inPossessive(at)) continue;
      const before = text[at - 1] ?? ' ';
      const after = text[at + 1] ?? ' ';
      if ((mark === '’' || mark === "'") && letterOrDigit.test(before) && /\p{L}/u.test(after)) continue; // an apostrophe
      const opens = mark === '‘' || mark === '“' || ((mark === '"' || mark === "'") && !letterOrDigit.test(before) && !/[.,;:!?…)]/.test(before));
      if (opens) open.push(at);
      else {
        const from = open.pop();
        if (from !== undefined) pairs.push({ blockId: block.id, start: from + 1, end: at, text: text.slice(from + 1, at) });
      }
    }
  }
  return pairs;
}

interface EntityLike {
  readonly id: string;
  readonly mentions: readonly { readonly blockId: string; readonly start: number; readonly end: number; readonly text: string }[];
}

/**
 * Problems between the words of nationality and the mentions: each word found must be a mention
 * of one of the places it can stand for, or lie inside a longer mention (a name such as "Soviet
 * Union" or "Polish border", which is a mention of its own entity).
 */
export function checkNationalityWords(blocks: readonly Block[], entities: readonly EntityLike[]): string[] {
  const mentions = entities.flatMap((entity) => entity.mentions.map((mention) => ({ ...mention, entityId: entity.id })));
  return scanNationalityWords(blocks).flatMap((word) => {
    const cover = mentions.find((m) => m.blockId === word.blockId && m.start <= word.start && word.end <= m.end);
    if (!cover) return [`${word.blockId}@${word.start} “${word.word}” is not a mention`];
    const itself = cover.start === word.start && cover.end === word.end;
    if (itself && !nationalityWords[word.word]!.includes(cover.entityId))
      return [`${word.blockId}@${word.start} “${word.word}” is a mention of ${cover.entityId}`];
    return [];
  });
}
