import { MinCostFlow } from './flow.ts';

// Batch assignment (plaatsingsvoorstel): open places of several opportunities, a pool of candidates, and the
// score of every allowed (opportunity, candidate) pair — pairs that fail a hard constraint are simply absent.
// The answer fills as many places as possible and, among those answers, has the highest total score; it is
// exact (minimum-cost flow), never greedy. Each candidate gets at most one place; an opportunity with p places
// takes at most p candidates.

export interface AssignmentEdge { candidate: number; score: number }
export interface AssignmentGroup {
  /** Open places of this opportunity. */
  places: number;
  /** Allowed candidates with their (integer) score. */
  edges: readonly AssignmentEdge[];
}
export interface AssignmentPair { group: number; candidate: number; score: number }
export interface AssignmentResult { pairs: AssignmentPair[]; filled: number; total: number }

/**
 * Keeps each opportunity's best n candidates (n = all places together), ties by candidate number. This never
 * loses the optimum. Exchange argument: take an optimal answer in which opportunity g holds a candidate c outside
 * its top n. The answer fills at most n places, so at most n − 1 candidates other than c are placed, and one of
 * g's top-n candidates, c', is not placed at all. Giving g c' instead of c fills as many places and scores
 * s(g,c') ≥ s(g,c): still optimal, with one pair fewer outside the lists. Repeat until none is left.
 */
export function pruneToTopN(groups: readonly AssignmentGroup[], n: number): AssignmentGroup[] {
  return groups.map((g) => ({
    places: g.places,
    edges: g.edges.length <= n ? g.edges : [...g.edges].sort((a, b) => b.score - a.score || a.candidate - b.candidate).slice(0, n),
  }));
}

/**
 * Network: opportunity g → candidate c (capacity 1, cost sMax − s(g,c)), candidate → sink (capacity 1), and
 * g → sink directly (capacity = places, cost C) for a place left empty. With C = k·(sMax − sMin) + 1 and k the
 * most places that can be filled, one more filled place always outweighs any difference in scores; among answers
 * that fill equally many places, the cheapest is the one with the highest total score.
 */
export function assign(groupsIn: readonly AssignmentGroup[], candidateCount: number): AssignmentResult {
  const totalPlaces = groupsIn.reduce((sum, g) => sum + g.places, 0);
  const groups = pruneToTopN(groupsIn, totalPlaces);
  let sMax = Number.NEGATIVE_INFINITY;
  let sMin = Number.POSITIVE_INFINITY;
  let edgeCount = 0;
  for (const g of groups) {
    for (const e of g.edges) {
      if (!Number.isInteger(e.score)) throw new RangeError('Scores in een toewijzing moeten hele getallen zijn');
      sMax = Math.max(sMax, e.score);
      sMin = Math.min(sMin, e.score);
      edgeCount += 1;
    }
  }
  if (edgeCount === 0) return { pairs: [], filled: 0, total: 0 };
  const k = Math.min(totalPlaces, candidateCount);
  const emptyPlaceCost = k * (sMax - sMin) + 1;

  const sink = groups.length + candidateCount;
  const flow = new MinCostFlow(sink + 1, edgeCount + candidateCount + groups.length);
  const pairEdges: { edge: number; group: number; candidate: number; score: number }[] = [];
  const reachable = new Uint8Array(candidateCount);
  groups.forEach((g, gi) => {
    for (const e of g.edges) {
      pairEdges.push({ edge: flow.addEdge(gi, groups.length + e.candidate, 1, sMax - e.score), group: gi, candidate: e.candidate, score: e.score });
      reachable[e.candidate] = 1;
    }
    flow.addEdge(gi, sink, g.places, emptyPlaceCost);
  });
  for (let c = 0; c < candidateCount; c++) if (reachable[c]) flow.addEdge(groups.length + c, sink, 1, 0);

  groups.forEach((g, gi) => {
    for (let p = 0; p < g.places; p++) flow.augment(gi, sink);
  });
  const pairs = pairEdges.filter((p) => flow.residual(p.edge) === 0).map(({ group, candidate, score }) => ({ group, candidate, score }));
  return { pairs, filled: pairs.length, total: pairs.reduce((sum, p) => sum + p.score, 0) };
}
