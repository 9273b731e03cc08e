import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import { requireTenant } from '../../../db/tenant.ts';
import type { DB } from '../../../db/types.ts';
import { streamLabels } from '../../../rules/finance/streams.ts';
import { budgetEffect, shelteredPlacesFor, type SetTarget } from '../../../rules/forecast/budget.ts';
import { addMonths, projectCaseload } from '../../../rules/forecast/caseload.ts';
import { scenarioBudget, type ReserveOpening } from '../../../rules/forecast/reserve.ts';
import type { FinanceYear } from '../../../rules/finance/table.ts';
import { euros } from '../../../rules/trajectory.ts';
import { staleVersion } from '../../../server/etag.ts';
import { HttpProblem, notFound } from '../../../server/problem.ts';
import { appendAuditEvent, type AuditContext } from '../../access/audit/store.ts';
import { financeYearsUpTo } from '../finance/service.ts';
import type { comparisonSchema, scenarioChange, scenarioInput, ScenarioView } from './schema.ts';
import { listScenarios, scenariosByIds, shelteredTargets, type ScenarioRow } from './store.ts';

export const FORECAST_PURPOSE = 'Prognose van het aantal uitkeringen en de begroting';
const missing = () => notFound('Dit scenario bestaat niet of u heeft er geen toegang toe.');
const pct = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
/** [2020, 2021, 2022] → "2020, 2021 en 2022". */
const listed = (items: number[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);

const endMonthOf = (s: ScenarioRow) => addMonths(s.startMonth, s.horizonMonths - 1);

/** The finance table and the reserve a scenario is put against. */
export interface FinanceContext { years: readonly FinanceYear[]; reserve: ReserveOpening | null }

/**
 * A scenario with its months, its years and the budget effect; notices say where the sheltered target comes from.
 * `budget`: the scenario against the entered figures and through the reserve (src/rules/forecast/reserve.ts).
 */
export function project(s: ScenarioRow, targets: readonly SetTarget[], finance: FinanceContext): ScenarioView {
  const months = projectCaseload(s);
  const shelteredPlaces = (year: number) => shelteredPlacesFor(year, targets, s.shelteredGrowthPct);
  const years = budgetEffect(months, { ...s, shelteredPlaces });
  // The same sheltered cost at the last set target (no growth): what the entered SW budget is taken to hold.
  const flat = budgetEffect(months, { ...s, shelteredPlaces: (year: number) => shelteredPlacesFor(year, targets, 0) });
  const budget = scenarioBudget(years.map((y, k) => ({
    year: y.year, months: y.months, benefitCostCents: y.benefitCostCents, shelteredGrowthCents: y.shelteredCostCents - flat[k].shelteredCostCents,
  })), finance.years, finance.reserve, euros);
  const unknown = years.filter((y) => y.shelteredPlacements === null).map((y) => y.year);
  const projected = years.filter((y) => y.shelteredProjected).map((y) => y.year);
  const notices = [
    ...(unknown.length ? [`Voor ${listed(unknown)} is geen taakstelling beschut werk vastgelegd; beschut werk telt daar niet mee.`] : []),
    ...(projected.length ? [`De taakstelling beschut werk voor ${listed(projected)} is doorgerekend vanaf de laatst vastgelegde taakstelling met ${pct(s.shelteredGrowthPct)}% groei per jaar.`] : []),
  ];
  return { ...s, endMonth: endMonthOf(s), endCaseload: months.at(-1)!.caseload, months, years, notices, budget: presentBudget(budget) };
}

function presentBudget(b: ReturnType<typeof scenarioBudget>): ScenarioView['budget'] {
  return {
    ...b,
    years: b.years.map((y) => ({
      ...y, streams: y.streams.map((l) => ({ ...l, label: streamLabels[l.stream] })),
      reserve: y.reserve && { openingCents: y.reserve.openingCents, closingCents: y.reserve.closingCents, fromReserveCents: y.reserve.fromReserveCents,
        fromGeneralFundsCents: y.reserve.fromGeneralFundsCents, shelteredFence: y.reserve.shelteredFence, exhausted: y.reserve.exhausted },
    })),
  };
}

async function financeFor(db: Kysely<DB>, municipalityId: string, rows: readonly ScenarioRow[]): Promise<FinanceContext> {
  const to = Math.max(...rows.map((r) => Number(endMonthOf(r).slice(0, 4))));
  return financeYearsUpTo(db, municipalityId, to);
}

export async function list(db: Kysely<DB>, municipalityId: string) {
  const rows = await listScenarios(db, municipalityId);
  return { items: rows.map((s) => ({ ...s, endMonth: endMonthOf(s), endCaseload: projectCaseload(s).at(-1)!.caseload })) };
}

export async function read(db: Kysely<DB>, municipalityId: string, id: string): Promise<ScenarioView> {
  const [row] = await scenariosByIds(db, municipalityId, [id]);
  if (!row) throw missing();
  const [targets, finance] = await Promise.all([shelteredTargets(db, municipalityId), financeFor(db, municipalityId, [row])]);
  return project(row, targets, finance);
}

/** The name is unique per municipality (database constraint): a clash answers 409 in Dutch. */
async function uniqueName<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw new HttpProblem(409, 'Naam al in gebruik', 'Er is al een scenario met deze naam. Kies een andere naam.');
    throw error;
  }
}

