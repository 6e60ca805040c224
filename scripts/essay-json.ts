/** Builds the contents of `dist/essay.json` and `dist/essay.schema.json` from the sources. */
import * as z from 'zod';
import { version } from '../package.json';
import { essayData as essayDataOf } from '../src/cli/essay-data.js';
import * as schemas from '../src/schema.js';
import type { EssayData } from '../src/types/index.js';

/** Every collection in its public shape, as published in `essay.json` (the code the CLI's `export --format json` runs). */
export function essayData(): EssayData {
  return essayDataOf(version);
}

/** The JSON Schema (draft 2020-12) of `essay.json`, generated from the Zod schemas. */
export function essayJsonSchema(): Record<string, unknown> {
  // Each named schema becomes a `$defs` entry, so a record shape is written once.
  const registry = z.registry<{ id: string }>();
  // The integrity rules of EssayDataSchema are beyond JSON Schema: it describes the shape.
  for (const [name, schema] of Object.entries(schemas)) {
    if (name.endsWith('Schema') && name !== 'EssayDataSchema' && name !== 'EssayDataShapeSchema')
      registry.add(schema as z.ZodType, { id: name.replace(/Schema$/, '') });
  }
  return {
    ...z.toJSONSchema(schemas.EssayDataShapeSchema, { target: 'draft-2020-12', metadata: registry }),
    title: 'destalinisation-essay: essay.json',
    description: `Generated from the Zod schemas of destalinisation-essay ${version}. Do not edit.`,
  };
}
