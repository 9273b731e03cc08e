// What the policy analyst writes in a council report, and when it is complete enough to publish. Pure.
// Decision: docs/decisions/0018-council-reports.md.
import { euros } from '../trajectory.ts';
import { targetGroupLabels, type TargetGroupCode } from '../target-groups.ts';
import type { ReportKind } from './periods.ts';

/** What a goal is measured in; each counts something Meedoen registers, or 'other' for what it does not. */
export const goalMeasures = ['placements', 'ladder_steps_up', 'sheltered_placements', 'outflow_work', 'trajectories_started', 'other'] as const;
export type GoalMeasure = (typeof goalMeasures)[number];
export const goalMeasureLabels: Record<GoalMeasure, string> = {
  placements: 'plaatsingen bij werkgevers',
  ladder_steps_up: 'inwoners een trede hoger op de participatieladder',
  sheltered_placements: 'plaatsingen nieuw beschut werk',
  outflow_work: 'uitstroom naar werk',
  trajectories_started: 'gestarte trajecten',
  other: 'overig',
};

export interface Goal { text: string; measure: GoalMeasure; target: number }
/** The split of the year's re-integration budget (participatiebudget) over the sheltered-work target and the rest. */
export interface BudgetSplit { shelteredWorkCents: number; otherGroupsCents: number; differenceExplanation: string }
export interface Narrative {
  summary: string;                     // toelichting (quarterly) or inleiding (plan)
  priorityGroups: TargetGroupCode[];   // plan only
  goals: Goal[];                       // plan only
  budgetSplit: BudgetSplit | null;     // plan only
  forecastScenarioId: string | null;   // plan only: the caseload scenario the plan counts on
}

export const emptyNarrative = (): Narrative => ({ summary: '', priorityGroups: [], goals: [], budgetSplit: null, forecastScenarioId: null });

/** A stored narrative (jsonb) with every part present. */
export function narrativeOf(stored: unknown): Narrative {
  const s = (stored ?? {}) as Partial<Narrative>;
  return { ...emptyNarrative(), ...s };
}

/**
 * The split must add up to the re-integration budget of the plan year, or the difference must be explained (the plan
 * may be written before the budget is set, or keep money aside). Returns a Dutch message, or null.
 */
export function budgetSplitProblem(split: BudgetSplit, budget: { set: boolean; cents: number; year: number }): string | null {
  const total = split.shelteredWorkCents + split.otherGroupsCents;
  if (total === budget.cents && budget.set) return null;
  if (split.differenceExplanation.trim().length >= 10) return null;
  if (!budget.set) {
    return `Voor ${budget.year} is nog geen re-integratiebudget vastgesteld. Licht toe waarop de verdeling van ${euros(total)} is gebaseerd (minstens 10 tekens).`;
  }
  const diff = total - budget.cents;
  return `De verdeling (${euros(total)}) is ${euros(Math.abs(diff))} ${diff > 0 ? 'meer' : 'minder'} dan het re-integratiebudget ${budget.year} (${euros(budget.cents)}). `
    + 'Pas de bedragen aan of licht het verschil toe (minstens 10 tekens).';
}

/** Everything that still stands in the way of publishing, in Dutch; empty when the report can be published. */
export function publishProblems(kind: ReportKind, n: Narrative, budget: { set: boolean; cents: number; year: number }): string[] {
  const out: string[] = [];
  if (n.summary.trim().length === 0) out.push(kind === 'quarterly' ? 'Schrijf een toelichting bij de cijfers.' : 'Schrijf een inleiding bij het plan.');
  if (kind === 'execution_plan') {
    if (n.priorityGroups.length === 0) out.push('Kies minstens één prioritaire doelgroep.');
    if (n.goals.length === 0) out.push('Geef minstens één doel met een meetbaar streefgetal.');
    if (!n.budgetSplit) out.push('Verdeel het re-integratiebudget over de taakstelling beschut werk en de andere doelgroepen.');
    else {
      const problem = budgetSplitProblem(n.budgetSplit, budget);
      if (problem) out.push(problem);
    }
  }
  return out;
}

export const priorityGroupLabel = (code: TargetGroupCode) => targetGroupLabels[code];
