import { sql, type Kysely } from 'kysely';
import { requireTenant } from '../../../db/tenant.ts';
import type { DB } from '../../../db/types.ts';
import { contactBucketStarts } from '../../../rules/dashboards/contact.ts';

// SQL of the dashboards. Every query names the municipalities it counts (the caller's own, or those of the caller's
// region) and checks each id: a missing tenant never turns into a count over the whole country.
const tenants = (ids: readonly string[]) => {
  if (ids.length === 0) throw new Error('Dashboard zonder gemeente');
  return ids.map((id) => requireTenant(id));
};

export interface AreaMunicipality { id: string; code: string; name: string; cbsCode: string; inhabitants: number | null }

export async function municipalityWithRegion(db: Kysely<DB>, municipalityId: string) {
  return db.selectFrom('municipalities as m').leftJoin('regions as r', 'r.id', 'm.regionId')
    .select(['m.id', 'm.code', 'm.name', 'm.cbsCode', 'm.inhabitants', 'm.regionId', 'r.name as regionName'])
    .where('m.id', '=', requireTenant(municipalityId)).executeTakeFirstOrThrow();
}

export async function municipalitiesOfRegion(db: Kysely<DB>, regionId: string): Promise<AreaMunicipality[]> {
  return db.selectFrom('municipalities').select(['id', 'code', 'name', 'cbsCode', 'inhabitants'])
    .where('regionId', '=', regionId).orderBy('name').execute();
}

// ---- pre-aggregated counts -------------------------------------------------------------------------------------

