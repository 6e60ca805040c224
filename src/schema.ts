/**
 * Zod schemas for every public record, published as `destalinisation-essay/schema`. Each schema is
 * strict (unknown keys are rejected) and checked at compile time to match its interface exactly.
 * Requires `zod` 4 (an optional peer dependency); the package root never imports it.
 *
 * @example
 * ```ts
 * import { QuoteSchema } from 'destalinisation-essay/schema';
 * QuoteSchema.parse(untrustedRecord);
 * ```
 *
 * @packageDocumentation
 */
import * as z from 'zod';
import * as ids from './generated/ids.js';
import { checkIntegrity } from './integrity/check-integrity.js';
import type { Assert, DeepMutable, Equal } from './internal/exact.js';
import type {
  Block,
  Citation,
  Claim,
  Essay,
  EssayData,
  Event,
  Evidence,
  Locator,
  Name,
  NonParagraphBlock,
  Note,
  Organisation,
  PageRange,
  Paragraph,
  Person,
  Place,
  Quote,
  Reference,
  SearchHit,
  Section,
  Span,
} from './types/index.js';

/** A schema for one of the given ids; for a collection still empty, one that accepts nothing. */
function oneOf<const T extends readonly string[]>(values: T): z.ZodType<T[number]> {
  return (values.length === 0 ? z.never() : z.enum(values as unknown as [string, ...string[]])) as z.ZodType<
    T[number]
  >;
}

const offset = z.int().nonnegative();
const optionalText = z.string().min(1).nullable();

/** A block id. */
export const BlockIdSchema: z.ZodType<ids.BlockId> = oneOf(ids.blockIds);
/** A paragraph id, `p1` … `p29`. */
export const ParagraphIdSchema: z.ZodType<ids.ParagraphId> = oneOf(ids.paragraphIds);
/** A paragraph number, 1 to 29. */
export const ParagraphNumberSchema: z.ZodType<ids.ParagraphNumber> = z.literal(ids.paragraphNumbers);
/** A section id. */
export const SectionIdSchema: z.ZodType<ids.SectionId> = oneOf(ids.sectionIds);
/** A quote id. */
export const QuoteIdSchema: z.ZodType<ids.QuoteId> = oneOf(ids.quoteIds);
/** A citation id. */
export const CitationIdSchema: z.ZodType<ids.CitationId> = oneOf(ids.citationIds);
/** A reference id. */
export const ReferenceIdSchema: z.ZodType<ids.ReferenceId> = oneOf(ids.referenceIds);
/** A person id. */
export const PersonIdSchema: z.ZodType<ids.PersonId> = oneOf(ids.personIds);
/** A place id. */
export const PlaceIdSchema: z.ZodType<ids.PlaceId> = oneOf(ids.placeIds);
/** An organisation id. */
export const OrganisationIdSchema: z.ZodType<ids.OrganisationId> = oneOf(ids.organisationIds);
/** An event id. */
export const EventIdSchema: z.ZodType<ids.EventId> = oneOf(ids.eventIds);
/** A claim id. */
export const ClaimIdSchema: z.ZodType<ids.ClaimId> = oneOf(ids.claimIds);
/** A note id. */
export const NoteIdSchema: z.ZodType<ids.NoteId> = oneOf(ids.noteIds);

/** {@link Essay}. */
export const EssaySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  published: z.string(),
  written: z.string(),
  language: z.string(),
  thesisId: ClaimIdSchema.nullable(),
});

/** {@link Paragraph}. */
export const ParagraphSchema = z.strictObject({
  id: ParagraphIdSchema,
  kind: z.literal('paragraph'),
  text: z.string(),
  sectionId: SectionIdSchema,
  n: ParagraphNumberSchema,
});

/** {@link NonParagraphBlock}. */
export const NonParagraphBlockSchema = z.strictObject({
  id: oneOf(ids.blockIds.filter((id) => !(ids.paragraphIds as readonly string[]).includes(id))) as z.ZodType<
    NonParagraphBlock['id']
  >,
  kind: z.enum(['dateline', 'title', 'date', 'heading', 'pullquote', 'reference']),
  text: z.string(),
  sectionId: SectionIdSchema.nullable(),
});

/** {@link Block}: a paragraph or another block, told apart by `kind`. */
export const BlockSchema = z.discriminatedUnion('kind', [ParagraphSchema, NonParagraphBlockSchema]);

