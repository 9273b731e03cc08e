import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { reportFigureIds, type ForecastSummary, type ReportFigures, type ShelteredPlan } from '../../../rules/reports/figures.ts';
import type { Narrative } from '../../../rules/reports/narrative.ts';
import { financeYearOf, flowMonths, type ReportKind } from '../../../rules/reports/periods.ts';
import { shelteredForecast } from '../../../rules/sheltered-work.ts';
import type { Actor } from '../../access/roles.ts';
import { targetOf } from '../../employers/sheltered/store.ts';
import { positionOf } from '../../provisions/trajectories/service.ts';
import { allGroups, buildDashboard } from '../dashboards/service.ts';
import { financeTable } from '../finance/service.ts';
import { read as readScenario } from '../forecasts/service.ts';
import { shelteredTargets } from '../forecasts/store.ts';

// The live figures of a council report, read through the services that own them (dashboards, finance, the
// re-integration budget, the sheltered-work target, forecasts) — never their tables directly.

/**
 * Counts are built as for a policy analyst whoever asks: a council report is public-facing and aggregates only, so a
 * team lead or administrator reading a draft sees the same suppressed numbers that will be published.
 */
const reportReader = (municipalityId: string): Actor => ({
  userId: '', username: '', displayName: '', role: 'policy_analyst', municipalityId, organisationId: '', teamId: null, residentId: null,
});

/** The sheltered-work target of the plan year: as set, or grown from the latest earlier target at its own rate. */
async function shelteredPlanOf(db: Kysely<DB>, municipalityId: string, year: number): Promise<ShelteredPlan> {
  const set = await targetOf(db, municipalityId, year);
  if (set) {
    const [row] = shelteredForecast(year, set, 0);
    return { year, targetHoursPerWeek: row.targetHoursPerWeek, targetPlacements: row.targetPlacements, projected: false, note: set.source ? `Bron: ${set.source}.` : '' };
  }
  const base = (await shelteredTargets(db, municipalityId)).filter((t) => t.year < year).at(-1);
  if (!base) return { year, targetHoursPerWeek: null, targetPlacements: null, projected: false, note: `Voor ${year} is geen taakstelling beschut werk vastgelegd.` };
  const growth = (await targetOf(db, municipalityId, base.year))!.growthRatePct;
  const row = shelteredForecast(base.year, { ...base, growthRatePct: growth }, year - base.year).at(-1)!;
  return {
    year, targetHoursPerWeek: row.targetHoursPerWeek, targetPlacements: row.targetPlacements, projected: true,
    note: `Doorgerekend vanaf de taakstelling ${base.year} met ${growth.toLocaleString('nl-NL')}% groei per jaar; nog niet vastgesteld.`,
  };
}

async function forecastOf(db: Kysely<DB>, municipalityId: string, scenarioId: string | null, year: number): Promise<ForecastSummary | null> {
  if (!scenarioId) return null;
  const scenario = await readScenario(db, municipalityId, scenarioId).catch(() => null);
  if (!scenario) return null;  // the scenario was removed or never ours: the plan shows no forecast
  const y = scenario.years.find((x) => x.year === year);
  if (!y) {
    return { scenarioName: scenario.name, year, endCaseload: 0, averageCaseload: 0, benefitCostCents: 0, shelteredPlacements: null, shelteredCostCents: 0,
      notices: [`Het scenario loopt van ${scenario.startMonth} tot en met ${scenario.endMonth} en rekent niet door tot in ${year}.`] };
  }
  return {
    scenarioName: scenario.name, year, endCaseload: y.endCaseload, averageCaseload: y.averageCaseload, benefitCostCents: y.benefitCostCents,
    shelteredPlacements: y.shelteredPlacements, shelteredCostCents: y.shelteredCostCents, notices: scenario.notices,
  };
}

export async function liveFigures(db: Kysely<DB>, municipalityId: string, kind: ReportKind, period: string, narrative: Narrative, today: string): Promise<ReportFigures> {
  const year = financeYearOf(kind, period);
  const months = flowMonths(kind, period, today);
  const groups = allGroups.filter((g) => g !== 'contact');
  const [dashboard, finance, budget, shelteredPlan, forecast] = await Promise.all([
    buildDashboard(db, reportReader(municipalityId), { area: 'municipality', ...months, today, groups }),
    financeTable(db, municipalityId, { from: year, to: year }, today),
    positionOf(db, municipalityId, year),
    kind === 'execution_plan' ? shelteredPlanOf(db, municipalityId, year) : Promise.resolve(null),
    kind === 'execution_plan' ? forecastOf(db, municipalityId, narrative.forecastScenarioId, year) : Promise.resolve(null),
  ]);
  const fin = finance.years[0];
  return {
    day: dashboard.day, months, suppressedBelow: dashboard.suppressedBelow,
    dashboard: reportFigureIds.map((id) => dashboard.figures.find((f) => f.id === id)).filter((f) => f !== undefined),
    finance: {
      year, basisLabel: fin.basisLabel,
      streams: fin.streams.map((s) => ({ label: s.label, incomeCents: s.incomeCents, expenditureCents: s.expenditureCents, resultCents: s.resultCents })),
      incomeCents: fin.incomeCents, expenditureCents: fin.expenditureCents, balanceCents: fin.balanceCents,
      reserve: fin.reserve && { openingCents: fin.reserve.openingCents, closingCents: fin.reserve.closingCents, fromReserveCents: fin.reserve.fromReserveCents, fromGeneralFundsCents: fin.reserve.fromGeneralFundsCents },
      warning: fin.warning, notices: fin.notices,
    },
    budget: { year, set: budget.budgetSet, ...budget.position },
    shelteredPlan, forecast,
  };
}
