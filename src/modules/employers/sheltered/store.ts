import { sql, type Kysely } from 'kysely';
import { requireTenant } from '../../../db/tenant.ts';
import type { DB } from '../../../db/types.ts';
import type { ShelteredPlacementFact } from '../../../rules/sheltered-work.ts';

export async function targetOf(db: Kysely<DB>, municipalityId: string, year: number) {
  const row = await db.selectFrom('shelteredWorkTargets').selectAll()
    .where('municipalityId', '=', requireTenant(municipalityId)).where('year', '=', year).executeTakeFirst();
  return row && {
    ...row, targetHoursPerWeek: Number(row.targetHoursPerWeek), hoursPerPlacement: Number(row.hoursPerPlacement), growthRatePct: Number(row.growthRatePct),
  };
}

export async function targetsBetween(db: Kysely<DB>, municipalityId: string, from: number, to: number) {
  const rows = await db.selectFrom('shelteredWorkTargets').select(['year', 'targetHoursPerWeek'])
    .where('municipalityId', '=', requireTenant(municipalityId)).where('year', '>=', from).where('year', '<=', to).execute();
  return new Map(rows.map((r) => [r.year, Number(r.targetHoursPerWeek)]));
}

/** Sheltered placements of the municipality active on a day (started, not ended). */
export async function shelteredPlacementsOn(db: Kysely<DB>, municipalityId: string, day: string): Promise<ShelteredPlacementFact[]> {
  const rows = await db.selectFrom('placements').select(['residentId', 'contractHoursPerWeek', 'startDate', 'endDate'])
    .where('municipalityId', '=', requireTenant(municipalityId)).where('kind', '=', 'sheltered_work')
    .where('startDate', '<=', day).where((eb) => eb.or([eb('endDate', 'is', null), eb('endDate', '>=', day)])).execute();
  return rows.map((r) => ({ ...r, contractHoursPerWeek: Number(r.contractHoursPerWeek) }));
}

/**
 * Wachtlijst nieuw beschut werk on a day: residents whose target group nieuw beschut werk runs on that day and whose
 * UWV indication is dated by then, without a sheltered placement active that day; longest waiting first. The
 * indication date is details.uwvIndicationDate (src/modules/residents/dossier/target-groups.ts); rows written
 * without it (older generators) fall back to the start of the target group.
 */
export async function waitingListOn(db: Kysely<DB>, municipalityId: string, day: string) {
  const m = requireTenant(municipalityId);
  const indication = sql<string>`coalesce(g.details->>'uwvIndicationDate', to_char(g.start_date, 'YYYY-MM-DD'))`;
  const rows = await db.selectFrom('residentTargetGroups as g').innerJoin('residents as r', 'r.id', 'g.residentId')
    .select(['r.id', 'r.givenNames', 'r.surnamePrefix', 'r.surname', 'r.teamId', 'r.contactPersonId', indication.as('indicationDate')])
    .select((eb) => eb.selectFrom('placements as p').select((e) => e.fn.min('p.startDate').as('d'))
      .whereRef('p.residentId', '=', 'r.id').where('p.municipalityId', '=', m).where('p.kind', '=', 'sheltered_work').where('p.startDate', '>', day)
      .as('plannedStartDate'))
    .where('g.municipalityId', '=', m).where('r.municipalityId', '=', m).where('g.code', '=', 'nieuw_beschut')
    .where('g.startDate', '<=', day).where((eb) => eb.or([eb('g.endDate', 'is', null), eb('g.endDate', '>=', day)]))
    .where(indication, '<=', day)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('placements as p').select('p.id')
      .whereRef('p.residentId', '=', 'r.id').where('p.municipalityId', '=', m).where('p.kind', '=', 'sheltered_work')
      .where('p.startDate', '<=', day).where((eb) => eb.or([eb('p.endDate', 'is', null), eb('p.endDate', '>=', day)])))))
    .orderBy(indication).orderBy('r.id').execute();
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.id) && seen.add(r.id)).map((r) => ({ ...r, plannedStartDate: (r.plannedStartDate as string | null) ?? null }));
}
