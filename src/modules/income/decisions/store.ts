import type { Kysely } from 'kysely';
import type { DB, DecisionStatus } from '../../../db/types.ts';
import { requireTenant } from '../../../db/tenant.ts';
import type { Caller } from '../../residents/guard.ts';
import { visibleTo } from '../scope.ts';

// SQL of decisions and benefits: rows with the resident's name and team and the names of the two people involved.

export interface DecisionFilter {
  status?: DecisionStatus; notProposedBy?: string; residentId?: string; applicationId?: string; benefitId?: string;
}

function base(db: Kysely<DB>, municipalityId: string) {
  return db.selectFrom('benefitDecisions as d').innerJoin('residents as r', 'r.id', 'd.residentId')
    .innerJoin('users as p', 'p.id', 'd.proposedBy').leftJoin('users as v', 'v.id', 'd.reviewedBy')
    .selectAll('d').select(['r.givenNames', 'r.surnamePrefix', 'r.surname', 'r.teamId as residentTeamId', 'p.displayName as proposedByName', 'v.displayName as reviewedByName'])
    .where('d.municipalityId', '=', requireTenant(municipalityId));
}

export async function findDecision(db: Kysely<DB>, municipalityId: string, id: string) {
  return base(db, municipalityId).where('d.id', '=', id).executeTakeFirst();
}
export type DecisionRow = NonNullable<Awaited<ReturnType<typeof findDecision>>>;

/** The decisions the caller may see, newest first; a resident sees only final decisions about themselves. */
export async function listDecisions(c: Caller, f: DecisionFilter): Promise<DecisionRow[]> {
  let q = base(c.db, c.actor.municipalityId).where(visibleTo(c));
  if (c.scope === 'self') q = q.where('d.status', '=', 'final');
  if (f.status) q = q.where('d.status', '=', f.status);
  if (f.notProposedBy) q = q.where('d.proposedBy', '!=', f.notProposedBy);
  if (f.residentId) q = q.where('d.residentId', '=', f.residentId);
  if (f.applicationId) q = q.where('d.applicationId', '=', f.applicationId);
  if (f.benefitId) q = q.where('d.benefitId', '=', f.benefitId);
  return q.orderBy('d.proposedAt', 'desc').orderBy('d.id').limit(500).execute();
}

/** One benefit of the municipality with its resident's team. */
export async function findBenefit(db: Kysely<DB>, municipalityId: string, id: string) {
  return db.selectFrom('benefits as b').innerJoin('residents as r', 'r.id', 'b.residentId')
    .selectAll('b').select(['r.teamId as residentTeamId', 'r.givenNames', 'r.surnamePrefix', 'r.surname'])
    .where('b.municipalityId', '=', requireTenant(municipalityId)).where('b.id', '=', id).executeTakeFirst();
}
export type BenefitRow = NonNullable<Awaited<ReturnType<typeof findBenefit>>>;

/** The benefits the caller may see (at most 500), optionally of one resident. */
export async function listBenefits(c: Caller, residentId: string | undefined) {
  let q = c.db.selectFrom('benefits as b').innerJoin('residents as r', 'r.id', 'b.residentId')
    .selectAll('b').select(['r.teamId as residentTeamId', 'r.givenNames', 'r.surnamePrefix', 'r.surname'])
    .where('b.municipalityId', '=', requireTenant(c.actor.municipalityId)).where(visibleTo(c));
  if (residentId) q = q.where('b.residentId', '=', residentId);
  return q.orderBy('r.surname').orderBy('b.startDate', 'desc').limit(500).execute();
}

/** The letter's addressee and sender: the resident's name and address, the municipality's name. */
export async function letterParties(db: Kysely<DB>, municipalityId: string, residentId: string) {
  const m = requireTenant(municipalityId);
  const [resident, municipality] = await Promise.all([
    db.selectFrom('residents').select(['givenNames', 'surnamePrefix', 'surname', 'street', 'houseNumber', 'houseNumberSuffix', 'postcode', 'city'])
      .where('municipalityId', '=', m).where('id', '=', residentId).executeTakeFirstOrThrow(),
    db.selectFrom('municipalities').select('name').where('id', '=', m).executeTakeFirstOrThrow(),
  ]);
  return { resident, municipalityName: municipality.name };
}
