import { describe, expect, it } from 'vitest';
import { percentile, round, summarise } from './stats.ts';

describe('latency statistics', () => {
  it('takes the nearest-rank percentile', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises count, p50, p95, p99, mean and max', () => {
    expect(summarise([1, 2, 3, 4])).toEqual({ count: 4, p50: 2, p95: 4, p99: 4, mean: 2.5, max: 4 });
    expect(summarise([]).count).toBe(0);
  });

  it('rounds to a sensible number of digits', () => {
    expect(round(0.12345)).toBe(0.12);
    expect(round(12.345)).toBe(12.3);
    expect(round(1234.5)).toBe(1235);
    expect(round(Number.NaN)).toBeNaN();
  });
});
