import { sql, type Kysely } from 'kysely';
import { requireTenant } from '../../../db/tenant.ts';
import type { DB } from '../../../db/types.ts';
import type { SupplyFacts } from '../../../rules/supply-need.ts';

/** The facts for the supply-and-need report of one municipality for one year. */
export async function supplyFacts(db: Kysely<DB>, municipalityId: string, year: number, today: string): Promise<SupplyFacts> {
  const m = requireTenant(municipalityId);
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const active = <T extends { activeFrom: string; activeUntil: string | null }>(r: T) => r.activeFrom <= yearEnd && (r.activeUntil === null || r.activeUntil >= yearStart);
  const [instruments, offers, barriers, goals, groups, trajectories] = await Promise.all([
    db.selectFrom('instruments').select(['id', 'code', 'name', 'needs', 'targetGroups', 'activeFrom', 'activeUntil']).where('municipalityId', '=', m).orderBy('name').execute(),
    db.selectFrom('instrumentOffers').select(['instrumentId', 'capacity', 'capacityPeriod', 'expectedWaitDays', 'activeFrom', 'activeUntil']).where('municipalityId', '=', m).execute(),
    db.selectFrom('barriers').select(['residentId', 'category as need']).where('municipalityId', '=', m).where('resolvedOn', 'is', null).execute(),
    db.selectFrom('planGoals').select(['residentId', 'need']).where('municipalityId', '=', m).where('status', '=', 'open').where('need', 'is not', null).execute(),
    db.selectFrom('residentTargetGroups').select(['residentId', 'code']).where('municipalityId', '=', m)
      .where((eb) => eb.or([eb('endDate', 'is', null), eb('endDate', '>=', today)])).execute(),
    db.selectFrom('trajectories').select(['residentId', 'instrumentId', 'status']).where('municipalityId', '=', m)
      .where('status', 'in', ['proposed', 'approved', 'started']).where(sql<boolean>`planned_start_on <= ${yearEnd}`).execute(),
  ]);
  return {
    instruments: instruments.filter(active).map((i) => ({
      id: i.id, code: i.code, name: i.name, needs: i.needs, targetGroups: i.targetGroups,
      offers: offers.filter((o) => o.instrumentId === i.id && active(o)).map((o) => ({ capacity: o.capacity, capacityPeriod: o.capacityPeriod, expectedWaitDays: o.expectedWaitDays })),
    })),
    needs: [...barriers, ...goals.map((g) => ({ residentId: g.residentId, need: g.need! }))],
    targetGroups: groups,
    trajectories: trajectories.map((t) => ({ ...t, status: t.status as 'proposed' | 'approved' | 'started' })),
  };
}
