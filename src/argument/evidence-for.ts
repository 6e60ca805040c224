import { checkData } from '../internal/check-data.js';
import { recordsById } from '../internal/derived-of.js';
import { groupBy } from '../internal/group-by.js';
import type { Claim, EssayData, Evidence } from '../types/index.js';

/** The claims that support each claim, in the order of the data. */
const supportersOf = /* @__PURE__ */ groupBy((claim: Claim) => claim.supports);

interface Collected {
  readonly quoteIds: Set<string>;
  readonly citationIds: Set<string>;
  readonly eventIds: Set<string>;
}

function collect(claim: Claim, supporters: ReadonlyMap<string, readonly Claim[]>, seen: Set<string>, into: Collected): void {
  if (seen.has(claim.id)) return;
  seen.add(claim.id);
  claim.evidence.quoteIds.forEach((id) => into.quoteIds.add(id));
  claim.evidence.citationIds.forEach((id) => into.citationIds.add(id));
  claim.evidence.eventIds.forEach((id) => into.eventIds.add(id));
  for (const supporter of supporters.get(claim.id) ?? []) collect(supporter, supporters, seen, into);
}

/**
 * Everything offered for a claim of some edition data: its own evidence and, transitively, the
 * evidence of every claim of `data.claims` that supports it, each id once (first seen first). A
 * claim id not in `data.claims` gives `undefined`.
 *
 * @param data - The edition data it reads: `claims`.
 * @param claimId - A claim id, e.g. `thesis`.
 * @returns A fresh frozen `{ quoteIds, citationIds, eventIds }`, or `undefined`.
 *
 * @throws {TypeError} when `data` has no `claims` array.
 *
 * @example
 * ```ts
 * const none = { quoteIds: [], citationIds: [], eventIds: [] };
 * const data = {
 *   claims: [
 *     { id: 'thesis', role: 'thesis', spans: [], supports: [], evidence: { ...none, quoteIds: ['p10-q1'] } },
 *     { id: 'poland-revolt-from-destalinisation', role: 'claim', spans: [], supports: ['thesis'], evidence: { ...none, eventIds: ['secret-speech'] } },
 *   ],
 * } as const;
 * evidenceFor(data, 'thesis'); // { quoteIds: ['p10-q1'], citationIds: [], eventIds: ['secret-speech'] }
 * ```
 */
export function evidenceFor(data: Pick<EssayData, 'claims'>, claimId: string): Evidence | undefined {
  checkData('evidenceFor(data, claimId)', data, ['claims']);
  const claim = recordsById(data.claims).get(claimId);
  if (!claim) return undefined;
  const into: Collected = { quoteIds: new Set(), citationIds: new Set(), eventIds: new Set() };
  collect(claim, supportersOf(data.claims), new Set(), into);
  return Object.freeze({
    quoteIds: Object.freeze([...into.quoteIds]),
    citationIds: Object.freeze([...into.citationIds]),
    eventIds: Object.freeze([...into.eventIds]),
  }) as Evidence;
}
