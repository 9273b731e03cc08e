import { describe, expect, it } from 'vitest';
import { budgetEffect, shelteredPlacesFor, type SetTarget } from './budget.ts';
import { projectCaseload } from './caseload.ts';

// domain.md: target 2022 = 372 hours/week = 12 placements of 31 hours; growth 7–8% a year.
const targets: SetTarget[] = [{ year: 2022, targetHoursPerWeek: 372, hoursPerPlacement: 31 }];

describe('sheltered places per year', () => {
  it('takes the set target, grows it after, and knows nothing before', () => {
    expect(shelteredPlacesFor(2022, targets, 7.5)).toEqual({ placements: 12, fromYear: 2022, projected: false });
    // 372 × 1.075 = 399.9 → 400 hours → 12.9 placements; 372 × 1.075² = 429.89… → 430 → 13.9
    expect(shelteredPlacesFor(2023, targets, 7.5)).toEqual({ placements: 12.9, fromYear: 2022, projected: true });
    expect(shelteredPlacesFor(2024, targets, 7.5)).toEqual({ placements: 13.9, fromYear: 2022, projected: true });
    expect(shelteredPlacesFor(2021, targets, 7.5)).toBeNull();
    // A later set target wins over the projection.
    expect(shelteredPlacesFor(2024, [...targets, { year: 2024, targetHoursPerWeek: 465, hoursPerPlacement: 31 }], 7.5)).toEqual({ placements: 15, fromYear: 2024, projected: false });
  });
});

describe('budget effect of a scenario', () => {
  it('computes each year by hand', () => {
    // 100 households flat for Nov 2026 – Feb 2027; € 12.000 a year per household; 2 places at € 30.000 a year.
    const months = projectCaseload({ startMonth: '2026-11', horizonMonths: 4, startCaseload: 100, inflowPerMonth: 0, outflowPctPerMonth: 0 });
    const years = budgetEffect(months, {
      benefitCostPerHouseholdCents: 1_200_000, shelteredCostPerPlaceCents: 3_000_000,
      shelteredPlaces: (y) => (y === 2027 ? { placements: 2, fromYear: 2027, projected: false } : null),
    });
    expect(years).toEqual([
      // 2 months × 100 × 12.000 / 12 = 200.000
      { year: 2026, months: 2, averageCaseload: 100, endCaseload: 100, benefitCostCents: 20_000_000, shelteredPlacements: null, shelteredProjected: false, shelteredCostCents: 0, totalCents: 20_000_000 },
      // the same, plus 2 places × 30.000 × 2 / 12 = 10.000
      { year: 2027, months: 2, averageCaseload: 100, endCaseload: 100, benefitCostCents: 20_000_000, shelteredPlacements: 2, shelteredProjected: false, shelteredCostCents: 1_000_000, totalCents: 21_000_000 },
    ]);
  });

  it('rounds a year half up to whole cents, once', () => {
    // 1 household for one month at 1 cent a year: 1/12 cent → 0; 6 households → 0.5 → 1 cent.
    const one = budgetEffect([{ month: '2026-01', caseload: 1 }], { benefitCostPerHouseholdCents: 1, shelteredCostPerPlaceCents: 0, shelteredPlaces: () => null });
    const six = budgetEffect([{ month: '2026-01', caseload: 6 }], { benefitCostPerHouseholdCents: 1, shelteredCostPerPlaceCents: 0, shelteredPlaces: () => null });
    expect(one[0].benefitCostCents).toBe(0);
    expect(six[0].benefitCostCents).toBe(1);
    // average caseload with one decimal: (1 + 2) / 2 = 1.5; (1 + 1 + 2) / 3 = 1.33… → 1.3
    expect(budgetEffect([{ month: '2026-01', caseload: 1 }, { month: '2026-02', caseload: 2 }], { benefitCostPerHouseholdCents: 0, shelteredCostPerPlaceCents: 0, shelteredPlaces: () => null })[0].averageCaseload).toBe(1.5);
    expect(budgetEffect([{ month: '2026-01', caseload: 1 }, { month: '2026-02', caseload: 1 }, { month: '2026-03', caseload: 2 }], { benefitCostPerHouseholdCents: 0, shelteredCostPerPlaceCents: 0, shelteredPlaces: () => null })[0].averageCaseload).toBe(1.3);
  });

  it('a higher caseload never costs less', () => {
    const inputs = { benefitCostPerHouseholdCents: 735_473, shelteredCostPerPlaceCents: 0, shelteredPlaces: () => null };
    const base = { startMonth: '2020-09', horizonMonths: 28, startCaseload: 773 };
    const low = budgetEffect(projectCaseload({ ...base, inflowPerMonth: 18.95, outflowPctPerMonth: 3 }), inputs);
    const high = budgetEffect(projectCaseload({ ...base, inflowPerMonth: 26.52, outflowPctPerMonth: 2 }), inputs);
    low.forEach((y, i) => expect(high[i].benefitCostCents).toBeGreaterThanOrEqual(y.benefitCostCents));
    expect(low.map((y) => y.year)).toEqual([2020, 2021, 2022]);
    expect(low.map((y) => y.months)).toEqual([4, 12, 12]);
  });
});
