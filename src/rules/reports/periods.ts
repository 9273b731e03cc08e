// Periods of council reports (raadsrapportages): a quarter 'YYYY-Qn' for the kwartaalrapportage, a year 'YYYY' for the
// uitvoeringsplan. Pure.
import { addMonths } from '../dashboards/periods.ts';

export const reportKinds = ['quarterly', 'execution_plan'] as const;
export type ReportKind = (typeof reportKinds)[number];
export const reportKindLabels: Record<ReportKind, string> = { quarterly: 'Kwartaalrapportage', execution_plan: 'Uitvoeringsplan' };

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
export const YEAR_PATTERN = /^\d{4}$/;

export interface Quarter { year: number; quarter: 1 | 2 | 3 | 4; fromMonth: string; toMonth: string }

export function parseQuarter(period: string): Quarter | null {
  const m = QUARTER_PATTERN.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  const quarter = Number(m[2]) as Quarter['quarter'];
  const fromMonth = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}`;
  return { year, quarter, fromMonth, toMonth: addMonths(fromMonth, 2) };
}

export const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

/** The last quarter that has ended on `today`: on 2026-11-23 that is 2026-Q3; on 2026-02-01 it is 2025-Q4. */
export function lastCompletedQuarter(today: string): string {
  const q = parseQuarter(quarterOf(today))!;
  return quarterOf(`${addMonths(q.fromMonth, -1)}-01`);
}

const ordinals = ['eerste', 'tweede', 'derde', 'vierde'];
/** "derde kwartaal 2026" */
export function quarterLabel(period: string): string {
  const q = parseQuarter(period);
  return q ? `${ordinals[q.quarter - 1]} kwartaal ${q.year}` : period;
}

export function periodLabel(kind: ReportKind, period: string): string {
  return kind === 'quarterly' ? quarterLabel(period) : period;
}

/** Dutch title, e.g. "Kwartaalrapportage Participatiewet derde kwartaal 2026". */
export function reportTitle(kind: ReportKind, period: string): string {
  return `${reportKindLabels[kind]} Participatiewet ${periodLabel(kind, period)}`;
}

/**
 * Which periods may have a report, on `today`. A quarter once it has begun (a draft may grow with the quarter); a
 * plan for this year or the next two (the plan for next year is due by September), or the past three years to record
 * an earlier plan. Returns a Dutch message, or null.
 */
export function periodProblem(kind: ReportKind, period: string, today: string): string | null {
  const year = Number(today.slice(0, 4));
  if (kind === 'quarterly') {
    const q = parseQuarter(period);
    if (!q) return 'Geef het kwartaal als JJJJ-Qn, bijvoorbeeld 2026-Q3 voor het derde kwartaal van 2026.';
    if (q.fromMonth > today.slice(0, 7)) return `Het ${quarterLabel(period)} is nog niet begonnen.`;
    if (q.year < year - 5) return 'Kies een kwartaal uit de laatste vijf jaar.';
    return null;
  }
  if (!YEAR_PATTERN.test(period)) return 'Geef het jaar van het uitvoeringsplan als JJJJ, bijvoorbeeld 2027.';
  const planYear = Number(period);
  if (planYear > year + 2) return `Een uitvoeringsplan kan hoogstens twee jaar vooruit; ${planYear} is te ver.`;
  if (planYear < year - 3) return 'Kies een jaar uit de laatste drie jaar of de komende twee.';
  return null;
}

/** A quarterly report is published only once its quarter is over, so its flows are complete. Dutch message or null. */
export function publishPeriodProblem(kind: ReportKind, period: string, today: string): string | null {
  if (kind !== 'quarterly') return null;
  const q = parseQuarter(period)!;
  return q.toMonth >= today.slice(0, 7) ? `Het ${quarterLabel(period)} is nog niet voorbij; publiceer de kwartaalrapportage daarna.` : null;
}

/** The year whose money the report is about: the quarter's year, or the plan's year. */
export const financeYearOf = (kind: ReportKind, period: string) => (kind === 'quarterly' ? parseQuarter(period)!.year : Number(period));

/**
 * The months whose flows the report shows: the quarter itself; for a plan, the twelve completed months before today
 * (the plan looks back on the last year to choose its priorities).
 */
export function flowMonths(kind: ReportKind, period: string, today: string): { from: string; to: string } {
  if (kind === 'quarterly') {
    const q = parseQuarter(period)!;
    return { from: q.fromMonth, to: q.toMonth };
  }
  const to = addMonths(today.slice(0, 7), -1);
  return { from: addMonths(to, -11), to };
}
