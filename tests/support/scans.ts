/**
 * Independent scans of the text: they find citations and quotation marks by their own patterns,
 * written without looking at the data, and report what the data does not account for.
 */

interface Block {
  readonly id: string;
  readonly kind: string;
  readonly text: string;
}
interface SpanLike {
  readonly id: string;
  readonly blockId: string;
  readonly start: number;
  readonly end: number;
}

/** A parenthesis that holds a year or "ibid." (allowing the nested "(a)" of "Ivanov(a)"). */
const citationParen = /\((?:[^()]|\([ab]\))*?(?:[0-9]{4}|ibid\.)(?:[^()]|\([ab]\))*\)/g;

/** Every citation parenthesis in the body paragraphs: `{ blockId, start, end, text }`. */
export function scanCitationParens(blocks: readonly Block[]) {
  return blocks
    .filter((block) => block.kind === 'paragraph')
    .flatMap((block) => [...block.text.matchAll(citationParen)].map((m) => ({ blockId: block.id, start: m.index, end: m.index + m[0].length, text: m[0] })));
}

/**
 * Problems between the scan and the citation records: each parenthesis found must end exactly
 * one record; each record must end with a parenthesis found; a record whose parenthesis holds no
 * author (`(2006:2)`, `(1956)`) must be narrative and begin before it, the others parenthetical.
 */
