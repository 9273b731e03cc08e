// When council reports are due, and where they stand. Pure. Rules (docs/decisions/0022-forecast-budget-and-report-deadlines.md):
//  - the due dates are data (council_report_deadline_rules, versioned): the rule valid on today counts;
//  - the execution plan for next year (Y+1) is due on a day of this year (Y): 1 September by default (domain.md);
//  - the quarterly report of the last ended quarter is due a number of days after the quarter's last day (42: six weeks);
//  - a report counts as published once any edition of its period is published; else a draft, else not made;
//  - a warning while not published and fewer than `warningDays` days remain (0 = the due day itself), or once the date
//    has passed.
import { daysBetween } from '../dates.ts';
import { addDays } from '../income/terms.ts';
import { lastCompletedQuarter, parseQuarter, quarterLabel, type ReportKind } from './periods.ts';

export interface DeadlineRule {
  validFrom: string; planDueMonth: number; planDueDay: number; quarterlyDueDays: number; warningDays: number; source: string;
}
export type ReportState = 'missing' | 'draft' | 'published';
export const reportStateLabels: Record<ReportState, string> = { missing: 'nog niet gemaakt', draft: 'concept', published: 'gepubliceerd' };

export interface DueReport { kind: ReportKind; period: string; dueOn: string }
export interface DeadlineStatus extends DueReport {
  state: ReportState; stateLabel: string;
  dueText: string;          // "uiterlijk 1 september 2026"
  daysLeft: number;         // negative: the date has passed
  overdue: boolean;         // the date has passed without a published report
  warning: string | null;
}

const monthNames = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** '2026-09-01' → '1 september 2026'. */
export const dutchDay = (iso: string) => `${Number(iso.slice(8, 10))} ${monthNames[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const pad = (n: number) => String(n).padStart(2, '0');

/** The rule valid on a day: the latest valid_from on or before it; null before the first. */
export function deadlineRuleOn(rules: readonly DeadlineRule[], day: string): DeadlineRule | null {
  return rules.filter((r) => r.validFrom <= day).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0] ?? null;
}

/** The reports due next on `today`: next year's execution plan and the report of the last ended quarter. */
export function dueReports(today: string, rule: DeadlineRule): DueReport[] {
  const year = Number(today.slice(0, 4));
  const quarter = lastCompletedQuarter(today);
  const q = parseQuarter(quarter)!;
  const [ty, tm] = q.toMonth.split('-').map(Number);
  const quarterEnd = addDays(`${tm === 12 ? ty + 1 : ty}-${pad(tm === 12 ? 1 : tm + 1)}-01`, -1);
  return [
    { kind: 'execution_plan', period: String(year + 1), dueOn: `${year}-${pad(rule.planDueMonth)}-${pad(rule.planDueDay)}` },
    { kind: 'quarterly', period: quarter, dueOn: addDays(quarterEnd, rule.quarterlyDueDays) },
  ];
}

/** Published once any edition is published; else a draft if there is one; else not made. */
export function stateOf(editions: readonly { status: 'draft' | 'published' }[]): ReportState {
  if (editions.some((e) => e.status === 'published')) return 'published';
  return editions.length > 0 ? 'draft' : 'missing';
}

const reportName = (due: DueReport) => (due.kind === 'execution_plan' ? `het uitvoeringsplan ${due.period}` : `de kwartaalrapportage over het ${quarterLabel(due.period)}`);

export function deadlineStatus(due: DueReport, state: ReportState, today: string, warningDays: number): DeadlineStatus {
  const daysLeft = daysBetween(today, due.dueOn);
  const date = dutchDay(due.dueOn);
  const open = state !== 'published';
  const what = `${reportName(due)} is nog niet ${state === 'missing' ? 'gemaakt' : 'gepubliceerd'}`;
  const warning = !open ? null
    : daysLeft < 0 ? `De uiterlijke datum (${date}) is verstreken en ${what}.`
      : daysLeft === 0 ? `Vandaag (${date}) is de uiterlijke datum en ${what}.`
        : daysLeft < warningDays ? `Nog ${daysLeft} ${daysLeft === 1 ? 'dag' : 'dagen'} tot de uiterlijke datum (${date}) en ${what}.`
          : null;
  return { ...due, state, stateLabel: reportStateLabels[state], dueText: `uiterlijk ${date}`, daysLeft, overdue: open && daysLeft < 0, warning };
}
