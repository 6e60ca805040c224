import * as z from 'zod';
import type {
  RawBlock,
  RawCitation,
  RawEssay,
  RawNote,
  RawPerson,
  RawPlace,
  RawOrganisation,
  RawMention,
  RawEvent,
  RawClaim,
  RawQuote,
  RawReference,
  RawSection,
} from '../../src/data/raw.js';
import type { Assert, DeepMutable, Equal } from '../../src/internal/exact.js';

/** Strict schemas of the files in `data/` (the committed format, not the public shape). */
export const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase kebab-case id');

export const RawEssaySchema = z.strictObject({
  id: kebabId,
  title: z.string().min(1),
  published: z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/),
  written: z.string().regex(/^[0-9]{4}-[0-9]{2}$/),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
  thesisId: kebabId.nullable(),
});

export const RawBlockSchema = z.strictObject({
  id: kebabId,
  kind: z.enum(['dateline', 'title', 'date', 'heading', 'paragraph', 'pullquote', 'reference']),
  text: z.string().min(1).refine((text) => text === text.trim() && !text.includes('\n'), 'one line, no edge whitespace'),
});

export const RawSectionSchema = z.strictObject({
  id: kebabId,
  title: z.string().min(1),
  parentId: kebabId.nullable(),
  blockIds: z.array(kebabId).min(1),
});

const text = z.string().min(1);
const nullableText = text.nullable();
const anchor = { blockId: kebabId, text, occurrence: z.int().nonnegative().exactOptional() };

export const RawCitationSchema = z.strictObject({
  id: kebabId,
  ...anchor,
  form: z.enum(['parenthetical', 'narrative']),
  referenceId: kebabId.nullable(),
  rationale: nullableText,
});

export const RawQuoteSchema = z.strictObject({
  id: kebabId,
  ...anchor,
  kind: z.enum(['quotation', 'term', 'title']),
  speakerIds: z.array(kebabId),
  citationId: kebabId.nullable(),
  referenceId: kebabId.nullable(),
  parentId: kebabId.nullable(),
  noteIds: z.array(kebabId),
  rationale: nullableText,
});

const RawNameSchema = z.strictObject({ family: text, given: nullableText, printed: text });

export const RawReferenceSchema = z.strictObject({
  id: kebabId,
  blockId: kebabId,
  text,
  type: z.enum(['book', 'chapter', 'article', 'archival-document']),
  authors: z.array(RawNameSchema).min(1),
  editors: z.array(RawNameSchema),
  year: z.int().min(1800).max(2014),
  title: text,
  containerTitle: nullableText,
  volume: nullableText,
  issue: nullableText,
  pages: z.strictObject({ start: z.int().positive(), end: z.int().positive() }).nullable(),
  publisher: nullableText,
  place: nullableText,
  institution: nullableText,
  archive: nullableText,
  url: z.url().nullable(),
  noteIds: z.array(kebabId),
});

export const RawPersonSchema = z.strictObject({ id: kebabId, name: text, nameNote: nullableText, variants: z.array(text).min(1), description: text });

export const RawPlaceSchema = z.strictObject({
  id: kebabId,
  name: text,
  nameNote: nullableText,
  variants: z.array(text).min(1),
  description: text,
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).nullable(),
  coordinatesNote: nullableText,
});

export const RawOrganisationSchema = z.strictObject({ id: kebabId, name: text, nameNote: nullableText, variants: z.array(text).min(1), description: text });

export const RawMentionSchema = z.strictObject({ entityId: kebabId, ...anchor });

export const RawNoteSchema = z.strictObject({
  id: kebabId,
  ...anchor,
  kind: z.enum(['spelling', 'name', 'fact', 'punctuation', 'citation']),
  correction: nullableText,
  note: text,
});

export const RawEventSchema = z.strictObject({
  id: kebabId,
  title: text,
  summary: text,
  date: text,
  dateText: text,
  dateBasis: z.enum(['stated', 'inferred', 'editorial']),
  dateNote: nullableText,
  blockIds: z.array(kebabId).min(1),
  personIds: z.array(kebabId),
  placeIds: z.array(kebabId),
  organisationIds: z.array(kebabId),
  sourceIds: z.array(kebabId),
});

export const RawClaimSchema = z.strictObject({
  id: kebabId,
  role: z.enum(['thesis', 'claim', 'sub-claim']),
  spans: z.array(z.strictObject(anchor)).min(1),
  supports: z.array(kebabId),
  evidence: z.strictObject({ quoteIds: z.array(kebabId), citationIds: z.array(kebabId), eventIds: z.array(kebabId) }),
});

export type RawSchemaChecks = [
  Assert<Equal<DeepMutable<RawEvent>, z.output<typeof RawEventSchema>>>,
  Assert<Equal<DeepMutable<RawClaim>, z.output<typeof RawClaimSchema>>>,
  Assert<Equal<DeepMutable<RawCitation>, z.output<typeof RawCitationSchema>>>,
  Assert<Equal<DeepMutable<RawQuote>, z.output<typeof RawQuoteSchema>>>,
  Assert<Equal<DeepMutable<RawReference>, z.output<typeof RawReferenceSchema>>>,
  Assert<Equal<DeepMutable<RawPerson>, z.output<typeof RawPersonSchema>>>,
  Assert<Equal<DeepMutable<RawPlace>, z.output<typeof RawPlaceSchema>>>,
  Assert<Equal<DeepMutable<RawOrganisation>, z.output<typeof RawOrganisationSchema>>>,
  Assert<Equal<DeepMutable<RawMention>, z.output<typeof RawMentionSchema>>>,
  Assert<Equal<DeepMutable<RawNote>, z.output<typeof RawNoteSchema>>>,
  Assert<Equal<DeepMutable<RawEssay>, z.output<typeof RawEssaySchema>>>,
  Assert<Equal<DeepMutable<RawBlock>, z.output<typeof RawBlockSchema>>>,
  Assert<Equal<DeepMutable<RawSection>, z.output<typeof RawSectionSchema>>>,
];
