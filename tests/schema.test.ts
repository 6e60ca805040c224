import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { essayData, essayJsonSchema } from '../scripts/essay-json.js';
import * as edition from '../src/index.js';
import type * as z from 'zod';
import { model } from '../scripts/generate/collection-table.js';
import { limits } from '../scripts/model/field-types.js';
import * as schemas from '../src/schema.js';

/** Each list collection of the table, with the strict schema of its records. */
const collections = model.collections.flatMap((row) =>
  row.list ? [[row.name, (schemas as Readonly<Record<string, unknown>>)[`${row.shape}Schema`] as z.ZodType] as const] : [],
);

describe('Zod schemas of the public records', () => {
  it('the essay record parses', () => {
    expect(schemas.EssaySchema.parse(edition.essay)).toEqual(edition.essay);
  });

  for (const [name, schema] of collections) {
    it(`every record of ${name} parses with its strict schema`, () => {
      expect(schema, `${name}: its schema`).toBeDefined();
      for (const record of (edition as Readonly<Record<string, unknown>>)[name] as readonly unknown[]) expect(schema.safeParse(record).error).toBeUndefined();
    });
    it(`the ${name} schema rejects {}`, () => {
      expect(schema.safeParse({}).success).toBe(false);
    });
  }

  it('schemas reject a record with an extra key', () => {
    expect(schemas.BlockSchema.safeParse({ ...edition.getBlock('p1'), extra: true }).success).toBe(false);
    expect(schemas.BlockSchema.safeParse({ ...edition.getBlock('h1'), n: 1 }).success).toBe(false);
    expect(schemas.SectionSchema.safeParse({ ...edition.sections[0], extra: 1 }).success).toBe(false);
    expect(schemas.EssaySchema.safeParse({ ...edition.essay, author: 'x' }).success).toBe(false);
  });

  it('schemas reject unknown ids and wrong values', () => {
    expect(schemas.BlockSchema.safeParse({ ...edition.getBlock('p1'), id: 'p30' }).success).toBe(false);
    expect(schemas.BlockSchema.safeParse({ ...edition.getBlock('p1'), n: 30 }).success).toBe(false);
    expect(schemas.SectionSchema.safeParse({ ...edition.sections[0], level: 4 }).success).toBe(false);
    expect(schemas.QuoteIdSchema.safeParse('anything').success).toBe(false); // no quotes yet
  });

  it('refuses a list or a text beyond the limits of the model, before any rule across records', () => {
    const data = JSON.parse(JSON.stringify(essayData()));
    const sections = Array.from({ length: 30_000 }, (_, i) => data.sections[i % data.sections.length]);
    const issues = schemas.EssayDataSchema.safeParse({ ...data, sections }).error?.issues ?? [];
    expect(issues.map(({ code, path }) => [code, path.join('.')])).toEqual([['too_big', 'sections']]);
    expect(limits.list).toBeLessThan(30_000);
    const long = JSON.parse(JSON.stringify(essayData()));
    long.notes[0].note = 'x'.repeat(limits.text + 1);
    expect(schemas.EssayDataShapeSchema.safeParse(long).error?.issues.map(({ code, path }) => [code, path.join('.')])).toEqual([['too_big', 'notes.0.note']]);
    long.notes[0].note = 'x'.repeat(limits.text);
    expect(schemas.EssayDataShapeSchema.safeParse(long).success).toBe(true);
  });

  it('the whole of essay.json parses', () => {
    expect(schemas.EssayDataSchema.safeParse(essayData()).error).toBeUndefined();
  });
});

describe('JSON Schema of essay.json (read by a real validator, Ajv, draft 2020-12)', () => {
  // `format: "uri"` (a reference's url) is checked by the WHATWG URL parser.
  const isUrl = (value: string): boolean => URL.canParse(value);
  const validate = new Ajv2020({ strict: true, allErrors: true, formats: { uri: isUrl } }).compile(essayJsonSchema());

  it('accepts the data', () => {
    expect(validate(essayData())).toBe(true);
  });

  it('rejects {}, an extra key, an unknown id and a missing field', () => {
    const data = JSON.parse(JSON.stringify(essayData()));
    expect(validate({})).toBe(false);
    expect(validate({ ...data, extra: 1 })).toBe(false);
    data.blocks[4].id = 'p99';
    expect(validate(data)).toBe(false);
    const missing = JSON.parse(JSON.stringify(essayData()));
    delete missing.sections[0].title;
    expect(validate(missing)).toBe(false);
    const badUrl = JSON.parse(JSON.stringify(essayData()));
    badUrl.references.find((r: { url: string | null }) => r.url !== null).url = 'not a url';
    expect(validate(badUrl)).toBe(false);
  });

  it('sets the limits of the model: 30,000 sections are refused', () => {
    const data = JSON.parse(JSON.stringify(essayData()));
    expect(validate({ ...data, sections: Array.from({ length: 30_000 }, () => data.sections[0]) })).toBe(false);
    expect(validate.errors?.map((error) => `${error.instancePath} ${error.keyword}`)).toContain('/sections maxItems');
    const defs = (essayJsonSchema() as { $defs: Record<string, { properties?: Record<string, { maxLength?: number }> }> }).$defs;
    expect(defs['Note']?.properties?.['note']?.maxLength).toBe(limits.text);
  });

  it('is generated the same way every time', () => {
    expect(JSON.stringify(essayJsonSchema())).toBe(JSON.stringify(essayJsonSchema()));
  });
});
