const functionWords = new Set(['of', 'the', 'and', 'for', 'on', 'in']);

// Made once, not on every call (marked pure so that a bundle without the TEI export drops them).
const spaces = /* @__PURE__ */ /\s+/;
const startsLowerCase = /* @__PURE__ */ /^\p{Ll}/u;
const nationalityEnding = /* @__PURE__ */ /\p{Ll}(s|ese)$/u;

/**
 * Whether a mention's words describe its entity rather than name it, so that TEI wants `rs` (a
 * referring string) and not a name element: a noun of nationality standing for a country ("Poles",
 * "Soviets", "Americans", "Japanese": one word in -s or -ese, printed for a country whose name it is
 * not), or words in lower case other than function words ("Albanian officials", "the Polish
 * communist party", "the secret society of Communists", "the mausoleum").
 */
export function isDescriptiveMention(text: string, entity: { readonly name: string; readonly kind?: string }): boolean {
  const words = text.split(spaces).filter(Boolean);
  if (words.some((word) => startsLowerCase.test(word) && !functionWords.has(word))) return true;
  return entity.kind === 'country' && words.length === 1 && text !== entity.name && nationalityEnding.test(text);
}
