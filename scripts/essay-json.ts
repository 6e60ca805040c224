/** Builds the contents of `dist/essay.json` and `dist/essay.schema.json` from the sources. */
import * as z from 'zod';
import { version } from '../package.json';
import * as edition from '../src/index.js';
import * as schemas from '../src/schema.js';
import type { EssayData } from '../src/types/index.js';

/** Every collection in its public shape, as published in `essay.json`. */
export function essayData(): EssayData {
  const { essay, blocks, paragraphs, sections, quotes, citations, references } = edition;
  const { people, places, organisations, events, caseStudies, claims, notes } = edition;
  return {
    version,
    essay,
    blocks,
    paragraphs,
    sections,
    quotes,
    citations,
    references,
    people,
    places,
    organisations,
    events,
    caseStudies,
    claims,
    notes,
  };
}

/** The JSON Schema (draft 2020-12) of `essay.json`, generated from the Zod schemas. */
export function essayJsonSchema(): Record<string, unknown> {
  // Each named schema becomes a `$defs` entry, so a record shape is written once.
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(schemas)) {
    if (name !== 'EssayDataSchema') registry.add(schema, { id: name.replace(/Schema$/, '') });
  }
  return {
    ...z.toJSONSchema(schemas.EssayDataSchema, { target: 'draft-2020-12', metadata: registry }),
    title: 'destalinisation-essay: essay.json',
    description: `Generated from the Zod schemas of destalinisation-essay ${version}. Do not edit.`,
  };
}
