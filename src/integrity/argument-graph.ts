import type { Claim } from '../types/index.js';

/** What the walk of the argument finds for each claim id. */
export interface ArgumentGraph {
  /** Whether the claim reaches the thesis through `supports`. */
  readonly reaches: ReadonlyMap<string, boolean>;
  /** For a claim that supports itself through others: one of them, a claim that supports it. */
  readonly through: ReadonlyMap<string, string>;
}

/**
 * Walks the argument once (Tarjan's strongly connected components, without recursion, so a long
 * chain of claims cannot overflow the stack): linear in the claims and their `supports`. A claim
 * reaches the thesis when one of the claims it supports is the thesis or reaches it; it supports
 * itself through others when it lies on a cycle of two or more claims. Ids that name no claim are
 * left to rule `reference`.
 */
export function argumentGraph(claims: readonly Claim[], thesisId: string): ArgumentGraph {
  const byId = new Map(claims.map((claim) => [claim.id as string, claim]));
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const reaches = new Map<string, boolean>();
  const through = new Map<string, string>();
  const visit = (id: string, work: [string, number][]) => {
    order.set(id, order.size);
    low.set(id, order.size - 1);
    stack.push(id);
    onStack.add(id);
    work.push([id, 0]);
  };
  for (const root of claims) {
    if (order.has(root.id)) continue;
    const work: [string, number][] = [];
    visit(root.id, work);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const [id, next] = top;
      const supports = byId.get(id)!.supports;
      if (next < supports.length) {
        top[1]++;
        const up = supports[next]!;
        if (up === id || !byId.has(up)) continue;
        if (!order.has(up)) visit(up, work);
        else if (onStack.has(up)) low.set(id, Math.min(low.get(id)!, order.get(up)!));
        continue;
      }
      work.pop();
      const caller = work[work.length - 1];
      if (caller) low.set(caller[0], Math.min(low.get(caller[0])!, low.get(id)!));
      if (low.get(id) !== order.get(id)) continue;
      // `id` roots a component: every component it reaches is already finished.
      const members = new Set<string>();
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        members.add(member);
      } while (member !== id);
      let reached = false;
      for (const member of members) {
        for (const up of byId.get(member)!.supports) {
          if (up === thesisId || (!members.has(up) && reaches.get(up) === true)) reached = true;
          if (members.size > 1 && members.has(up) && up !== member && !through.has(up)) through.set(up, member);
        }
      }
      for (const member of members) reaches.set(member, reached);
    }
  }
  return { reaches, through };
}
