/**
 * Ranks of the inline layers (see `InlineSpan.rank`): where two cover the same words the higher is
 * outside; where two cross, the lower is cut in parts. A bibliography field and a corrected reading
 * (`<choice>`) are never cut. A corrected reading is the innermost layer, so that the name,
 * quotation or citation it corrects keeps its markup in both readings.
 */
export const rank = {
  field: 7,
  claim: 6,
  quote: 5,
  citation: 4,
  mention: 3,
  noted: 2,
  correction: 1,
  citationPart: 0,
} as const;
