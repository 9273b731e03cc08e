import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateBenefit, type HouseholdSituation } from './calculate.ts';
import { table2025, table2026 } from './fixture.ts';
import { CalculationRefused } from './norm.ts';
import { tableValidOn } from './tables.ts';

const single = (over: Partial<HouseholdSituation> = {}): HouseholdSituation => ({
  month: '2026-03',
  applicant: { birthDate: '1990-05-10', earningsCents: 0, generalReleaseMonthsUsed: 0, singleParentReleaseMonthsUsed: 0 },
  partner: null, children: [], costSharers: [], intensiveInformalCare: false, otherIncomeCents: 0, giftsCents: 0, giftsEarlierThisYearCents: 0,
  ...over,
});
const earning = (cents: number, used = 0) => ({ birthDate: '1990-05-10', earningsCents: cents, generalReleaseMonthsUsed: used, singleParentReleaseMonthsUsed: 0 });
const sum = (lines: { amountCents: number }[]) => lines.reduce((n, l) => n + l.amountCents, 0);

// Every expected amount below is worked out by hand from the figures in domain.md (see the comment on each case).
describe('benefit calculation examples, checked by hand against domain.md', () => {
  it('single, 35, no income, 2026: norm 1,401.50; 5% reserved = 70.075 → 70.08; paid 1,331.42', () => {
    const c = calculateBenefit(table2026, single());
    expect(c.normCode).toBe('single_21');
    expect([c.normCents, c.holidayAllowanceReservedCents, c.payableCents]).toEqual([140150, 7008, 133142]);
    expect(c.table.id).toBe('bijstandsnormen-2026-01-01');
    expect(c.lines[0]).toMatchObject({ code: 'norm', article: 'art. 21 onderdeel a', amountCents: 140150 });
  });

  it('single, 2025 table: 1,345.45 − 67.27 = 1,278.18', () => {
    const c = calculateBenefit(table2025, single({ month: '2025-03' }));
    expect([c.normCents, c.holidayAllowanceReservedCents, c.payableCents]).toEqual([134545, 6727, 127818]);
  });

  it('couple, both 30: 2,002.13 − 100.11 = 1,902.02', () => {
    const c = calculateBenefit(table2026, single({ partner: { birthDate: '1996-01-01', earningsCents: 0, generalReleaseMonthsUsed: 0 } }));
    expect(c.normCode).toBe('couple_21');
    expect([c.normCents, c.payableCents]).toEqual([200213, 190202]);
  });

  it('single with one cost-sharer of 30: A = 2, 50% of 2,002.13 = 1,001.065 → 1,001.07; paid 1,001.07 − 50.05 = 951.02', () => {
    const c = calculateBenefit(table2026, single({ costSharers: [{ birthDate: '1996-02-02' }] }));
    expect(c.normCents).toBe(100107);
    expect(c.lines.find((l) => l.code === 'cost_sharers')).toMatchObject({ amountCents: 100107 - 140150, article: 'art. 22a Participatiewet' });
    expect(c.payableCents).toBe(95102);
  });

  it('a housemate under 27 is not a cost-sharer; with intensive informal care in 2026 the norm stays', () => {
    expect(calculateBenefit(table2026, single({ costSharers: [{ birthDate: '2003-01-01' }] })).normCents).toBe(140150);
    const care = calculateBenefit(table2026, single({ costSharers: [{ birthDate: '1960-01-01' }], intensiveInformalCare: true }));
    expect(care.normCents).toBe(140150);
    expect(care.lines.some((l) => l.code === 'cost_sharers_care')).toBe(true);
    // In 2025 the care exemption does not exist yet.
    expect(calculateBenefit(table2025, single({ month: '2025-03', costSharers: [{ birthDate: '1960-01-01' }], intensiveInformalCare: true })).normCents).toBe(96104);
  });

  it('cost-sharer factors A = 1…5 are 70%, 50%, 43.33%, 40%, 38% of the married norm (domain.md)', () => {
    const married = 200213;
    expect(calculateBenefit(table2026, single()).normCents).toBe(140150);  // A = 1: the single norm, 70% of married
    const expected = [0.5, 0.43333, 0.4, 0.38];
    for (const [k, factor] of expected.entries()) {
      const housemates = Array.from({ length: k + 1 }, () => ({ birthDate: '1980-01-01' }));
      const c = calculateBenefit(table2026, single({ costSharers: housemates }));
      expect(Math.abs(c.normCents - married * factor)).toBeLessThan(2);
    }
  });

  it('earnings 800.00 in the first month: 25% = 200.00 free; 1,401.50 − 600.00 = 801.50; reserve 40.08; paid 761.42', () => {
    const c = calculateBenefit(table2026, single({ applicant: earning(80000) }));
    expect(c.lines.find((l) => l.code === 'earnings_release')).toMatchObject({ amountCents: 20000, article: 'art. 31 lid 2 onderdeel n Participatiewet' });
    expect([c.countedIncomeCents, c.grossBenefitCents, c.payableCents]).toEqual([60000, 80150, 76142]);
  });

  it('the release is capped at 285.00 (2026) and 273.00 (2025), stops after 6 months and not under 27', () => {
    expect(calculateBenefit(table2026, single({ applicant: earning(150000) })).countedIncomeCents).toBe(150000 - 28500);
    expect(calculateBenefit(table2025, single({ month: '2025-03', applicant: earning(150000) })).countedIncomeCents).toBe(150000 - 27300);
    expect(calculateBenefit(table2026, single({ applicant: earning(80000, 6) })).countedIncomeCents).toBe(80000);
    const young = single({ applicant: { ...earning(80000), birthDate: '2001-01-01' } });
    expect(calculateBenefit(table2026, young).countedIncomeCents).toBe(80000);
  });

  it('income above the norm: nothing paid, and the lines still add up', () => {
    const c = calculateBenefit(table2026, single({ applicant: earning(200000) }));
    expect(c.payableCents).toBe(0);
    expect(sum(c.lines)).toBe(0);
  });

  it('single parent with a child of 5 after the general release: 12.5% of 1,000.00 = 125.00 free (2026); in 2025 no verified cap, so refused', () => {
    const parent = single({ applicant: earning(100000, 6), children: [{ birthDate: '2021-01-01' }] });
    const c = calculateBenefit(table2026, parent);
    expect(c.lines.find((l) => l.code === 'single_parent_release')).toMatchObject({ amountCents: 12500 });
    expect([c.grossBenefitCents, c.payableCents]).toEqual([140150 - 87500, 52650 - 2633]);
    expect(() => calculateBenefit(table2025, { ...parent, month: '2025-03' })).toThrow(CalculationRefused);
  });

  it('gifts in 2026 are free up to 1,200.00 a calendar year; in 2025 there is no statutory free amount', () => {
    const c = calculateBenefit(table2026, single({ giftsCents: 50000, giftsEarlierThisYearCents: 100000 }));
    expect(c.countedIncomeCents).toBe(30000);
    expect(calculateBenefit(table2025, single({ month: '2025-03', giftsCents: 50000 })).countedIncomeCents).toBe(50000);
  });

  it('norms by age: AOW age, 18–20 single and couples, and refusal under 18', () => {
    expect(calculateBenefit(table2026, single({ applicant: { ...earning(0), birthDate: '1955-01-01' } })).normCents).toBe(156469);
    expect(calculateBenefit(table2026, single({ applicant: { ...earning(0), birthDate: '2007-01-01' } })).normCents).toBe(34599);
    const youngCouple = single({ applicant: { ...earning(0), birthDate: '2006-06-01' }, partner: { birthDate: '2006-01-01', earningsCents: 0, generalReleaseMonthsUsed: 0 } });
    expect(calculateBenefit(table2026, youngCouple).normCents).toBe(69198);
    expect(calculateBenefit(table2026, { ...youngCouple, children: [{ birthDate: '2025-05-01' }] }).normCents).toBe(109241);
    const mixed = { ...youngCouple, partner: { birthDate: '1990-01-01', earningsCents: 0, generalReleaseMonthsUsed: 0 } };
    expect(calculateBenefit(table2026, mixed).normCents).toBe(134706);
    expect(() => calculateBenefit(table2026, single({ applicant: { ...earning(0), birthDate: '2009-01-01' } }))).toThrow(CalculationRefused);
  });

  it('picks the table valid on the first day of the month', () => {
    const tables = [table2025, { ...table2025, id: 'bijstandsnormen-2025-07-01', validFrom: '2025-07-01' }, table2026];
    expect(tableValidOn(tables, '2025-06-01')?.id).toBe('bijstandsnormen-2025-01-01');
    expect(tableValidOn(tables, '2025-07-01')?.id).toBe('bijstandsnormen-2025-07-01');
    expect(tableValidOn(tables, '2026-11-01')?.id).toBe('bijstandsnormen-2026-01-01');
    expect(tableValidOn(tables, '2024-12-01')).toBeUndefined();
  });
});

