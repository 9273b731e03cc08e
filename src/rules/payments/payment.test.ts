import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { table2026 } from '../benefit/fixture.ts';
import {
  addMonths, daysInBenefit, holidayWindow, monthLabel, paymentsForMonth, paysHolidayAllowance, releasesGranted, type PaymentInput, type StandingSituation,
} from './payment.ts';

const single: StandingSituation = {
  applicant: { birthDate: '1980-04-12', earningsCents: 0, generalReleaseMonthsUsed: 0, singleParentReleaseMonthsUsed: 0 },
  partner: null, children: [], costSharers: [], intensiveInformalCare: false, otherIncomeCents: 0, giftsCents: 0, giftsEarlierThisYearCents: 0,
};
const input = (over: Partial<PaymentInput> = {}): PaymentInput => ({
  table: table2026, month: '2026-03', payoutMonth: 5, report: null, giftsEarlierFromReports: null, reservedEarlier: [],
  benefit: { id: '00000000-0000-4000-8000-000000000001', startDate: '2024-01-01', endDate: null, situation: single },
  ...over,
});

describe('months', () => {
  it('counts months and names them in Dutch', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-05', -13)).toBe('2025-04');
    expect(monthLabel('2026-05')).toBe('mei 2026');
  });
});

describe('holiday allowance window', () => {
  it('runs from the month after the previous payout month up to the month itself', () => {
    expect(holidayWindow('2026-05', 5)).toEqual({ from: '2025-06', to: '2026-05' });
    expect(holidayWindow('2026-06', 5)).toEqual({ from: '2026-06', to: '2026-06' });
    expect(holidayWindow('2026-03', 5)).toEqual({ from: '2025-06', to: '2026-03' });
    expect(holidayWindow('2026-01', 1)).toEqual({ from: '2025-02', to: '2026-01' });
  });
  it('is paid in the payout month, or in the last month of a benefit that ends', () => {
    expect(paysHolidayAllowance('2026-05', 5, null)).toBe(true);
    expect(paysHolidayAllowance('2026-04', 5, null)).toBe(false);
    expect(paysHolidayAllowance('2026-03', 5, '2026-03-15')).toBe(true);
    expect(paysHolidayAllowance('2026-03', 5, '2026-08-31')).toBe(false);
  });
});

describe('payments of one benefit for one month (amounts checked by hand against domain.md, 1-1-2026)', () => {
  it('pays the norm minus the reserved 5% in an ordinary month, with the table version', () => {
    // € 1.401,50 single norm; 5% reserved = € 70,08 (rounded half up); paid € 1.331,42
    const [p, ...rest] = paymentsForMonth(input());
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ kind: 'benefit', amountCents: 133_142, holidayReservedCents: 7_008, basis: 'standing', tableId: 'bijstandsnormen-2026-01-01' });
    expect(p.lines.map((l) => l.code)).toEqual(['norm', 'holiday_allowance_reserved']);
    expect(p.lines.reduce((s, l) => s + l.amountCents, 0)).toBe(p.amountCents);
  });

  it('uses the month\'s income report instead of the standing income', () => {
    // earnings € 400,00, 25% released (€ 100,00) → counted € 300,00; gross € 1.101,50; reserved € 55,08; paid € 1.046,42
    const [p] = paymentsForMonth(input({ report: { applicantEarningsCents: 40_000, partnerEarningsCents: 0, otherIncomeCents: 0, giftsCents: 0 } }));
    expect(p).toMatchObject({ amountCents: 104_642, holidayReservedCents: 5_508, basis: 'report' });
    expect(p.lines.map((l) => l.code)).toEqual(['norm', 'earnings_applicant', 'earnings_release', 'holiday_allowance_reserved']);
  });

  it('pays the reserved holiday allowance of the window as a separate payment in May', () => {
    const payments = paymentsForMonth(input({
      month: '2026-05',
      reservedEarlier: [{ month: '2025-05', reservedCents: 9_999 }, { month: '2025-06', reservedCents: 6_000 }, { month: '2025-12', reservedCents: 6_500 }],
    }));
    expect(payments.map((p) => p.kind)).toEqual(['benefit', 'holiday_allowance']);
    const holiday = payments[1];
    // June 2025 + December 2025 + May 2026 itself; May 2025 was paid out a year ago
    expect(holiday.amountCents).toBe(6_000 + 6_500 + 7_008);
    expect(holiday.lines.map((l) => l.label)).toEqual([
      'Vakantietoeslag gereserveerd over juni 2025', 'Vakantietoeslag gereserveerd over december 2025', 'Vakantietoeslag gereserveerd over mei 2026',
    ]);
    expect(holiday.lines.every((l) => l.article.startsWith('art. 19 Participatiewet'))).toBe(true);
    expect(holiday.holidayReservedCents).toBe(0);
  });

  it('pays it out early in the last month of a benefit that ends, and not at all when nothing was reserved', () => {
    const ending = paymentsForMonth(input({
      benefit: { ...input().benefit, endDate: '2026-03-15' },
      reservedEarlier: [{ month: '2026-01', reservedCents: 7_008 }, { month: '2026-02', reservedCents: 7_008 }],
    }));
    // March runs 15 of 31 days: gross € 1.401,50 × 15/31 = € 678,15; 5% reserved € 33,91; paid € 644,24
    expect(ending[0]).toMatchObject({ kind: 'benefit', amountCents: 64_424, holidayReservedCents: 3_391 });
    expect(ending[1]).toMatchObject({ kind: 'holiday_allowance', amountCents: 2 * 7_008 + 3_391 });
    const nothing = paymentsForMonth(input({
      month: '2026-05', report: { applicantEarningsCents: 500_000, partnerEarningsCents: 0, otherIncomeCents: 0, giftsCents: 0 },
    }));
    expect(nothing.map((p) => [p.kind, p.amountCents])).toEqual([['benefit', 0]]);
  });

  it('never pays out more holiday allowance than was reserved in the window, and the monthly lines always add up', () => {
    const reserved = fc.array(fc.record({ month: fc.integer({ min: -24, max: 0 }).map((n) => addMonths('2026-05', n)), reservedCents: fc.integer({ min: 0, max: 20_000 }) }), { maxLength: 24 });
    fc.assert(fc.property(reserved, fc.integer({ min: 0, max: 300_000 }), (earlier, earnings) => {
      const unique = [...new Map(earlier.map((r) => [r.month, r])).values()].filter((r) => r.month < '2026-05');
      const payments = paymentsForMonth(input({
        month: '2026-05', reservedEarlier: unique, report: { applicantEarningsCents: earnings, partnerEarningsCents: 0, otherIncomeCents: 0, giftsCents: 0 },
      }));
      const [benefit, holiday] = payments;
      expect(benefit.lines.reduce((s, l) => s + l.amountCents, 0)).toBe(benefit.amountCents);
      const inWindow = unique.filter((r) => r.month >= '2025-06').reduce((s, r) => s + r.reservedCents, 0) + benefit.holidayReservedCents;
      expect(holiday?.amountCents ?? 0).toBe(inWindow);
    }));
  });
});