export function checkCitationsAgainstScan(blocks: readonly Block[], records: readonly (SpanLike & { readonly form: string })[]): string[] {
  const problems: string[] = [];
  const found = scanCitationParens(blocks);
  for (const paren of found) {
    const ending = records.filter((r) => r.blockId === paren.blockId && r.end === paren.end);
    if (ending.length !== 1) problems.push(`${paren.blockId} ${paren.text}: ${ending.length} records end here`);
    const record = ending[0];
    if (!record) continue;
    const authorless = /^\((?:[0-9]|ibid\.)/.test(paren.text) && !paren.text.startsWith('(ibid.');
    if (authorless && (record.form !== 'narrative' || record.start >= paren.start)) {
      problems.push(`${record.id}: an author-less ${paren.text} is a narrative citation that begins before it`);
    }
    if (!authorless && (record.form !== 'parenthetical' || record.start !== paren.start)) {
      problems.push(`${record.id}: ${paren.text} is a parenthetical citation`);
    }
  }
  for (const record of records) {
    if (!found.some((p) => p.blockId === record.blockId && p.end === record.end)) {
      problems.push(`${record.id}: no citation parenthesis ends it`);
    }
  }
  return problems;
}

const marks = /[‘’“”"']/g;
const letterOrDigit = /[\p{L}\p{N}]/u;
const letter = /\p{L}/u;

/** A mark between a letter or digit and a letter (Stalin’s, 1920’s, Chuch’e) is an apostrophe. */
export function isApostrophe(text: string, at: number): boolean {
  const mark = text[at];
  return (mark === '’' || mark === "'") && letterOrDigit.test(text[at - 1] ?? '') && letter.test(text[at + 1] ?? '');
}

/**
 * Problems between the quotation marks of the text and the quote and note records. Every mark that
 * is not an apostrophe (and not one of the listed `possessives`, such as the plural "Workers’ Party")
 * must open a quote (it stands just before the quote's first character), close one (just after its
 * last), or lie inside a punctuation note. Every quote must have an opening and a closing mark, or
 * list a note that explains the missing one.
 */
export function checkQuotationMarks(
  blocks: readonly Block[],
  quotes: readonly (SpanLike & { readonly noteIds: readonly string[] })[],
  notes: readonly (SpanLike & { readonly kind: string })[],
  possessives: readonly { readonly blockId: string; readonly text: string }[],
): string[] {
  const problems: string[] = [];
  const textOf = new Map(blocks.map((block) => [block.id, block.text]));
  for (const block of blocks) {
    for (const m of block.text.matchAll(marks)) {
      const at = m.index;
      if (isApostrophe(block.text, at)) continue;
      if (possessives.some((p) => p.blockId === block.id && block.text.indexOf(p.text) <= at && at < block.text.indexOf(p.text) + p.text.length)) continue;
      const inBlock = quotes.filter((q) => q.blockId === block.id);
      const opens = inBlock.some((q) => q.start - 1 === at);
      const closes = inBlock.some((q) => q.end === at);
      const noted = notes.some((n) => n.kind === 'punctuation' && n.blockId === block.id && n.start <= at && at < n.end);
      if (!opens && !closes && !noted) problems.push(`${block.id}@${at} ${m[0]} is not accounted for`);
    }
  }
  for (const quote of quotes) {
    const text = textOf.get(quote.blockId) ?? '';
    const explained = quote.noteIds.some((id) => notes.some((n) => n.id === id && n.kind === 'punctuation'));
    if (!/[‘“"']/.test(text[quote.start - 1] ?? '') && !explained) problems.push(`${quote.id} has no opening mark`);
    if (!/[’”"']/.test(text[quote.end] ?? '') && !explained) problems.push(`${quote.id} has no closing mark`);
  }
  return problems;
}

/**
 * Problems between quotes and the notes they list. A quote lists every note that lies within its
 * words (so a note inside Marx's words is listed both by them and by Khrushchev's quotation around
 * them), and may list besides only a note that reaches from its words onto one of its own marks (a
 * mark that is missing or irregular). Every punctuation note on a quotation mark in the body is
 * listed, as such a note, by exactly one quote: the quote whose mark it is.
 */
export function checkQuoteNotes(
  quotes: readonly (SpanLike & { readonly noteIds: readonly string[] })[],
  notes: readonly (SpanLike & { readonly kind: string; readonly text: string })[],
): string[] {
  const problems: string[] = [];
  const within = (n: SpanLike, q: SpanLike) => n.blockId === q.blockId && q.start <= n.start && n.end <= q.end;
  // Overlaps the quote's words, and what lies outside them is quotation marks only.
  const onMark = (n: SpanLike & { readonly text: string }, q: SpanLike) =>
    n.blockId === q.blockId &&
    !within(n, q) &&
    n.start < q.end &&
    q.start < n.end &&
    /^[‘’“”"']*$/.test(n.text.slice(0, Math.max(0, q.start - n.start)) + n.text.slice(Math.max(0, q.end - n.start)));
  for (const quote of quotes) {
    for (const note of notes) {
      if (within(note, quote) && !quote.noteIds.includes(note.id)) problems.push(`${quote.id} does not list ${note.id}, which lies in its words`);
    }
    for (const id of quote.noteIds) {
      const note = notes.find((n) => n.id === id);
      if (!note) problems.push(`${quote.id} lists unknown note ${id}`);
      else if (!within(note, quote) && !onMark(note, quote)) problems.push(`${quote.id} lists ${id}, which is neither in its words nor on its marks`);
    }
  }
  for (const note of notes) {
    if (note.kind !== 'punctuation' || note.blockId.startsWith('bib') || !/[‘’“”"']/.test(note.text)) continue;
    const owners = quotes.filter((q) => q.noteIds.includes(note.id) && onMark(note, q));
    if (owners.length !== 1) problems.push(`${note.id} is on the marks of ${owners.length} quotes that list it, not 1`);
  }
  return problems;
}

interface EntityLike {
  readonly id: string;
  readonly variants: readonly string[];
  readonly mentions: readonly { readonly blockId: string; readonly start: number; readonly end: number; readonly text: string }[];
}

/**
 * Scans the text for every printed form of every entity as a whole word (no letter on either
 * side) and reports each occurrence that no mention covers, unless it is listed as an exception
 * (`{ blockId, text, why }`: words that look like a name but are not a mention of it).
 */
export function checkMentionScan(
  blocks: readonly Block[],
  entities: readonly EntityLike[],
  exceptions: readonly { readonly blockId: string; readonly text: string; readonly why: string }[],
): string[] {
  const problems: string[] = [];
  const letterAt = (text: string, at: number) => at >= 0 && at < text.length && /\p{L}/u.test(text[at]!);
  const all = entities.flatMap((e) => e.mentions);
  for (const entity of entities) {
    for (const variant of entity.variants) {
      for (const block of blocks) {
        for (let at = block.text.indexOf(variant); at !== -1; at = block.text.indexOf(variant, at + 1)) {
          if (letterAt(block.text, at - 1) || letterAt(block.text, at + variant.length)) continue;
          const covered = all.some((m) => m.blockId === block.id && m.start <= at && at + variant.length <= m.end);
          const excused = exceptions.some((x) => x.blockId === block.id && block.text.indexOf(x.text) <= at && at < block.text.indexOf(x.text) + x.text.length);
          if (!covered && !excused) problems.push(`${block.id}@${at} “${variant}” (${entity.id}) is not a mention`);
        }
      }
    }
  }
  return problems;
}
