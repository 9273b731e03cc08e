// Vier ogen on benefit decisions (decisions 0014 and 0020). The thresholds are municipal policy settings
// (policy_settings, with valid_from and source); this file only applies them.

export type DecisionKind = 'grant' | 'refuse' | 'change' | 'end' | 'recover';

/** The municipal setting: a grant or change whose monthly amount is above this many cents needs a second person. */
export const MONTHLY_FOUR_EYES_SETTING = 'benefit_monthly_four_eyes_threshold_cents';
/** The municipal setting: a recovery (terugvordering) above this many cents needs a second person. */
export const RECOVERY_FOUR_EYES_SETTING = 'benefit_recovery_four_eyes_threshold_cents';

/** The municipality's two thresholds valid on the day of the decision; null: the municipality has not set it. */
export interface FourEyesThresholds { monthlyCents: number | null; recoveryCents: number | null }

/** Which threshold a kind of decision is measured against: none for a refusal or an end (no amount is paid). */
export function thresholdFor(kind: DecisionKind): 'monthly' | 'recovery' | null {
  if (kind === 'grant' || kind === 'change') return 'monthly';
  if (kind === 'recover') return 'recovery';
  return null;
}

/**
 * Whether a decision waits for a second person before it takes effect:
 *  - a grant or change whose monthly amount (what the calculation pays in its first month) is above the monthly threshold;
 *  - a recovery above the recovery threshold;
 *  - a grant when the resident asked for an advance payment: the grant settles money that was (or will be) paid
 *    before the decision, so an error means paying twice;
 *  - every decision when the municipality lacks either setting (the safe default, as for trajectories).
 * An amount equal to the threshold does not. Refusals and ends take effect at once: the resident can object (bezwaar).
 */
export function needsSecondApproval(
  d: { kind: DecisionKind; monthlyCents: number | null; recoveryCents: number | null; advanceRequested: boolean },
  t: FourEyesThresholds,
): boolean {
  if (t.monthlyCents === null || t.recoveryCents === null) return true;
  if (d.kind === 'recover') return (d.recoveryCents ?? 0) > t.recoveryCents;
  if (d.kind === 'grant') return d.advanceRequested || (d.monthlyCents ?? 0) > t.monthlyCents;
  if (d.kind === 'change') return (d.monthlyCents ?? 0) > t.monthlyCents;
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
