import type { Citation, Claim, Quote, Reference, Span } from '../../types/index.js';
import type { TeiData } from '../to-tei.js';
import { bibliographyFieldSpans, titleLevel } from './bibliography-fields.js';
import { entriesByBlock } from './entries-by-block.js';
import { pointers } from './ids.js';
import { isDescriptiveMention } from './mention-forms.js';
import type { InlineSpan } from './nest-spans.js';
import { noteSpans } from './note-spans.js';
import { rank } from './ranks.js';
import { categoryPointer } from './vocabularies.js';

type Base = Pick<InlineSpan, 'start' | 'end'>;
const at = (span: Span): Base => ({ start: span.start, end: span.end });

/** The `@rend` of every element the text prints between quotation marks: the marks are in the text, outside it, so a renderer adds none. */
export const printedMarks = 'printed-marks';

/**
 * A quote on its words, the marks outside it: a title as `title` (in its own bibliography entry with
 * its level, elsewhere with `@ref` to the entry it names); words from a written source as `quote`
 * with `@source` the citation that supports it (the essay's quotations all come from documents it
 * cites, speeches and conversations included, so none is `said`); a term quoted from a source as
 * `quote type="term"`; a term or scare quote of the essay's own as `soCalled`. Speakers are
 * stand-off relations (`quote` takes no `@who`).
 */
function quoteSpan(quote: Quote, entry: Reference | undefined): InlineSpan {
  const base = { ...at(quote), rank: rank.quote, splittable: true, id: quote.id, partId: quote.id };
  if (quote.kind === 'title') {
    const own = entry !== undefined && quote.parentId === null;
    const ref = quote.referenceId && quote.referenceId !== entry?.id ? [quote.referenceId] : [];
    return { ...base, name: 'title', attributes: { level: own ? titleLevel(entry.type) : null, ref: pointers(ref), rend: printedMarks } };
  }
  const source = quote.citationId ?? quote.referenceId;
  const cited = source !== null || quote.speakerIds.length > 0;
  if (quote.kind === 'term' && !cited) return { ...base, name: 'soCalled', attributes: { rend: printedMarks } };
  return { ...base, name: 'quote', attributes: { type: quote.kind === 'term' ? 'term' : null, source: pointers(source ? [source] : []), rend: printedMarks } };
}

/**
 * A citation as `<bibl>` pointing at its entry, with its locator as `<citedRange>` and an "ibid." as
 * a `<ref>` to the citation it repeats. A bare "(ibid.)" inherits its locator: an empty
 * `<citedRange>` before the closing parenthesis.
 */
function citationSpans(citation: Citation): InlineSpan[] {
  const spans: InlineSpan[] = [
    {
      ...at(citation),
      rank: rank.citation,
      splittable: true,
      name: 'bibl',
      attributes: {
        type: citation.form,
        ana: categoryPointer('citation-form', citation.form),
        subtype: citation.ibid ? 'ibid' : null,
        corresp: `#${citation.referenceId}`,
      },
      id: citation.id,
      partId: citation.id,
    },
  ];
  const ibid = citation.text.search(/ibid\./i);
  if (citation.repeatsId && ibid >= 0) {
    const start = citation.start + ibid;
    spans.push({
      start,
      end: start + 5,
      rank: rank.citationPart,
      splittable: true,
      name: 'ref',
      attributes: { type: 'ibid', target: `#${citation.repeatsId}` },
      id: null,
      partId: `${citation.id}.ibid`,
    });
  }
  const locator = citation.locator;
  if (locator) {
    const found = citation.text.lastIndexOf(locator.printed);
    const start = found >= 0 ? citation.start + found : citation.text.endsWith(')') ? citation.end - 1 : citation.end;
    const end = found >= 0 ? start + locator.printed.length : start;
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
      attributes: { type: 'claim', subtype: claim.role, ana: categoryPointer('claim-role', claim.role), corresp: index === 0 ? null : `#${claim.id}` },
      id,
      partId: id,
    };
  });
}

/** Every mention as a name pointing at its entity, or as `rs` where the words describe rather than name it ("the Poles", "Albanian officials"). */
function mentionSpans(data: Pick<TeiData, 'people' | 'places' | 'organisations'>): Array<InlineSpan & { blockId: string }> {
  const entities = [
    ['persName', 'person', data.people],
    ['placeName', 'place', data.places],
    ['orgName', 'org', data.organisations],
  ] as const;
  // Index loops: on Node 20, `map` and `flatMap` over frozen arrays run many times slower.
  const spans: Array<InlineSpan & { blockId: string }> = [];
  for (const [name, type, records] of entities) {
    for (let i = 0; i < records.length; i++) {
      const record: { readonly id: string; readonly name: string; readonly kind?: string; readonly mentions: readonly Span[] } = records[i]!;
      for (let k = 0; k < record.mentions.length; k++) {
        const mention = record.mentions[k]!;
        const descriptive = isDescriptiveMention(mention.text, record);
        spans.push({
          ...at(mention),
          blockId: mention.blockId,
          rank: rank.mention,
          splittable: true,
          name: descriptive ? 'rs' : name,
          attributes: { type: descriptive ? type : null, ref: `#${record.id}` },
          id: null,
          partId: `${record.id}.${mention.blockId}.${mention.start}`,
        });
      }
    }
  }
  return spans;
}

/** The words each note is about, once laid out: the `xml:id`s it points at, by note id. */
export type NoteTargets = Map<string, readonly string[]>;

/** Every inline span of the edition, by block id; `targets` is filled in as the notes' words are laid out. */
export function inlineSpansByBlock(data: TeiData, targets: NoteTargets): Map<string, InlineSpan[]> {
  const byBlock = new Map<string, InlineSpan[]>();
  const add = (blockId: string, ...spans: InlineSpan[]) => {
    const list = byBlock.get(blockId) ?? [];
    list.push(...spans);
    byBlock.set(blockId, list);
  };
  const entryOf = entriesByBlock(data.references);
  const record = (noteId: string, ids: readonly string[]) => void targets.set(noteId, ids);
  const noteSpansByBlock = new Map<string, InlineSpan[]>();
  for (const note of data.notes) {
    const spans = noteSpans(note, record);
    noteSpansByBlock.set(note.blockId, [...(noteSpansByBlock.get(note.blockId) ?? []), ...spans]);
    add(note.blockId, ...spans);
  }
  for (const quote of data.quotes) add(quote.blockId, quoteSpan(quote, entryOf.get(quote.blockId)));
  for (const citation of data.citations) add(citation.blockId, ...citationSpans(citation));
  for (const claim of data.claims) for (const span of claimSpans(claim)) add(span.blockId, span);
  for (const span of mentionSpans(data)) add(span.blockId, span);
  data.references.forEach((reference, index) => {
    const blocking = noteSpansByBlock.get(reference.blockId) ?? [];
    const titled = data.quotes.some((quote) => quote.blockId === reference.blockId && quote.kind === 'title');
    add(reference.blockId, ...bibliographyFieldSpans(reference, data.references[index - 1], blocking, titled, data.people));
  });
  return byBlock;
}
