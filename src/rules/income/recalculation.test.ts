import { describe, expect, it } from 'vitest';
import { calculateBenefit } from '../benefit/calculate.ts';
import { table2025, table2026 } from '../benefit/fixture.ts';
import { compareMonths, monthsFrom } from './recalculation.ts';
import { situationFromHousehold, withHousemate, withReportedIncome } from './situation.ts';

const tables = [table2025, table2026];
const single = situationFromHousehold({ applicant: { birthDate: '1985-04-01' }, partner: null, members: [] });

describe('recalculation proposal', () => {
  it('lists months from the change through the current month, capped', () => {
    expect(monthsFrom('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsFrom('2026-05', '2026-02')).toEqual(['2026-05']);
    expect(monthsFrom('2024-01', '2026-12', 3)).toEqual(['2024-01', '2024-02', '2024-03']);
  });

  it('a new cost-sharing housemate of 30 lowers a single norm to 50% of the married norm (2026: € 1.001,07 → ×0,95)', () => {
    const proposed = withHousemate(single, { birthDate: '1996-01-01', sharesCosts: true });
    const [row] = compareMonths(tables, single, proposed, ['2026-03']);
    expect(row.tableId).toBe('bijstandsnormen-2026-01-01');
    expect(row.currentCents).toBe(calculateBenefit(table2026, { ...single, month: '2026-03' }).payableCents);
    // 50% of 2.002,13 = 1.001,065 → 1.001,07; minus 5% holiday allowance reserved (50,05) = 951,02
    expect(row.proposedCents).toBe(95102);
    expect(row.differenceCents).toBe(95102 - row.currentCents);
  });

  it('a student housemate does not count', () => {
    expect(withHousemate(single, { birthDate: '2000-01-01', sharesCosts: false })).toEqual(single);
  });

  it('reported earnings lower the month by the earnings minus the release (25%, capped)', () => {
    const month = withReportedIncome(single, { earningsApplicantCents: 40_000, earningsPartnerCents: 0, otherIncomeCents: 0, giftsCents: 0 }, 0);
    const [row] = compareMonths(tables, single, month, ['2026-03']);
    // counted: 400 − 25% = 300; gross 1.401,50 − 300 = 1.101,50; reserved 5% = 55,08 → 1.046,42
    expect(row.proposedCents).toBe(104642);
    expect(row.differenceCents).toBeLessThan(0);
  });
});
