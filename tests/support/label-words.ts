/**
 * The independent check of the editorial labels (claims' `label`, events' `shortTitle`): every word
 * of a label must be found in the words it is drawn from (a claim's spans; an event's title and
 * summary), so that no fact the essay does not state slips into a label.
 *
 * The rule, written apart from the labels: a label is cut into words (letters, digits, hyphens and
 * apostrophes inside a word; a possessive ’s or 's dropped; case folded). Function words are not
 * checked. A word is found where the source has the same word, or, for a word of five letters or
 * more, a word that begins with the same five letters ("criticise" from "criticism", "convinced"
 * from "convince", "rightists" from "rightist"): a change of inflection or part of speech, never of
 * meaning. A word that begins with a capital letter in the label, a number, or an
 * abbreviation is a name or a figure, and must be found as it is (the possessive aside).
 */

const functionWords = new Set(
  'a an the of to in on at by for from with and or but as is was were be been had has have that this these those it its their his her them they not no against into onto upon than then so'.split(
    ' ',
  ),
);

/** The words of a text: case kept, possessives dropped, quotation marks and punctuation left out. */
export function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).map((word) => word.replace(/['’]s$/u, ''));
}

const fold = (word: string) => word.toLowerCase();
const isName = (word: string) => /^[\p{Lu}\p{N}]/u.test(word);

/** The words of `label` that `source` does not account for, by the rule above (empty when every word is found). */
export function unfoundWords(label: string, source: string): string[] {
  const sourceWords = wordsOf(source);
  const exact = new Set(sourceWords);
  const folded = new Set(sourceWords.map(fold));
  const stems = new Set(sourceWords.filter((w) => w.length >= 5).map((w) => fold(w).slice(0, 5)));
  return wordsOf(label).filter((word, i) => {
    const lower = fold(word);
    if (functionWords.has(lower)) return false;
    // The first word of a label is capitalised as a label, not as a name: it is checked as a word
    // unless the source has it capitalised too.
    if (isName(word) && (i > 0 || exact.has(word) || /^\p{N}/u.test(word))) return !exact.has(word);
    if (folded.has(lower)) return false;
    return !(lower.length >= 5 && stems.has(lower.slice(0, 5)));
  });
}
