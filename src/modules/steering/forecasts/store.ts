import type { Kysely, Selectable } from 'kysely';
import { requireTenant } from '../../../db/tenant.ts';
import type { DB, ForecastScenariosTable } from '../../../db/types.ts';
import type { SetTarget } from '../../../rules/forecast/budget.ts';

// Forecast scenarios and the sheltered-work targets they read. Every query is tenant-filtered.
const columns = [
  'id', 'name', 'description', 'startMonth', 'horizonMonths', 'startCaseload', 'inflowPerMonth', 'outflowPctPerMonth',
  'benefitCostPerHouseholdCents', 'benefitCostSource', 'shelteredGrowthPct', 'shelteredCostPerPlaceCents', 'shelteredCostSource', 'version',
] as const;
export type ScenarioRow = Pick<Selectable<ForecastScenariosTable>, (typeof columns)[number]>;

const numbers = (r: ScenarioRow): ScenarioRow => ({
  ...r, inflowPerMonth: Number(r.inflowPerMonth), outflowPctPerMonth: Number(r.outflowPctPerMonth), shelteredGrowthPct: Number(r.shelteredGrowthPct),
  benefitCostPerHouseholdCents: Number(r.benefitCostPerHouseholdCents), shelteredCostPerPlaceCents: Number(r.shelteredCostPerPlaceCents),
});

export async function listScenarios(db: Kysely<DB>, municipalityId: string): Promise<ScenarioRow[]> {
  const rows = await db.selectFrom('forecastScenarios').select(columns).where('municipalityId', '=', requireTenant(municipalityId))
    .orderBy('startMonth').orderBy('name').execute();
  return rows.map(numbers);
}

/** The scenarios with these ids in the municipality; a foreign or unknown id is simply not returned. */
export async function scenariosByIds(db: Kysely<DB>, municipalityId: string, ids: readonly string[]): Promise<ScenarioRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('forecastScenarios').select(columns)
    .where('municipalityId', '=', requireTenant(municipalityId)).where('id', 'in', ids).execute();
  return rows.map(numbers);
}

/** The sheltered-work targets the municipality has set (helper table of issue 5, migration 0009). */
export async function shelteredTargets(db: Kysely<DB>, municipalityId: string): Promise<SetTarget[]> {
  const rows = await db.selectFrom('shelteredWorkTargets').select(['year', 'targetHoursPerWeek', 'hoursPerPlacement'])
    .where('municipalityId', '=', requireTenant(municipalityId)).orderBy('year').execute();
  return rows.map((r) => ({ year: r.year, targetHoursPerWeek: Number(r.targetHoursPerWeek), hoursPerPlacement: Number(r.hoursPerPlacement) }));
}
