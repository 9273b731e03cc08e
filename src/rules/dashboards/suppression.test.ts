import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressTable, type CountTable, type SuppressedTable } from './suppression.ts';

/**
 * Independent oracle: which hidden counts follow exactly from the visible ones? Gaussian elimination over every
 * "adds up" equation of the table (each row, each column, the total row and the total column), restricted to the
 * unknowns. An unknown is determined when its reduced row is its own unit vector.
 */
function determined(table: CountTable, result: SuppressedTable): string[] {
  const n = table.values.length;
  const m = table.values[0].length;
  // every quantity the reader might know: cells, row totals (i,0), column totals (0,j), grand (0,0)
  const unknown = new Map<string, number>();
  const isHidden = (i: number, j: number): boolean => {
    if (i > 0 && j > 0) return table.values[i - 1][j - 1] !== null && result.cells[i - 1][j - 1] !== null;
    if (i > 0) return !table.publishes.rowTotals || result.rowTotals[i - 1] !== null;
    if (j > 0) return !table.publishes.columnTotals || result.columnTotals[j - 1] !== null;
    return !table.publishes.grandTotal || result.grandTotal !== null;
  };
  for (let i = 0; i <= n; i++) for (let j = 0; j <= m; j++) if (isHidden(i, j)) unknown.set(`${i},${j}`, unknown.size);
  const equations: number[][] = [];
  const equation = (terms: [number, number, number][]) => {
    const row = new Array<number>(unknown.size).fill(0);
    let any = false;
    for (const [i, j, c] of terms) {
      const k = unknown.get(`${i},${j}`);
      if (k !== undefined) { row[k] += c; any = true; }
    }
    if (any) equations.push(row);
  };
  for (let i = 0; i <= n; i++) equation([[i, 0, 1], ...Array.from({ length: m }, (_, j): [number, number, number] => [i, j + 1, -1])]);
  for (let j = 0; j <= m; j++) equation([[0, j, 1], ...Array.from({ length: n }, (_, i): [number, number, number] => [i + 1, j, -1])]);
  const cols = unknown.size;
  let rank = 0;
  const pivots: number[] = [];
  for (let c = 0; c < cols && rank < equations.length; c++) {
    const p = equations.findIndex((e, r) => r >= rank && Math.abs(e[c]) > 1e-9);
    if (p === -1) continue;
    [equations[rank], equations[p]] = [equations[p], equations[rank]];
    const pivot = equations[rank];
    const f = pivot[c];
    for (let k = 0; k < cols; k++) pivot[k] /= f;
    for (let r = 0; r < equations.length; r++) {
      if (r === rank || Math.abs(equations[r][c]) < 1e-9) continue;
      const g = equations[r][c];
      for (let k = 0; k < cols; k++) equations[r][k] -= g * pivot[k];
    }
    pivots.push(c);
    rank++;
  }
  const names = [...unknown.keys()];
  return pivots.filter((c, r) => equations[r].every((v, k) => k === c || Math.abs(v) < 1e-9)).map((c) => names[c]);
}

const smallOnes = (t: CountTable, r: SuppressedTable) => {
  const out: string[] = [];
  r.cells.forEach((row, i) => row.forEach((s, j) => { if (s === 'small') out.push(`${i + 1},${j + 1}`); }));
  r.rowTotals.forEach((s, i) => { if (s === 'small') out.push(`${i + 1},0`); });
  r.columnTotals.forEach((s, j) => { if (s === 'small') out.push(`0,${j + 1}`); });
  if (r.grandTotal === 'small') out.push('0,0');
  void t;
  return out;
};
const column = (values: number[]) => values.map((v) => [v]);
const withTotal = { rowTotals: false, columnTotals: true, grandTotal: false };

