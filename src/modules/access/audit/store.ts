import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { requireTenant } from '../../../db/tenant.ts';
import { auditHash, GENESIS_HASH, type ChainedFields } from './chain.ts';

export type AuditResult = 'success' | 'denied' | 'error';

export interface AuditEntry {
  action: string;
  result: AuditResult;
  residentIds?: string[];
  objectType?: string;
  objectId?: string;
  purpose?: string;
}

export interface AuditContext {
  municipalityId: string;
  actorUserId: string | null;
  actorRole: string | null;
  organisationId: string | null;
  requestId: string | null;
  origin: string | null;
}

/**
 * Appends one event to the municipality's chain, inside the caller's transaction: if the request's
 * work rolls back, so does its audit row, and if this insert fails the request fails.
 * The head row is locked so concurrent requests of one municipality chain one after another.
 */
export async function appendAuditEvent(tx: Kysely<DB>, ctx: AuditContext, entry: AuditEntry): Promise<ChainedFields & { hash: string }> {
  const municipalityId = requireTenant(ctx.municipalityId);
  await tx.insertInto('auditChainHeads')
    .values({ municipalityId, lastIndex: 0, lastHash: GENESIS_HASH })
    .onConflict((oc) => oc.column('municipalityId').doNothing())
    .execute();
  const head = await tx.selectFrom('auditChainHeads').selectAll()
    .where('municipalityId', '=', municipalityId).forUpdate().executeTakeFirstOrThrow();
  const fields: ChainedFields = {
    municipalityId,
    chainIndex: Number(head.lastIndex) + 1,
    occurredAt: new Date(),
    actorUserId: ctx.actorUserId,
    actorRole: ctx.actorRole,
    organisationId: ctx.organisationId,
    residentIds: entry.residentIds ?? [],
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    purpose: entry.purpose ?? null,
    result: entry.result,
    requestId: ctx.requestId,
    origin: ctx.origin,
  };
  const hash = auditHash(head.lastHash, fields);
  await tx.insertInto('auditEvents')
    .values({ ...fields, result: entry.result, prevHash: head.lastHash, hash })
    .execute();
  await tx.updateTable('auditChainHeads').set({ lastIndex: fields.chainIndex, lastHash: hash })
    .where('municipalityId', '=', municipalityId).execute();
  return { ...fields, hash };
}

export interface AuditQuery { municipalityId: string; residentId?: string; limit: number; offset: number }

export async function listAuditEvents(db: Kysely<DB>, q: AuditQuery) {
  let query = db.selectFrom('auditEvents').where('municipalityId', '=', requireTenant(q.municipalityId));
  const residentId = q.residentId;
  if (residentId) query = query.where(sql<boolean>`resident_ids @> ARRAY[${residentId}]::uuid[]`);
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('chainIndex', 'desc').limit(q.limit).offset(q.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
