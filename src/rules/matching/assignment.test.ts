import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign, pruneToTopN, type AssignmentGroup } from './assignment.ts';

/** Every way to fill the places (each place takes an allowed, unused candidate or stays empty): best (filled, total). */
function bruteForce(groups: AssignmentGroup[]): { filled: number; total: number } {
  const places = groups.flatMap((g, gi) => Array.from({ length: g.places }, () => gi));
  let best = { filled: 0, total: 0 };
  const used = new Set<number>();
  const walk = (i: number, filled: number, total: number) => {
    if (i === places.length) {
      if (filled > best.filled || (filled === best.filled && total > best.total)) best = { filled, total };
      return;
    }
    walk(i + 1, filled, total);
    for (const e of groups[places[i]].edges) {
      if (used.has(e.candidate)) continue;
      used.add(e.candidate);
      walk(i + 1, filled + 1, total + e.score);
      used.delete(e.candidate);
    }
  };
  walk(0, 0, 0);
  return best;
}

/** Small random problems: up to 4 opportunities with 0–3 places, up to 6 candidates, some pairs not allowed. */
const problem = fc.integer({ min: 1, max: 6 }).chain((candidates) => fc.record({
  candidates: fc.constant(candidates),
  groups: fc.array(fc.record({
    places: fc.integer({ min: 0, max: 3 }),
    scores: fc.array(fc.option(fc.integer({ min: -20, max: 60 }), { nil: null, freq: 3 }), { minLength: candidates, maxLength: candidates }),
  }), { minLength: 1, maxLength: 4 }),
})).map(({ candidates, groups }) => ({
  candidates,
  groups: groups.map((g) => ({
    places: g.places,
    edges: g.scores.flatMap((score, candidate) => (score === null ? [] : [{ candidate, score }])),
  })),
})).filter(({ groups }) => groups.reduce((n, g) => n + g.places, 0) <= 5);

/**
 * An independent exact method for medium sizes: the classic dense Hungarian algorithm (O(n²m)) on one row per place
 * and one column per candidate plus one "empty" column per place, with the same lexicographic weights.
 */
function denseHungarian(groups: AssignmentGroup[], candidates: number): { filled: number; total: number } {
  const rows = groups.flatMap((g, gi) => Array.from({ length: g.places }, () => gi));
  const all = groups.flatMap((g) => g.edges.map((e) => e.score));
  if (rows.length === 0 || all.length === 0) return { filled: 0, total: 0 };
  const sMax = Math.max(...all);
  const empty = Math.min(rows.length, candidates) * (sMax - Math.min(...all)) + 1;
  const n = rows.length;
  const m = candidates + n;
  const INF = Number.POSITIVE_INFINITY;
  const cost = (i: number, j: number) => {
    if (j >= candidates) return j - candidates === i ? empty : INF;
    const e = groups[rows[i]].edges.find((x) => x.candidate === j);
    return e ? sMax - e.score : INF;
  };
  const u = new Array(n + 1).fill(0); const v = new Array(m + 1).fill(0);
  const p = new Array(m + 1).fill(0); const way = new Array(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i; let j0 = 0;
    const minv = new Array(m + 1).fill(INF); const used = new Array(m + 1).fill(false);
    do {
      used[j0] = true; const i0 = p[j0]; let delta = INF; let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) { u[p[j]] += delta; v[j] -= delta; } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do { const j1 = way[j0]; p[j0] = p[j1]; j0 = j1; } while (j0);
  }
  let filled = 0; let total = 0;
  for (let j = 1; j <= candidates; j++) {
    if (p[j] === 0) continue;
    filled += 1;
    total += groups[rows[p[j] - 1]].edges.find((x) => x.candidate === j - 1)!.score;
  }
  return { filled, total };
}

function checkValid(groups: AssignmentGroup[], result: ReturnType<typeof assign>) {
  const seen = new Set<number>();
  const perGroup = new Map<number, number>();
  for (const p of result.pairs) {
    expect(seen.has(p.candidate), 'a candidate is placed once').toBe(false);
    seen.add(p.candidate);
    const edge = groups[p.group].edges.find((e) => e.candidate === p.candidate);
    expect(edge, 'only allowed pairs').toBeDefined();
    expect(p.score).toBe(edge!.score);
    perGroup.set(p.group, (perGroup.get(p.group) ?? 0) + 1);
  }
  for (const [g, n] of perGroup) expect(n).toBeLessThanOrEqual(groups[g].places);
  expect(result.filled).toBe(result.pairs.length);
  expect(result.total).toBe(result.pairs.reduce((s, p) => s + p.score, 0));
}

