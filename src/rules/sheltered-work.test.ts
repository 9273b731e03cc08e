import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeOn, referenceDate, shelteredFill, shelteredForecast, type ShelteredPlacementFact } from './sheltered-work.ts';

// domain.md: 2022 target 372 hours/week = 12 placements of 31 hours; filled by 15 persons; 31 hours/week open; growth 7–8%.
const target2022 = { targetHoursPerWeek: 372, hoursPerPlacement: 31, growthRatePct: 7.5 };

function seedPlacements(): ShelteredPlacementFact[] {
  // 11 × 23 + 4 × 22 = 341 hours over 15 persons, all active at the end of 2022.
  return Array.from({ length: 15 }, (_, i) => ({
    residentId: `r${i}`, contractHoursPerWeek: i < 11 ? 23 : 22, startDate: `20${18 + (i % 5)}-0${1 + (i % 9)}-01`, endDate: i === 3 ? '2024-06-30' : null,
  }));
}

describe('sheltered-work target', () => {
  it('reproduces the seed: 372 target, 341 filled by 15 persons, 31 open, 12 placements', () => {
    expect(shelteredFill(target2022, seedPlacements(), '2022-12-31')).toEqual({
      filledHoursPerWeek: 341, persons: 15, targetHoursPerWeek: 372, targetPlacements: 12, openHoursPerWeek: 31, openPlacements: 1, overTargetHoursPerWeek: 0,
    });
  });

  it('counts only placements that started and have not ended on the day', () => {
    const p = { startDate: '2022-03-01', endDate: '2022-12-30' };
    expect(activeOn(p, '2022-03-01')).toBe(true);
    expect(activeOn(p, '2022-12-30')).toBe(true);
    expect(activeOn(p, '2022-12-31')).toBe(false);
    expect(activeOn(p, '2022-02-28')).toBe(false);
    const fill = shelteredFill(target2022, [...seedPlacements(), { residentId: 'late', contractHoursPerWeek: 31, startDate: '2023-01-02', endDate: null }], '2022-12-31');
    expect(fill.filledHoursPerWeek).toBe(341);
  });

  it('one person in two placements is one person; over the target nothing is open', () => {
    const two = [
      { residentId: 'a', contractHoursPerWeek: 20, startDate: '2022-01-01', endDate: null },
      { residentId: 'a', contractHoursPerWeek: 12.5, startDate: '2022-01-01', endDate: null },
    ];
    expect(shelteredFill({ targetHoursPerWeek: 31, hoursPerPlacement: 31, growthRatePct: 0 }, two, '2022-06-01'))
      .toMatchObject({ persons: 1, filledHoursPerWeek: 32.5, openHoursPerWeek: 0, openPlacements: 0, overTargetHoursPerWeek: 1.5 });
    expect(shelteredFill(null, two, '2022-06-01')).toMatchObject({ filledHoursPerWeek: 32.5, targetHoursPerWeek: null, openHoursPerWeek: null });
  });

  it('shows placement equivalents with one decimal, half up', () => {
    expect(shelteredFill({ targetHoursPerWeek: 380, hoursPerPlacement: 31, growthRatePct: 0 }, [], '2022-06-01').targetPlacements).toBe(12.3);  // 12.258
    expect(shelteredFill({ targetHoursPerWeek: 15.5, hoursPerPlacement: 31, growthRatePct: 0 }, [], '2022-06-01').targetPlacements).toBe(0.5);
  });

  it('takes past years on 31 December, the current year today and future years on 1 January', () => {
    expect(referenceDate(2022, '2026-11-23')).toBe('2022-12-31');
    expect(referenceDate(2026, '2026-11-23')).toBe('2026-11-23');
    expect(referenceDate(2027, '2026-11-23')).toBe('2027-01-01');
  });
});

describe('forecast', () => {
  it('grows 372 hours at 7.5% a year, rounded per year from the unrounded value', () => {
    // 372 × 1.075^k = 399.9, 429.89, 462.13, 496.79, 534.05
    expect(shelteredForecast(2022, target2022, 5)).toEqual([
      { year: 2022, targetHoursPerWeek: 372, targetPlacements: 12 },
      { year: 2023, targetHoursPerWeek: 400, targetPlacements: 12.9 },
      { year: 2024, targetHoursPerWeek: 430, targetPlacements: 13.9 },
      { year: 2025, targetHoursPerWeek: 462, targetPlacements: 14.9 },
      { year: 2026, targetHoursPerWeek: 497, targetPlacements: 16 },
      { year: 2027, targetHoursPerWeek: 534, targetPlacements: 17.2 },
    ]);
  });

  it('never shrinks at a non-negative rate, and a higher rate never gives less', () => {
    const rate = fc.integer({ min: 0, max: 2000 }).map((bp) => bp / 100);
    fc.assert(fc.property(fc.integer({ min: 0, max: 5000 }), rate, rate, fc.integer({ min: 1, max: 15 }), (hours, a, b, years) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      const slow = shelteredForecast(2025, { targetHoursPerWeek: hours, hoursPerPlacement: 31, growthRatePct: low }, years);
      const fast = shelteredForecast(2025, { targetHoursPerWeek: hours, hoursPerPlacement: 31, growthRatePct: high }, years);
      expect(slow).toHaveLength(years + 1);
      for (let k = 1; k <= years; k++) {
        expect(slow[k].targetHoursPerWeek).toBeGreaterThanOrEqual(slow[k - 1].targetHoursPerWeek);
        expect(fast[k].targetHoursPerWeek).toBeGreaterThanOrEqual(slow[k].targetHoursPerWeek);
      }
    }));
  });
});
