import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { financeYears, type EnteredFigure } from '../finance/table.ts';
import { euros } from '../trajectory.ts';
import { budgetEffect } from './budget.ts';
import { projectCaseload } from './caseload.ts';
import { scenarioBudget, type ScenarioYearCost } from './reserve.ts';

const entry = (year: number, stream: EnteredFigure['stream'], basis: EnteredFigure['basis'], incomeCents: number, expenditureCents: number): EnteredFigure =>
  ({ year, stream, basis, incomeCents, expenditureCents, source: 'test', version: 1 });
const cost = (year: number, months: number, benefitCostCents: number, shelteredGrowthCents = 0): ScenarioYearCost => ({ year, months, benefitCostCents, shelteredGrowthCents });

describe('budget and reserve of a scenario', () => {
  // 2026 budget: benefits 1.000.000 in / 900.000 out, re-integration 100.000 / 100.000, SW 500.000 / 600.000 (cents).
  const finance = financeYears(2026, 2027, [
    entry(2026, 'benefits', 'budget', 1_000_000, 900_000), entry(2026, 'reintegration', 'budget', 100_000, 100_000),
    entry(2026, 'sheltered_employment', 'budget', 500_000, 600_000),
  ], []);

  it('puts the scenario\'s costs against the budget, borrows the last entered year, and runs the reserve with the fence', () => {
    const b = scenarioBudget([cost(2026, 12, 1_100_000), cost(2027, 12, 1_300_000, 30_000)], finance, { openingYear: 2026, openingBalanceCents: 200_000 }, euros);
    const [y26, y27] = b.years;
    // 2026: benefits 1.000.000 − 1.100.000 = −100.000; re-integration 0; SW 500.000 − 600.000 = −100.000.
    expect(y26.streams.map((s) => [s.stream, s.incomeCents, s.expenditureCents, s.resultCents, s.figuresYear])).toEqual([
      ['benefits', 1_000_000, 1_100_000, -100_000, 2026], ['reintegration', 100_000, 100_000, 0, 2026], ['sheltered_employment', 500_000, 600_000, -100_000, 2026],
    ]);
    expect(y26).toMatchObject({ incomeCents: 1_600_000, expenditureCents: 1_800_000, balanceCents: -200_000 });
    // The reserve of 200.000 covers SW first (100.000), then benefits (100.000): exactly empty.
    expect(y26.reserve).toMatchObject({ openingCents: 200_000, closingCents: 0, fromReserveCents: 200_000, fromGeneralFundsCents: 0, exhausted: true });
    expect(y26.warning).toBe('De reserve sociaal domein raakt in 2026 op. Het tekort is nog net gedekt, maar een volgend tekort komt uit de algemene middelen. Informeer de raad.');
    // 2027 has no figures: those of 2026. Benefits 1.000.000 − 1.300.000 = −300.000; SW 500.000 − (600.000 + 30.000) = −130.000.
    expect(y27.streams.map((s) => [s.expenditureCents, s.resultCents, s.figuresYear])).toEqual([[1_300_000, -300_000, 2026], [100_000, 0, 2026], [630_000, -130_000, 2026]]);
    expect(y27).toMatchObject({ incomeCents: 1_600_000, expenditureCents: 2_030_000, balanceCents: -430_000 });
    expect(y27.reserve).toMatchObject({ openingCents: 0, closingCents: 0, fromGeneralFundsCents: 430_000, shelteredFence: { deficitCents: 130_000, fromGeneralFundsCents: 130_000, fromReserveCents: 0 } });
    expect(y27.warning).toBe('De reserve sociaal domein raakt in 2027 op. € 4.300,00 van het tekort van € 4.300,00 komt uit de algemene middelen, '
      + 'waarvan € 1.300,00 voor het tekort op de SW. Informeer de raad.');
    expect(b.warning).toBe(y26.warning);
    expect(b.notices).toEqual(['Voor 2027 is geen begroting ingevoerd; gerekend met de cijfers van 2026.']);
  });

  it('runs the reserve through the finance table up to the scenario, and counts a partial year pro rata', () => {
    // 2024 realised: benefits +200.000 (other streams nothing entered); 2025 budget: benefits 1.200.000 in / 1.200.000 out.
    const years = financeYears(2024, 2025, [entry(2024, 'benefits', 'realised', 1_200_000, 1_000_000), entry(2025, 'benefits', 'budget', 1_200_000, 1_200_000)], []);
    // October–December 2025 in the scenario: 330.000; January–September as entered: 1.200.000 × 9/12 = 900.000.
    const b = scenarioBudget([cost(2025, 3, 330_000)], years, { openingYear: 2024, openingBalanceCents: 100_000 }, euros);
    expect(b.years).toHaveLength(1);
    expect(b.years[0].streams[0]).toMatchObject({ incomeCents: 1_200_000, expenditureCents: 1_230_000, resultCents: -30_000 });
    // 100.000 + 200.000 (2024) = 300.000 at the start of 2025; −30.000 → 270.000.
    expect(b.years[0].reserve).toMatchObject({ openingCents: 300_000, closingCents: 270_000, exhausted: false });
    expect(b.years[0].warning).toBeNull();
    expect(b.notices).toEqual([
      'Voor 2025 zijn geen begroting en geen eerdere cijfers ingevoerd voor Re-integratie (participatiebudget) en Sociale werkvoorziening (Wsw); die tellen als nul.',
      'Het scenario beslaat 3 maanden van 2025; voor de andere maanden tellen de ingevoerde uitgaven voor uitkeringen naar rato.',
    ]);
  });

  it('rounds the months outside the scenario half up, and never lets SW expenditure go below zero', () => {
    const years = financeYears(2026, 2026, [entry(2026, 'benefits', 'budget', 0, 6), entry(2026, 'sheltered_employment', 'budget', 0, 100)], []);
    // 6 × 1/12 = 0.5 → 1 cent; 2 × 1/12 would be 0.17 → 0. Shrinkage of 150 on 100 entered: 0, not −50.
    const [y] = scenarioBudget([cost(2026, 11, 0, -150)], years, null, euros).years;
    expect(y.streams[0].expenditureCents).toBe(1);
    expect(y.streams[2].expenditureCents).toBe(0);
  });

  it('has no reserve path without a reserve, or before its opening year', () => {
    const none = scenarioBudget([cost(2026, 12, 0)], finance, null, euros);
    expect(none.years[0].reserve).toBeNull();
    expect(none.reserveSet).toBe(false);
    expect(none.notices).toContain('Er is geen stand van de reserve sociaal domein vastgelegd; het verloop van de reserve ontbreekt.');
    const later = scenarioBudget([cost(2026, 12, 0), cost(2027, 12, 0)], finance, { openingYear: 2027, openingBalanceCents: 5 }, euros);
    expect(later.years.map((y) => y.reserve?.openingCents ?? null)).toEqual([null, 5]);
    expect(later.notices).toContain('De reserve sociaal domein begint op 1 januari 2027; voor 2026 is er geen verloop.');
  });

  const scenario = fc.record({
    startMonth: fc.constantFrom('2025-01', '2025-07', '2026-12'), horizonMonths: fc.integer({ min: 1, max: 48 }),
    startCaseload: fc.integer({ min: 0, max: 5_000 }), inflowPerMonth: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
    outflowPctPerMonth: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
  });
  const money = fc.integer({ min: 0, max: 2_000_000_00 });
  const figures = fc.array(fc.tuple(fc.integer({ min: 2024, max: 2030 }), fc.constantFrom('benefits' as const, 'reintegration' as const, 'sheltered_employment' as const), money, money), { maxLength: 10 })
    .map((rows) => financeYears(2024, 2030, rows.map(([y, s, i, e]) => entry(y, s, 'budget', i, e)), []));

  it('property: a higher caseload never leaves a larger reserve, and the reserve follows the balances', () => {
    fc.assert(fc.property(scenario, fc.integer({ min: 0, max: 5_000 }), money, figures, fc.integer({ min: 1_00, max: 3_000_000 }), (s, extra, opening, finance, perHousehold) => {
      const costsOf = (inflow: number) => budgetEffect(projectCaseload({ ...s, inflowPerMonth: inflow }), { benefitCostPerHouseholdCents: perHousehold, shelteredCostPerPlaceCents: 0, shelteredPlaces: () => null })
        .map((y) => cost(y.year, y.months, y.benefitCostCents));
      const reserve = { openingYear: 2024, openingBalanceCents: opening };
      const low = scenarioBudget(costsOf(s.inflowPerMonth), finance, reserve, euros);
      const high = scenarioBudget(costsOf(s.inflowPerMonth + extra / 100), finance, reserve, euros);
      low.years.forEach((y, k) => {
        expect(high.years[k].reserve!.closingCents).toBeLessThanOrEqual(y.reserve!.closingCents);
        expect(high.years[k].reserve!.fromGeneralFundsCents).toBeGreaterThanOrEqual(y.reserve!.fromGeneralFundsCents);
        expect(y.balanceCents).toBe(y.incomeCents - y.expenditureCents);
        expect(y.reserve!.closingCents).toBe(Math.max(0, y.reserve!.openingCents + y.balanceCents));
      });
    }), { numRuns: 200 });
  });
});
