import { calculateBenefit, type BenefitCalculation, type CalculationLine, type HouseholdSituation } from '../benefit/calculate.ts';
import { shareOf } from '../benefit/norm.ts';
import type { BenefitRuleTable } from '../benefit/tables.ts';
import { lastDayOfMonth } from './pay-date.ts';

// One benefit's payments for one month (pure): the monthly benefit on the table valid that month, and — in the
// municipality's holiday-allowance payout month, or in the last month of a benefit that ends earlier — the reserved
// holiday allowance (vakantietoeslag) of the months since the previous payout month as a separate payment. A month in
// which the benefit starts or ends is paid pro rata by calendar days (decision 0019).

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
  releaseMonthsUsed?: ReleaseMonthsUsed;  // recorded by earlier runs; added to the situation's own figures
}

export type PaymentKind = 'benefit' | 'holiday_allowance';

export interface ComputedPayment {
  kind: PaymentKind;
  amountCents: number;
  holidayReservedCents: number;        // reserved this month (benefit payments only)
  basis: 'standing' | 'report';
  tableId: string;
  lines: CalculationLine[];
  releases: ReleaseUsed[];             // earnings releases granted in this month's calculation (benefit payments only)
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

/**
 * The calendar days of the month the benefit runs (decision 0019): from the start date (or the 1st) up to and including
 * the end date (or the last day). A whole month is `days === of`.
 */
export function daysInBenefit(month: string, startDate: string, endDate: string | null): { days: number; of: number; from: string; to: string } {
  const first = `${month}-01`;
  const last = lastDayOfMonth(month);
  const from = startDate > first ? startDate : first;
  const to = endDate !== null && endDate < last ? endDate : last;
  const day = (iso: string) => Number(iso.slice(8));
  return { days: Math.max(0, day(to) - day(from) + 1), of: day(last), from, to };
}

const dayLabel = (iso: string) => `${Number(iso.slice(8))} ${monthLabel(iso.slice(0, 7))}`;
export const PART_MONTH_ARTICLE = 'art. 44 lid 1 Participatiewet (recht op bijstand vanaf de ingangsdatum), tot en met de einddatum; naar rato van kalenderdagen';

/**
 * A part month (start or end inside the month): the gross benefit pro rata by calendar days (rounded half up), the
 * holiday allowance reserved on that, and a line for the days not paid — so the lines still add up.
 */
function proRata(calc: BenefitCalculation, table: BenefitRuleTable, part: ReturnType<typeof daysInBenefit>) {
  const gross = Math.floor((2 * calc.grossBenefitCents * part.days + part.of) / (2 * part.of));
  const reserved = shareOf(gross, table.holidayAllowanceBp);
  const lines = calc.lines.flatMap((l): CalculationLine[] => {
    if (l.code !== 'holiday_allowance_reserved') return [l];
    return [{
      code: 'part_month', article: PART_MONTH_ARTICLE, amountCents: gross - calc.grossBenefitCents,
      label: `Deel van de maand: ${part.days} van ${part.of} dagen (${dayLabel(part.from)} tot en met ${dayLabel(part.to)})`,
    }, { ...l, amountCents: -reserved }];
  });
  return { payableCents: gross - reserved, reservedCents: reserved, lines };
}

export type ReleasePerson = 'applicant' | 'partner';
export type ReleaseKind = 'general' | 'single_parent';
export interface ReleaseUsed { person: ReleasePerson; release: ReleaseKind }

/**
 * The earnings releases a calculation granted, per person: a release line follows the earnings line of its person
 * (calculate.ts countedIncome). The run records them, so later months know how many months were used.
 */
export function releasesGranted(lines: CalculationLine[]): ReleaseUsed[] {
  const out: ReleaseUsed[] = [];
  let person: ReleasePerson | null = null;
  for (const l of lines) {
    if (l.code === 'earnings_applicant') person = 'applicant';
    else if (l.code === 'earnings_partner') person = 'partner';
    else if (person && (l.code === 'earnings_release' || l.code === 'single_parent_release')) {
      out.push({ person, release: l.code === 'earnings_release' ? 'general' : 'single_parent' });
    } else person = null;
  }
  return out;
}

/** Release months used before this month, recorded by earlier runs, per person and release. */
export interface ReleaseMonthsUsed { applicantGeneral: number; partnerGeneral: number; applicantSingleParent: number }
export const noReleaseMonthsUsed: ReleaseMonthsUsed = { applicantGeneral: 0, partnerGeneral: 0, applicantSingleParent: 0 };

/**
 * The standing situation with the months of release used: the figure recorded in the situation (months used before
 * the benefit's payments were recorded, e.g. an earlier benefit) plus the months earlier runs recorded.
 */
export function withReleaseMonthsUsed(s: StandingSituation, used: ReleaseMonthsUsed): StandingSituation {
  return {
    ...s,
    applicant: {
      ...s.applicant,
      generalReleaseMonthsUsed: s.applicant.generalReleaseMonthsUsed + used.applicantGeneral,
      singleParentReleaseMonthsUsed: s.applicant.singleParentReleaseMonthsUsed + used.applicantSingleParent,
    },
    partner: s.partner ? { ...s.partner, generalReleaseMonthsUsed: s.partner.generalReleaseMonthsUsed + used.partnerGeneral } : null,
  };
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
  const standing = withReleaseMonthsUsed(benefit.situation, input.releaseMonthsUsed ?? noReleaseMonthsUsed);
  const situation = situationForMonth(standing, month, input.report, input.giftsEarlierFromReports);
  const calc = calculateBenefit(table, situation);
  const basis = input.report ? 'report' : 'standing';
  const part = daysInBenefit(month, benefit.startDate, benefit.endDate);
  const paid = part.days < part.of
    ? proRata(calc, table, part)
    : { payableCents: calc.payableCents, reservedCents: calc.holidayAllowanceReservedCents, lines: calc.lines };
  const payments: ComputedPayment[] = [{
    kind: 'benefit', amountCents: paid.payableCents, holidayReservedCents: paid.reservedCents,
    basis, tableId: calc.table.id, lines: paid.lines, releases: releasesGranted(calc.lines),
  }];
  if (!paysHolidayAllowance(month, input.payoutMonth, benefit.endDate)) return payments;
  const window = holidayWindow(month, input.payoutMonth);
  const reserved = [
    ...input.reservedEarlier.filter((r) => r.month >= window.from && r.month < month && r.reservedCents > 0),
    ...(paid.reservedCents > 0 ? [{ month, reservedCents: paid.reservedCents }] : []),
  ].sort((a, b) => a.month.localeCompare(b.month));
  const total = reserved.reduce((sum, r) => sum + r.reservedCents, 0);
  if (total === 0) return payments;
  const article = calc.lines.find((l) => l.code === 'holiday_allowance_reserved')!.article;
  payments.push({
    kind: 'holiday_allowance', amountCents: total, holidayReservedCents: 0, basis, tableId: calc.table.id, releases: [],
    lines: reserved.map((r) => ({
      code: 'holiday_allowance_payout', label: `Vakantietoeslag gereserveerd over ${monthLabel(r.month)}`, article, amountCents: r.reservedCents,
    })),
  });
  return payments;
}
