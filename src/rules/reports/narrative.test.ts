import { describe, expect, it } from 'vitest';
import { budgetSplitProblem, emptyNarrative, narrativeOf, publishProblems } from './narrative.ts';

const budget = { set: true, cents: 49_915_300, year: 2027 };

describe('the budget split of the execution plan', () => {
  it('is fine when it adds up to the re-integration budget to the cent', () => {
    expect(budgetSplitProblem({ shelteredWorkCents: 20_000_000, otherGroupsCents: 29_915_300, differenceExplanation: '' }, budget)).toBeNull();
  });

  it('says how much more or less it is, unless the difference is explained in at least 10 characters', () => {
    expect(budgetSplitProblem({ shelteredWorkCents: 20_000_000, otherGroupsCents: 29_915_301, differenceExplanation: '' }, budget))
      .toBe('De verdeling (€ 499.153,01) is € 0,01 meer dan het re-integratiebudget 2027 (€ 499.153,00). Pas de bedragen aan of licht het verschil toe (minstens 10 tekens).');
    expect(budgetSplitProblem({ shelteredWorkCents: 0, otherGroupsCents: 0, differenceExplanation: 'kort' }, budget)).toContain('is € 499.153,00 minder dan');
    expect(budgetSplitProblem({ shelteredWorkCents: 0, otherGroupsCents: 0, differenceExplanation: 'Wordt in maart verdeeld.' }, budget)).toBeNull();
  });

  it('needs an explanation while the year has no budget yet, even when the split is zero', () => {
    const none = { set: false, cents: 0, year: 2028 };
    expect(budgetSplitProblem({ shelteredWorkCents: 0, otherGroupsCents: 0, differenceExplanation: '' }, none))
      .toBe('Voor 2028 is nog geen re-integratiebudget vastgesteld. Licht toe waarop de verdeling van € 0,00 is gebaseerd (minstens 10 tekens).');
    expect(budgetSplitProblem({ shelteredWorkCents: 1, otherGroupsCents: 2, differenceExplanation: 'Raming uit de kadernota' }, none)).toBeNull();
  });
});

describe('what stands in the way of publishing', () => {
  it('a quarterly report needs its toelichting, nothing else', () => {
    expect(publishProblems('quarterly', emptyNarrative(), budget)).toEqual(['Schrijf een toelichting bij de cijfers.']);
    expect(publishProblems('quarterly', { ...emptyNarrative(), summary: 'Goed kwartaal.' }, budget)).toEqual([]);
  });

  it('a plan needs an introduction, priority groups, goals and a split that adds up or is explained', () => {
    expect(publishProblems('execution_plan', { ...emptyNarrative(), summary: '  ' }, budget)).toHaveLength(4);
    const complete = {
      summary: 'Inleiding', priorityGroups: ['nug' as const], goals: [{ text: 'Meer werk', measure: 'placements' as const, target: 10 }],
      budgetSplit: { shelteredWorkCents: 1, otherGroupsCents: 1, differenceExplanation: '' }, forecastScenarioId: null,
    };
    expect(publishProblems('execution_plan', complete, budget)).toEqual([expect.stringContaining('minder dan het re-integratiebudget 2027')]);
    expect(publishProblems('execution_plan', { ...complete, budgetSplit: { ...complete.budgetSplit, otherGroupsCents: 49_915_299 } }, budget)).toEqual([]);
  });

  it('reads a stored narrative with missing parts as empty ones', () => {
    expect(narrativeOf({ summary: 'x' })).toEqual({ ...emptyNarrative(), summary: 'x' });
    expect(narrativeOf(null)).toEqual(emptyNarrative());
  });
});
