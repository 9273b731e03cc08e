// Trajecten: the lifecycle, the four-eyes rule and what a trajectory means for the re-integration budget.
// Pure functions; the service applies them and records what it used (threshold setting, amounts).
import type { TrajectoryOutcome, TrajectoryStatus } from '../db/types.ts';

export const statusLabels: Record<TrajectoryStatus, string> = {
  proposed: 'Voorgesteld', approved: 'Goedgekeurd', rejected: 'Afgewezen', started: 'Gestart', ended: 'Beëindigd', cancelled: 'Geannuleerd',
};
export const outcomeLabels: Record<TrajectoryOutcome, string> = {
  paid_work: 'Betaald werk', higher_ladder_step: 'Hogere trede op de participatieladder', other_instrument: 'Ander instrument',
  dropped_out: 'Voortijdig gestopt',
};

export type TrajectoryEvent = 'approve' | 'reject' | 'start' | 'end' | 'cancel';
const transitions: Record<TrajectoryEvent, { from: TrajectoryStatus[]; to: TrajectoryStatus }> = {
  approve: { from: ['proposed'], to: 'approved' },
  reject: { from: ['proposed'], to: 'rejected' },
  start: { from: ['approved'], to: 'started' },
  end: { from: ['started'], to: 'ended' },
  cancel: { from: ['proposed', 'approved'], to: 'cancelled' },
};

/** The next status, or a Dutch reason why the event cannot happen now. */
export function nextStatus(current: TrajectoryStatus, event: TrajectoryEvent): { ok: true; status: TrajectoryStatus } | { ok: false; reason: string } {
  const t = transitions[event];
  if (t.from.includes(current)) return { ok: true, status: t.to };
  const verb: Record<TrajectoryEvent, string> = { approve: 'goedkeuren', reject: 'afwijzen', start: 'starten', end: 'beëindigen', cancel: 'annuleren' };
  return { ok: false, reason: `Een traject met status '${statusLabels[current].toLowerCase()}' kunt u niet ${verb[event]}.` };
}

/** Amount committed when ordering: units × price per unit, in cents. */
export function trajectoryAmount(units: number, unitPriceCents: number): number {
  if (!Number.isInteger(units) || units <= 0) throw new RangeError('units must be a positive integer');
  if (!Number.isInteger(unitPriceCents) || unitPriceCents < 0) throw new RangeError('price must be whole cents');
  return units * unitPriceCents;
}

/** Four eyes: above the threshold a second person approves; at or below it the proposal is approved at once. */
export function needsSecondApproval(amountCents: number, thresholdCents: number): boolean {
  return amountCents > thresholdCents;
}

/**
 * Who may approve or reject a proposal. With four eyes: a team lead who did not propose it. Without: anyone with
 * the approve right (the proposer approves at once when ordering).
 */
export function mayDecide(p: { needsSecondApproval: boolean; proposedBy: string }, actor: { userId: string; role: string }): { ok: true } | { ok: false; reason: string } {
  if (!p.needsSecondApproval) return { ok: true };
  if (actor.userId === p.proposedBy) return { ok: false, reason: 'Vier ogen: iemand anders dan de aanvrager moet dit traject goedkeuren.' };
  if (actor.role !== 'team_lead') return { ok: false, reason: 'Vier ogen: boven het grensbedrag keurt een teamleider het traject goed.' };
  return { ok: true };
}

export interface BudgetItem { status: TrajectoryStatus; amountCents: number; realisedCents: number | null }
export interface BudgetPosition { budgetCents: number; committedCents: number; realisedCents: number; remainingCents: number }

/**
 * Ordering commits the full amount (proposed, approved, started); ending turns it into what was realised and
 * releases the rest; rejecting or cancelling releases everything.
 */
export function budgetPosition(budgetCents: number, items: BudgetItem[]): BudgetPosition {
  let committed = 0;
  let realised = 0;
  for (const t of items) {
    if (t.status === 'proposed' || t.status === 'approved' || t.status === 'started') committed += t.amountCents;
    else if (t.status === 'ended') realised += t.realisedCents ?? 0;
  }
  return { budgetCents, committedCents: committed, realisedCents: realised, remainingCents: budgetCents - committed - realised };
}

/** Whether committing an extra amount would take the budget below zero. */
export function wouldExceed(position: BudgetPosition, extraCents: number): boolean {
  return position.remainingCents - extraCents < 0;
}

/** The year whose budget a trajectory is charged to: the year it is planned to start. */
export const budgetYearOf = (plannedStartOn: string) => Number(plannedStartOn.slice(0, 4));

/** Euro text for Dutch messages, e.g. 123456 → "€ 1.234,56". */
export function euros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toLocaleString('nl-NL');
  return `${sign}€ ${whole},${String(abs % 100).padStart(2, '0')}`;
}
