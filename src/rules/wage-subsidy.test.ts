import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  minimumHourlyFor, monthIndex, percentOf, roundHalfUp, versionOn, wageCostSubsidy, type WageSubsidyParameters, type WageSubsidyTables,
} from './wage-subsidy.ts';

// The tables of migration 0009 (domain.md): minimum wage per hour and the art. 10d parameters.
const parameters: WageSubsidyParameters = {
  id: 'p2018', validFrom: '2018-01-01', holidayPayPct: 8, employerCostAllowancePct: 23.5, maxPct: 70, flatPctWithoutWageValue: 50,
  flatMaxMonths: 6, fullTimeHours: 36, source: 'Participatiewet art. 10d',
};
const tables: WageSubsidyTables = {
  minimumWages: [
    { id: 'w2025a', validFrom: '2025-01-01', hourlyCents: 1406, source: 'Wml 1-1-2025' },
    { id: 'w2025b', validFrom: '2025-07-01', hourlyCents: 1440, source: 'Wml 1-7-2025' },
    { id: 'w2026', validFrom: '2026-01-01', hourlyCents: 1471, source: 'Wml 1-1-2026' },
  ],
  parameters: [parameters],
  // Minimumjeugdloon per 1 July 2019 (migration 0024).
  youthPercentages: [[15, 30], [16, 34.5], [17, 39.5], [18, 50], [19, 60], [20, 80]].map(([age, pct]) => ({ id: `j${age}`, validFrom: '2019-07-01', age, pct, source: 'Wml jeugd' })),
};

function calc(on: string, hours: number, wageValuePct: number | null, placementStart = on) {
  const result = wageCostSubsidy({ on, placementStart, contractHoursPerWeek: hours, wageValuePct }, tables);
  if (!result.ok) throw new Error(result.reason);
  return result.calculation;
}
const amounts = (c: ReturnType<typeof calc>) => c.lines.map((l) => l.amountCents);

const day = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const hours = fc.integer({ min: 1, max: 400 }).map((t) => t / 10);
const wageValue = fc.integer({ min: 0, max: 100 });

describe('rounding helpers', () => {
  it('rounds halves up and takes percentages with two decimals exactly', () => {
    expect(roundHalfUp(3, 2)).toBe(2);   // 1.5 → 2
    expect(roundHalfUp(5, 2)).toBe(3);   // 2.5 → 3
    expect(roundHalfUp(7, 3)).toBe(2);   // 2.33 → 2
    expect(percentOf(66_089, 23.5)).toBe(15_531);  // 15,530.915
    expect(percentOf(152_984, 8)).toBe(12_239);    // 12,238.72
  });

  it('counts calendar months from the start month', () => {
    expect(monthIndex('2025-07-10', '2025-07-31')).toBe(0);
    expect(monthIndex('2025-07-10', '2025-08-01')).toBe(1);
    expect(monthIndex('2025-11-30', '2026-02-01')).toBe(3);
    expect(monthIndex('2026-03-01', '2026-01-01')).toBe(0);
  });
});

describe('minimum wage for the age (minimumjeugdloon)', () => {
  it('takes the percentage of the adult hourly wage for the age, rounded half up to cents', () => {
    // € 14,71 on 1-1-2026 × 80% = 11,768; × 60% = 8,826; × 50% = 7,355; × 39,5% = 5,81045; × 34,5% = 5,07495; × 30% = 4,413.
    const hourly = (age: number | null) => minimumHourlyFor(tables, '2026-01-01', age)?.hourlyCents;
    expect([null, 21, 20, 19, 18, 17, 16, 15].map(hourly)).toEqual([1471, 1471, 1177, 883, 736, 581, 507, 441]);
    expect(minimumHourlyFor(tables, '2026-01-01', 14)).toBeNull();
  });

  it('a 19-year-old at 60% wage value, 24 hours in February 2026: the subsidy on the youth minimum wage', () => {
    // € 14,71 × 60% = € 8,83 (8.826); × 24 × 52/12 = € 918,35 (918.32 → 91_832); + 8% = € 73,47 (7346.56) → € 991,79;
    // 60% = € 595,07 (595.074); difference € 396,72; cap 70% € 694,25 (694.253); allowance 23,5% € 93,23 (93.2292); total € 489,95.
    const result = wageCostSubsidy({ on: '2026-02-01', placementStart: '2026-02-01', contractHoursPerWeek: 24, wageValuePct: 60, ageYears: 19 }, tables);
    if (!result.ok) throw new Error(result.reason);
    const c = result.calculation;
    expect(amounts(c)).toEqual([1_471, 883, 91_832, 7_347, 99_179, 59_507, 39_672, 69_425, 39_672, 9_323, 48_995]);
    expect(c.lines[1].label).toBe('Minimumjeugdloon 19 jaar: 60% van het minimumloon per uur');
    expect(c.lines[4].label).toBe('Minimumjeugdloon met vakantiebijslag');
    expect(c.tables.youthWage).toEqual({ id: 'j19', validFrom: '2019-07-01', age: 19, pct: 60, source: 'Wml jeugd' });
  });

  it('refuses an age the tables do not cover, in Dutch', () => {
    expect(wageCostSubsidy({ on: '2026-02-01', placementStart: '2026-02-01', contractHoursPerWeek: 24, wageValuePct: 60, ageYears: 14 }, tables))
      .toEqual({ ok: false, reason: 'Er is geen minimumjeugdloon bekend voor 14 jaar op 2026-02-01.' });
  });

  it('never gives a younger person a higher minimum wage or more subsidy than an older one', () => {
    fc.assert(fc.property(day, fc.integer({ min: 15, max: 30 }), fc.integer({ min: 15, max: 30 }), (on, a, b) => {
      const [young, old] = a <= b ? [a, b] : [b, a];
      expect(minimumHourlyFor(tables, on, young)!.hourlyCents).toBeLessThanOrEqual(minimumHourlyFor(tables, on, old)!.hourlyCents);
    }));
    fc.assert(fc.property(day, hours, wageValue, fc.integer({ min: 15, max: 20 }), (on, h, wv, age) => {
      const youth = wageCostSubsidy({ on, placementStart: on, contractHoursPerWeek: h, wageValuePct: wv, ageYears: age }, tables);
      expect(youth.ok && youth.calculation.monthlyCents).toBeLessThanOrEqual(calc(on, h, wv).monthlyCents);
    }));
  });
});

