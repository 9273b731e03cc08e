import { describe, expect, it } from 'vitest';
import { suppressionThreshold, caseloadRows } from './access.ts';
import { contactBucket } from './contact.ts';
import { benefitsPer1000Figure, flowFigures, formatNumber, ladderFigures } from './figures.ts';
import { addMonths, defaultPeriod, lastDay, monthLabel, monthsBetween } from './periods.ts';

const displays = (rows: { cells: { display: string }[] }[]) => rows.map((r) => r.cells.map((c) => c.display).join('/'));

describe('periods and buckets', () => {
  it('counts months across a year end, with Dutch labels and real last days', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2025-11')).toEqual([]);
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(defaultPeriod('2026-03-15')).toEqual({ from: '2025-04', to: '2026-03' });
    expect([lastDay('2024-02'), lastDay('2025-02'), lastDay('2025-12')]).toEqual(['2024-02-29', '2025-02-28', '2025-12-31']);
    expect(monthLabel('2026-03')).toBe('mrt 2026');
  });

  it('days since the last contact: 30 is still the first bucket, 31 the second; none is "never"', () => {
    const today = '2026-03-31';
    expect(['2026-03-31', '2026-03-01', '2026-02-28', '2026-01-01', '2025-10-02', '2025-10-01', null].map((d) => contactBucket(d, today)))
      .toEqual(['d0_30', 'd0_30', 'd31_90', 'd31_90', 'd91_180', 'd181_plus', 'never']);
  });
});

describe('who sees what', () => {
  it('suppresses for policy staff, and for every role in the region', () => {
    expect(suppressionThreshold('policy_analyst', 'municipality')).toBe(5);
    expect(suppressionThreshold('team_lead', 'municipality')).toBeNull();
    expect(suppressionThreshold('administrator', 'municipality')).toBeNull();
    expect(suppressionThreshold('team_lead', 'region')).toBe(5);
    expect([caseloadRows('team_lead', 'municipality'), caseloadRows('policy_analyst', 'municipality'), caseloadRows('administrator', 'region')])
      .toEqual(['consultant', 'team', 'municipality']);
  });
});

describe('figures', () => {
  it('ladder: the same counts in both views, shares with one decimal, nothing hidden without a threshold', () => {
    const [steps, categories] = ladderFigures(new Map([[null, 1], [1, 1], [5, 2], [6, 1]]), null);
    expect(displays(steps.rows)).toEqual(['1/20,0%', '1/20,0%', '0/0,0%', '0/0,0%', '0/0,0%', '2/40,0%', '1/20,0%']);
    expect(displays(categories.rows).at(-1)).toBe('3/60,0%');
    expect(steps.total!.cells[0].display).toBe('5');
    expect(steps.notes).toEqual([]);
  });

  it('ladder with nobody in it: no division by zero', () => {
    const [steps] = ladderFigures(new Map(), 5);
    expect(displays([steps.total!])).toEqual(['0/–']);
  });

  it('flows: reasons that never occur are left out; a month without outflow shows zeros', () => {
    const [flows, reasons] = flowFigures(['2026-01', '2026-02'], new Map([['2026-01', 12]]), [{ month: '2026-02', reason: 'work', n: 7 }],
      [{ key: 'work', label: 'Werk' }, { key: 'moved', label: 'Verhuisd' }], null);
    expect(displays(flows.rows)).toEqual(['12/0', '0/7']);
    expect(reasons.series.map((s) => s.key)).toEqual(['work', 'total']);
    expect(displays(reasons.rows)).toEqual(['0/0', '7/7']);
  });

  it('benefits per 1,000: without inhabitants no rate, and the note says why', () => {
    const f = benefitsPer1000Figure([{ key: 'a', label: 'Alfa', benefits: 30, inhabitants: null }], null, null, null, '2026-01-01');
    expect(displays(f.rows)).toEqual(['30/–/–']);
    expect(f.notes[0]).toBe('Het inwonertal van Alfa is niet ingevoerd: zonder inwonertal geen cijfer per 1.000 inwoners.');
  });

  it('formats numbers the Dutch way', () => {
    expect([formatNumber(1234567), formatNumber(2.25, 1), formatNumber(0, 1)]).toEqual(['1.234.567', '2,3', '0,0']);
  });
});
