import { describe, expect, it } from 'vitest';
import { financeYearOf, flowMonths, lastCompletedQuarter, parseQuarter, periodProblem, publishPeriodProblem, quarterLabel, quarterOf, reportTitle } from './periods.ts';

describe('report periods', () => {
  it('parses a quarter into its months and names it in Dutch', () => {
    expect(parseQuarter('2026-Q3')).toEqual({ year: 2026, quarter: 3, fromMonth: '2026-07', toMonth: '2026-09' });
    expect(parseQuarter('2026-Q5')).toBeNull();
    expect(parseQuarter('2026-K3')).toBeNull();
    expect(quarterLabel('2026-Q1')).toBe('eerste kwartaal 2026');
    expect(reportTitle('quarterly', '2026-Q4')).toBe('Kwartaalrapportage Participatiewet vierde kwartaal 2026');
    expect(reportTitle('execution_plan', '2027')).toBe('Uitvoeringsplan Participatiewet 2027');
  });

  it('finds the quarter of a day and the last completed one, across the year end', () => {
    expect(quarterOf('2026-11-23')).toBe('2026-Q4');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(lastCompletedQuarter('2026-11-23')).toBe('2026-Q3');
    expect(lastCompletedQuarter('2026-02-01')).toBe('2025-Q4');
    expect(lastCompletedQuarter('2026-04-01')).toBe('2026-Q1');
  });

  it('allows a quarter once begun and a plan up to two years ahead, with Dutch messages otherwise', () => {
    const today = '2026-11-23';
    expect(periodProblem('quarterly', '2026-Q4', today)).toBeNull();
    expect(periodProblem('quarterly', '2027-Q1', today)).toBe('Het eerste kwartaal 2027 is nog niet begonnen.');
    expect(periodProblem('quarterly', '2020-Q1', today)).toBe('Kies een kwartaal uit de laatste vijf jaar.');
    expect(periodProblem('quarterly', '2026', today)).toContain('JJJJ-Qn');
    expect(periodProblem('execution_plan', '2027', today)).toBeNull();
    expect(periodProblem('execution_plan', '2028', today)).toBeNull();
    expect(periodProblem('execution_plan', '2029', today)).toBe('Een uitvoeringsplan kan hoogstens twee jaar vooruit; 2029 is te ver.');
    expect(periodProblem('execution_plan', '2027-Q1', today)).toContain('JJJJ');
  });

  it('publishes a quarterly report only after its quarter; a plan any time', () => {
    expect(publishPeriodProblem('quarterly', '2026-Q3', '2026-09-30')).toBe('Het derde kwartaal 2026 is nog niet voorbij; publiceer de kwartaalrapportage daarna.');
    expect(publishPeriodProblem('quarterly', '2026-Q3', '2026-10-01')).toBeNull();
    expect(publishPeriodProblem('execution_plan', '2027', '2026-01-01')).toBeNull();
  });

  it('reads flows over the quarter, or for a plan over the twelve completed months before today', () => {
    expect(flowMonths('quarterly', '2026-Q2', '2026-11-23')).toEqual({ from: '2026-04', to: '2026-06' });
    expect(flowMonths('execution_plan', '2027', '2026-11-23')).toEqual({ from: '2025-11', to: '2026-10' });
    expect(financeYearOf('quarterly', '2026-Q2')).toBe(2026);
    expect(financeYearOf('execution_plan', '2027')).toBe(2027);
  });
});
