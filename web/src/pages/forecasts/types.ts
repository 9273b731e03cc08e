// The shapes of /forecast-scenarios (src/modules/steering/forecasts/schema.ts). Amounts in whole cents.
export interface ScenarioSummary {
  id: string; name: string; description: string; startMonth: string; endMonth: string; horizonMonths: number;
  startCaseload: number; inflowPerMonth: number; outflowPctPerMonth: number; endCaseload: number; version: number;
}
export interface BudgetYear {
  year: number; months: number; averageCaseload: number; endCaseload: number; benefitCostCents: number;
  shelteredPlacements: number | null; shelteredProjected: boolean; shelteredCostCents: number; totalCents: number;
}
export interface Scenario extends ScenarioSummary {
  benefitCostPerHouseholdCents: number; benefitCostSource: string; shelteredGrowthPct: number; shelteredCostPerPlaceCents: number; shelteredCostSource: string;
  months: { month: string; caseload: number }[]; years: BudgetYear[]; notices: string[];
}
type PerScenario<T> = (T | null)[];
export interface Comparison {
  scenarios: Scenario[];
  months: { month: string; caseload: PerScenario<number> }[];
  years: { year: number; averageCaseload: PerScenario<number>; endCaseload: PerScenario<number>; benefitCostCents: PerScenario<number>; shelteredCostCents: PerScenario<number>; totalCents: PerScenario<number> }[];
}

const monthNames = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** '2022-12' → 'december 2022'. */
export const monthLabel = (m: string) => `${monthNames[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`;
/** Numbers with a decimal comma: 18.95 → '18,95'. */
export const decimal = (n: number) => String(n).replace('.', ',');
