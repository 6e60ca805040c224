/** What the short label of a reference is made of: its id, its authors' family names and its year. */
interface LabelFields {
  readonly id: string;
  readonly authors: readonly { readonly family: string }[];
  readonly year: number;
}

const authorKey = (ref: LabelFields): string => `${ref.authors.map((a) => a.family).join('|')} ${ref.year}`;

/**
 * The year, with a, b, … where the same authors have several entries in one year, in the order of
 * `references` (Ivanov 1956a, 1956b): the year of the Chicago author-date form.
 */
export function yearLabel(references: readonly LabelFields[], ref: LabelFields): string {
  const key = authorKey(ref);
  const same = references.filter((r) => authorKey(r) === key);
  const index = same.findIndex((r) => r.id === ref.id);
  return same.length < 2 || index < 0 ? String(ref.year) : `${ref.year}${'abcdefghijklmnopqrstuvwxyz'[index]}`;
}

/**
 * A reference's short label, as Chicago author-date cites it in the text: one family name, two
 * joined by "and", or the first and "et al.", then {@link yearLabel}: "Filtzer 1993", "Ivanov
 * 1956a", "Morgan et al. 2000".
 */
export function referenceLabel(references: readonly LabelFields[], ref: LabelFields): string {
  const names = ref.authors.map((a) => a.family);
  const who = names.length > 2 ? `${names[0]} et al.` : names.join(' and ');
  return `${who} ${yearLabel(references, ref)}`.trim();
}
