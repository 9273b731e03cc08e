// The effect of a caseload scenario and the sheltered-work target on the budget of the coming years. Pure; cents.
// Rules (docs/decisions/0016-finance-and-forecasts.md):
//  - benefits: each month costs its (rounded) caseload × the average yearly cost per household / 12; a year's cost
//    is the sum over its months in the horizon, rounded half up to whole cents once per year;
//  - sheltered work: the target of a year in placements (one decimal, src/rules/sheltered-work.ts) × the yearly cost
//    per place × the months of the year in the horizon / 12, rounded half up once per year;
//  - the target of a year is the one set for that year; else the latest earlier set target grown at the scenario's
//    growth rate; with no set target at or before the year it is unknown (null) and costs nothing.
import { shelteredForecast } from '../sheltered-work.ts';
import type { CaseloadMonth } from './caseload.ts';

export interface SetTarget { year: number; targetHoursPerWeek: number; hoursPerPlacement: number }
export interface ShelteredPlaces { placements: number; fromYear: number; projected: boolean }

/** Sheltered placements (one decimal) per year, from the set targets and a growth rate. */
export function shelteredPlacesFor(year: number, targets: readonly SetTarget[], growthRatePct: number): ShelteredPlaces | null {
  const base = targets.filter((t) => t.year <= year).sort((a, b) => b.year - a.year)[0];
  if (!base) return null;
  const forecast = shelteredForecast(base.year, { ...base, growthRatePct }, year - base.year).at(-1)!;
  return { placements: forecast.targetPlacements, fromYear: base.year, projected: base.year !== year };
}

export interface CostInputs {
  benefitCostPerHouseholdCents: number;  // average benefit cost per household per year
  shelteredCostPerPlaceCents: number;    // cost per sheltered place per year
  shelteredPlaces: (year: number) => ShelteredPlaces | null;
}
export interface BudgetYear {
  year: number; months: number;
  averageCaseload: number;               // one decimal, half up
  endCaseload: number;
  benefitCostCents: number;
  shelteredPlacements: number | null; shelteredProjected: boolean;
  shelteredCostCents: number;
  totalCents: number;
}

/** n / d rounded half up, for n ≥ 0 and d > 0 whole numbers. */
const halfUp = (n: number, d: number) => Math.floor((2 * n + d) / (2 * d));

export function budgetEffect(months: readonly CaseloadMonth[], inputs: CostInputs): BudgetYear[] {
  const byYear = new Map<number, CaseloadMonth[]>();
  for (const m of months) {
    const year = Number(m.month.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), m]);
  }
  return [...byYear.entries()].map(([year, ms]) => {
    const households = ms.reduce((sum, m) => sum + m.caseload, 0);
    const benefit = halfUp(households * inputs.benefitCostPerHouseholdCents, 12);
    const places = inputs.shelteredPlaces(year);
    const tenths = places === null ? 0 : Math.round(places.placements * 10);
    const sheltered = halfUp(tenths * inputs.shelteredCostPerPlaceCents * ms.length, 120);
    return {
      year, months: ms.length, averageCaseload: halfUp(households * 10, ms.length) / 10, endCaseload: ms.at(-1)!.caseload,
      benefitCostCents: benefit, shelteredPlacements: places?.placements ?? null, shelteredProjected: places?.projected ?? false,
      shelteredCostCents: sheltered, totalCents: benefit + sheltered,
    };
  });
}
