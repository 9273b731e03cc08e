// Vier ogen on benefit decisions (decision 0014). The threshold is a municipal policy setting (policy_settings, with
// valid_from and source); this file only applies it.

export type DecisionKind = 'grant' | 'refuse' | 'change' | 'end' | 'recover';

/** The municipal setting: a recovery (terugvordering) above this many cents needs a second person. */
export const RECOVERY_FOUR_EYES_SETTING = 'benefit_recovery_four_eyes_threshold_cents';

/**
 * Whether a decision waits for a second person before it takes effect:
 *  - a recovery above the municipality's threshold;
 *  - a grant when the resident asked for an advance payment: the grant settles money that was (or will be) paid
 *    before the decision, so an error means paying twice;
 *  - every decision when the municipality has no threshold setting (the safe default, as for trajectories).
 * Refusals, changes and ends take effect at once: the resident can object (bezwaar) and trust comes first.
 */
export function needsSecondApproval(d: { kind: DecisionKind; recoveryCents: number | null; advanceRequested: boolean }, thresholdCents: number | null): boolean {
  if (thresholdCents === null) return true;
  if (d.kind === 'recover') return (d.recoveryCents ?? 0) > thresholdCents;
  if (d.kind === 'grant') return d.advanceRequested;
  return false;
}

/** Roles that may be the second person: a team lead, or another income consultant. */
const reviewerRoles = ['team_lead', 'income_consultant'] as const;

/** Who may approve or send back a proposed decision: someone with a reviewer role who did not propose it. */
export function mayReview(d: { status: string; proposedBy: string }, actor: { userId: string; role: string }): { ok: true } | { ok: false; reason: string } {
  if (d.status !== 'proposed') return { ok: false, reason: 'Dit besluit wacht niet op goedkeuring.' };
  if (actor.userId === d.proposedBy) return { ok: false, reason: 'Vier ogen: u heeft dit besluit zelf voorgesteld. Een teamleider of een andere consulent inkomen keurt het goed.' };
  if (!(reviewerRoles as readonly string[]).includes(actor.role)) return { ok: false, reason: 'Vier ogen: een teamleider of een consulent inkomen keurt dit besluit goed.' };
  return { ok: true };
}