/** The statements that rebuild one municipality's counts (migration 0016 lists the measures). */
function countStatements(m: string, today: string) {
  const starts = contactBucketStarts(today);
  const into = sql`INSERT INTO dashboard_counts (municipality_id, measure, key, bucket, month, n)`;
  const instrument = sql`coalesce((SELECT i.code FROM instruments i WHERE i.id = t.instrument_id), 'maatwerk')`;
  const placementActive = sql`start_date <= ${today} AND (end_date IS NULL OR end_date >= ${today}) AND status = 'active'`;
  return [
    sql`${into} SELECT ${m}::uuid, 'ladder_step', coalesce(ladder_step::text, 'none'), '', '', count(*)
      FROM residents WHERE municipality_id = ${m} GROUP BY ladder_step`,
    sql`${into} SELECT ${m}::uuid, 'target_group', code, '', '', count(DISTINCT resident_id)
      FROM resident_target_groups
      WHERE municipality_id = ${m} AND start_date <= ${today} AND (end_date IS NULL OR end_date >= ${today})
      GROUP BY code`,
    sql`${into} SELECT ${m}::uuid, 'contact', coalesce(contact_person_id::text, 'none'), b, '', count(*)
      FROM (SELECT contact_person_id, CASE
              WHEN last_contact_on IS NULL THEN 'never'
              WHEN last_contact_on >= ${starts.d0_30} THEN 'd0_30'
              WHEN last_contact_on >= ${starts.d31_90} THEN 'd31_90'
              WHEN last_contact_on >= ${starts.d91_180} THEN 'd91_180'
              ELSE 'd181_plus' END AS b
            FROM residents WHERE municipality_id = ${m}) AS x
      GROUP BY contact_person_id, b`,
    sql`${into} SELECT ${m}::uuid, 'contact_total', '', bucket, '', sum(n) FROM dashboard_counts
      WHERE municipality_id = ${m} AND measure = 'contact' GROUP BY bucket`,
    sql`${into} SELECT ${m}::uuid, 'benefit_active', '', '', '', count(*) FROM benefits
      WHERE municipality_id = ${m} AND start_date <= ${today} AND (end_date IS NULL OR end_date >= ${today}) HAVING count(*) > 0`,
    sql`${into} SELECT ${m}::uuid, 'benefit_inflow', '', '', to_char(start_date, 'YYYY-MM'), count(*) FROM benefits
      WHERE municipality_id = ${m} GROUP BY to_char(start_date, 'YYYY-MM')`,
    sql`${into} SELECT ${m}::uuid, 'benefit_outflow', coalesce(end_reason, 'unknown'), '', to_char(end_date, 'YYYY-MM'), count(*) FROM benefits
      WHERE municipality_id = ${m} AND end_date IS NOT NULL GROUP BY coalesce(end_reason, 'unknown'), to_char(end_date, 'YYYY-MM')`,
    sql`${into} SELECT ${m}::uuid, 'trajectory_started', k, '', mo, count(*)
      FROM (SELECT ${instrument} AS k, to_char(started_on, 'YYYY-MM') AS mo FROM trajectories t
            WHERE t.municipality_id = ${m} AND t.started_on IS NOT NULL AND t.status IN ('started', 'ended')) x GROUP BY k, mo`,
    sql`${into} SELECT ${m}::uuid, 'trajectory_ended', k, outcome, mo, count(*)
      FROM (SELECT ${instrument} AS k, t.outcome, to_char(t.ended_on, 'YYYY-MM') AS mo FROM trajectories t
            WHERE t.municipality_id = ${m} AND t.status = 'ended' AND t.ended_on IS NOT NULL) x GROUP BY k, outcome, mo`,
    sql`${into} SELECT ${m}::uuid, 'trajectory_running', k, '', '', count(*)
      FROM (SELECT ${instrument} AS k FROM trajectories t WHERE t.municipality_id = ${m} AND t.status = 'started') x GROUP BY k`,
    sql`${into} SELECT ${m}::uuid, 'placement_started', kind, '', to_char(start_date, 'YYYY-MM'), count(*) FROM placements
      WHERE municipality_id = ${m} GROUP BY kind, to_char(start_date, 'YYYY-MM')`,
    sql`${into} SELECT ${m}::uuid, 'placement_ended', kind, '', to_char(end_date, 'YYYY-MM'), count(*) FROM placements
      WHERE municipality_id = ${m} AND status = 'ended' GROUP BY kind, to_char(end_date, 'YYYY-MM')`,
    sql`${into} SELECT ${m}::uuid, 'placement_active', kind, '', '', count(*) FROM placements
      WHERE municipality_id = ${m} AND ${placementActive} GROUP BY kind`,
    sql`${into} SELECT ${m}::uuid, 'placement_subsidy', kind, '', '', count(*) FROM placements
      WHERE municipality_id = ${m} AND ${placementActive} AND wage_cost_subsidy GROUP BY kind`,
  ];
}

/**
 * Rebuilds the counts of one municipality for `today`, in one transaction. The refresh row is locked first, so two
 * refreshes of one municipality run one after another (the second finds the work done and returns, unless forced).
 */
export async function refreshCounts(db: Kysely<DB>, municipalityId: string, today: string, options: { force?: boolean } = {}): Promise<boolean> {
  const m = requireTenant(municipalityId);
  return db.transaction().execute(async (tx) => {
    await tx.insertInto('dashboardRefreshes').values({ municipalityId: m, refreshedOn: '1900-01-01', refreshedAt: new Date(0), durationMs: 0 })
      .onConflict((oc) => oc.column('municipalityId').doNothing()).execute();
    const current = await tx.selectFrom('dashboardRefreshes').select('refreshedOn').where('municipalityId', '=', m).forUpdate().executeTakeFirstOrThrow();
    if (!options.force && current.refreshedOn === today) return false;
    const started = performance.now();
    await tx.deleteFrom('dashboardCounts').where('municipalityId', '=', m).execute();
    for (const statement of countStatements(m, today)) await statement.execute(tx);
    await tx.updateTable('dashboardRefreshes')
      .set({ refreshedOn: today, refreshedAt: new Date(), durationMs: Math.round(performance.now() - started) })
      .where('municipalityId', '=', m).execute();
    return true;
  });
}

