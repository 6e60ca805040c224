import { EssayDataShapeSchema } from '../generated/schemas.js';
import type { EssayData } from '../types/index.js';
import { checkIntegrity } from './check-integrity.js';

/**
 * {@link EssayData}: the whole of `essay.json`, its shape ({@link EssayDataShapeSchema}) and the
 * integrity rules of {@link checkIntegrity} (every id names a record of the data, spans match
 * their blocks, the outline and the argument are trees, locators run forwards and match their
 * printed form, dates are EDTF, URLs are URLs, and every derived value, from an event's days to a
 * case study's events, agrees with what it derives from). Each broken rule is one issue whose
 * `path` says where and whose message starts with the rule's name, e.g.
 * `reference: quote p8-q2 names person lenin, which is not in people`. The integrity rules run only
 * on data of the right shape.
 *
 * @example
 * ```ts
 * import { EssayDataSchema } from 'destalinisation-essay/schema';
 * const result = EssayDataSchema.safeParse(derivedEssayJson);
 * if (!result.success) for (const issue of result.error.issues) console.log(issue.path.join('.'), issue.message);
 * ```
 */
export const EssayDataSchema = EssayDataShapeSchema.superRefine((data: EssayData, ctx) => {
  for (const issue of checkIntegrity(data)) {
    ctx.addIssue({ code: 'custom', path: [...issue.path], message: `${issue.rule}: ${issue.message}`, params: { rule: issue.rule } });
  }
});
