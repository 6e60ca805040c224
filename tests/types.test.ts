/**
 * Type-level tests: checked by `npm run typecheck` (tsc), where an unmet `@ts-expect-error` or a
 * wrong `expectTypeOf` fails the build. The runtime assertions only keep vitest honest.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import type * as T from '../src/generated/types.js';
import * as S from '../src/schema.js';
import {
  blocks,
  blocksIn,
  essay,
  getBlock,
  getParagraph,
  getSection,
  paragraphs,
  search,
  sections,
  getQuote,
  getCitation,
  getReference,
  quotesIn,
  quotesBy,
  getEvent,
  getClaim,
  evidenceFor,
  mentionsOf,
  eventsInvolving,
  timeline,
  type Event,
  type Claim,
  type Evidence,
  type Mention,
  type Quote,
  type QuoteId,
  type Citation,
  type Reference,
  type Block,
  type BlockId,
  type Paragraph,
  type ParagraphId,
  type SearchHit,
  type Section,
  type SectionId,
  type Span,
} from '../src/index.js';
import type { Assert, DeepMutable, Equal } from '../src/internal/exact.js';
import { LocatorSchema, SpanSchema } from '../src/schema.js';
import type { Locator } from '../src/index.js';
import { model } from '../scripts/generate/collection-table.js';

const someString: string = String(Math.random());
const someNumber: number = Math.random();

describe('types', () => {
  it('a known literal id gives the record; any string gives record | undefined', () => {
    expectTypeOf(getParagraph('p3')).toEqualTypeOf<Paragraph>();
    expectTypeOf(getParagraph(3)).toEqualTypeOf<Paragraph>();
    expectTypeOf(getParagraph(someString)).toEqualTypeOf<Paragraph | undefined>();
    expectTypeOf(getParagraph(someNumber)).toEqualTypeOf<Paragraph | undefined>();
    expectTypeOf(getBlock('p3')).toEqualTypeOf<Paragraph>();
    expectTypeOf(getBlock('h1')).toEqualTypeOf<Block>();
    expectTypeOf(getBlock(someString)).toEqualTypeOf<Block | undefined>();
    expectTypeOf(getSection('conclusion')).toEqualTypeOf<Section>();
    expectTypeOf(getSection(someString)).toEqualTypeOf<Section | undefined>();
    expectTypeOf(blocksIn('conclusion')).toEqualTypeOf<readonly Block[]>();
    expectTypeOf(blocksIn(someString)).toEqualTypeOf<readonly Block[] | undefined>();
    expectTypeOf(search('x')).toEqualTypeOf<readonly SearchHit[]>();
    expectTypeOf(getQuote('p7-q3')).toEqualTypeOf<Quote>();
    expectTypeOf(getQuote(someString)).toEqualTypeOf<Quote | undefined>();
    expectTypeOf(getCitation('p5-c2')).toEqualTypeOf<Citation>();
    expectTypeOf(getReference('filtzer-1993')).toEqualTypeOf<Reference>();
    expectTypeOf(quotesIn('p10')).toEqualTypeOf<readonly Quote[]>();
    expectTypeOf(quotesBy(someString)).toEqualTypeOf<readonly Quote[] | undefined>();
    expectTypeOf(getEvent('secret-speech')).toEqualTypeOf<Event>();
    expectTypeOf(getClaim('thesis')).toEqualTypeOf<Claim>();
    expectTypeOf(evidenceFor('thesis')).toEqualTypeOf<Evidence>();
    expectTypeOf(evidenceFor(someString)).toEqualTypeOf<Evidence | undefined>();
    expectTypeOf(mentionsOf('warsaw')).toEqualTypeOf<readonly Mention[]>();
    expectTypeOf(eventsInvolving(someString)).toEqualTypeOf<readonly Event[] | undefined>();
    expectTypeOf(timeline()).toEqualTypeOf<readonly Event[]>();
    // @ts-expect-error misspelt quote id
    const badQuote: QuoteId = 'p7-q99';
    expect(badQuote).toBe('p7-q99');
    expect(getParagraph('p3').n).toBe(3);
  });

  it('a misspelt literal id is not an id', () => {
    // @ts-expect-error 'p30' is not a paragraph
    const p30: ParagraphId = 'p30';
    // @ts-expect-error 'h1' is a block, not a paragraph
    const h1: ParagraphId = 'h1';
    // @ts-expect-error misspelt section id
    const section: SectionId = 'polish-octobre';
    const ok: BlockId = 'pullquote';
    expect([p30, h1, section, ok]).toHaveLength(4);
  });

  it('narrowing a block on kind reaches the paragraph number', () => {
    const block = blocks[4]!;
    if (block.kind === 'paragraph') expectTypeOf(block.n).toEqualTypeOf<Paragraph['n']>();
    // @ts-expect-error only paragraphs have n
    expect(block.n).toBe(1);
  });

  it('records and arrays are readonly', () => {
    const change = () => {
      // @ts-expect-error readonly property
      essay.title = 'x';
      // @ts-expect-error readonly property
      getParagraph('p1').text = 'x';
      // @ts-expect-error readonly array
      blocks.push(blocks[0]!);
      // @ts-expect-error readonly array
      paragraphs[0] = paragraphs[1]!;
      // @ts-expect-error readonly nested array
      sections[0]!.blockIds.push('p1');
      // @ts-expect-error readonly array
      search('x').pop();
    };
    expect(change).toThrow(TypeError);
  });

  it('the schema exactness check fails on extra, missing and mistyped keys', () => {
    type Matches<I, S extends z.ZodType> = Equal<DeepMutable<I>, z.output<S>>;
    const extra = SpanSchema.extend({ note: z.string().optional() });
    const missing = SpanSchema.omit({ text: true });
    const mistyped = LocatorSchema.extend({ start: z.string() });
    const nullable = SpanSchema.extend({ text: z.string().nullable() });
    type Checks = [
      Assert<Matches<Span, typeof SpanSchema>>,
      // @ts-expect-error an extra optional key
      Assert<Matches<Span, typeof extra>>,
      // @ts-expect-error a missing key
      Assert<Matches<Span, typeof missing>>,
      // @ts-expect-error a mistyped key
      Assert<Matches<Locator, typeof mistyped>>,
      // @ts-expect-error a nullable key
      Assert<Matches<Span, typeof nullable>>,
    ];
    expectTypeOf<Checks[0]>().toEqualTypeOf<true>();
  });

  it('the generated types and the generated schemas describe every record alike', () => {
    type Matches<I, S extends z.ZodType> = Equal<DeepMutable<I>, z.output<S>>;
    type Checks = [
      Assert<Matches<T.Essay, typeof S.EssaySchema>>,
      Assert<Matches<T.Paragraph, typeof S.ParagraphSchema>>,
      Assert<Matches<T.NonParagraphBlock, typeof S.NonParagraphBlockSchema>>,
      Assert<Matches<T.Block, typeof S.BlockSchema>>,
      Assert<Matches<T.Section, typeof S.SectionSchema>>,
      Assert<Matches<T.Span, typeof S.SpanSchema>>,
      Assert<Matches<T.SearchHit, typeof S.SearchHitSchema>>,
      Assert<Matches<T.Locator, typeof S.LocatorSchema>>,
      Assert<Matches<T.Quote, typeof S.QuoteSchema>>,
      Assert<Matches<T.Citation, typeof S.CitationSchema>>,
      Assert<Matches<T.Name, typeof S.NameSchema>>,
      Assert<Matches<T.PageRange, typeof S.PageRangeSchema>>,
      Assert<Matches<T.Reference, typeof S.ReferenceSchema>>,
      Assert<Matches<T.Person, typeof S.PersonSchema>>,
      Assert<Matches<T.Place, typeof S.PlaceSchema>>,
      Assert<Matches<T.Organisation, typeof S.OrganisationSchema>>,
      Assert<Matches<T.Event, typeof S.EventSchema>>,
      Assert<Matches<T.EventDays, typeof S.EventDaysSchema>>,
      Assert<Matches<T.CaseStudy, typeof S.CaseStudySchema>>,
      Assert<Matches<T.Evidence, typeof S.EvidenceSchema>>,
      Assert<Matches<T.Claim, typeof S.ClaimSchema>>,
      Assert<Matches<T.Note, typeof S.NoteSchema>>,
      Assert<Matches<T.EssayData, typeof S.EssayDataSchema>>,
      Assert<Matches<T.EssayData, typeof S.EssayDataShapeSchema>>,
    ];
    expectTypeOf<Checks[0]>().toEqualTypeOf<true>();
    // One for each id type and the paragraph number, each record (but the abstract) and union of the
    // model, and EssayDataSchema, which adds the integrity rules to EssayDataShapeSchema.
    const records = model.shapes.filter((shape) => (shape.kind === 'record' && !shape.abstract) || shape.kind === 'union');
    const idTypes = model.collections.filter((row) => row.id !== undefined);
    expect(Object.keys(S).filter((name) => name.endsWith('Schema'))).toHaveLength(idTypes.length + 1 + records.length + 1);
  });
});
