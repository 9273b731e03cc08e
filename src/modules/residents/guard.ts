import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { forbidden, type HttpProblem, notFound } from '../../server/problem.ts';
import { appendAuditEvent, type AuditContext, type AuditEntry } from '../access/audit/store.ts';
import type { Scope } from '../access/permissions.ts';
import type { Actor } from '../access/roles.ts';
import { findResident, type ResidentRow } from './store.ts';

export const DOSSIER_PURPOSE = 'Begeleiding naar werk en participatie';

/** Everything a dossier use case needs to know about the caller. */
export interface Caller {
  db: Kysely<DB>;
  actor: Actor;
  scope: Scope;
  ctx: AuditContext;
}

/** Whether one resident falls within the scope the permission table grants. */
export function inScope(actor: Actor, scope: Scope, r: Pick<ResidentRow, 'id' | 'contactPersonId' | 'teamId'>): boolean {
  switch (scope) {
    case 'own': return r.contactPersonId === actor.userId;
    case 'team': return actor.teamId !== null && r.teamId === actor.teamId;
    case 'municipality': return true;
    case 'self': return actor.residentId === r.id;
    case 'organisation': case 'none': return false;
  }
}

/** Audits a refusal in its own transaction (the refused work never ran), then refuses. */
async function refuse(caller: Caller, action: string, residentId: string, problem: HttpProblem, residentKnown: boolean): Promise<never> {
  await caller.db.transaction().execute((tx) => appendAuditEvent(tx, caller.ctx, {
    action, result: 'denied', objectType: 'resident', objectId: residentId, residentIds: residentKnown ? [residentId] : [], purpose: DOSSIER_PURPOSE,
  }));
  throw problem;
}

export type AuditNote = Omit<AuditEntry, 'result' | 'residentIds'> & { residentIds?: string[] };

/**
 * Runs one dossier use case: the resident must exist in the caller's municipality (else 404) and lie
 * within the granted scope (else 403); both refusals are audited. The work and its audit rows share one
 * transaction, so one never lands without the other.
 */
export async function withResident<T>(
  caller: Caller,
  action: string,
  residentId: string,
  work: (tx: Kysely<DB>, resident: ResidentRow) => Promise<{ value: T; audit: AuditNote | AuditNote[] }>,
): Promise<T> {
  // Another municipality's resident is indistinguishable from one that does not exist.
  const found = await findResident(caller.db, caller.actor.municipalityId, residentId);
  if (!found) return refuse(caller, action, residentId, notFound(), false);
  if (!inScope(caller.actor, caller.scope, found)) {
    return refuse(caller, action, residentId, forbidden('Deze inwoner hoort niet bij uw caseload of team.'), true);
  }
  return caller.db.transaction().execute(async (tx) => {
    const resident = await findResident(tx, caller.actor.municipalityId, residentId);
    if (!resident) throw notFound();
    const { value, audit } = await work(tx, resident);
    for (const note of [audit].flat()) {
      await appendAuditEvent(tx, caller.ctx, {
        purpose: DOSSIER_PURPOSE, objectType: 'resident', objectId: residentId, ...note,
        residentIds: note.residentIds ?? [residentId], result: 'success',
      });
    }
    return value;
  });
}
