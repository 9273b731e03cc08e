import { describe, expect, it } from 'vitest';
import { financeYears, resultsOf, type EnteredFigure } from './table.ts';

const entry = (year: number, stream: EnteredFigure['stream'], basis: EnteredFigure['basis'], incomeCents: number, expenditureCents: number | null): EnteredFigure =>
  ({ year, stream, basis, incomeCents, expenditureCents, source: 'test', version: 1 });

describe('finance table', () => {
  it('counts the realised figures of a stream once entered, else its budget', () => {
    const [y] = financeYears(2024, 2024, [
      entry(2024, 'benefits', 'budget', 1000, 900), entry(2024, 'benefits', 'realised', 1000, 950),
      entry(2024, 'reintegration', 'budget', 300, 300), entry(2024, 'sheltered_employment', 'budget', 500, 600),
    ], []);
    expect(y.streams.map((c) => [c.stream, c.basis, c.resultCents])).toEqual([['benefits', 'realised', 50], ['reintegration', 'budget', 0], ['sheltered_employment', 'budget', -100]]);
    expect(y).toMatchObject({ basis: 'mixed', incomeCents: 1800, expenditureCents: 1850, balanceCents: -50, missingStreams: [] });
    expect(resultsOf(y)).toEqual({ benefits: 50, reintegration: 0, sheltered_employment: -100 });
  });

  it('takes an empty realised expenditure from Meedoen, and shows Meedoen\'s figure next to a budget', () => {
    const own = [{ year: 2024, stream: 'reintegration' as const, expenditureCents: 275, source: 'trajecten' }, { year: 2025, stream: 'reintegration' as const, expenditureCents: 40, source: 'trajecten' }];
    const [a, b] = financeYears(2024, 2025, [entry(2024, 'reintegration', 'realised', 300, null), entry(2025, 'reintegration', 'budget', 300, 310)], own);
    expect(a.streams[1]).toMatchObject({ basis: 'realised', expenditureCents: 275, expenditureFrom: 'meedoen', resultCents: 25 });
    expect(b.streams[1]).toMatchObject({ basis: 'budget', expenditureCents: 310, expenditureFrom: 'entered', meedoen: { expenditureCents: 40 } });
  });

  it('a year without figures counts as zero and names the missing streams', () => {
    const [y] = financeYears(2026, 2026, [entry(2026, 'benefits', 'budget', 10, 5)], []);
    expect(y).toMatchObject({ basis: 'mixed', balanceCents: 5, missingStreams: ['reintegration', 'sheltered_employment'] });
    const [empty] = financeYears(2027, 2027, [], []);
    expect(empty).toMatchObject({ basis: null, balanceCents: 0, missingStreams: ['benefits', 'reintegration', 'sheltered_employment'] });
  });

  it('a year with all streams on the same basis carries that basis', () => {
    const [y] = financeYears(2022, 2022, (['benefits', 'reintegration', 'sheltered_employment'] as const).map((s) => entry(2022, s, 'budget', 1, 1)), []);
    expect(y.basis).toBe('budget');
  });
});