describe('batch assignment', () => {
  it('equals brute force on small random cases: most places filled, then the highest total', () => {
    fc.assert(fc.property(problem, ({ candidates, groups }) => {
      const result = assign(groups, candidates);
      checkValid(groups, result);
      expect({ filled: result.filled, total: result.total }).toEqual(bruteForce(groups));
    }), { numRuns: 600 });
  });

  it('fills a place with a weaker candidate rather than leaving it empty, and never uses a forbidden pair', () => {
    // Opportunity 0 wants candidate 0 most, but only 0 can serve opportunity 1: both get someone.
    const groups = [
      { places: 1, edges: [{ candidate: 0, score: 50 }, { candidate: 1, score: 10 }] },
      { places: 1, edges: [{ candidate: 0, score: 20 }] },
    ];
    expect(assign(groups, 2)).toEqual({ pairs: [{ group: 0, candidate: 1, score: 10 }, { group: 1, candidate: 0, score: 20 }], filled: 2, total: 30 });
  });

  it('handles more places than candidates, and several places of one opportunity', () => {
    const groups = [{ places: 5, edges: [{ candidate: 0, score: 7 }, { candidate: 1, score: 9 }] }, { places: 2, edges: [{ candidate: 1, score: 30 }] }];
    const result = assign(groups, 2);
    checkValid(groups, result);
    expect(result).toMatchObject({ filled: 2, total: 37 });
  });

  it('equals the dense Hungarian algorithm on medium random cases (up to 40 places, 60 candidates)', () => {
    const medium = fc.record({
      candidates: fc.integer({ min: 5, max: 60 }),
      groups: fc.array(fc.record({ places: fc.integer({ min: 1, max: 8 }), density: fc.double({ min: 0.05, max: 0.9, noNaN: true }), seed: fc.nat() }), { minLength: 1, maxLength: 5 }),
    }).map(({ candidates, groups }) => ({
      candidates,
      groups: groups.map((g) => {
        let x = g.seed + 1;
        const rand = () => { x = (x * 48_271) % 2_147_483_647; return x / 2_147_483_647; };
        const edges = Array.from({ length: candidates }, (_, candidate) => ({ candidate, score: Math.floor(rand() * 90) - 10 })).filter(() => rand() < g.density);
        return { places: g.places, edges };
      }),
    }));
    fc.assert(fc.property(medium, ({ candidates, groups }) => {
      const result = assign(groups, candidates);
      checkValid(groups, result);
      expect({ filled: result.filled, total: result.total }).toEqual(denseHungarian(groups, candidates));
    }), { numRuns: 150 });
  });

  it('returns nothing when no pair is allowed', () => {
    expect(assign([{ places: 3, edges: [] }], 4)).toEqual({ pairs: [], filled: 0, total: 0 });
  });

  it('pruning each opportunity to its top n (n = all places) keeps the optimum', () => {
    fc.assert(fc.property(problem, ({ groups }) => {
      const n = groups.reduce((s, g) => s + g.places, 0);
      expect(bruteForce(pruneToTopN(groups, n))).toEqual(bruteForce(groups));
    }), { numRuns: 300 });
  });

  it('handles 1,000 places over 20,000 candidates: every place filled, each candidate once, within seconds', () => {
    // 200 opportunities × 5 places; each allows 1,000 of the candidates.
    let seed = 7;
    const rand = () => { seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648; return seed / 2_147_483_648; };
    const groups = Array.from({ length: 200 }, () => ({
      places: 5,
      edges: Array.from({ length: 1000 }, () => ({ candidate: Math.floor(rand() * 20_000), score: Math.floor(rand() * 80) }))
        .filter((e, i, all) => all.findIndex((x) => x.candidate === e.candidate) === i),
    }));
    const started = performance.now();
    const result = assign(groups, 20_000);
    const ms = performance.now() - started;
    checkValid(groups, result);
    expect(result.filled).toBe(1000);
    expect(ms).toBeLessThan(20_000);
  }, 60_000);

  it('handles one opportunity with 1,000 places as fast (its places share one node)', () => {
    const edges = Array.from({ length: 3000 }, (_, candidate) => ({ candidate, score: (candidate * 37) % 101 }));
    const started = performance.now();
    const result = assign([{ places: 1000, edges }], 3000);
    expect(result.filled).toBe(1000);
    // The best 1,000 scores: the pruned list is exactly what a greedy pick would take here.
    expect(result.total).toBe(edges.map((e) => e.score).sort((a, b) => b - a).slice(0, 1000).reduce((a, b) => a + b, 0));
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 60_000);
});
