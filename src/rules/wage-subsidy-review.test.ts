import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from './dates.ts';
import { wageCostSubsidy, type WageSubsidyTables } from './wage-subsidy.ts';
import { subsidyReviewReasons } from './wage-subsidy-review.ts';

const tables: WageSubsidyTables = {
  minimumWages: [
    { id: 'w2025b', validFrom: '2025-07-01', hourlyCents: 1440, source: 'Wml 1-7-2025' },
    { id: 'w2026', validFrom: '2026-01-01', hourlyCents: 1471, source: 'Wml 1-1-2026' },
  ],
  parameters: [{ id: 'p', validFrom: '2018-01-01', holidayPayPct: 8, employerCostAllowancePct: 23.5, maxPct: 70, flatPctWithoutWageValue: 50, flatMaxMonths: 6, fullTimeHours: 36, source: 'art. 10d' }],
  youthPercentages: [[18, 50], [19, 60], [20, 80]].map(([age, pct]) => ({ validFrom: '2019-07-01', age, pct, source: 'jeugd' })),
};

function calculated(on: string, wageValuePct: number | null, birthDate = '1990-01-01', placementStart = on) {
  const r = wageCostSubsidy({ on, placementStart, contractHoursPerWeek: 24, wageValuePct, ageYears: ageOn(birthDate, on) }, tables);
  if (!r.ok) throw new Error(r.reason);
  return r.calculation;
}

describe('when a wage-cost subsidy calculation should be made again', () => {
  it('holds on its own day and while nothing changed', () => {
    const c = calculated('2026-02-01', 60);
    expect(subsidyReviewReasons({ calculation: c, placementStart: '2026-02-01', birthDate: '1990-01-01', on: '2026-02-01' }, tables)).toEqual([]);
    expect(subsidyReviewReasons({ calculation: c, placementStart: '2026-02-01', birthDate: '1990-01-01', on: '2026-12-31' }, tables)).toEqual([]);
  });

  it('after a new minimum wage', () => {
    const c = calculated('2025-09-01', 60);
    expect(subsidyReviewReasons({ calculation: c, placementStart: '2025-09-01', birthDate: '1990-01-01', on: '2025-12-31' }, tables)).toEqual([]);
    expect(subsidyReviewReasons({ calculation: c, placementStart: '2025-09-01', birthDate: '1990-01-01', on: '2026-01-01' }, tables))
      .toEqual(['Het wettelijk minimumloon is per 1-1-2026 gewijzigd: bereken de subsidie opnieuw.']);
  });

  it('when the flat rate has run its six calendar months', () => {
    const c = calculated('2026-02-10', null);
    expect(subsidyReviewReasons({ calculation: c, placementStart: '2026-02-10', birthDate: '1990-01-01', on: '2026-07-31' }, tables)).toEqual([]);
    expect(subsidyReviewReasons({ calculation: c, placementStart: '2026-02-10', birthDate: '1990-01-01', on: '2026-08-01' }, tables))
      .toEqual(['De forfaitaire periode van 6 maanden is voorbij: stel de loonwaarde vast en bereken de subsidie opnieuw.']);
  });

  it('when a young employee has a birthday that raises their minimum wage', () => {
    const c = calculated('2026-02-01', 60, '2006-08-01');  // 19
    expect(subsidyReviewReasons({ calculation: c, placementStart: '2026-02-01', birthDate: '2006-08-01', on: '2026-07-31' }, tables)).toEqual([]);
    expect(subsidyReviewReasons({ calculation: c, placementStart: '2026-02-01', birthDate: '2006-08-01', on: '2026-08-01' }, tables))
      .toEqual(['De werknemer is nu 20 jaar: het minimumloon voor die leeftijd is hoger, bereken de subsidie opnieuw.']);
  });

  it('a calculation made again on the day of judging always holds', () => {
    const day = fc.date({ min: new Date('2025-07-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(day, day, fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), (a, b, wv) => {
      const [start, on] = a <= b ? [a, b] : [b, a];
      const again = calculated(on, wv, '1990-01-01', start);
      if (again.basis === 'flat_rate_expired') return;  // nothing to calculate again until a wage value is set
      expect(subsidyReviewReasons({ calculation: again, placementStart: start, birthDate: '1990-01-01', on }, tables)).toEqual([]);
    }));
  });
});
