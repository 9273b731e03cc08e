// The shapes of /council-reports (src/modules/steering/reports/schema.ts).
import type { Figure } from '../dashboards/types.ts';

export type ReportKind = 'quarterly' | 'execution_plan';
export interface ReportSummary {
  id: string; kind: ReportKind; kindLabel: string; period: string; periodLabel: string; title: string; edition: number; correctionReason: string | null;
  status: 'draft' | 'published'; statusLabel: string; createdAt: string; updatedAt: string; publishedAt: string | null; publishedBy: string | null; version: number;
}
/** Where next year's plan and the last ended quarter's report stand against their due dates. */
export interface ReportDeadline {
  kind: ReportKind; kindLabel: string; period: string; periodLabel: string; title: string; dueOn: string; dueText: string;
  state: 'missing' | 'draft' | 'published'; stateLabel: string; daysLeft: number; overdue: boolean; warning: string | null; reportId: string | null;
}
export type GoalMeasure = 'placements' | 'ladder_steps_up' | 'sheltered_placements' | 'outflow_work' | 'trajectories_started' | 'other';
export interface Goal { text: string; measure: GoalMeasure; target: number }
export interface BudgetSplit { shelteredWorkCents: number; otherGroupsCents: number; differenceExplanation: string }
export interface Narrative { summary: string; priorityGroups: string[]; goals: Goal[]; budgetSplit: BudgetSplit | null; forecastScenarioId: string | null }
export interface ReportFigures {
  day: string; months: { from: string; to: string }; suppressedBelow: number | null; dashboard: Figure[];
  finance: {
    year: number; basisLabel: string; streams: { label: string; incomeCents: number; expenditureCents: number; resultCents: number }[];
    incomeCents: number; expenditureCents: number; balanceCents: number;
    reserve: { openingCents: number; closingCents: number; fromReserveCents: number; fromGeneralFundsCents: number } | null;
    warning: string | null; notices: string[];
  };
  budget: { year: number; set: boolean; budgetCents: number; committedCents: number; realisedCents: number; remainingCents: number };
  shelteredPlan: { year: number; targetHoursPerWeek: number | null; targetPlacements: number | null; projected: boolean; note: string } | null;
  forecast: { scenarioName: string; year: number; endCaseload: number; averageCaseload: number; benefitCostCents: number; shelteredPlacements: number | null; shelteredCostCents: number; notices: string[] } | null;
}
export interface Report extends ReportSummary {
  municipalityName: string; narrative: Narrative; figures: ReportFigures; figuresFrozen: boolean; publishProblems: string[]; pdfSha256: string | null;
}

export const targetGroups: { code: string; label: string }[] = [
  { code: 'bijstand', label: 'Bijstand' }, { code: 'nug', label: 'Niet-uitkeringsgerechtigde (NUG)' }, { code: 'sw_indicatie', label: 'SW-indicatie' },
  { code: 'nieuw_beschut', label: 'Nieuw beschut werk' }, { code: 'statushouder', label: 'Statushouder' }, { code: 'jongere_rmc', label: 'Jongere (RMC/VSV)' },
  { code: 'doelgroepregister', label: 'Doelgroepregister (banenafspraak)' },
];
export const goalMeasures: { key: GoalMeasure; label: string }[] = [
  { key: 'placements', label: 'plaatsingen bij werkgevers' }, { key: 'ladder_steps_up', label: 'inwoners een trede hoger op de participatieladder' },
  { key: 'sheltered_placements', label: 'plaatsingen nieuw beschut werk' }, { key: 'outflow_work', label: 'uitstroom naar werk' },
  { key: 'trajectories_started', label: 'gestarte trajecten' }, { key: 'other', label: 'overig' },
];
export const dutchDate = (iso: string) => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