describe('part months (decision 0019: pro rata by calendar days)', () => {
  it('counts the days the benefit runs in the month', () => {
    expect(daysInBenefit('2026-03', '2024-01-01', null)).toMatchObject({ days: 31, of: 31 });
    expect(daysInBenefit('2026-03', '2026-03-15', null)).toMatchObject({ days: 17, of: 31, from: '2026-03-15', to: '2026-03-31' });
    expect(daysInBenefit('2026-02', '2024-01-01', '2026-02-10')).toMatchObject({ days: 10, of: 28 });
    expect(daysInBenefit('2026-02', '2026-02-03', '2026-02-03')).toMatchObject({ days: 1, of: 28 });
    expect(daysInBenefit('2026-04', '2024-01-01', '2026-04-30')).toMatchObject({ days: 30, of: 30 });
  });

  it('pays a start month and an end month pro rata, with a line for the days, and the lines add up', () => {
    // Start on the 15th of March: 17 of 31 days; € 1.401,50 × 17/31 = € 768,56; reserved € 38,43; paid € 730,13
    const [start] = paymentsForMonth(input({ benefit: { ...input().benefit, startDate: '2026-03-15' } }));
    expect(start).toMatchObject({ amountCents: 73_013, holidayReservedCents: 3_843 });
    expect(start.lines.map((l) => l.code)).toEqual(['norm', 'part_month', 'holiday_allowance_reserved']);
    expect(start.lines[1].label).toBe('Deel van de maand: 17 van 31 dagen (15 maart 2026 tot en met 31 maart 2026)');
    expect(start.lines.reduce((s, l) => s + l.amountCents, 0)).toBe(start.amountCents);
    // Ending on the last day is a whole month.
    const [whole] = paymentsForMonth(input({ benefit: { ...input().benefit, endDate: '2026-03-31' } }));
    expect(whole).toMatchObject({ amountCents: 133_142, holidayReservedCents: 7_008 });
  });

  it('never pays more than the whole month, and the lines always add up', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 200_000 }), (startDay, length, earnings) => {
      const startDate = `2026-03-${String(startDay).padStart(2, '0')}`;
      const endDay = Math.min(31, startDay + length);
      const benefit = { ...input().benefit, startDate, endDate: `2026-03-${String(endDay).padStart(2, '0')}` };
      const report = { applicantEarningsCents: earnings, partnerEarningsCents: 0, otherIncomeCents: 0, giftsCents: 0 };
      const [part] = paymentsForMonth(input({ benefit, report }));
      const [full] = paymentsForMonth(input({ report }));
      expect(part.amountCents).toBeLessThanOrEqual(full.amountCents);
      expect(part.lines.reduce((s, l) => s + l.amountCents, 0)).toBe(part.amountCents);
    }));
  });
});

describe('earnings release months', () => {
  const earning = (over: Partial<StandingSituation['applicant']> = {}): StandingSituation => ({ ...single, applicant: { ...single.applicant, earningsCents: 40_000, ...over } });
  it('names the releases a calculation granted, per person', () => {
    const [p] = paymentsForMonth(input({ benefit: { ...input().benefit, situation: earning() } }));
    expect(p.releases).toEqual([{ person: 'applicant', release: 'general' }]);
    expect(releasesGranted([
      { code: 'norm', label: '', article: '', amountCents: 1 }, { code: 'earnings_applicant', label: '', article: '', amountCents: -1 },
      { code: 'earnings_partner', label: '', article: '', amountCents: -1 }, { code: 'earnings_release', label: '', article: '', amountCents: 1 },
    ])).toEqual([{ person: 'partner', release: 'general' }]);
  });
  it('adds the months earlier runs recorded to the situation\'s own figure: none after six', () => {
    const benefit = { ...input().benefit, situation: earning({ generalReleaseMonthsUsed: 2 }) };
    expect(paymentsForMonth(input({ benefit, releaseMonthsUsed: { applicantGeneral: 3, partnerGeneral: 0, applicantSingleParent: 0 } }))[0].releases).toHaveLength(1);
    const [after] = paymentsForMonth(input({ benefit, releaseMonthsUsed: { applicantGeneral: 4, partnerGeneral: 0, applicantSingleParent: 0 } }));
    expect(after.releases).toEqual([]);
    expect(after.lines.map((l) => l.code)).not.toContain('earnings_release');
  });
});