export async function create(db: Kysely<DB>, ctx: AuditContext, input: z.output<typeof scenarioInput>): Promise<ScenarioView> {
  const m = requireTenant(ctx.municipalityId);
  const id = await db.transaction().execute(async (tx) => {
    const row = await uniqueName(tx.insertInto('forecastScenarios').values({ ...input, municipalityId: m, createdBy: ctx.actorUserId, updatedBy: ctx.actorUserId })
      .returning('id').executeTakeFirstOrThrow());
    await appendAuditEvent(tx, ctx, { action: 'forecast.create', result: 'success', objectType: 'forecast_scenario', objectId: row.id, purpose: FORECAST_PURPOSE });
    return row.id;
  });
  return read(db, m, id);
}

/** Changes a scenario; the version is compared after the lookup, so a foreign or unknown id answers 404, never 412. */
export async function update(db: Kysely<DB>, ctx: AuditContext, id: string, version: number, patch: z.output<typeof scenarioChange>): Promise<ScenarioView> {
  const m = requireTenant(ctx.municipalityId);
  await db.transaction().execute(async (tx) => {
    const current = await tx.selectFrom('forecastScenarios').select('version').where('municipalityId', '=', m).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!current) throw missing();
    if (current.version !== version) throw staleVersion();
    await uniqueName(tx.updateTable('forecastScenarios').set({ ...patch, updatedBy: ctx.actorUserId, updatedAt: new Date(), version: sql`version + 1` })
      .where('municipalityId', '=', m).where('id', '=', id).execute());
    await appendAuditEvent(tx, ctx, { action: 'forecast.update', result: 'success', objectType: 'forecast_scenario', objectId: id, purpose: FORECAST_PURPOSE });
  });
  return read(db, m, id);
}

/** Scenarios side by side: their months and years aligned, in the order asked. Any id not in the municipality: 404. */
export async function compare(db: Kysely<DB>, municipalityId: string, ids: readonly string[]): Promise<z.output<typeof comparisonSchema>> {
  const unique = [...new Set(ids)];
  const rows = await scenariosByIds(db, municipalityId, unique);
  if (rows.length !== unique.length) throw missing();
  const [targets, finance] = await Promise.all([shelteredTargets(db, municipalityId), financeFor(db, municipalityId, rows)]);
  const scenarios = unique.map((id) => project(rows.find((r) => r.id === id)!, targets, finance));
  const monthKeys = [...new Set(scenarios.flatMap((s) => s.months.map((m) => m.month)))].sort();
  const yearKeys = [...new Set(scenarios.flatMap((s) => s.years.map((y) => y.year)))].sort();
  const yearOf = (s: ScenarioView, year: number) => s.years.find((y) => y.year === year);
  const column = <K extends keyof ScenarioView['years'][number]>(year: number, key: K) => scenarios.map((s) => (yearOf(s, year)?.[key] ?? null) as ScenarioView['years'][number][K] | null);
  type BudgetYearView = ScenarioView['budget']['years'][number];
  const budgetColumn = <T>(year: number, pick: (y: BudgetYearView) => T | null) =>
    scenarios.map((s) => { const y = s.budget.years.find((b) => b.year === year); return y ? pick(y) : null; });
  return {
    scenarios,
    months: monthKeys.map((month) => ({ month, caseload: scenarios.map((s) => s.months.find((m) => m.month === month)?.caseload ?? null) })),
    years: yearKeys.map((year) => ({
      year, averageCaseload: column(year, 'averageCaseload'), endCaseload: column(year, 'endCaseload'),
      benefitCostCents: column(year, 'benefitCostCents'), shelteredCostCents: column(year, 'shelteredCostCents'), totalCents: column(year, 'totalCents'),
      incomeCents: budgetColumn(year, (y) => y.incomeCents), expenditureCents: budgetColumn(year, (y) => y.expenditureCents),
      balanceCents: budgetColumn(year, (y) => y.balanceCents), reserveClosingCents: budgetColumn(year, (y) => y.reserve?.closingCents ?? null),
      warning: budgetColumn(year, (y) => y.warning),
    })),
  };
}
