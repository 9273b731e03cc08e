import { mayReview } from '../../../rules/income/four-eyes.ts';
import type { Caller } from '../../residents/guard.ts';
import { fullName, seesAmounts } from '../scope.ts';
import { endReasonLabels, kindLabels, statusLabels, type DecisionView } from './schema.ts';
import type { DecisionRow } from './store.ts';

/** The API view of a decision; without the field set 'income' the calculation, amounts, situation and IBAN are left out. */
export function presentDecision(c: Caller, d: DecisionRow): DecisionView {
  const amounts = seesAmounts(c);
  return {
    id: d.id, residentId: d.residentId, residentName: fullName(d), applicationId: d.applicationId, benefitId: d.benefitId,
    incomeReportId: d.incomeReportId, householdReportId: d.householdReportId,
    kind: d.kind, kindLabel: kindLabels[d.kind], status: d.status, statusLabel: statusLabels[d.status],
    effectiveDate: d.effectiveDate, periodMonth: d.periodMonth, legalGround: d.legalGround, reasoning: d.reasoning,
    endReason: d.endReason, endReasonLabel: d.endReason ? endReasonLabels[d.endReason as keyof typeof endReasonLabels] ?? d.endReason : null,
    recoveryFrom: d.recoveryFrom, recoveryTo: d.recoveryTo,
    needsSecondApproval: d.needsSecondApproval, fourEyesThresholdCents: amounts ? d.fourEyesThresholdCents : null,
    proposedBy: { id: d.proposedBy, name: d.proposedByName }, proposedAt: new Date(d.proposedAt).toISOString(),
    reviewedBy: d.reviewedBy ? { id: d.reviewedBy, name: d.reviewedByName ?? '' } : null,
    reviewedAt: d.reviewedAt ? new Date(d.reviewedAt).toISOString() : null, reviewNote: d.reviewNote,
    decidedOn: d.decidedOn, mayReview: c.scope === 'municipality' && mayReview(d, c.actor).ok,
    amountsHidden: !amounts,
    calculation: amounts ? d.calculation : null, previousPayableCents: amounts ? d.previousPayableCents : null,
    recoveryCents: amounts ? d.recoveryCents : null, situation: amounts ? d.situation : null,
    iban: amounts ? d.iban : null, accountHolder: amounts ? d.accountHolder : null,
    version: d.version,
  };
}