/**
 * Refreshes the municipalities without counts, or whose counts are older than `maxAgeMs` — and with `requireToday`
 * also those counted on an earlier day. Returns how many it refreshed.
 */
export async function ensureFresh(db: Kysely<DB>, ids: readonly string[], today: string, o: { maxAgeMs: number; requireToday: boolean }): Promise<number> {
  const rows = await db.selectFrom('dashboardRefreshes').select(['municipalityId', 'refreshedOn', 'refreshedAt'])
    .where('municipalityId', 'in', tenants(ids)).execute();
  const fresh = new Set(rows.filter((r) => (!o.requireToday || r.refreshedOn === today) && Date.now() - new Date(r.refreshedAt).getTime() < o.maxAgeMs)
    .map((r) => r.municipalityId));
  let refreshed = 0;
  for (const id of ids) {
    if (fresh.has(id)) continue;
    if (await refreshCounts(db, id, today, { force: true })) refreshed++;
  }
  return refreshed;
}

/** When the oldest counts of the municipalities were made, and the day they are about. */
export async function refreshState(db: Kysely<DB>, ids: readonly string[]): Promise<{ at: Date | null; on: string | null }> {
  const row = await db.selectFrom('dashboardRefreshes')
    .select((eb) => [eb.fn.min('refreshedAt').as('at'), eb.fn.min('refreshedOn').as('on')])
    .where('municipalityId', 'in', tenants(ids)).executeTakeFirst();
  return { at: row?.at ? new Date(row.at as Date) : null, on: (row?.on as string | null | undefined) ?? null };
}

export interface CountRow { municipalityId: string | null; measure: string; key: string; bucket: string; month: string; n: number }

/**
 * The counts of the municipalities for the measures asked, flows only for the months fromMonth … toMonth, added up over
 * the municipalities in SQL — except the measures in `perMunicipality`, which keep their municipality.
 */
