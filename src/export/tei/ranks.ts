/**
 * Ranks of the inline layers (see `InlineSpan.rank`): where two cover the same words the higher is
 * outside; where two cross, the lower is cut in parts. A bibliography field and a corrected reading
 * (`<choice>`) are never cut.
 */
export const rank = {
  field: 7,
  claim: 6,
  correction: 5,
  quote: 4,
  citation: 3,
  noted: 2,
  mention: 1,
  citationPart: 0,
} as const;
