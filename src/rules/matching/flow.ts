// Minimum-cost flow by successive shortest paths with node potentials (Johnson): each unit of flow follows a
// shortest path in the residual graph, found by Dijkstra on reduced costs c(u,v) + π(u) − π(v) ≥ 0. Dijkstra
// stops as soon as the sink is settled; only settled nodes get new potentials (π(x) += dist(x) − dist(sink)),
// which keeps every reduced cost non-negative (see docs/decisions/0012-matching.md). Costs must be
// non-negative integers (exact in floating point) when the graph is built; then every step is exact.

export class MinCostFlow {
  private readonly head: Int32Array;
  private to: Int32Array;
  private next: Int32Array;
  private cap: Int32Array;
  private cost: Float64Array;
  private edges = 0;
  private readonly potential: Float64Array;
  private readonly dist: Float64Array;
  private readonly prevEdge: Int32Array;
  private readonly settled: Uint8Array;

  constructor(readonly nodes: number, expectedEdges = 16) {
    this.head = new Int32Array(nodes).fill(-1);
    const size = Math.max(2, expectedEdges * 2);
    this.to = new Int32Array(size);
    this.next = new Int32Array(size);
    this.cap = new Int32Array(size);
    this.cost = new Float64Array(size);
    this.potential = new Float64Array(nodes);
    this.dist = new Float64Array(nodes);
    this.prevEdge = new Int32Array(nodes);
    this.settled = new Uint8Array(nodes);
  }

  /** Adds u → v with a capacity and a non-negative cost (and its residual twin); returns the edge index. */
  addEdge(u: number, v: number, capacity: number, cost: number): number {
    if (cost < 0) throw new RangeError('MinCostFlow: kosten moeten niet-negatief zijn');
    if (this.edges + 2 > this.to.length) this.grow();
    const e = this.edges;
    this.link(e, u, v, capacity, cost);
    this.link(e + 1, v, u, 0, -cost);
    this.edges += 2;
    return e;
  }

  /** Remaining capacity of an edge: 0 on a unit edge means it carries flow. */
  residual(edge: number): number {
    return this.cap[edge];
  }

  /** Sends one unit from source to sink along a cheapest path; false when the sink cannot be reached. */
  augment(source: number, sink: number): boolean {
    const { dist, settled, prevEdge, potential, head, to, next, cap, cost } = this;
    dist.fill(Number.POSITIVE_INFINITY);
    settled.fill(0);
    const heap = new Heap();
    const order: number[] = [];
    dist[source] = 0;
    heap.push(0, source);
    while (heap.size > 0) {
      const u = heap.pop();
      if (settled[u]) continue;
      settled[u] = 1;
      order.push(u);
      if (u === sink) break;
      const du = dist[u] + potential[u];
      for (let e = head[u]; e !== -1; e = next[e]) {
        if (cap[e] <= 0) continue;
        const v = to[e];
        if (settled[v]) continue;
        const nd = du + cost[e] - potential[v];
        if (nd < dist[v]) {
          dist[v] = nd;
          prevEdge[v] = e;
          heap.push(nd, v);
        }
      }
    }
    if (!settled[sink]) return false;
    const d = dist[sink];
    for (const x of order) potential[x] += dist[x] - d;
    for (let v = sink; v !== source;) {
      const e = prevEdge[v];
      cap[e] -= 1;
      cap[e ^ 1] += 1;
      v = to[e ^ 1];
    }
    return true;
  }

  private link(e: number, u: number, v: number, capacity: number, cost: number) {
    this.to[e] = v;
    this.cap[e] = capacity;
    this.cost[e] = cost;
    this.next[e] = this.head[u];
    this.head[u] = e;
  }

  private grow() {
    const size = this.to.length * 2;
    const copy = <T extends Int32Array | Float64Array>(a: T, b: T) => { b.set(a); return b; };
    this.to = copy(this.to, new Int32Array(size));
    this.next = copy(this.next, new Int32Array(size));
    this.cap = copy(this.cap, new Int32Array(size));
    this.cost = copy(this.cost, new Float64Array(size));
  }
}

/** Binary min-heap of (key, node) with lazy deletion by the caller. */
class Heap {
  private keys: number[] = [];
  private nodes: number[] = [];
  get size() { return this.keys.length; }

  push(key: number, node: number) {
    const { keys, nodes } = this;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      keys[i] = keys[parent];
      nodes[i] = nodes[parent];
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  pop(): number {
    const { keys, nodes } = this;
    const top = nodes[0];
    const lastKey = keys.pop()!;
    const lastNode = nodes.pop()!;
    const n = keys.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && keys[child + 1] < keys[child]) child += 1;
        if (keys[child] >= lastKey) break;
        keys[i] = keys[child];
        nodes[i] = nodes[child];
        i = child;
      }
      keys[i] = lastKey;
      nodes[i] = lastNode;
    }
    return top;
  }
}
