import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { executionDate, holidaysOf, isDutchWorkingDay, lastDayOfMonth, plannedPayDate, workingDayOnOrAfter } from './pay-date.ts';

describe('Dutch working days', () => {
  it('knows weekends, the Dutch public holidays and the TARGET2 closing days', () => {
    expect(isDutchWorkingDay('2026-04-30')).toBe(true);   // Thursday
    expect(isDutchWorkingDay('2026-05-02')).toBe(false);  // Saturday
    expect(isDutchWorkingDay('2026-05-03')).toBe(false);  // Sunday
    for (const day of ['2026-01-01', '2026-04-06', '2026-04-27', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26']) {
      expect(isDutchWorkingDay(day), day).toBe(false);
    }
    expect(isDutchWorkingDay('2026-04-03')).toBe(false);  // Good Friday: banks do not settle
    expect(isDutchWorkingDay('2026-05-01')).toBe(false);  // 1 May: TARGET2 closed
    expect(isDutchWorkingDay('2026-05-05')).toBe(true);   // Liberation Day: banks are open
    expect(isDutchWorkingDay('2026-12-31')).toBe(true);   // New Year's Eve: a working day
    expect(isDutchWorkingDay('2025-04-26')).toBe(false);  // King's Day moved to Saturday 26 April in 2025
    expect(holidaysOf(2026).get('2026-04-27')).toBe('Koningsdag');
  });
});

describe('pay day rule', () => {
  it('pays on the last working day of the month without a setting', () => {
    expect(plannedPayDate('2026-04', null)).toBe('2026-04-30');  // Thursday
    expect(plannedPayDate('2026-05', null)).toBe('2026-05-29');  // Friday
    expect(plannedPayDate('2026-01', null)).toBe('2026-01-30');  // 31 January is a Saturday
    expect(plannedPayDate('2024-03', null)).toBe('2024-03-28');  // 29 March 2024 was Good Friday, 30–31 the weekend
    expect(plannedPayDate('2026-12', null)).toBe('2026-12-31');
  });

  it('pays on the last working day on or before the municipal pay day, clamped to the month', () => {
    expect(plannedPayDate('2026-05', 25)).toBe('2026-05-22');   // Whit Monday 25 May → Friday 22nd
    expect(plannedPayDate('2026-06', 25)).toBe('2026-06-25');   // a Thursday
    expect(plannedPayDate('2026-02', 31)).toBe('2026-02-27');   // 28 February 2026 is a Saturday
    expect(plannedPayDate('2026-04', 27)).toBe('2026-04-24');   // King's Day is a Monday
    expect(plannedPayDate('2027-01', 1)).toBe('2027-01-04');    // New Year's Day, then the weekend: the first working day after
  });

  it('is always a working day in the month: the last one up to the pay day, else the first after it', () => {
    fc.assert(fc.property(fc.integer({ min: 2024, max: 2032 }), fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 31 }), { nil: null }), (y, m, payDay) => {
      const month = `${y}-${String(m).padStart(2, '0')}`;
      const date = plannedPayDate(month, payDay);
      expect(isDutchWorkingDay(date)).toBe(true);
      expect(date.slice(0, 7)).toBe(month);
      const target = payDay === null ? lastDayOfMonth(month) : `${month}-${String(Math.min(payDay, Number(lastDayOfMonth(month).slice(8)))).padStart(2, '0')}`;
      const next = new Date(`${date}T00:00:00Z`); next.setUTCDate(next.getUTCDate() + 1);
      if (date <= target) {
        // the next working day after the date lies beyond the pay day
        expect(workingDayOnOrAfter(next.toISOString().slice(0, 10)) > target).toBe(true);
      } else {
        // no working day in the month up to the pay day: the first one after it
        expect(workingDayOnOrAfter(`${month}-01`)).toBe(date);
      }
    }));
  });

  it('never asks the bank for a date in the past: a late approval moves to the first working day from then', () => {
    expect(executionDate('2026-04-30', '2026-04-20')).toBe('2026-04-30');
    expect(executionDate('2026-04-30', '2026-04-30')).toBe('2026-04-30');
    expect(executionDate('2026-04-30', '2026-05-01')).toBe('2026-05-04');  // 1 May closed, then the weekend
  });
});