/** {@link Section}. */
export const SectionSchema = z.strictObject({
  id: SectionIdSchema,
  title: z.string(),
  level: z.literal([1, 2, 3]),
  parentId: SectionIdSchema.nullable(),
  childIds: z.array(SectionIdSchema),
  headingBlockId: BlockIdSchema,
  blockIds: z.array(BlockIdSchema),
});

const spanShape = { blockId: BlockIdSchema, start: offset, end: offset, text: z.string() };

/** {@link Span}. */
export const SpanSchema = z.strictObject(spanShape);

/** {@link SearchHit}. */
export const SearchHitSchema = z.strictObject({ ...spanShape, snippet: z.string() });

/** {@link Locator}. */
export const LocatorSchema = z.strictObject({
  unit: z.enum(['page', 'paragraph']),
  start: z.int().positive(),
  end: z.int().positive(),
  printed: z.string(),
});

/** {@link Quote}. */
export const QuoteSchema = z.strictObject({
  ...spanShape,
  id: QuoteIdSchema,
  kind: z.enum(['quotation', 'term', 'title']),
  speakerIds: z.array(PersonIdSchema),
  referenceId: ReferenceIdSchema.nullable(),
  locator: LocatorSchema.nullable(),
  citationId: CitationIdSchema.nullable(),
  parentId: QuoteIdSchema.nullable(),
  noteIds: z.array(NoteIdSchema),
  rationale: optionalText,
});

/** {@link Citation}. */
export const CitationSchema = z.strictObject({
  ...spanShape,
  id: CitationIdSchema,
  form: z.enum(['parenthetical', 'narrative']),
  ibid: z.boolean(),
  referenceId: ReferenceIdSchema,
  locator: LocatorSchema.nullable(),
  repeatsId: CitationIdSchema.nullable(),
  rationale: optionalText,
});

/** {@link Name}. */
export const NameSchema = z.strictObject({
  family: z.string().min(1),
  given: z.string().min(1).nullable(),
  printed: z.string().min(1),
});

/** {@link PageRange}. */
export const PageRangeSchema = z.strictObject({ start: z.int().positive(), end: z.int().positive() });

/** {@link Reference}. */
export const ReferenceSchema = z.strictObject({
  id: ReferenceIdSchema,
  blockId: BlockIdSchema,
  text: z.string(),
  type: z.enum(['book', 'chapter', 'article', 'archival-document']),
  authors: z.array(NameSchema),
  editors: z.array(NameSchema),
  year: z.int(),
  title: z.string().min(1),
  containerTitle: optionalText,
  volume: optionalText,
  issue: optionalText,
  pages: PageRangeSchema.nullable(),
  publisher: optionalText,
  place: optionalText,
  institution: optionalText,
  archive: optionalText,
  url: optionalText,
  noteIds: z.array(NoteIdSchema),
});

const entityShape = {
  name: z.string().min(1),
  nameNote: optionalText,
  variants: z.array(z.string().min(1)),
  description: z.string().min(1),
  mentions: z.array(SpanSchema),
};

/** {@link Person}. */
export const PersonSchema = z.strictObject({ id: PersonIdSchema, ...entityShape });

/** {@link Place}. */
export const PlaceSchema = z.strictObject({
  id: PlaceIdSchema,
  ...entityShape,
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).nullable(),
  coordinatesNote: optionalText,
});

/** {@link Organisation}. */
export const OrganisationSchema = z.strictObject({ id: OrganisationIdSchema, ...entityShape });

/** {@link Event}. */
export const EventSchema = z.strictObject({
  id: EventIdSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
  date: z.string().min(1),
  dateText: z.string().min(1),
  dateBasis: z.enum(['stated', 'inferred', 'editorial']),
  dateNote: optionalText,
  blockIds: z.array(BlockIdSchema),
  personIds: z.array(PersonIdSchema),
  placeIds: z.array(PlaceIdSchema),
  organisationIds: z.array(OrganisationIdSchema),
  sourceIds: z.array(ReferenceIdSchema),
});

/** {@link Evidence}. */
export const EvidenceSchema = z.strictObject({
  quoteIds: z.array(QuoteIdSchema),
  citationIds: z.array(CitationIdSchema),
  eventIds: z.array(EventIdSchema),
});

