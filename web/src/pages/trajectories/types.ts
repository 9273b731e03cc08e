// The shapes of the trajectory API as the web app uses them (src/modules/provisions/trajectories/schema.ts).
export type TrajectoryStatus = 'proposed' | 'approved' | 'rejected' | 'started' | 'ended' | 'cancelled';
export type Outcome = 'paid_work' | 'higher_ladder_step' | 'other_instrument' | 'dropped_out';
export type Unit = 'hour' | 'day' | 'week' | 'month' | 'trajectory';

export interface TrajectoryReport {
  id: string; kind: 'attendance' | 'progress'; kindLabel: string; periodFrom: string; periodTo: string;
  hoursPlanned: number | null; hoursAttended: number | null; summary: string; reportedBy: string; reportedAt: string;
}

export interface Trajectory {
  id: string; version: number; status: TrajectoryStatus; statusLabel: string; title: string;
  instrument: { id: string; name: string } | null; provider: { id: string; name: string }; maatwerk: boolean;
  units: number; unit: Unit; unitLabel: string;
  plannedStartOn: string; plannedEndOn: string; startedOn: string | null; endedOn: string | null;
  outcome: Outcome | null; outcomeLabel: string | null; reports: TrajectoryReport[];
  resident: { id: string; fullName: string }; customReason: string | null; goalId: string | null;
  unitPriceCents: number; amountCents: number; budgetYear: number;
  needsSecondApproval: boolean; fourEyesThresholdCents: number;
  proposedBy: string; proposedById: string; proposedAt: string; decidedBy: string | null; decidedById: string | null; decidedAt: string | null; decisionNote: string;
  outcomeReason: string; realisedCents: number | null;
}

export interface List<T> { items: T[] }

export const statusLabels: Record<TrajectoryStatus, string> = {
  proposed: 'Voorgesteld', approved: 'Goedgekeurd', rejected: 'Afgewezen', started: 'Gestart', ended: 'Beëindigd', cancelled: 'Geannuleerd',
};
export const outcomeLabels: Record<Outcome, string> = {
  paid_work: 'Betaald werk', higher_ladder_step: 'Hogere trede op de participatieladder', other_instrument: 'Ander instrument',
  dropped_out: 'Voortijdig gestopt',
};
export const unitLabels: Record<Unit, string> = { hour: 'uur', day: 'dag', week: 'week', month: 'maand', trajectory: 'traject' };
const unitPlurals: Record<Unit, string> = { hour: 'uren', day: 'dagen', week: 'weken', month: 'maanden', trajectory: 'trajecten' };
export const unitCount = (n: number, unit: Unit) => `${n} ${n === 1 ? unitLabels[unit] : unitPlurals[unit]}`;

/** "2026-03-05" → "5 maart 2026". */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(d);
}

/** The four-eyes state in words. */
export function fourEyesText(t: Trajectory, euros: (c: number) => string): string {
  const limit = euros(t.fourEyesThresholdCents);
  if (!t.needsSecondApproval) return `Niet nodig: het bedrag is niet hoger dan het grensbedrag van ${limit}.`;
  if (t.status === 'proposed') return `Wacht op goedkeuring door een teamleider (boven het grensbedrag van ${limit}).`;
  if (t.decidedBy) {
    const verdict = t.status === 'rejected' ? 'Afgewezen' : 'Goedgekeurd';
    return `${verdict} door ${t.decidedBy}${t.decidedAt ? ` op ${formatDate(t.decidedAt)}` : ''} (boven het grensbedrag van ${limit}).`;
  }
  return `Tweede goedkeuring nodig (boven het grensbedrag van ${limit}).`;
}