describe('loonkostensubsidie, hand-computed', () => {
  it('24 hours a week at a wage value of 60% in February 2026', () => {
    // € 14,71 × 24 × 52/12 = € 1.529,84; + 8% = € 122,39 → € 1.652,23; 60% of it = € 991,34 (991.338);
    // difference € 660,89; cap 70% = € 1.156,56; allowance 23,5% of € 660,89 = € 155,31 (155.309); total € 816,20.
    const c = calc('2026-02-01', 24, 60);
    expect(c.basis).toBe('wage_value');
    expect(amounts(c)).toEqual([1_471, 152_984, 12_239, 165_223, 99_134, 66_089, 115_656, 66_089, 15_531, 81_620]);
    expect(c.monthlyCents).toBe(81_620);
    expect(c.lines.map((l) => l.label)).toEqual([
      'Wettelijk minimumloon per uur',
      'Minimumloon per maand voor 24 uur per week (uurloon × uren × 52/12)',
      'Vakantiebijslag 8%',
      'Minimumloon met vakantiebijslag',
      'Loonwaarde 60% van het minimumloon met vakantiebijslag',
      'Verschil tussen minimumloon en loonwaarde',
      'Ten hoogste 70% van het minimumloon met vakantiebijslag',
      'Loonkostensubsidie vóór werkgeverslasten (het laagste van verschil en maximum)',
      'Tegemoetkoming werkgeverslasten 23,5%',
      'Loonkostensubsidie per maand',
    ]);
    for (const l of c.lines) expect(l.article).toMatch(/Participatiewet art\. 10d|Wet minimumloon/);
    expect(c.tables).toEqual({
      minimumWage: { id: 'w2026', validFrom: '2026-01-01', hourlyCents: 1471, source: 'Wml 1-1-2026' },
      youthWage: null,
      parameters: { id: 'p2018', validFrom: '2018-01-01', source: 'Participatiewet art. 10d' },
    });
  });

  it('a low wage value hits the 70% cap before the allowance is added (36 hours, March 2025)', () => {
    // € 14,06 × 36 × 52/12 = € 2.193,36; + 8% = € 175,47 (175.4688) → € 2.368,83; 20% = € 473,77 (473.766);
    // difference € 1.895,06 > cap € 1.658,18 (1658.181); allowance 23,5% of the cap € 389,67 (389.6723); total € 2.047,85.
    const c = calc('2025-03-01', 36, 20);
    expect(amounts(c)).toEqual([1_406, 219_336, 17_547, 236_883, 47_377, 189_506, 165_818, 165_818, 38_967, 204_785]);
    expect(c.tables.minimumWage.validFrom).toBe('2025-01-01');
  });

  it('without a wage value: 50% flat in the first six calendar months, then nothing', () => {
    // € 14,40 × 32 × 52/12 = € 1.996,80; + 8% = € 159,74 (159.744) → € 2.156,54; 50% = € 1.078,27; + 23,5% € 253,39 (253.3935) = € 1.331,66.
    const c = calc('2025-08-15', 32, null, '2025-07-10');
    expect(c.basis).toBe('flat_rate');
    expect(amounts(c)).toEqual([1_440, 199_680, 15_974, 215_654, 107_827, 25_339, 133_166]);
    expect(c.lines[4].label).toBe('Forfaitair 50% zolang er geen loonwaarde is (maand 2 van ten hoogste 6)');
    expect(calc('2025-12-31', 32, null, '2025-07-10').basis).toBe('flat_rate');      // month 6
    const expired = calc('2026-01-01', 32, null, '2025-07-10');                      // month 7
    expect(expired.basis).toBe('flat_rate_expired');
    expect(expired.monthlyCents).toBe(0);
  });

  it('hours above the full-time week count as 36; a wage value of 100% gives nothing', () => {
    expect(calc('2026-02-01', 40, 50).monthlyCents).toBe(calc('2026-02-01', 36, 50).monthlyCents);
    expect(calc('2026-02-01', 40, 50).lines[1].label).toContain('36 uur per week (volledige werkweek; 40 contracturen tellen tot 36)');
    expect(calc('2026-02-01', 22.5, 100).monthlyCents).toBe(0);
  });

  it('refuses a day before the first minimum wage in the table, and nonsense input, in Dutch', () => {
    expect(wageCostSubsidy({ on: '2024-12-31', placementStart: '2024-12-01', contractHoursPerWeek: 20, wageValuePct: 50 }, tables))
      .toEqual({ ok: false, reason: 'Er is geen wettelijk minimumloon bekend voor 2024-12-31.' });
    expect(wageCostSubsidy({ on: '2026-01-01', placementStart: '2026-01-01', contractHoursPerWeek: 20, wageValuePct: 101 }, tables).ok).toBe(false);
    expect(wageCostSubsidy({ on: '2026-01-01', placementStart: '2026-01-01', contractHoursPerWeek: 0, wageValuePct: 50 }, tables).ok).toBe(false);
  });
});