export async function counts(db: Kysely<DB>, ids: readonly string[], measures: readonly string[], fromMonth: string, toMonth: string, perMunicipality: readonly string[] = []): Promise<CountRow[]> {
  if (measures.length === 0) return [];
  const municipality = perMunicipality.length
    // literals, not parameters: the same expression must appear in SELECT and GROUP BY (measure names come from code)
    ? sql<string | null>`CASE WHEN measure IN (${sql.join(perMunicipality.map((m) => sql.lit(m)))}) THEN municipality_id END`
    : sql<string | null>`NULL::uuid`;
  const rows = await db.selectFrom('dashboardCounts')
    .select([municipality.as('municipalityId'), 'measure', 'key', 'bucket', 'month']).select((eb) => eb.fn.sum<number>('n').as('n'))
    .where('municipalityId', 'in', tenants(ids)).where('measure', 'in', [...measures])
    .where((eb) => eb.or([eb('month', '=', ''), eb.and([eb('month', '>=', fromMonth), eb('month', '<=', toMonth)])]))
    .groupBy([municipality, 'measure', 'key', 'bucket', 'month'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** Sheltered-work targets of a year, and the sheltered placements running on a day, of several municipalities at once. */
export async function shelteredFacts(db: Kysely<DB>, ids: readonly string[], year: number, day: string) {
  const [targets, placements] = await Promise.all([
    db.selectFrom('shelteredWorkTargets').select(['municipalityId', 'targetHoursPerWeek', 'hoursPerPlacement', 'growthRatePct'])
      .where('municipalityId', 'in', tenants(ids)).where('year', '=', year).execute(),
    db.selectFrom('placements').select(['municipalityId', 'residentId', 'contractHoursPerWeek', 'startDate', 'endDate'])
      .where('municipalityId', 'in', tenants(ids)).where('kind', '=', 'sheltered_work')
      .where('startDate', '<=', day).where((eb) => eb.or([eb('endDate', 'is', null), eb('endDate', '>=', day)])).execute(),
  ]);
  return {
    targets: new Map(targets.map((t) => [t.municipalityId, { targetHoursPerWeek: Number(t.targetHoursPerWeek), hoursPerPlacement: Number(t.hoursPerPlacement), growthRatePct: Number(t.growthRatePct) }])),
    placements: placements.map((p) => ({ ...p, contractHoursPerWeek: Number(p.contractHoursPerWeek) })),
  };
}

/** Names of the instrument codes in the counts (the first name per code in the area). */
export async function instrumentNames(db: Kysely<DB>, ids: readonly string[]) {
  const rows = await db.selectFrom('instruments').select(['code', 'name']).where('municipalityId', 'in', tenants(ids)).orderBy('code').orderBy('name').execute();
  const out = new Map<string, string>();
  for (const r of rows) if (!out.has(r.code)) out.set(r.code, r.name);
  return out;
}

/** Names and teams of the contact persons in the counts. */
export async function consultantsByIds(db: Kysely<DB>, municipalityId: string, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db.selectFrom('users as u').leftJoin('teams as t', 't.id', 'u.teamId')
    .select(['u.id', 'u.displayName', 'u.teamId', 't.name as teamName'])
    .where('u.municipalityId', '=', requireTenant(municipalityId)).where('u.id', 'in', userIds).execute();
}

// ---- reference figures ---------------------------------------------------------------------------------------------

export type ReferenceKind = 'inhabitants' | 'national_benefits_per_1000';

/** The figure of each municipality valid on `day` (the latest valid_from on or before it). */
export async function referenceFiguresOn(db: Kysely<DB>, ids: readonly string[], kind: ReferenceKind, day: string) {
  const rows = await db.selectFrom('dashboardReferenceFigures').select(['municipalityId', 'value', 'validFrom', 'source'])
    .where('municipalityId', 'in', tenants(ids)).where('kind', '=', kind).where('validFrom', '<=', day)
    .orderBy('validFrom', 'desc').execute();
  const out = new Map<string, { value: number; validFrom: string; source: string }>();
  for (const r of rows) if (!out.has(r.municipalityId)) out.set(r.municipalityId, { value: Number(r.value), validFrom: r.validFrom, source: r.source });
  return out;
}

export async function referenceFigureHistory(db: Kysely<DB>, municipalityId: string) {
  return db.selectFrom('dashboardReferenceFigures as f').leftJoin('users as u', 'u.id', 'f.recordedBy')
    .select(['f.id', 'f.kind', 'f.validFrom', 'f.value', 'f.source', 'f.recordedAt', 'u.displayName as recordedBy'])
    .where('f.municipalityId', '=', requireTenant(municipalityId)).orderBy('f.kind').orderBy('f.validFrom', 'desc').execute();
}

export async function insertReferenceFigure(db: Kysely<DB>, row: { municipalityId: string; kind: ReferenceKind; validFrom: string; value: number; source: string; recordedBy: string | null }) {
  const m = requireTenant(row.municipalityId);
  const inserted = await db.insertInto('dashboardReferenceFigures').values({ ...row, municipalityId: m })
    .onConflict((oc) => oc.columns(['municipalityId', 'kind', 'validFrom']).doNothing()).returning('id').executeTakeFirst();
  return inserted?.id ?? null;
}

/** municipalities.inhabitants follows the newest inhabitants figure. */
export async function syncInhabitants(db: Kysely<DB>, municipalityId: string) {
  const m = requireTenant(municipalityId);
  const latest = await db.selectFrom('dashboardReferenceFigures').select('value')
    .where('municipalityId', '=', m).where('kind', '=', 'inhabitants').orderBy('validFrom', 'desc').limit(1).executeTakeFirst();
  if (latest) await db.updateTable('municipalities').set({ inhabitants: Number(latest.value) }).where('id', '=', m).execute();
}
