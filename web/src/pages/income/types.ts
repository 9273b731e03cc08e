// The shapes of the income casework API as the web app uses them (src/modules/income/{applications,decisions,changes}).
export interface List<T> { items: T[] }

export interface Person { birthDate: string }
export interface Situation {
  applicant: Person & { earningsCents: number; generalReleaseMonthsUsed: number; singleParentReleaseMonthsUsed: number };
  partner: (Person & { earningsCents: number; generalReleaseMonthsUsed: number }) | null;
  children: Person[]; costSharers: Person[]; intensiveInformalCare: boolean;
  otherIncomeCents: number; giftsCents: number; giftsEarlierThisYearCents: number;
}

export type TermState = 'running' | 'soon' | 'overdue' | 'suspended' | 'met' | 'late';
export interface Term { deadline: string; daysLeft: number; state: TermState; weeks: number; article: string }
export type ApplicationStatus = 'received' | 'in_treatment' | 'repair_period' | 'decided';

export interface Application {
  id: string; residentId: string; residentName: string; partnerResidentId: string | null; channel: 'portal' | 'consultant';
  receivedOn: string; requestedStartDate: string; status: ApplicationStatus; statusLabel: string;
  repair: { deadline: string; missing: string } | null; decidedOn: string | null; advanceRequested: boolean; advancePaidOn: string | null;
  documents: { code: string; label: string; received: boolean }[];
  decisionTerm: Term; advanceTerm: Term | null;
  warnings: { kind: 'decision_term' | 'advance'; state: string; text: string }[];
  events: { status: ApplicationStatus; statusLabel: string; occurredOn: string; repairDeadline: string | null; repairMissing: string | null; note: string }[];
  amountsHidden: boolean; situation: Situation | null; iban: string | null; accountHolder: string | null; advanceCents: number | null;
  version: number;
}

export interface CalculationLine { code: string; label: string; article: string; amountCents: number }
export interface Calculation {
  month: string; table: { id: string; validFrom: string; source: string }; payableCents: number; grossBenefitCents: number; lines: CalculationLine[];
}

export type DecisionKind = 'grant' | 'refuse' | 'change' | 'end' | 'recover';
export interface Decision {
  id: string; residentId: string; residentName: string; applicationId: string | null; benefitId: string | null;
  incomeReportId: string | null; householdReportId: string | null;
  kind: DecisionKind; kindLabel: string; status: 'proposed' | 'final' | 'rejected'; statusLabel: string;
  effectiveDate: string; periodMonth: string | null; legalGround: string; reasoning: string; endReasonLabel: string | null;
  recoveryFrom: string | null; recoveryTo: string | null;
  needsSecondApproval: boolean; proposedBy: { id: string; name: string }; proposedAt: string;
  reviewedBy: { id: string; name: string } | null; reviewedAt: string | null; reviewNote: string; decidedOn: string | null; mayReview: boolean;
  amountsHidden: boolean; calculation: Calculation | null; previousPayableCents: number | null; recoveryCents: number | null; version: number;
}

/** A benefit (uitkering) as GET /benefits gives it; situation and IBAN only for roles that see income data. */
export interface Benefit {
  id: string; residentId: string; residentName: string; partnerResidentId: string | null; status: 'active' | 'suspended' | 'ended';
  startDate: string; endDate: string | null; endReason: string | null; endReasonLabel: string | null; amountsHidden: boolean;
  situation: Situation | null; iban: string | null; accountHolder: string | null; version: number;
}
export interface BenefitList extends List<Benefit> {
  /** A recovery above this waits for a second person; null: every decision does. */
  recoveryFourEyesThresholdCents: number | null;
  /** A grant or change whose monthly amount is above this waits for a second person; null: every decision does. */
  monthlyFourEyesThresholdCents: number | null;
  endReasons: { code: string; label: string }[];
}

export interface MonthComparison { month: string; tableId: string; currentCents: number; proposedCents: number; differenceCents: number }
export interface ReportBase {
  id: string; benefitId: string; residentId: string; residentName: string; note: string; reportedAt: string; status: string; statusLabel: string;
  recalculation: MonthComparison[] | null; recalculationProblem: string | null;
}
export interface IncomeReport extends ReportBase {
  month: string; earningsApplicantCents: number | null; earningsPartnerCents: number | null; otherIncomeCents: number | null; giftsCents: number | null;
}
export interface HouseholdReport extends ReportBase { effectiveDate: string; givenNames: string; birthDate: string; sharesCosts: boolean }

/** 2026-03-01 → 1-3-2026, as Dutch readers expect. */
export const formatDate = (iso: string) => { const [y, m, d] = iso.slice(0, 10).split('-').map(Number); return `${d}-${m}-${y}`; };
const monthNames = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
export const formatMonth = (ym: string) => { const [y, m] = ym.split('-').map(Number); return `${monthNames[m - 1]} ${y}`; };

export const termLabels: Record<TermState, string> = {
  running: 'Loopt', soon: 'Verloopt binnenkort', overdue: 'Verstreken', suspended: 'Opgeschort (hersteltermijn)', met: 'Op tijd', late: 'Te laat',
};
