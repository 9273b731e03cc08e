import { sql, type Kysely } from 'kysely';
import { requireTenant } from '../../../db/tenant.ts';
import type { BenefitSituation, DB } from '../../../db/types.ts';
import type { BusBenefit } from './bus.ts';
import type { SrgItem } from './srg.ts';

/** An end after the month is not known to the month: it is reported in the month it happens. */
const endIn = (end: string | null, last: string) => (end !== null && end <= last ? end : null);

/** Benefits of the municipality that ran on at least one day of the month, with BSNs; by start date. */
export async function benefitsInMonth(db: Kysely<DB>, municipalityId: string, first: string, last: string): Promise<(BusBenefit & { residentIds: string[] })[]> {
  const m = requireTenant(municipalityId);
  const rows = await db.selectFrom('benefits as b').innerJoin('residents as r', 'r.id', 'b.residentId')
    .leftJoin('residents as p', 'p.id', 'b.partnerResidentId')
    .select(['b.id', 'b.residentId', 'b.partnerResidentId', 'b.startDate', 'b.endDate', 'b.endReason', 'b.situation', 'r.bsn', 'p.bsn as partnerBsn'])
    .where('b.municipalityId', '=', m).where('r.municipalityId', '=', m)
    .where('b.startDate', '<=', last).where((eb) => eb.or([eb('b.endDate', 'is', null), eb('b.endDate', '>=', first)]))
    .orderBy('b.startDate').orderBy('b.id').execute();
  return rows.map((b) => {
    const situation = b.situation as BenefitSituation;
    const endDate = endIn(b.endDate, last);
    return {
      id: b.id, bsn: b.bsn, partnerBsn: b.partnerBsn ?? null, startDate: b.startDate, endDate, endReason: endDate ? b.endReason : null,
      hasPartner: b.partnerResidentId !== null || situation?.partner != null, children: situation?.children?.length ?? 0,
      residentIds: [b.residentId, ...(b.partnerResidentId ? [b.partnerResidentId] : [])],
    };
  });
}

/** Trajectories and provision-carrying placements that ran in the month, with BSNs and whether a benefit ran too. */
export async function provisionsInMonth(db: Kysely<DB>, municipalityId: string, first: string, last: string): Promise<(SrgItem & { residentId: string })[]> {
  const m = requireTenant(municipalityId);
  const withBenefit = (residentColumn: string) => sql<boolean>`EXISTS (SELECT 1 FROM benefits b WHERE b.municipality_id = ${m}
    AND (b.resident_id = ${sql.ref(residentColumn)} OR b.partner_resident_id = ${sql.ref(residentColumn)})
    AND b.start_date <= ${last} AND (b.end_date IS NULL OR b.end_date >= ${first}))`;
  const [trajectories, placements] = await Promise.all([
    db.selectFrom('trajectories as t').innerJoin('residents as r', 'r.id', 't.residentId').leftJoin('instruments as i', 'i.id', 't.instrumentId')
      .select(['t.id', 't.residentId', 'r.bsn', 'i.code', 't.startedOn', 't.endedOn', 't.outcome', withBenefit('t.resident_id').as('withBenefit')])
      .where('t.municipalityId', '=', m).where('r.municipalityId', '=', m).where('t.status', 'in', ['started', 'ended'])
      .where('t.startedOn', '<=', last).where((eb) => eb.or([eb('t.endedOn', 'is', null), eb('t.endedOn', '>=', first)]))
      .orderBy('t.startedOn').orderBy('t.id').execute(),
    db.selectFrom('placements as p').innerJoin('residents as r', 'r.id', 'p.residentId')
      .select(['p.id', 'p.residentId', 'r.bsn', 'p.kind', 'p.wageCostSubsidy', 'p.jobCoach', 'p.startDate', 'p.endDate', 'p.status', withBenefit('p.resident_id').as('withBenefit')])
      .where('p.municipalityId', '=', m).where('r.municipalityId', '=', m)
      .where((eb) => eb.or([eb('p.wageCostSubsidy', '=', true), eb('p.kind', '=', 'sheltered_work'), eb('p.jobCoach', '=', true)]))
      .where('p.startDate', '<=', last).where((eb) => eb.or([eb('p.status', '=', 'active'), eb('p.endDate', '>=', first)]))
      .orderBy('p.startDate').orderBy('p.id').execute(),
  ]);
  const items: (SrgItem & { residentId: string })[] = trajectories.map((t) => {
    const endDate = endIn(t.endedOn, last);
    return {
      id: t.id, residentId: t.residentId, source: 'trajectory' as const, bsn: t.bsn, provision: t.code ?? null,
      startDate: t.startedOn!, endDate, outcome: endDate ? t.outcome : null, withBenefit: Boolean(t.withBenefit),
    };
  });
  for (const p of placements) {
    // A placement's planned end date is not an end: only an ended placement ends the provision.
    const endDate = p.status === 'ended' ? endIn(p.endDate, last) : null;
    const provisions = [p.wageCostSubsidy && 'loonkostensubsidie', p.kind === 'sheltered_work' && 'beschut_werk', p.jobCoach && 'jobcoaching']
      .filter((x): x is string => Boolean(x));
    for (const provision of provisions) {
      items.push({
        id: p.id, residentId: p.residentId, source: 'placement', bsn: p.bsn, provision, startDate: p.startDate, endDate,
        outcome: endDate ? 'placement_ended' : null, withBenefit: Boolean(p.withBenefit),
      });
    }
  }
  return items;
}

export async function municipalityCbs(db: Kysely<DB>, municipalityId: string) {
  return db.selectFrom('municipalities').select(['cbsCode', 'name', 'code']).where('id', '=', requireTenant(municipalityId)).executeTakeFirstOrThrow();
}