describe('loonkostensubsidie, properties', () => {
  it('a higher wage value never gives more subsidy', () => {
    fc.assert(fc.property(day, hours, wageValue, wageValue, (on, h, a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      expect(calc(on, h, high).monthlyCents).toBeLessThanOrEqual(calc(on, h, low).monthlyCents);
    }));
  });

  it('never more than the cap plus its allowance, and the lines add up', () => {
    fc.assert(fc.property(day, hours, fc.option(wageValue, { nil: null }), (on, h, wv) => {
      const c = calc(on, h, wv, on);
      const basis = c.lines[3].amountCents;
      const cap = percentOf(basis, 70);
      expect(c.monthlyCents).toBeLessThanOrEqual(cap + percentOf(cap, 23.5));
      const [beforeAllowance, allowance, total] = c.lines.slice(-3).map((l) => l.amountCents);
      expect(total).toBe(beforeAllowance + allowance);
      expect(basis).toBe(c.lines[1].amountCents + c.lines[2].amountCents);
    }));
  });

  it('is proportional to the contract hours up to a full-time week (within rounding of a few cents)', () => {
    fc.assert(fc.property(day, fc.integer({ min: 1, max: 18 }), fc.integer({ min: 2, max: 4 }), fc.option(wageValue, { nil: null }), (on, h, k, wv) => {
      fc.pre(h * k <= 36);
      const one = calc(on, h, wv, on).monthlyCents;
      const many = calc(on, h * k, wv, on).monthlyCents;
      expect(Math.abs(many - k * one)).toBeLessThanOrEqual(3 * k);
    }));
  });

  it('uses the table version valid on the day of the calculation', () => {
    const version = fc.record({ validFrom: day, hourlyCents: fc.integer({ min: 1000, max: 3000 }) });
    fc.assert(fc.property(fc.uniqueArray(version, { minLength: 1, maxLength: 6, selector: (v) => v.validFrom }), day, (versions, on) => {
      const wages = versions.map((v) => ({ ...v, source: `Wml ${v.validFrom}` }));
      const chosen = versionOn(wages, on);
      const earlier = wages.filter((v) => v.validFrom <= on);
      if (earlier.length === 0) {
        expect(chosen).toBeUndefined();
        expect(wageCostSubsidy({ on, placementStart: on, contractHoursPerWeek: 20, wageValuePct: 50 }, { minimumWages: wages, parameters: [parameters], youthPercentages: [] }).ok).toBe(false);
        return;
      }
      expect(chosen!.validFrom <= on).toBe(true);
      expect(earlier.every((v) => v.validFrom <= chosen!.validFrom)).toBe(true);
      const result = wageCostSubsidy({ on, placementStart: on, contractHoursPerWeek: 20, wageValuePct: 50 }, { minimumWages: wages, parameters: [parameters], youthPercentages: [] });
      expect(result.ok && result.calculation.tables.minimumWage.validFrom).toBe(chosen!.validFrom);
      expect(result.ok && result.calculation.lines[0].amountCents).toBe(chosen!.hourlyCents);
    }));
  });
});
