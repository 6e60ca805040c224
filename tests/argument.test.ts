import { describe, expect, it } from 'vitest';
import { citations, claims, essay, events, evidenceFor, getBlock, getClaim, quotes, references, toGraph } from '../src/index.js';

describe('claims', () => {
  it('one thesis, four main claims, 32 supporting claims', () => {
    const count = (role: string) => claims.filter((c) => c.role === role).length;
    expect([count('thesis'), count('claim'), count('sub-claim')]).toEqual([1, 4, 32]);
    expect(essay.thesisId).toBe('thesis');
  });

  it('the thesis is stated in the introduction and restated in the conclusion', () => {
    const thesis = getClaim('thesis');
    expect(thesis.spans.map((s) => s.blockId)).toEqual(['p2', 'p29', 'p29']);
    expect(thesis.spans[0]!.text).toContain('while not dealing a fatal blow, certainly created cracks and fissures');
    expect(thesis.spans[2]!.text).toBe(
      'Though not fatal, de-Stalinisation clearly created cracks and fissures within the foundations of international communism.',
    );
  });

  it('the main claims are the three case studies and “not fatal”, each restated in the conclusion', () => {
    for (const claim of claims.filter((c) => c.role === 'claim')) {
      expect(claim.supports).toEqual(['thesis']);
      expect(
        claim.spans.some((s) => s.blockId === 'p29'),
        claim.id,
      ).toBe(true);
    }
  });

  it('every span slices its block exactly', () => {
    for (const claim of claims) for (const span of claim.spans) expect(getBlock(span.blockId).text.slice(span.start, span.end)).toBe(span.text);
  });

  it('supports resolve, every claim reaches the thesis, and there are no cycles', () => {
    const byId = new Map(claims.map((c) => [c.id as string, c]));
    for (const claim of claims) {
      for (const id of claim.supports) expect(byId.has(id), `${claim.id} → ${id}`).toBe(true);
      if (claim.role === 'thesis') {
        expect(claim.supports).toEqual([]);
        continue;
      }
      const seen = new Set<string>();
      const reaches = (id: string): boolean => {
        if (id === 'thesis') return true;
        if (seen.has(id)) return false;
        seen.add(id);
        return byId.get(id)!.supports.some(reaches);
      };
      expect(reaches(claim.id), claim.id).toBe(true);
    }
  });

  it('evidence ids resolve to quotes, citations and events', () => {
    const q = new Set(quotes.map((x) => x.id as string));
    const c = new Set(citations.map((x) => x.id as string));
    const e = new Set(events.map((x) => x.id as string));
    for (const claim of claims) {
      for (const id of claim.evidence.quoteIds) expect(q.has(id), id).toBe(true);
      for (const id of claim.evidence.citationIds) expect(c.has(id), id).toBe(true);
      for (const id of claim.evidence.eventIds) expect(e.has(id), id).toBe(true);
    }
  });

  it('a claim that cites a quotation also cites the quotations nested in it (Lenin’s words inside Khrushchev’s)', () => {
    for (const claim of claims) {
      for (const id of claim.evidence.quoteIds) {
        const nested = quotes.filter((q) => q.parentId === id && q.kind === 'quotation').map((q) => q.id);
        for (const inner of nested) expect(claim.evidence.quoteIds, `${claim.id} ${id} ${inner}`).toContain(inner);
      }
    }
    // p11: "Khrushchev used the words of Lenin himself": the evidence includes Lenin’s words.
    const lenin = claims.find((c) => c.id === 'lenin-against-stalin')!;
    expect(lenin.evidence.quoteIds.map((id) => quotes.find((q) => q.id === id)!.speakerIds[0])).toEqual(['khrushchev', 'lenin']);
  });

  it('evidenceFor is transitive: a claim’s evidence includes its supporters’', () => {
    const poland = evidenceFor('poland-revolt-from-destalinisation');
    for (const supporter of claims.filter((c) => c.supports.includes('poland-revolt-from-destalinisation'))) {
      for (const id of supporter.evidence.citationIds) expect(poland.citationIds).toContain(id);
    }
    const thesis = evidenceFor('thesis');
    for (const claim of claims) for (const id of claim.evidence.quoteIds) expect(thesis.quoteIds).toContain(id);
    expect(new Set(thesis.quoteIds).size).toBe(thesis.quoteIds.length);
    expect(evidenceFor('nope')).toBeUndefined();
    expect(evidenceFor('__proto__')).toBeUndefined();
    expect(Object.isFrozen(thesis.eventIds)).toBe(true);
  });
});

describe('toGraph', () => {
  const graph = toGraph();
  const nodeIds = new Set(graph.nodes.map((n) => n.id));

  it('has a node for every person, place, organisation, event, claim and reference', () => {
    expect(graph.nodes).toHaveLength(30 + 26 + 25 + events.length + claims.length + references.length);
    expect(nodeIds.size).toBe(graph.nodes.length);
    expect(graph.nodes.find((n) => n.id === 'person:gomulka')).toEqual({
      id: 'person:gomulka',
      kind: 'person',
      recordId: 'gomulka',
      label: 'Władysław Gomułka',
      caseStudyId: null,
      days: null,
      // two events (his invitation to lead Poland, the Belweder talks) and the four claims whose words name him
      degree: 6,
    });
  });

  it('every link joins two nodes with a typed kind and a weight', () => {
    const kinds = new Set(['participates', 'located', 'supports', 'cites', 'spoke', 'mentions']);
    for (const link of graph.links) {
      expect(nodeIds.has(link.source), link.source).toBe(true);
      expect(nodeIds.has(link.target), link.target).toBe(true);
      expect(kinds.has(link.kind)).toBe(true);
      expect(link.weight).toBeGreaterThan(0);
    }
    expect(new Set(graph.links.map((l) => l.kind))).toEqual(kinds);
  });

  it('links what the data says: Lenin spoke from the speech, Gomułka took part in the talks', () => {
    expect(graph.links).toContainEqual({
      id: 'spoke:person:lenin->reference:khrushchev-1956',
      source: 'person:lenin',
      target: 'reference:khrushchev-1956',
      kind: 'spoke',
      weight: 1,
    });
    expect(graph.links).toContainEqual({
      id: 'spoke:person:khrushchev->reference:khrushchev-1956',
      source: 'person:khrushchev',
      target: 'reference:khrushchev-1956',
      kind: 'spoke',
      weight: 14,
    });
    expect(graph.links).toContainEqual(expect.objectContaining({ source: 'person:gomulka', target: 'event:belweder-talks', kind: 'participates' }));
    expect(graph.links).toContainEqual(expect.objectContaining({ source: 'event:belweder-talks', target: 'place:belweder-palace', kind: 'located' }));
    expect(graph.links).toContainEqual(
      expect.objectContaining({ source: 'claim:poland-revolt-from-destalinisation', target: 'claim:thesis', kind: 'supports' }),
    );
  });
});