const cents = fc.integer({ min: 0, max: 400_000 });
const situation = fc.record({
  earnings: cents, partnerEarnings: cents, other: cents, gifts: cents, earlierGifts: cents,
  used: fc.integer({ min: 0, max: 8 }), withPartner: fc.boolean(), housemates: fc.integer({ min: 0, max: 4 }),
  birthYear: fc.integer({ min: 1960, max: 1999 }),
}).map((r): HouseholdSituation => single({
  applicant: { birthDate: `${r.birthYear}-04-01`, earningsCents: r.earnings, generalReleaseMonthsUsed: r.used, singleParentReleaseMonthsUsed: 0 },
  partner: r.withPartner ? { birthDate: '1985-01-01', earningsCents: r.partnerEarnings, generalReleaseMonthsUsed: 0 } : null,
  costSharers: Array.from({ length: r.housemates }, () => ({ birthDate: '1970-01-01' })),
  otherIncomeCents: r.other, giftsCents: r.gifts, giftsEarlierThisYearCents: r.earlierGifts,
}));

describe('benefit calculation properties', () => {
  it('the lines add up to the amount paid, which is never negative', () => {
    fc.assert(fc.property(situation, (s) => {
      const c = calculateBenefit(table2026, s);
      expect(sum(c.lines)).toBe(c.payableCents);
      expect(c.payableCents).toBeGreaterThanOrEqual(0);
      expect(c.payableCents).toBeLessThanOrEqual(c.normCents);
    }));
  });

  it('more income of any kind never gives a higher benefit', () => {
    fc.assert(fc.property(situation, fc.integer({ min: 1, max: 100_000 }), fc.constantFrom('earnings', 'other', 'gifts'), (s, extra, kind) => {
      const more = kind === 'earnings' ? { ...s, applicant: { ...s.applicant, earningsCents: s.applicant.earningsCents + extra } }
        : kind === 'other' ? { ...s, otherIncomeCents: s.otherIncomeCents + extra } : { ...s, giftsCents: s.giftsCents + extra };
      expect(calculateBenefit(table2026, more).payableCents).toBeLessThanOrEqual(calculateBenefit(table2026, s).payableCents);
    }));
  });

  it('one more cost-sharer never raises the norm', () => {
    fc.assert(fc.property(situation, (s) => {
      const more = { ...s, costSharers: [...s.costSharers, { birthDate: '1975-01-01' }] };
      expect(calculateBenefit(table2026, more).normCents).toBeLessThanOrEqual(calculateBenefit(table2026, s).normCents);
    }));
  });

  it('working never leaves someone with less in total than not working (earnings + benefit)', () => {
    fc.assert(fc.property(situation, fc.integer({ min: 1, max: 300_000 }), (s, earnings) => {
      const idle = calculateBenefit(table2026, { ...s, applicant: { ...s.applicant, earningsCents: 0 } });
      const working = calculateBenefit(table2026, { ...s, applicant: { ...s.applicant, earningsCents: earnings } });
      expect(working.grossBenefitCents + earnings).toBeGreaterThanOrEqual(idle.grossBenefitCents);
    }));
  });
});
