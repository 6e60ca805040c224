const functionWords = new Set(['of', 'the', 'and', 'for', 'on', 'in']);

// Made once, not on every call (marked pure so that a bundle without the TEI export drops them).
const spaces = /* @__PURE__ */ /\s+/;
const startsLowerCase = /* @__PURE__ */ /^\p{Ll}/u;
const allUpperCase = /* @__PURE__ */ /^\p{Lu}+$/u;

/**
 * Whether a mention's words describe its entity rather than name it, so that TEI wants `rs` (a
 * referring string) and not a name element: a word of nationality standing for a country or a
 * region ("Poles", "Soviets", "Americans", "Japanese", "Soviet", "Polish", "American", "Sino",
 * "North Korean", "Western": printed for it, and neither its name, an abbreviation in capitals nor a
 * longer name ending in it), or words in lower case other than function words ("Albanian
 * officials", "the Polish communist party", "the secret society of Communists", "the mausoleum").
 */
export function isDescriptiveMention(text: string, entity: { readonly name: string; readonly kind?: string }): boolean {
  const words = text.split(spaces).filter(Boolean);
  if (words.some((word) => startsLowerCase.test(word) && !functionWords.has(word))) return true;
  const state = entity.kind === 'country' || entity.kind === 'region';
  return state && !text.endsWith(entity.name) && !allUpperCase.test(text);
}
