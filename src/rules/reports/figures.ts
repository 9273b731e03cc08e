// The figures of a council report: what is read live while the report is a draft and frozen in the snapshot when it
// is published. Counts come from the dashboard (suppressed as for policy staff); money is not about persons.
import type { Figure } from '../dashboards/figures.ts';

export interface FinanceSummary {
  year: number; basisLabel: string;
  streams: { label: string; incomeCents: number; expenditureCents: number; resultCents: number }[];
  incomeCents: number; expenditureCents: number; balanceCents: number;
  reserve: { openingCents: number; closingCents: number; fromReserveCents: number; fromGeneralFundsCents: number } | null;
  warning: string | null; notices: string[];
}
export interface BudgetSummary { year: number; set: boolean; budgetCents: number; committedCents: number; realisedCents: number; remainingCents: number }
export interface ShelteredPlan { year: number; targetHoursPerWeek: number | null; targetPlacements: number | null; projected: boolean; note: string }
export interface ForecastSummary {
  scenarioName: string; year: number; endCaseload: number; averageCaseload: number;
  benefitCostCents: number; shelteredPlacements: number | null; shelteredCostCents: number; notices: string[];
}

export interface ReportFigures {
  /** Day the stock figures (caseload, placements running, sheltered fill) are counted on. */
  day: string;
  /** Months of the flows (in- and outflow, trajectories, placements started). */
  months: { from: string; to: string };
  suppressedBelow: number | null;
  dashboard: Figure[];
  finance: FinanceSummary;
  budget: BudgetSummary;
  shelteredPlan: ShelteredPlan | null;
  forecast: ForecastSummary | null;
}

/** The dashboard figures a council report shows, in this order (caseload per consultant and contact stay internal). */
export const reportFigureIds = [
  'ladder-steps', 'ladder-categories', 'target-groups', 'benefits-per-1000', 'in-outflow', 'outflow-reasons',
  'trajectories', 'placements', 'sheltered-work',
] as const;
