/**
 * The `xml:id`s of the TEI document. Record ids are kept as they are, except the sections', which
 * share some ids with events and people (`secret-speech`, `sino-soviet-split`, `kim-il-sung`):
 * every section id takes the prefix `section.`. Record ids never contain a dot, so the ids the
 * export makes up for parts of a record (`p21-q1.part2`, `p4-n1.sic`) cannot collide with them.
 */
export function sectionXmlId(sectionId: string): string {
  return `section.${sectionId}`;
}

/** A same-document pointer (`#id`) to each id, space-separated; `null` for none. */
export function pointers(ids: readonly string[]): string | null {
  return ids.length ? ids.map((id) => `#${id}`).join(' ') : null;
}
