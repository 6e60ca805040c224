import { citations } from '../../collections/citations.js';
import { claims } from '../../collections/claims.js';
import { notes } from '../../collections/notes.js';
import { organisations } from '../../collections/organisations.js';
import { people } from '../../collections/people.js';
import { places } from '../../collections/places.js';
import { quotes } from '../../collections/quotes.js';
import { references } from '../../collections/references.js';
import type { Citation, Quote } from '../../types/index.js';
import type { Claim } from '../../types/index.js';
import type { Note } from '../../types/index.js';
import type { Span } from '../../types/index.js';
import { bibliographyFieldSpans, titleLevel } from './bibliography-fields.js';
import { pointers } from './ids.js';
import type { InlineSpan } from './nest-spans.js';
import { rank } from './ranks.js';
import { xmlTextElement } from './xml.js';


type Base = Pick<InlineSpan, 'start' | 'end'>;
const at = (span: Span): Base => ({ start: span.start, end: span.end });

function quoteSpan(quote: Quote): InlineSpan {
  if (quote.kind === 'title') {
    // A bibliography entry's own title (not one nested in it) gets its bibliographic level.
    const entry = quote.parentId === null ? references.find((reference) => reference.blockId === quote.blockId) : undefined;
    const attributes = { level: entry ? titleLevel(entry.type) : null, ref: pointers(quote.referenceId ? [quote.referenceId] : []) };
    return { ...at(quote), rank: rank.quote, splittable: true, name: 'title', attributes, id: quote.id, partId: quote.id };
  }
  const source = quote.citationId ?? quote.referenceId;
  return {
    ...at(quote),
    rank: rank.quote,
    splittable: true,
    name: 'q',
    attributes: { type: quote.kind === 'term' ? 'term' : null, who: pointers(quote.speakerIds), source: pointers(source ? [source] : []) },
    id: quote.id,
    partId: quote.id,
  };
}

/**
 * A citation as `<bibl>` pointing at its entry, with its locator as `<citedRange>` and an "ibid." as
 * a `<ref>` to the citation it repeats. Where the locator's words lie inside a corrected reading
 * within the citation (`(Machcewicz, 2006: 144)`, whose space is noted), TEI allows no
 * `<citedRange>` inside the `<sic>`: the range is given by an empty `<citedRange>` just after it.
 */
function citationSpans(citation: Citation, blockNotes: readonly Note[]): InlineSpan[] {
  const spans: InlineSpan[] = [
    {
      ...at(citation),
      rank: rank.citation,
      splittable: true,
      name: 'bibl',
      attributes: { type: citation.form, subtype: citation.ibid ? 'ibid' : null, corresp: `#${citation.referenceId}` },
      id: citation.id,
      partId: citation.id,
    },
  ];
  const ibid = citation.text.search(/ibid\./i);
  if (citation.repeatsId && ibid >= 0) {
    const start = citation.start + ibid;
    spans.push({ start, end: start + 5, rank: rank.citationPart, splittable: true, name: 'ref', attributes: { type: 'ibid', target: `#${citation.repeatsId}` }, id: null, partId: `${citation.id}.ibid` });
  }
  const locator = citation.locator;
  if (locator) {
    const found = citation.text.lastIndexOf(locator.printed);
    // A bare "(ibid.)" inherits its locator: an empty <citedRange> before the closing parenthesis.
    let start = found >= 0 ? citation.start + found : citation.text.endsWith(')') ? citation.end - 1 : citation.end;
    let end = found >= 0 ? start + locator.printed.length : start;
    // A corrected reading strictly inside the citation nests inside its <bibl>; one that covers the
    // whole citation wraps it, and the <citedRange> stays on its words.
    const inside = (n: Note) => citation.start <= n.start && n.end <= citation.end && n.end - n.start < citation.end - citation.start;
    const corrected = blockNotes.find((n) => n.correction !== null && n.start <= start && end <= n.end && inside(n));
    if (corrected && end > start) start = end = corrected.end;
    spans.push({
      start,
      end,
      rank: rank.citationPart,
      splittable: true,
      name: 'citedRange',
      attributes: { unit: locator.unit, from: locator.start, to: locator.end },
      id: null,
      partId: `${citation.id}.range`,
    });
  }
  return spans;
}

/**
 * An editorial note: the printed words as `<sic>` (in a `<choice>` with the `<corr>` where there is a
 * correction), followed by the `<note>` that points at them.
 */
function noteSpan(note: Note): InlineSpan {
  const after = (partIds: readonly string[]) =>
    xmlTextElement('note', { 'xml:id': note.id, type: note.kind, resp: '#editors', target: pointers(partIds) }, note.note);
  const base = { ...at(note), name: 'sic', attributes: {}, id: `${note.id}.sic`, partId: `${note.id}.sic`, after };
  if (note.correction === null) return { ...base, rank: rank.noted, splittable: true };
  return {
    ...base,
    rank: rank.correction,
    splittable: false,
    wrap: { before: '<choice>', after: `${xmlTextElement('corr', { resp: '#editors' }, note.correction)}</choice>` },
  };
}

/** A claim's words as `<seg>`; a restatement points at the first statement with `@corresp`. */
function claimSpans(claim: Claim): Array<InlineSpan & { blockId: string }> {
  return claim.spans.map((span, index) => {
    const id = index === 0 ? claim.id : `${claim.id}.${index + 1}`;
    return {
      ...at(span),
      blockId: span.blockId,
      rank: rank.claim,
      splittable: true,
      name: 'seg',
      attributes: { type: 'claim', subtype: claim.role, corresp: index === 0 ? null : `#${claim.id}` },
      id,
      partId: id,
    };
  });
}

function mentionSpans(): Array<InlineSpan & { blockId: string }> {
  const entities = [
    ['persName', people],
    ['placeName', places],
    ['orgName', organisations],
  ] as const;
  return entities.flatMap(([name, records]) =>
    records.flatMap((record: { readonly id: string; readonly mentions: readonly Span[] }) =>
      record.mentions.map((mention) => ({
        ...at(mention),
        blockId: mention.blockId,
        rank: rank.mention,
        splittable: true,
        name,
        attributes: { ref: `#${record.id}` },
        id: null,
        partId: `${record.id}.${mention.blockId}.${mention.start}`,
      })),
    ),
  );
}

/** Every inline span of the edition, by block id. */
export function inlineSpansByBlock(): Map<string, InlineSpan[]> {
  const byBlock = new Map<string, InlineSpan[]>();
  const add = (blockId: string, ...spans: InlineSpan[]) => {
    const list = byBlock.get(blockId) ?? [];
    list.push(...spans);
    byBlock.set(blockId, list);
  };
  for (const quote of quotes) add(quote.blockId, quoteSpan(quote));
  for (const citation of citations) add(citation.blockId, ...citationSpans(citation, notes.filter((note) => note.blockId === citation.blockId)));
  for (const note of notes) add(note.blockId, noteSpan(note));
  for (const claim of claims) for (const span of claimSpans(claim)) add(span.blockId, span);
  for (const span of mentionSpans()) add(span.blockId, span);
  for (const reference of references) {
    add(reference.blockId, ...bibliographyFieldSpans(reference, notes.filter((note) => note.blockId === reference.blockId), quotes.filter((quote) => quote.blockId === reference.blockId)));
  }
  return byBlock;
}
