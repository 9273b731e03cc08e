import { describe, expect, it } from 'vitest';
import { ageOn, daysBetween, todayIso } from './dates.ts';

describe('dates', () => {
  it('counts age in whole years, birthday included', () => {
    expect(ageOn('2000-11-23', '2026-11-22')).toBe(25);
    expect(ageOn('2000-11-23', '2026-11-23')).toBe(26);
    expect(ageOn('2004-02-29', '2026-02-28')).toBe(21);
    expect(ageOn('2004-02-29', '2026-03-01')).toBe(22);
  });
  it('counts days across a month end', () => {
    expect(daysBetween('2026-10-30', '2026-11-02')).toBe(3);
  });
});

describe('todayIso', () => {
  it('is the Dutch calendar day, also in the hours after midnight when UTC is still on yesterday', () => {
    expect(todayIso(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24'); // 00:30 in winter (UTC+1)
    expect(todayIso(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02'); // 00:30 in summer (UTC+2)
    expect(todayIso(new Date('2026-11-23T22:30:00Z'))).toBe('2026-11-23');
  });
});
