// Afscherming van kleine aantallen (statistical disclosure control) for the dashboards. Pure.
// Decision: docs/decisions/0017-dashboards-and-cbs.md.
//
// Every figure is a table of counts: rows × columns, with the row totals, the column totals and the grand total that
// the figure publishes (a one-column figure with a total row is a table of one column). Primary suppression hides
// every count from 1 to threshold − 1 (zero hides nobody). That alone is not enough: with a total shown, one hidden
// cell is the total minus the visible ones. Secondary suppression therefore hides further cells until no hidden small
// count can be computed exactly from what is shown.
//
// The test for "computed exactly" is exact, not a rule of thumb. Read the table as a bipartite graph: a node per row
// and per column, one more for the total row and one for the total column; every cell, row total, column total and
// the grand total is an edge between its row node and its column node, and every node says "my edges add up". A
// hidden count is determined by the visible ones exactly when its edge is a bridge of the graph of hidden edges
// (it lies on no cycle of hidden edges). A total the figure does not publish counts as hidden: the reader does not
// know it either. To protect a small count that is a bridge, the cheapest path between its two nodes is hidden
// (hidden edges cost nothing, a visible count costs its value, a total or a zero costs extra), which closes a cycle —
// in a plain table that is the classic four-cell rectangle. Structural cells (no cell there, e.g. a ladder category
// with one step) are not edges at all.

export type Suppression = 'small' | 'secondary';

export interface CountTable {
  /** values[row][column]; null = structural: there is no such cell (known to be zero, never hidden). */
  values: (number | null)[][];
  /** Which margins the figure shows. */
  publishes: { rowTotals: boolean; columnTotals: boolean; grandTotal: boolean };
}

export interface SuppressedTable {
  cells: (Suppression | null)[][];
  rowTotals: (Suppression | null)[];
  columnTotals: (Suppression | null)[];
  grandTotal: Suppression | null;
  /** The sums themselves, for the figure to show where published. */
  sums: { rows: number[]; columns: number[]; grand: number };
}

interface Edge { id: number; a: number; b: number; value: number; margin: boolean; published: boolean; row: number; col: number }

/** Row node i (0 = the total row) is node i; column node j (0 = the total column) is node rows + 1 + j. */
function graphOf(table: CountTable) {
  const n = table.values.length;
  const m = n ? table.values[0].length : 0;
  const rowSums = table.values.map((r) => r.reduce<number>((s, v) => s + (v ?? 0), 0));
  const colSums = Array.from({ length: m }, (_, j) => table.values.reduce((s, r) => s + (r[j] ?? 0), 0));
  const grand = rowSums.reduce((s, v) => s + v, 0);
  const edges: Edge[] = [];
  const add = (row: number, col: number, value: number, margin: boolean, published: boolean) =>
    edges.push({ id: edges.length, a: row, b: n + 1 + col, value, margin, published, row, col });
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) {
    const v = table.values[i][j];
    if (v !== null) add(i + 1, j + 1, v, false, true);
  }
  for (let i = 0; i < n; i++) add(i + 1, 0, rowSums[i], true, table.publishes.rowTotals);
  for (let j = 0; j < m; j++) add(0, j + 1, colSums[j], true, table.publishes.columnTotals);
  add(0, 0, grand, true, table.publishes.grandTotal);
  return { nodes: n + m + 2, edges, rowSums, colSums, grand };
}

/** Bridges of the subgraph formed by the edges in `hidden` (iterative Tarjan, so deep tables cannot overflow). */
function bridgesOf(nodes: number, edges: readonly { id: number; a: number; b: number }[], hidden: ReadonlySet<number>): Set<number> {
  const adj: { to: number; id: number }[][] = Array.from({ length: nodes }, () => []);
  for (const e of edges) if (hidden.has(e.id)) { adj[e.a].push({ to: e.b, id: e.id }); adj[e.b].push({ to: e.a, id: e.id }); }
  const order = new Array<number>(nodes).fill(-1);
  const low = new Array<number>(nodes).fill(0);
  const out = new Set<number>();
  let counter = 0;
  for (let start = 0; start < nodes; start++) {
    if (order[start] !== -1) continue;
    const stack: { v: number; via: number; next: number }[] = [{ v: start, via: -1, next: 0 }];
    order[start] = low[start] = counter++;
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.next < adj[top.v].length) {
        const { to, id } = adj[top.v][top.next++];
        if (id === top.via) continue;
        if (order[to] === -1) {
          order[to] = low[to] = counter++;
          stack.push({ v: to, via: id, next: 0 });
        } else low[top.v] = Math.min(low[top.v], order[to]);
      } else {
        stack.pop();
        if (stack.length) {
          const parent = stack[stack.length - 1];
          low[parent.v] = Math.min(low[parent.v], low[top.v]);
          if (low[top.v] > order[parent.v]) out.add(top.via);
        }
      }
    }
  }
  return out;
}

