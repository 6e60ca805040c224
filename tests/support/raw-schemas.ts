import * as z from 'zod';
import type { RawBlock, RawEssay, RawSection } from '../../src/data/raw.js';
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

export type RawSchemaChecks = [
  Assert<Equal<DeepMutable<RawEssay>, z.output<typeof RawEssaySchema>>>,
  Assert<Equal<DeepMutable<RawBlock>, z.output<typeof RawBlockSchema>>>,
  Assert<Equal<DeepMutable<RawSection>, z.output<typeof RawSectionSchema>>>,
];
