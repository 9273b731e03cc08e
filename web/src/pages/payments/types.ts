// The shapes of the payment and check APIs as the web app uses them (src/modules/income/payments|checks/schema.ts).
export type RunStatus = 'running' | 'computed' | 'reconciled' | 'approved';

export interface PaymentRun {
  id: string; month: string; monthLabel: string; sequence: number; status: RunStatus; statusLabel: string; version: number;
  progress: { processed: number; total: number; percent: number };
  payments: { count: number; totalCents: number }; exceptionCount: number;
  plannedPayDate: string; executionDate: string | null; holidayPayoutMonth: number; paysHolidayAllowance: boolean;
  startedBy: string; startedById: string | null; startedAt: string; computedAt: string | null;
  reconciliation: { ok: boolean; by: string; at: string; count: number; totalCents: number; differences: string[] } | null;
  approvedBy: string | null; approvedById: string | null; approvedAt: string | null; lastError: string | null;
}
export interface PaymentRunDetail extends PaymentRun { exceptions: { residentId: string; fullName: string; reason: string }[] }
/** benefit: the month's bijstand; holiday_allowance: the yearly payout; correction: a nabetaling for earlier months. */
export type PaymentKind = 'benefit' | 'holiday_allowance' | 'correction';
export interface RunPayment { id: string; kind: PaymentKind; kindLabel: string; amountCents: number; basis: 'standing' | 'report'; tableId: string; resident: { id: string; fullName: string } }

export interface PayslipSummary { id: string; month: string; monthLabel: string; kind: PaymentKind; kindLabel: string; amountCents: number; paid: boolean; payDate: string }
export interface Payslip extends PayslipSummary {
  resident: { fullName: string }; iban: string; accountHolder: string; endToEndId: string; basis: 'standing' | 'report'; basisLabel: string;
  table: { id: string; validFrom: string; source: string }; lines: { code: string; label: string; article: string; amountCents: number }[];
}

export interface CheckDraw {
  id: string; month: string; monthLabel: string; samplePercentage: number; seed: string; prng: string;
  populationCount: number; populationHash: string; sampleCount: number; signalCount: number; openCases: number; drawnBy: string; drawnAt: string;
}
export interface CheckCase {
  id: string; version: number; subjectType: 'payment' | 'decision'; subjectId: string; resident: { id: string; fullName: string }; paymentCents: number | null;
  reasons: { code: string; label: string; detail: string }[]; drawPosition: number | null; status: 'open' | 'closed';
  outcome: 'no_finding' | 'correction' | 'recovery_proposal' | null; outcomeLabel: string | null; finding: string; reviewedBy: string | null; reviewedAt: string | null;
}
export interface CheckDrawDetail extends CheckDraw { cases: CheckCase[] }
export interface Verification { populationCount: number; populationHash: string; populationMatches: boolean; sampleMatches: boolean; explanation: string }

export interface List<T> { items: T[] }

/** '2026-05-29' or an ISO time → '29 mei 2026'. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(d);
}