describe('suppressTable', () => {
  it('hides counts 1–4 and nothing else when no total is shown', () => {
    const r = suppressTable({ values: column([0, 1, 4, 5, 120]), publishes: { rowTotals: false, columnTotals: false, grandTotal: false } }, 5);
    expect(r.cells.map((c) => c[0])).toEqual([null, 'small', 'small', null, null]);
  });

  it('with a total shown, hides a second cell: the smallest non-zero one, not the total and not a zero', () => {
    // 3 + 10 + 20 + 0 = 33: with only the 3 hidden it would be 33 − 10 − 20.
    const table = { values: column([3, 10, 20, 0]), publishes: withTotal };
    const r = suppressTable(table, 5);
    expect(r.cells.map((c) => c[0])).toEqual(['small', 'secondary', null, null]);
    expect(r.columnTotals).toEqual([null]);
    expect(r.sums.columns).toEqual([33]);
    expect(determined(table, r)).not.toContain('1,1');
  });

  it('two small cells protect each other; a small total is hidden itself', () => {
    expect(suppressTable({ values: column([2, 3, 40]), publishes: withTotal }, 5).cells.map((c) => c[0])).toEqual(['small', 'small', null]);
    const tiny = suppressTable({ values: column([3, 0]), publishes: withTotal }, 5);
    expect(tiny.cells.map((c) => c[0])).toEqual(['small', null]);
    expect(tiny.columnTotals).toEqual(['small']);
  });

  it('ladder steps and categories together: the category "betaald werk" (step 5 + step 6) is a published sum too', () => {
    // rows = categories (geen, zorg, m.act., arb.act., arb.toel., betaald werk); columns = first and second step of
    // the category (only betaald werk has two); row totals = the categories figure, grand total = the caseload.
    const values = [[20, null], [3, null], [30, null], [25, null], [12, null], [8, 9]];
    const table: CountTable = { values, publishes: { rowTotals: true, columnTotals: false, grandTotal: true } };
    const r = suppressTable(table, 5);
    expect(r.cells[1][0]).toBe('small');
    expect(r.rowTotals[1]).toBe('small');          // zorg = step 1: the same number, the same answer
    expect(r.cells[4][0]).toBe('secondary');       // arbeidstoeleiding (12): the cheapest other category
    expect(r.rowTotals[4]).toBe('secondary');
    expect(r.cells[5]).toEqual([null, null]);      // betaald werk and its steps stay visible
    expect(determined(table, r).filter((id) => ['2,1', '2,0'].includes(id))).toEqual([]);
  });

  it('a table with row and column totals: the four-cell rectangle', () => {
    const table: CountTable = { values: [[2, 30], [12, 40], [25, 9]], publishes: { rowTotals: true, columnTotals: true, grandTotal: true } };
    const r = suppressTable(table, 5);
    expect(r.cells).toEqual([['small', 'secondary'], [null, null], ['secondary', 'secondary']]);  // 30 + 25 + 9 < 30 + 12 + 40
    expect([r.rowTotals, r.columnTotals, r.grandTotal]).toEqual([[null, null, null], [null, null], null]);
    expect(determined(table, r)).toEqual([]);
  });
});

describe('property: no small count can be computed back, and nothing ≥ 5 is called small', () => {
  it('holds for random tables with any combination of published margins', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 5 }),
      fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 80 }), fc.constant(null)), { minLength: 35, maxLength: 35 }),
      fc.boolean(), fc.boolean(), fc.boolean(),
      (n, m, pool, rowTotals, columnTotals, grandTotal) => {
        const values = Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => pool[i * m + j]));
        const table: CountTable = { values, publishes: { rowTotals, columnTotals, grandTotal } };
        const r = suppressTable(table, 5);
        values.forEach((row, i) => row.forEach((v, j) => {
          if (v === null) expect(r.cells[i][j]).toBeNull();
          else expect(r.cells[i][j] === 'small').toBe(v > 0 && v < 5);
        }));
        const exposed = determined(table, r);
        for (const id of smallOnes(table, r)) expect(exposed, `${id} can be computed back`).not.toContain(id);
      },
    ), { numRuns: 500 });
  });
});
