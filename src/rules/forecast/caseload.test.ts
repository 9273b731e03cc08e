import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, projectCaseload, type CaseloadScenario } from './caseload.ts';

// domain.md: 773 benefits on 10 Aug 2020; scenarios for 2020–2022 from 692 (full recovery) to 1012 (second wave).
const seed = { startMonth: '2020-09', horizonMonths: 28, startCaseload: 773 };

describe('caseload scenario', () => {
  it('reproduces the seed\'s range: full recovery ends at 692, the second wave at 1012 (December 2022)', () => {
    const recovery = projectCaseload({ ...seed, inflowPerMonth: 18.95, outflowPctPerMonth: 3 });
    const wave = projectCaseload({ ...seed, inflowPerMonth: 26.52, outflowPctPerMonth: 2 });
    expect(recovery).toHaveLength(28);
    expect(recovery[0].month).toBe('2020-09');
    expect(recovery.at(-1)).toEqual({ month: '2022-12', caseload: 692 });
    expect(wave.at(-1)).toEqual({ month: '2022-12', caseload: 1012 });
  });

  it('computes by hand: 100 households, 10% out and 5 in per month', () => {
    // 100 → 95 → 90.5 (91, half up) → 86.45 (86) → 82.805 (83)
    expect(projectCaseload({ startMonth: '2026-11', horizonMonths: 4, startCaseload: 100, inflowPerMonth: 5, outflowPctPerMonth: 10 }))
      .toEqual([{ month: '2026-11', caseload: 95 }, { month: '2026-12', caseload: 91 }, { month: '2027-01', caseload: 86 }, { month: '2027-02', caseload: 83 }]);
  });

  it('rounds each month from the unrounded value, half up, so rounding does not accumulate', () => {
    // 3 → 3 × 0.5 + 0.5 = 2 → 1.5 (2) → 1.25 (1) → 1.125 (1): rounding each step instead would stay at 2.
    expect(projectCaseload({ startMonth: '2026-01', horizonMonths: 4, startCaseload: 3, inflowPerMonth: 0.5, outflowPctPerMonth: 50 }).map((m) => m.caseload))
      .toEqual([2, 2, 1, 1]);
  });

  it('counts months across year ends', () => {
    expect(addMonths('2020-09', 4)).toBe('2021-01');
    expect(addMonths('2020-12', 12)).toBe('2021-12');
  });

  it('refuses what is not a scenario', () => {
    const ok: CaseloadScenario = { startMonth: '2026-01', horizonMonths: 12, startCaseload: 10, inflowPerMonth: 1, outflowPctPerMonth: 1 };
    expect(() => projectCaseload({ ...ok, startMonth: '2026-13' })).toThrow(RangeError);
    expect(() => projectCaseload({ ...ok, horizonMonths: 0 })).toThrow(RangeError);
    expect(() => projectCaseload({ ...ok, outflowPctPerMonth: 101 })).toThrow(RangeError);
    expect(() => projectCaseload({ ...ok, inflowPerMonth: -1 })).toThrow(RangeError);
    expect(() => projectCaseload({ ...ok, startCaseload: 1.5 })).toThrow(RangeError);
  });

  const scenario = fc.record({
    startMonth: fc.constantFrom('2020-09', '2026-01', '2026-12'), horizonMonths: fc.integer({ min: 1, max: 120 }),
    startCaseload: fc.integer({ min: 0, max: 50_000 }), inflowPerMonth: fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
    outflowPctPerMonth: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
  });

  it('property: zero inflow and outflow keep the caseload flat', () => {
    fc.assert(fc.property(scenario, (s) => {
      for (const m of projectCaseload({ ...s, inflowPerMonth: 0, outflowPctPerMonth: 0 })) expect(m.caseload).toBe(s.startCaseload);
    }));
  });

  it('property: a higher outflow never gives a higher caseload; a higher inflow never a lower one', () => {
    fc.assert(fc.property(scenario, fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (s, extraOut, extraIn) => {
      const base = projectCaseload(s);
      const moreOut = projectCaseload({ ...s, outflowPctPerMonth: Math.min(100, s.outflowPctPerMonth + extraOut / 100) });
      const moreIn = projectCaseload({ ...s, inflowPerMonth: s.inflowPerMonth + extraIn / 100 });
      base.forEach((m, k) => {
        expect(moreOut[k].caseload).toBeLessThanOrEqual(m.caseload);
        expect(moreIn[k].caseload).toBeGreaterThanOrEqual(m.caseload);
      });
    }));
  });

  it('property: the caseload never goes negative and stays between the start and the steady state i / o', () => {
    fc.assert(fc.property(scenario.filter((s) => s.outflowPctPerMonth > 0), (s) => {
      const steady = s.inflowPerMonth / (s.outflowPctPerMonth / 100);
      const low = Math.floor(Math.min(s.startCaseload, steady));
      const high = Math.ceil(Math.max(s.startCaseload, steady));
      for (const m of projectCaseload(s)) {
        expect(m.caseload).toBeGreaterThanOrEqual(Math.max(0, low));
        expect(m.caseload).toBeLessThanOrEqual(high);
      }
    }));
  });
});
