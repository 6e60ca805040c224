import type { EssayData } from '../types/index.js';
import { argumentGraph } from './argument-graph.js';
import type { Report } from './issue.js';

/**
 * The argument is a tree under the thesis (rule `argument`): the essay's `thesisId` names the claim
 * whose role is `thesis`, and only that one has the role; no claim supports itself or, through
 * others, itself; the thesis supports nothing; every other claim supports at least one claim and
 * reaches the thesis. Linear in the claims and their links ({@link argumentGraph}).
 */
export function checkArgument(data: Pick<EssayData, 'essay' | 'claims'>, report: Report): void {
  const byId = new Map(data.claims.map((claim) => [claim.id as string, claim]));
  const { thesisId } = data.essay;
  const thesis = thesisId === null ? undefined : byId.get(thesisId);
  if (thesis && thesis.role !== 'thesis')
    report(['essay', 'thesisId'], 'argument', `the essay's thesis ${thesisId} is a claim of role ${thesis.role}, expected thesis`);
  const graph = thesis && thesisId !== null ? argumentGraph(data.claims, thesisId) : undefined;
  data.claims.forEach((claim, index) => {
    if (claim.role === 'thesis' && claim.id !== thesisId)
      report(['claims', index, 'role'], 'argument', `claim ${claim.id} has role thesis but the essay's thesis is ${thesisId ?? 'null'}`);
    if (claim.supports.includes(claim.id)) report(['claims', index, 'supports'], 'argument', `claim ${claim.id} supports itself`);
    if (claim.role === 'thesis' && claim.supports.length > 0) report(['claims', index, 'supports'], 'argument', `the thesis ${claim.id} supports other claims`);
    if (claim.role === 'thesis' || !graph) return;
    const other = graph.through.get(claim.id);
    if (other !== undefined) report(['claims', index, 'supports'], 'argument', `claim ${claim.id} supports itself through ${other}`);
    else if (graph.reaches.get(claim.id) !== true) report(['claims', index, 'supports'], 'argument', `claim ${claim.id} does not reach the thesis ${thesisId}`);
  });
}
