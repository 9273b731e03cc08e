import { calculateBenefit, type CalculationLine, type HouseholdSituation } from '../benefit/calculate.ts';
import type { BenefitRuleTable } from '../benefit/tables.ts';

// One benefit's payments for one month (pure): the monthly benefit on the table valid that month, and — in the
// municipality's holiday-allowance payout month, or in the last month of a benefit that ends earlier — the reserved
// holiday allowance (vakantietoeslag) of the months since the previous payout month as a separate payment.

/** The standing situation as stored on the benefit: HouseholdSituation without the month. */
export type StandingSituation = Omit<HouseholdSituation, 'month'>;

/** A monthly income report (inkomstenopgave) of the household; it replaces the standing income for its month. */
export interface IncomeReport {
  applicantEarningsCents: number;
  partnerEarningsCents: number;
  otherIncomeCents: number;
  giftsCents: number;
}

export interface BenefitForMonth {
  id: string;
  startDate: string;
  endDate: string | null;
  situation: StandingSituation;
}

export interface ReservedMonth { month: string; reservedCents: number }

export interface PaymentInput {
  table: BenefitRuleTable;
  benefit: BenefitForMonth;
  month: string;                       // 'YYYY-MM'
  report: IncomeReport | null;         // null: the standing situation holds for this month
  giftsEarlierFromReports: number | null;  // gifts in earlier reports of the same calendar year; null: use the standing figure
  payoutMonth: number;                 // 1–12: the month the holiday allowance is paid (municipal setting)
  reservedEarlier: ReservedMonth[];    // reservations of earlier months inside the holiday window
}

export type PaymentKind = 'benefit' | 'holiday_allowance';

export interface ComputedPayment {
  kind: PaymentKind;
  amountCents: number;
  holidayReservedCents: number;        // reserved this month (benefit payments only)
  basis: 'standing' | 'report';
  tableId: string;
  lines: CalculationLine[];
}

export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The months whose reservation is paid in `month`: from the month after the previous payout month up to `month`. */
export function holidayWindow(month: string, payoutMonth: number): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const previousPayoutYear = m > payoutMonth ? y : y - 1;
  return { from: addMonths(`${previousPayoutYear}-${String(payoutMonth).padStart(2, '0')}`, 1), to: month };
}

/** Whether the reserved holiday allowance is paid with this month: the payout month, or the benefit's last month. */
export function paysHolidayAllowance(month: string, payoutMonth: number, endDate: string | null): boolean {
  return Number(month.slice(5)) === payoutMonth || (endDate !== null && endDate.slice(0, 7) === month);
}

/** The household situation of the month: the standing one, with the income of the month's report when there is one. */
export function situationForMonth(standing: StandingSituation, month: string, report: IncomeReport | null, giftsEarlierFromReports: number | null): HouseholdSituation {
  const s: HouseholdSituation = { ...standing, month };
  if (!report) return s;
  return {
    ...s,
    applicant: { ...s.applicant, earningsCents: report.applicantEarningsCents },
    partner: s.partner ? { ...s.partner, earningsCents: report.partnerEarningsCents } : null,
    otherIncomeCents: report.otherIncomeCents,
    giftsCents: report.giftsCents,
    giftsEarlierThisYearCents: giftsEarlierFromReports ?? s.giftsEarlierThisYearCents,
  };
}

const monthNames = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** '2026-05' → 'mei 2026'. */
export function monthLabel(month: string): string {
  return `${monthNames[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;
}

/**
 * The payments of one benefit for one month. Throws CalculationRefused (from the calculation) when the situation
 * cannot be computed safely; the run records that benefit as an exception instead of paying a wrong amount.
 */
export function paymentsForMonth(input: PaymentInput): ComputedPayment[] {
  const { table, benefit, month } = input;
  const situation = situationForMonth(benefit.situation, month, input.report, input.giftsEarlierFromReports);
  const calc = calculateBenefit(table, situation);
  const basis = input.report ? 'report' : 'standing';
  const payments: ComputedPayment[] = [{
    kind: 'benefit', amountCents: calc.payableCents, holidayReservedCents: calc.holidayAllowanceReservedCents,
    basis, tableId: calc.table.id, lines: calc.lines,
  }];
  if (!paysHolidayAllowance(month, input.payoutMonth, benefit.endDate)) return payments;
  const window = holidayWindow(month, input.payoutMonth);
  const reserved = [
    ...input.reservedEarlier.filter((r) => r.month >= window.from && r.month < month && r.reservedCents > 0),
    ...(calc.holidayAllowanceReservedCents > 0 ? [{ month, reservedCents: calc.holidayAllowanceReservedCents }] : []),
  ].sort((a, b) => a.month.localeCompare(b.month));
  const total = reserved.reduce((sum, r) => sum + r.reservedCents, 0);
  if (total === 0) return payments;
  const article = calc.lines.find((l) => l.code === 'holiday_allowance_reserved')!.article;
  payments.push({
    kind: 'holiday_allowance', amountCents: total, holidayReservedCents: 0, basis, tableId: calc.table.id,
    lines: reserved.map((r) => ({
      code: 'holiday_allowance_payout', label: `Vakantietoeslag gereserveerd over ${monthLabel(r.month)}`, article, amountCents: r.reservedCents,
    })),
  });
  return payments;
}
