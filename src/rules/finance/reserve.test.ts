import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { euros } from '../trajectory.ts';
import { reserveFlow, reserveWarning, type YearResults } from './reserve.ts';

const year = (y: number, benefits: number, reintegration: number, sw: number): YearResults =>
  ({ year: y, results: { benefits, reintegration, sheltered_employment: sw } });

describe('reserve sociaal domein', () => {
  it('returns surpluses and draws deficits; the balance moves the reserve while it lasts', () => {
    const [a, b] = reserveFlow(100_00, [year(2024, 50_00, 0, -30_00), year(2025, -20_00, 10_00, 0)]);
    expect(a).toMatchObject({ openingCents: 100_00, balanceCents: 20_00, returnedCents: 50_00, deficitCents: 30_00, fromReserveCents: 30_00, fromGeneralFundsCents: 0, closingCents: 120_00, exhausted: false });
    expect(a.shelteredFence).toEqual({ deficitCents: 30_00, fromReserveCents: 30_00, fromGeneralFundsCents: 0 });
    expect(b).toMatchObject({ openingCents: 120_00, balanceCents: -10_00, closingCents: 110_00 });
  });

  it('the fence: the SW deficit is covered from the reserve first, then from the general funds', () => {
    // reserve 100 + surplus 20 = 120 available; SW needs 150 (first in line), re-integration 40.
    const [y] = reserveFlow(100_00, [year(2024, 20_00, -40_00, -150_00)]);
    expect(y.shelteredFence).toEqual({ deficitCents: 150_00, fromReserveCents: 120_00, fromGeneralFundsCents: 30_00 });
    expect(y).toMatchObject({ deficitCents: 190_00, fromReserveCents: 120_00, fromGeneralFundsCents: 70_00, closingCents: 0, exhausted: true });
  });

  it('reproduces the demo: a starting reserve of € 250.000 on 1-1-2019 runs out in 2024 (domain.md balances)', () => {
    // Stream results of domain.md's table (income − expenditure), in cents.
    const seed = [
      year(2019, 41_784_800, 3_602_500, -38_139_200), year(2020, 53_120_600, 8_725_900, 1_465_100),
      year(2021, 40_004_900, 5_310_300, -16_785_700), year(2022, 8_254_500, 0, -49_867_300),
      year(2023, 8_254_500, 0, -49_497_700), year(2024, 8_254_500, 0, -58_876_300), year(2025, 8_254_500, 0, -63_513_400),
    ];
    const flow = reserveFlow(25_000_000, seed);
    expect(flow.map((y) => y.balanceCents)).toEqual([7_248_100, 63_311_600, 28_529_500, -41_612_800, -41_243_200, -50_621_800, -55_258_900]);
    expect(flow.map((y) => y.closingCents)).toEqual([32_248_100, 95_559_700, 124_089_200, 82_476_400, 41_233_200, 0, 0]);
    expect(flow.map((y) => y.fromGeneralFundsCents)).toEqual([0, 0, 0, 0, 0, 9_388_600, 55_258_900]);
    expect(flow.map((y) => y.exhausted)).toEqual([false, false, false, false, false, true, true]);
    expect(reserveWarning(flow[5], euros)).toBe(
      'De reserve sociaal domein raakt in 2024 op. € 93.886,00 van het tekort van € 588.763,00 komt uit de algemene middelen, '
      + 'waarvan € 93.886,00 voor het tekort op de SW. Informeer de raad.');
    expect(reserveWarning(flow[3], euros)).toBeNull();
  });

  it('warns when a deficit exactly empties the reserve', () => {
    const [y] = reserveFlow(10_00, [year(2024, -10_00, 0, 0)]);
    expect(y).toMatchObject({ closingCents: 0, fromGeneralFundsCents: 0, exhausted: true });
    expect(reserveWarning(y, euros)).toContain('een volgend tekort komt uit de algemene middelen');
  });

  it('refuses fractions of cents and a negative opening balance', () => {
    expect(() => reserveFlow(-1, [])).toThrow(RangeError);
    expect(() => reserveFlow(0, [year(2024, 0.5, 0, 0)])).toThrow(RangeError);
  });

  const cents = fc.integer({ min: -50_000_000_00, max: 50_000_000_00 });
  const years = fc.array(fc.tuple(cents, cents, cents), { maxLength: 12 }).map((rows) => rows.map(([b, r, s], i) => year(2020 + i, b, r, s)));

  it('property: the reserve is never negative, and the general funds pay exactly the shortfall', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 20_000_000_00 }), years, (opening, ys) => {
      let reserve = opening;
      for (const y of reserveFlow(opening, ys)) {
        expect(y.openingCents).toBe(reserve);
        expect(y.closingCents).toBeGreaterThanOrEqual(0);
        expect(y.fromGeneralFundsCents).toBe(Math.max(0, -(reserve + y.balanceCents)));
        expect(y.closingCents).toBe(Math.max(0, reserve + y.balanceCents));
        expect(y.fromReserveCents + y.fromGeneralFundsCents).toBe(y.deficitCents);
        expect(y.shelteredFence.fromReserveCents + y.shelteredFence.fromGeneralFundsCents).toBe(y.shelteredFence.deficitCents);
        // The fence: the SW deficit never gets general funds while the other streams still draw on the reserve.
        if (y.shelteredFence.fromGeneralFundsCents > 0) expect(y.fromReserveCents).toBe(y.shelteredFence.fromReserveCents);
        reserve = y.closingCents;
      }
    }));
  });

  it('property: a surplus never lowers the reserve, and the balance is the sum of the stream results', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 20_000_000_00 }), years, (opening, ys) => {
      for (const [i, y] of reserveFlow(opening, ys).entries()) {
        const r = ys[i].results;
        expect(y.balanceCents).toBe(r.benefits + r.reintegration + r.sheltered_employment);
        if (y.balanceCents >= 0) expect(y.closingCents).toBe(y.openingCents + y.balanceCents);
      }
    }));
  });
});
