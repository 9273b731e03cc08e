// The shapes of /forecast-scenarios (src/modules/steering/forecasts/schema.ts). Amounts in whole cents.
export interface ScenarioSummary {
  id: string; name: string; description: string; startMonth: string; endMonth: string; horizonMonths: number;
  startCaseload: number; inflowPerMonth: number; outflowPctPerMonth: number; endCaseload: number; version: number;
}
export interface BudgetYear {
  year: number; months: number; averageCaseload: number; endCaseload: number; benefitCostCents: number;
  shelteredPlacements: number | null; shelteredProjected: boolean; shelteredCostCents: number; totalCents: number;
}
/** The scenario against the entered budget and through the reserve sociaal domein. */
export interface ScenarioBudgetYear {
  year: number; months: number; incomeCents: number; expenditureCents: number; balanceCents: number; warning: string | null;
  streams: { stream: string; label: string; incomeCents: number; expenditureCents: number; resultCents: number; figuresYear: number | null }[];
  reserve: { openingCents: number; closingCents: number; fromReserveCents: number; fromGeneralFundsCents: number; exhausted: boolean } | null;
}
export interface Scenario extends ScenarioSummary {
  benefitCostPerHouseholdCents: number; benefitCostSource: string; shelteredGrowthPct: number; shelteredCostPerPlaceCents: number; shelteredCostSource: string;
  months: { month: string; caseload: number }[]; years: BudgetYear[]; notices: string[];
  budget: { reserveSet: boolean; years: ScenarioBudgetYear[]; notices: string[]; warning: string | null };
}
type PerScenario<T> = (T | null)[];
export interface Comparison {
  scenarios: Scenario[];
  months: { month: string; caseload: PerScenario<number> }[];
  years: {
    year: number; averageCaseload: PerScenario<number>; endCaseload: PerScenario<number>; benefitCostCents: PerScenario<number>; shelteredCostCents: PerScenario<number>; totalCents: PerScenario<number>;
    incomeCents: PerScenario<number>; expenditureCents: PerScenario<number>; balanceCents: PerScenario<number>; reserveClosingCents: PerScenario<number>; warning: PerScenario<string>;
  }[];
}

const monthNames = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** '2022-12' → 'december 2022'. */
export const monthLabel = (m: string) => `${monthNames[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`;
/** Numbers with a decimal comma: 18.95 → '18,95'. */
export const decimal = (n: number) => String(n).replace('.', ',');
