import type { EssayData } from '../types/index.js';
import type { Report } from './issue.js';

/**
 * The argument is a tree under the thesis (rule `argument`): the essay's `thesisId` names the claim
 * whose role is `thesis`, and only that one has the role; no claim supports itself or, through
 * others, itself; the thesis supports nothing; every other claim supports at least one claim and
 * reaches the thesis.
 */
export function checkArgument(data: EssayData, report: Report): void {
  const byId = new Map(data.claims.map((claim) => [claim.id as string, claim]));
  const { thesisId } = data.essay;
  const thesis = thesisId === null ? undefined : byId.get(thesisId);
  if (thesis && thesis.role !== 'thesis') report(['essay', 'thesisId'], 'argument', `the essay's thesis ${thesisId} is a claim of role ${thesis.role}, expected thesis`);
  data.claims.forEach((claim, index) => {
    if (claim.role === 'thesis' && claim.id !== thesisId) report(['claims', index, 'role'], 'argument', `claim ${claim.id} has role thesis but the essay's thesis is ${thesisId ?? 'null'}`);
    if (claim.supports.includes(claim.id)) report(['claims', index, 'supports'], 'argument', `claim ${claim.id} supports itself`);
    if (claim.role === 'thesis' && claim.supports.length > 0) report(['claims', index, 'supports'], 'argument', `the thesis ${claim.id} supports other claims`);
    if (claim.role === 'thesis' || !thesis) return;
    // Follow every path upwards: it must end at the thesis, never loop.
    const seen = new Set<string>();
    let frontier: string[] = [claim.id];
    let reached = false;
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const up of byId.get(id)?.supports ?? []) {
          if (up === thesisId) reached = true;
          if (up === claim.id && up !== id) {
            report(['claims', index, 'supports'], 'argument', `claim ${claim.id} supports itself through ${id}`);
            return;
          }
          if (!seen.has(up)) {
            seen.add(up);
            next.push(up);
          }
        }
      }
      frontier = next;
    }
    if (!reached) report(['claims', index, 'supports'], 'argument', `claim ${claim.id} does not reach the thesis ${thesisId}`);
  });
}
