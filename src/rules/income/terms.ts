import { daysBetween } from '../dates.ts';

// Wettelijke termijnen of an application: the decision term (Awb art. 4:13) and the advance payment (Pw art. 52).
// The number of weeks comes from the versioned table legal_terms; this file only counts days.

export type LegalTermCode = 'decision_term' | 'advance_payment_term' | 'objection_term';
export interface LegalTerm { id: string; code: LegalTermCode; validFrom: string; weeks: number; article: string; source: string }

/**
 * Warn this many days before a term runs out. A working-practice choice, not law: a week leaves room to decide or pay
 * an advance before the deadline passes.
 */
export const TERM_WARNING_DAYS = 7;

/** The version of a term valid on a day: the latest valid_from on or before it. */
export function termValidOn(terms: readonly LegalTerm[], code: LegalTermCode, day: string): LegalTerm | undefined {
  return terms.filter((t) => t.code === code && t.validFrom <= day).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A hersteltermijn: invited on `from` to complete the application by `deadline`; `until` the day it was completed (null: still open). */
export interface RepairPeriod { from: string; deadline: string; until: string | null }

/**
 * Days by which repair periods suspend the decision term (Awb art. 4:15 lid 1 onderdeel a): from the day after the
 * invitation up to the day the application was completed (that day not included), or up to and including the
 * deadline when it passed unused. An open period counts up to and including `today` (at most to its deadline).
 */
export function suspendedDays(periods: readonly RepairPeriod[], today: string): number {
  let total = 0;
  for (const p of periods) {
    const completedBefore = p.until === null ? today : addDays(p.until, -1);
    const last = completedBefore < p.deadline ? completedBefore : p.deadline;
    total += Math.max(0, daysBetween(p.from, last));
  }
  return total;
}

/** running: time left; soon: less than TERM_WARNING_DAYS left; overdue: passed; suspended: in a repair period; met / late: done, in or after time. */
export type TermState = 'running' | 'soon' | 'overdue' | 'suspended' | 'met' | 'late';
export interface TermView { deadline: string; daysLeft: number; state: TermState; weeks: number; article: string }

function openState(deadline: string, today: string): { daysLeft: number; state: TermState } {
  const daysLeft = daysBetween(today, deadline);
  return { daysLeft, state: daysLeft < 0 ? 'overdue' : daysLeft < TERM_WARNING_DAYS ? 'soon' : 'running' };
}

/**
 * The decision term: the weeks of the term from the day of receipt, extended by the suspended days. The deadline day
 * itself is still in time. While a repair period runs the term stands still ('suspended').
 */
export function decisionTerm(input: { receivedOn: string; periods: readonly RepairPeriod[]; decidedOn: string | null; today: string; term: LegalTerm }): TermView {
  const { receivedOn, periods, decidedOn, today, term } = input;
  const until = decidedOn ?? today;
  const deadline = addDays(receivedOn, term.weeks * 7 + suspendedDays(periods, until));
  const base = { deadline, weeks: term.weeks, article: term.article };
  if (decidedOn) return { ...base, daysLeft: daysBetween(decidedOn, deadline), state: decidedOn <= deadline ? 'met' : 'late' };
  const open = periods.find((p) => p.until === null && today <= p.deadline);
  if (open) return { ...base, daysLeft: daysBetween(today, deadline), state: 'suspended' };
  return { ...base, ...openState(deadline, today) };
}

/**
 * The advance payment (voorschot) when the resident asked for one: within the weeks of the term from receipt. A repair
 * period does not suspend it (decision 0014): the advance bridges the wait, and the law ties it to the receipt.
 * Met when the advance was paid in time, or when the application was decided before the advance was due.
 */
export function advanceTerm(input: { receivedOn: string; requested: boolean; paidOn: string | null; decidedOn: string | null; today: string; term: LegalTerm }): TermView | null {
  const { receivedOn, requested, paidOn, decidedOn, today, term } = input;
  if (!requested) return null;
  const deadline = addDays(receivedOn, term.weeks * 7);
  const base = { deadline, weeks: term.weeks, article: term.article };
  const done = paidOn ?? decidedOn;
  if (done) return { ...base, daysLeft: daysBetween(done, deadline), state: done <= deadline ? 'met' : 'late' };
  return { ...base, ...openState(deadline, today) };
}

/** Repair periods from the status history: each repair_period event lasts until the next event. */
export function repairPeriodsOf(events: readonly { status: string; occurredOn: string; repairDeadline: string | null }[]): RepairPeriod[] {
  const periods: RepairPeriod[] = [];
  events.forEach((e, i) => {
    if (e.status !== 'repair_period' || !e.repairDeadline) return;
    periods.push({ from: e.occurredOn, deadline: e.repairDeadline, until: events[i + 1]?.occurredOn ?? null });
  });
  return periods;
}
