import { createHash } from 'node:crypto';

// Hash chain of the audit log (pure): each event's hash covers its fields and the previous hash,
// so a changed, removed or inserted row breaks every link after it.
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  municipalityId: string;
  chainIndex: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorRole: string | null;
  organisationId: string | null;
  residentIds: string[];
  action: string;
  objectType: string | null;
  objectId: string | null;
  purpose: string | null;
  result: string;
  requestId: string | null;
  origin: string | null;
}

export function auditHash(prevHash: string, e: ChainedFields): string {
  const canonical = JSON.stringify([
    e.municipalityId, e.chainIndex, e.occurredAt.toISOString(), e.actorUserId, e.actorRole, e.organisationId,
    e.residentIds, e.action, e.objectType, e.objectId, e.purpose, e.result, e.requestId, e.origin,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}
