import { describe, expect, it } from 'vitest';
import { Random } from '../demo/random.ts';
import { categoryWeights, defaultMunicipalityCount, drawCategory, municipalitySizes, planPopulation, regionSizes, seededUuid, teamSizes } from './plan.ts';

describe('planning a synthetic population', () => {
  it('defaults to one municipality per 50,000 residents, at least 1, at most 400', () => {
    expect(defaultMunicipalityCount(1)).toBe(1);
    expect(defaultMunicipalityCount(50_000)).toBe(1);
    expect(defaultMunicipalityCount(50_001)).toBe(2);
    expect(defaultMunicipalityCount(1_000_000)).toBe(20);
    expect(defaultMunicipalityCount(5_000_000)).toBe(100);
    expect(defaultMunicipalityCount(30_000_000)).toBe(400);
  });

  it('splits residents over municipalities exactly, each at least one, sizes within a factor ~2.3', () => {
    for (const [total, count] of [[1_000_000, 20], [2000, 2], [7, 7], [12_345, 400]] as const) {
      if (count > total) continue;
      const sizes = municipalitySizes(total, count, new Random(3));
      expect(sizes).toHaveLength(count);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1);
      if (total / count > 100) expect(Math.max(...sizes) / Math.min(...sizes)).toBeLessThan(2.5);
    }
    expect(() => municipalitySizes(3, 4, new Random(1))).toThrow(RangeError);
  });

  it('groups municipalities in regions of at most 15', () => {
    for (const n of [1, 14, 15, 16, 400]) {
      const sizes = regionSizes(n, new Random(n));
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(15);
    }
  });

  it('gives one work consultant per ~120 residents in teams of 4 to 8', () => {
    for (let residents = 1; residents <= 120_000; residents = Math.ceil(residents * 1.37)) {
      const teams = teamSizes(residents);
      const consultants = teams.reduce((a, b) => a + b, 0);
      expect(consultants).toBe(Math.max(1, Math.round(residents / 120)));
      if (consultants >= 4) for (const size of teams) expect(size).toBeGreaterThanOrEqual(4);
      for (const size of teams) expect(size).toBeLessThanOrEqual(8);
    }
  });

  it('plans unique names, codes, CBS codes and disjoint BSN ranges', () => {
    const plan = planPopulation(1_000_000, 400, new Random(9));
    const m = plan.municipalities;
    expect(new Set(m.map((x) => x.name)).size).toBe(400);
    expect(new Set(m.map((x) => x.code)).size).toBe(400);
    expect(new Set(m.map((x) => x.cbsCode)).size).toBe(400);
    for (const x of m) expect(x.code).toMatch(/^[a-z][a-z0-9-]*$/);
    for (let i = 1; i < m.length; i++) expect(m[i].bsnStart - m[i - 1].bsnStart).toBeGreaterThan(m[i - 1].residents * 1.1);
    expect(m[m.length - 1].bsnStart + m[m.length - 1].residents * 1.2).toBeLessThan(99_000_000);
    expect(plan.regions.flatMap((r) => r.municipalityIndexes)).toEqual(m.map((x) => x.index));
    expect(new Set(plan.regions.map((r) => r.name)).size).toBe(plan.regions.length);
  });

  it('is the same for the same seed', () => {
    expect(planPopulation(100_000, 3, new Random(5))).toEqual(planPopulation(100_000, 3, new Random(5)));
    expect(planPopulation(100_000, 3, new Random(5))).not.toEqual(planPopulation(100_000, 3, new Random(6)));
  });

  it('draws ladder categories with the demo shares (75 / 17 / 8)', () => {
    const random = new Random(11);
    const n = 100_000;
    const counts = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const c = drawCategory(random);
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const share = (...cs: string[]) => cs.reduce((a, c) => a + (counts.get(c) ?? 0), 0) / n;
    expect(share('geen', 'zorg', 'maatschappelijke_activering')).toBeCloseTo(0.75, 1);
    expect(share('arbeidsactivering', 'arbeidstoeleiding')).toBeCloseTo(0.17, 1);
    expect(share('betaald_werk')).toBeCloseTo(0.08, 1);
    expect(categoryWeights.reduce((a, [, w]) => a + w, 0)).toBe(462);
  });

  it('makes valid, distinct version-4 UUIDs from the seed', () => {
    const random = new Random(1);
    const ids = Array.from({ length: 10_000 }, () => seededUuid(random));
    for (const id of ids.slice(0, 100)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
