import { sql, type Kysely } from 'kysely';
import { requireTenant } from '../../db/tenant.ts';
import type { DB, RevealStatus } from '../../db/types.ts';
import type { RevealState } from './present.ts';

// Kennismakingsverzoeken (candidate_reveals). The tenant of a request is the resident's municipality, which
// decides; the asking municipality reads the status of its own requests through the opportunity.

/** The asking municipality's requests for these candidates of one opportunity. */
export async function revealsFor(db: Kysely<DB>, requesterMunicipalityId: string, opportunityIds: readonly string[], residentIds: readonly string[]) {
  const map = new Map<string, RevealState>();
  if (residentIds.length === 0 || opportunityIds.length === 0) return map;
  const rows = await db.selectFrom('candidateReveals').select(['id', 'opportunityId', 'residentId', 'status'])
    .where('requesterMunicipalityId', '=', requireTenant(requesterMunicipalityId))
    .where('opportunityId', 'in', [...opportunityIds]).where('residentId', 'in', [...residentIds]).execute();
  for (const r of rows) map.set(`${r.opportunityId}:${r.residentId}`, { id: r.id, status: r.status });
  return map;
}

export async function insertReveal(db: Kysely<DB>, row: {
  municipalityId: string; residentId: string; opportunityId: string; requesterMunicipalityId: string; requestedBy: string; message: string;
}) {
  return db.insertInto('candidateReveals').values({ ...row, municipalityId: requireTenant(row.municipalityId) })
    .onConflict((oc) => oc.columns(['opportunityId', 'residentId']).doNothing())
    .returning(['id', 'status', 'requestedAt']).executeTakeFirst();
}

export async function existingReveal(db: Kysely<DB>, opportunityId: string, residentId: string) {
  return db.selectFrom('candidateReveals').select(['id', 'status']).where('opportunityId', '=', opportunityId).where('residentId', '=', residentId).executeTakeFirst();
}

export interface RevealFilter { id?: string; teamId?: string | null; status?: RevealStatus }

/** Requests about residents of one municipality (the deciding side), with everything a consultant needs to decide. */
export async function loadReveals(db: Kysely<DB>, municipalityId: string, f: RevealFilter) {
  let q = db.selectFrom('candidateReveals as cr')
    .innerJoin('residents as r', 'r.id', 'cr.residentId')
    .innerJoin('users as rq', 'rq.id', 'cr.requestedBy')
    .innerJoin('municipalities as rm', 'rm.id', 'cr.requesterMunicipalityId')
    .leftJoin('users as d', 'd.id', 'cr.decidedBy')
    .select(['cr.id', 'cr.status', 'cr.requestedAt', 'cr.message', 'cr.opportunityId', 'cr.residentId', 'cr.decidedAt', 'cr.decisionReason',
      'cr.municipalityId', 'rq.displayName as requesterName', 'rm.name as requesterMunicipality', 'd.displayName as decidedByName',
      'r.givenNames', 'r.surnamePrefix', 'r.surname', 'r.teamId', 'r.contactPersonId'])
    .where('cr.municipalityId', '=', requireTenant(municipalityId)).where('r.municipalityId', '=', municipalityId);
  if (f.id) q = q.where('cr.id', '=', f.id);
  if (f.teamId !== undefined) q = f.teamId ? q.where('r.teamId', '=', f.teamId) : q.where(sql<boolean>`false`);
  if (f.status) q = q.where('cr.status', '=', f.status);
  return q.orderBy('cr.requestedAt', 'desc').orderBy('cr.id').limit(500).execute();
}
export type RevealRow = Awaited<ReturnType<typeof loadReveals>>[number];

/** Decides a pending request; false when it was no longer pending (decided by someone else meanwhile). */
export async function decideReveal(db: Kysely<DB>, municipalityId: string, id: string, d: { status: 'approved' | 'declined'; decidedBy: string; reason: string }) {
  const updated = await db.updateTable('candidateReveals').set({ status: d.status, decidedBy: d.decidedBy, decidedAt: new Date(), decisionReason: d.reason })
    .where('id', '=', id).where('municipalityId', '=', requireTenant(municipalityId)).where('status', '=', 'pending').returning('id').executeTakeFirst();
  return updated !== undefined;
}