/** {@link Claim}. */
export const ClaimSchema = z.strictObject({
  id: ClaimIdSchema,
  role: z.enum(['thesis', 'claim', 'sub-claim']),
  spans: z.array(SpanSchema).min(1),
  supports: z.array(ClaimIdSchema),
  evidence: EvidenceSchema,
});

/** {@link Note}. */
export const NoteSchema = z.strictObject({
  ...spanShape,
  id: NoteIdSchema,
  kind: z.enum(['spelling', 'name', 'fact', 'punctuation', 'citation']),
  correction: optionalText,
  note: z.string().min(1),
});

/**
 * {@link EssayData}, the shape only: every record strict and every id a known one, but nothing
 * checked across records. For the integrity rules as well, use {@link EssayDataSchema}.
 */
export const EssayDataShapeSchema = z.strictObject({
  version: z.string(),
  essay: EssaySchema,
  blocks: z.array(BlockSchema),
  paragraphs: z.array(ParagraphSchema),
  sections: z.array(SectionSchema),
  quotes: z.array(QuoteSchema),
  citations: z.array(CitationSchema),
  references: z.array(ReferenceSchema),
  people: z.array(PersonSchema),
  places: z.array(PlaceSchema),
  organisations: z.array(OrganisationSchema),
  events: z.array(EventSchema),
  claims: z.array(ClaimSchema),
  notes: z.array(NoteSchema),
});

/**
 * {@link EssayData}: the whole of `essay.json`, its shape ({@link EssayDataShapeSchema}) and the
 * integrity rules of {@link checkIntegrity} (every id names a record of the data, spans match
 * their blocks, the outline and the argument are trees, locators run forwards, dates are EDTF,
 * URLs are URLs). Each broken rule is one issue whose `path` says where and whose message starts
 * with the rule's name, e.g. `reference: quote p8-q2 names person lenin, which is not in people`.
 *
 * @example
 * ```ts
 * import { EssayDataSchema } from 'destalinisation-essay/schema';
 * const result = EssayDataSchema.safeParse(derivedEssayJson);
 * if (!result.success) for (const issue of result.error.issues) console.log(issue.path.join('.'), issue.message);
 * ```
 */
export const EssayDataSchema = EssayDataShapeSchema.superRefine((data, ctx) => {
  for (const issue of checkIntegrity(data)) {
    ctx.addIssue({ code: 'custom', path: [...issue.path], message: `${issue.rule}: ${issue.message}`, params: { rule: issue.rule } });
  }
});

export { checkIntegrity };
export type { IntegrityIssue, IntegrityPath, IntegrityRule } from './integrity/issue.js';

// Compile-time proof that each schema matches its interface exactly.
type Matches<I, S extends z.ZodType> = Equal<DeepMutable<I>, z.output<S>>;
type SchemaChecks = [
  Assert<Matches<Essay, typeof EssaySchema>>,
  Assert<Matches<Paragraph, typeof ParagraphSchema>>,
  Assert<Matches<NonParagraphBlock, typeof NonParagraphBlockSchema>>,
  Assert<Matches<Block, typeof BlockSchema>>,
  Assert<Matches<Section, typeof SectionSchema>>,
  Assert<Matches<Span, typeof SpanSchema>>,
  Assert<Matches<SearchHit, typeof SearchHitSchema>>,
  Assert<Matches<Locator, typeof LocatorSchema>>,
  Assert<Matches<Quote, typeof QuoteSchema>>,
  Assert<Matches<Citation, typeof CitationSchema>>,
  Assert<Matches<Name, typeof NameSchema>>,
  Assert<Matches<PageRange, typeof PageRangeSchema>>,
  Assert<Matches<Reference, typeof ReferenceSchema>>,
  Assert<Matches<Person, typeof PersonSchema>>,
  Assert<Matches<Place, typeof PlaceSchema>>,
  Assert<Matches<Organisation, typeof OrganisationSchema>>,
  Assert<Matches<Event, typeof EventSchema>>,
  Assert<Matches<Evidence, typeof EvidenceSchema>>,
  Assert<Matches<Claim, typeof ClaimSchema>>,
  Assert<Matches<Note, typeof NoteSchema>>,
  Assert<Matches<EssayData, typeof EssayDataShapeSchema>>,
  Assert<Matches<EssayData, typeof EssayDataSchema>>,
];
