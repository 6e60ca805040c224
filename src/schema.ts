/**
 * Zod schemas for every public record, published as `destalinisation-essay/schema`. Each schema is
 * strict (unknown keys are rejected). The schemas and the public types are generated from one
 * description of each record shape, so they cannot drift apart. `EssayDataSchema` checks a whole
 * `essay.json`: its shape and the integrity rules of {@link checkIntegrity}.
 * Requires `zod` 4 (an optional peer dependency); the package root never imports it.
 *
 * @example
 * ```ts
 * import { QuoteSchema } from 'destalinisation-essay/schema';
 * QuoteSchema.parse(untrustedRecord);
 * ```
 *
 * @module destalinisation-essay/schema
 * @packageDocumentation
 */
export * from './generated/schemas.js';
export { EssayDataSchema } from './integrity/essay-data-schema.js';
export { checkIntegrity } from './integrity/check-integrity.js';
export type { IntegrityIssue, IntegrityPath, IntegrityRule } from './integrity/issue.js';
