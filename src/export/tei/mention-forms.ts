const functionWords = new Set(['of', 'the', 'and', 'for', 'on', 'in']);

/**
 * Whether a mention's words describe its entity rather than name it, so that TEI wants `rs` (a
 * referring string) and not a name element: a noun of nationality standing for a country ("Poles",
 * "Soviets", "Americans", "Japanese": one word in -s or -ese, printed for a country whose name it is
 * not), or words in lower case other than function words ("Albanian officials", "the Polish
 * communist party", "the secret society of Communists", "the mausoleum").
 */
export function isDescriptiveMention(text: string, entity: { readonly name: string; readonly kind?: string }): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.some((word) => /^\p{Ll}/u.test(word) && !functionWords.has(word))) return true;
  return entity.kind === 'country' && words.length === 1 && text !== entity.name && /\p{Ll}(s|ese)$/u.test(text);
}
