import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { requireTenant } from '../../../db/tenant.ts';
import type { Caller } from '../../residents/guard.ts';
import { visibleTo } from '../scope.ts';

// SQL of reported changes, with the benefit they belong to and its resident.

function incomeBase(db: Kysely<DB>, municipalityId: string) {
  return db.selectFrom('benefitIncomeReports as x').innerJoin('benefits as b', 'b.id', 'x.benefitId').innerJoin('residents as r', 'r.id', 'b.residentId')
    .selectAll('x').select(['b.residentId', 'b.situation as benefitSituation', 'r.teamId as residentTeamId', 'r.givenNames', 'r.surnamePrefix', 'r.surname'])
    .where('x.municipalityId', '=', requireTenant(municipalityId));
}
function householdBase(db: Kysely<DB>, municipalityId: string) {
  return db.selectFrom('benefitHouseholdReports as x').innerJoin('benefits as b', 'b.id', 'x.benefitId').innerJoin('residents as r', 'r.id', 'b.residentId')
    .selectAll('x').select(['b.residentId', 'b.situation as benefitSituation', 'r.teamId as residentTeamId', 'r.givenNames', 'r.surnamePrefix', 'r.surname'])
    .where('x.municipalityId', '=', requireTenant(municipalityId));
}

export const findIncomeReport = (db: Kysely<DB>, m: string, id: string) => incomeBase(db, m).where('x.id', '=', id).executeTakeFirst();
export const findHouseholdReport = (db: Kysely<DB>, m: string, id: string) => householdBase(db, m).where('x.id', '=', id).executeTakeFirst();
export type IncomeReportRow = NonNullable<Awaited<ReturnType<typeof findIncomeReport>>>;
export type HouseholdReportRow = NonNullable<Awaited<ReturnType<typeof findHouseholdReport>>>;

export interface ReportFilter { status?: string; benefitId?: string }

export async function listIncomeReports(c: Caller, f: ReportFilter): Promise<IncomeReportRow[]> {
  let q = incomeBase(c.db, c.actor.municipalityId).where(visibleTo(c));
  if (f.status) q = q.where('x.status', '=', f.status as 'received');
  if (f.benefitId) q = q.where('x.benefitId', '=', f.benefitId);
  return q.orderBy('x.reportedAt', 'desc').orderBy('x.id').limit(500).execute();
}

export async function listHouseholdReports(c: Caller, f: ReportFilter): Promise<HouseholdReportRow[]> {
  let q = householdBase(c.db, c.actor.municipalityId).where(visibleTo(c));
  if (f.status) q = q.where('x.status', '=', f.status as 'received');
  if (f.benefitId) q = q.where('x.benefitId', '=', f.benefitId);
  return q.orderBy('x.reportedAt', 'desc').orderBy('x.id').limit(500).execute();
}

/** Gifts reported (and processed) in earlier months of the same calendar year: they use up the yearly free amount. */
export async function giftsEarlierInYear(db: Kysely<DB>, municipalityId: string, benefitId: string, month: string): Promise<number> {
  const row = await db.selectFrom('benefitIncomeReports').select((eb) => eb.fn.coalesce(eb.fn.sum<number>('giftsCents'), eb.lit(0)).as('total'))
    .where('municipalityId', '=', requireTenant(municipalityId)).where('benefitId', '=', benefitId).where('status', '=', 'processed')
    .where('month', '>=', `${month.slice(0, 4)}-01`).where('month', '<', month).executeTakeFirstOrThrow();
  return Number(row.total);
}
