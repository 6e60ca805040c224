/**
 * Zod schemas for every public record, published as `destalinisation-essay/schema`. Each schema is
 * strict (unknown keys are rejected). The schemas and the public types are generated from one
 * description of each record shape, so they cannot drift apart.
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
export * from './generated/schemas.js';