const ZERO_COST = 1e9;     // hiding a zero protects on paper, but is the last resort
const MARGIN_COST = 1e6;   // a hidden total hides a whole row or column from the reader

/** Cheapest path from `from` to `to` that does not use edge `skip`; hidden edges are free. Returns its edge ids. */
function cheapestPath(nodes: number, edges: readonly Edge[], hidden: ReadonlySet<number>, from: number, to: number, skip: number): number[] {
  const adj: { to: number; edge: Edge }[][] = Array.from({ length: nodes }, () => []);
  for (const e of edges) if (e.id !== skip) { adj[e.a].push({ to: e.b, edge: e }); adj[e.b].push({ to: e.a, edge: e }); }
  const cost = (e: Edge) => (hidden.has(e.id) ? 0 : (e.value === 0 ? ZERO_COST : 0) + (e.margin ? MARGIN_COST : 0) + e.value);
  const dist = new Array<number>(nodes).fill(Infinity);
  const via = new Array<Edge | null>(nodes).fill(null);
  const done = new Array<boolean>(nodes).fill(false);
  dist[from] = 0;
  // The tables are small (a few thousand edges at most): a linear scan for the next node is fast enough and simple.
  for (;;) {
    let v = -1;
    for (let k = 0; k < nodes; k++) if (!done[k] && dist[k] < Infinity && (v === -1 || dist[k] < dist[v])) v = k;
    if (v === -1 || v === to) break;
    done[v] = true;
    for (const { to: w, edge } of adj[v]) {
      const d = dist[v] + cost(edge);
      if (d < dist[w]) { dist[w] = d; via[w] = edge; }
    }
  }
  if (dist[to] === Infinity) return [];
  const path: number[] = [];
  for (let v = to; v !== from;) {
    const e = via[v]!;
    path.push(e.id);
    v = e.a === v ? e.b : e.a;
  }
  return path;
}

/** Primary and secondary suppression of one table; see the comment at the top. */
export function suppressTable(table: CountTable, threshold: number): SuppressedTable {
  const { nodes, edges, rowSums, colSums, grand } = graphOf(table);
  const hidden = new Set<number>();
  const why = new Map<number, Suppression>();
  for (const e of edges) {
    if (!e.published) hidden.add(e.id);
    else if (e.value > 0 && e.value < threshold) { hidden.add(e.id); why.set(e.id, 'small'); }
  }
  const small = edges.filter((e) => why.get(e.id) === 'small');
  if (small.length > 0) {
    for (let guard = 0; guard <= edges.length; guard++) {
      const bridges = bridgesOf(nodes, edges, hidden);
      const exposed = small.find((e) => bridges.has(e.id));
      if (!exposed) break;
      const path = cheapestPath(nodes, edges, hidden, exposed.a, exposed.b, exposed.id);
      if (path.length === 0) {
        // No other route between its row and its column (cannot happen in a table with margins): hide everything.
        for (const e of edges) if (!hidden.has(e.id)) { hidden.add(e.id); why.set(e.id, 'secondary'); }
        break;
      }
      for (const id of path) if (!hidden.has(id)) { hidden.add(id); why.set(id, 'secondary'); }
    }
  }
  const n = table.values.length;
  const m = n ? table.values[0].length : 0;
  const cells = table.values.map((r) => r.map((): Suppression | null => null));
  const rowTotals = new Array<Suppression | null>(n).fill(null);
  const columnTotals = new Array<Suppression | null>(m).fill(null);
  let grandTotal: Suppression | null = null;
  for (const e of edges) {
    const s = e.published ? why.get(e.id) ?? null : null;
    if (e.row > 0 && e.col > 0) cells[e.row - 1][e.col - 1] = s;
    else if (e.row > 0) rowTotals[e.row - 1] = s;
    else if (e.col > 0) columnTotals[e.col - 1] = s;
    else grandTotal = s;
  }
  return { cells, rowTotals, columnTotals, grandTotal, sums: { rows: rowSums, columns: colSums, grand } };
}
