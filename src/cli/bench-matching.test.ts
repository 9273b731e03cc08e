import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchOfExactly } from './bench-matching.ts';

// The bench's batch: open places (places minus active placements) adding up to exactly the target whenever any set does.

type O = { id: number; places: number; placesTaken: number };
const open = (o: O) => Math.max(0, o.places - o.placesTaken);
const sum = (os: readonly O[]) => os.reduce((n, o) => n + open(o), 0);

/** Whether some subset of the open places sums to target (plain reachability). */
function reachable(os: readonly O[], target: number) {
  const can = new Uint8Array(target + 1);
  can[0] = 1;
  for (const o of os) for (let s = target; s >= open(o); s--) if (can[s - open(o)]) can[s] = 1;
  return can[target] === 1;
}

const opportunities = fc.array(fc.record({ places: fc.constantFrom(1, 3, 5, 7, 9), taken: fc.integer({ min: 0, max: 9 }) }), { maxLength: 260 })
  .map((xs) => xs.map((x, id) => ({ id, places: x.places, placesTaken: Math.min(x.places, x.taken) })));

describe('the batch of the bench', () => {
  it('is exactly 1,000 places over the generated cycle of 1, 3, 5, 7 and 9 places, whatever is taken', () => {
    const cycle = Array.from({ length: 240 }, (_, id) => ({ id, places: [1, 3, 5, 7, 9][id % 5], placesTaken: id % 11 === 0 ? 1 : 0 }));
    const batch = batchOfExactly(cycle, 1000);
    expect(sum(batch)).toBe(1000);
    expect(new Set(batch.map((o) => o.id)).size).toBe(batch.length);
  });

  it('takes all there is when fewer places are open than asked', () => {
    const few = [{ id: 1, places: 5, placesTaken: 2 }, { id: 2, places: 3, placesTaken: 3 }, { id: 3, places: 1, placesTaken: 0 }];
    expect(batchOfExactly(few, 1000).map((o) => o.id)).toEqual([1, 3]);
  });

  it('property: never more than the target, each opportunity once and with open places, exact whenever a subset is', () => {
    fc.assert(fc.property(opportunities, fc.integer({ min: 1, max: 1000 }), (os, target) => {
      const batch = batchOfExactly(os, target);
      expect(sum(batch)).toBeLessThanOrEqual(target);
      expect(new Set(batch.map((o) => o.id)).size).toBe(batch.length);
      for (const o of batch) expect(open(o)).toBeGreaterThan(0);
      if (reachable(os, target)) expect(sum(batch)).toBe(target);
    }), { numRuns: 300 });
  });
});
