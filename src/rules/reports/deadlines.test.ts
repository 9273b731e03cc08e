import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuarter } from './periods.ts';
import { deadlineRuleOn, deadlineStatus, dueReports, dutchDay, stateOf, type DeadlineRule } from './deadlines.ts';

const rule: DeadlineRule = { validFrom: '2015-01-01', planDueMonth: 9, planDueDay: 1, quarterlyDueDays: 42, warningDays: 30, source: 'test' };

describe('due dates of council reports', () => {
  it('next year\'s plan by 1 September, the last ended quarter six weeks after its last day', () => {
    // 23 Nov 2026: plan 2027 due 1 Sep 2026; Q3 ends 30 Sep, + 42 days = 11 Nov 2026 (30 Sep + 31 = 31 Oct, + 11).
    expect(dueReports('2026-11-23', rule)).toEqual([
      { kind: 'execution_plan', period: '2027', dueOn: '2026-09-01' }, { kind: 'quarterly', period: '2026-Q3', dueOn: '2026-11-11' },
    ]);
    // 15 Feb 2026: Q4 2025 ends 31 Dec 2025, + 42 days = 11 Feb 2026 (31 Dec + 31 = 31 Jan, + 11). Plan 2027 due 1 Sep 2026.
    expect(dueReports('2026-02-15', rule)).toEqual([
      { kind: 'execution_plan', period: '2027', dueOn: '2026-09-01' }, { kind: 'quarterly', period: '2025-Q4', dueOn: '2026-02-11' },
    ]);
    // Q1 2028 ends 31 March, + 42 = 12 May (31 Mar + 30 = 30 Apr, + 12); another plan day from the rule.
    expect(dueReports('2028-04-01', { ...rule, planDueMonth: 7, planDueDay: 15 })).toEqual([
      { kind: 'execution_plan', period: '2029', dueOn: '2028-07-15' }, { kind: 'quarterly', period: '2028-Q1', dueOn: '2028-05-12' },
    ]);
    expect(dutchDay('2026-09-01')).toBe('1 september 2026');
  });

  it('takes the rule valid on the day', () => {
    const later = { ...rule, validFrom: '2027-01-01', planDueMonth: 6 };
    expect(deadlineRuleOn([later, rule], '2026-12-31')).toBe(rule);
    expect(deadlineRuleOn([rule, later], '2027-01-01')).toBe(later);
    expect(deadlineRuleOn([later], '2026-12-31')).toBeNull();
  });

  it('counts a period published once any edition is, else a draft, else not made', () => {
    expect(stateOf([])).toBe('missing');
    expect(stateOf([{ status: 'draft' }])).toBe('draft');
    expect(stateOf([{ status: 'published' }, { status: 'draft' }])).toBe('published');
  });

  const plan = { kind: 'execution_plan' as const, period: '2027', dueOn: '2026-09-01' };
  it('warns fewer than 30 days before, on the day and after the date while the report is not published', () => {
    // 2 Aug → 1 Sep: 30 days left, no warning yet; 3 Aug: 29 days.
    expect(deadlineStatus(plan, 'draft', '2026-08-02', 30)).toMatchObject({ daysLeft: 30, overdue: false, warning: null, stateLabel: 'concept', dueText: 'uiterlijk 1 september 2026' });
    expect(deadlineStatus(plan, 'draft', '2026-08-03', 30).warning).toBe('Nog 29 dagen tot de uiterlijke datum (1 september 2026) en het uitvoeringsplan 2027 is nog niet gepubliceerd.');
    expect(deadlineStatus(plan, 'missing', '2026-08-31', 30).warning).toBe('Nog 1 dag tot de uiterlijke datum (1 september 2026) en het uitvoeringsplan 2027 is nog niet gemaakt.');
    expect(deadlineStatus(plan, 'missing', '2026-09-01', 30)).toMatchObject({ daysLeft: 0, overdue: false, warning: 'Vandaag (1 september 2026) is de uiterlijke datum en het uitvoeringsplan 2027 is nog niet gemaakt.' });
    // 23 Nov is 83 days after 1 Sep (29 + 31 + 23).
    expect(deadlineStatus(plan, 'draft', '2026-11-23', 30)).toMatchObject({ daysLeft: -83, overdue: true, stateLabel: 'concept',
      warning: 'De uiterlijke datum (1 september 2026) is verstreken en het uitvoeringsplan 2027 is nog niet gepubliceerd.' });
    expect(deadlineStatus(plan, 'published', '2026-11-23', 30)).toMatchObject({ overdue: false, warning: null, stateLabel: 'gepubliceerd' });
    const quarter = { kind: 'quarterly' as const, period: '2026-Q3', dueOn: '2026-11-11' };
    expect(deadlineStatus(quarter, 'missing', '2026-11-12', 30).warning).toBe('De uiterlijke datum (11 november 2026) is verstreken en de kwartaalrapportage over het derde kwartaal 2026 is nog niet gemaakt.');
  });

  it('property: a published report never warns; an open one warns exactly when fewer than the warning days remain', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 120 }), (today, warningDays) => {
      for (const due of dueReports(today, { ...rule, warningDays })) {
        expect(deadlineStatus(due, 'published', today, warningDays).warning).toBeNull();
        const open = deadlineStatus(due, 'draft', today, warningDays);
        expect(open.warning !== null).toBe(open.daysLeft < warningDays);
        expect(open.overdue).toBe(open.daysLeft < 0);
        // The quarter's report is due after the quarter, the plan in the year before the plan year.
        if (due.kind === 'quarterly') expect(due.dueOn.slice(0, 7) > parseQuarter(due.period)!.toMonth).toBe(true);
        else expect(Number(due.dueOn.slice(0, 4))).toBe(Number(due.period) - 1);
      }
    }));
  });
});
