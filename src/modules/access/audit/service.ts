import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { appendAuditEvent, listAuditEvents, type AuditContext } from './store.ts';

const PURPOSE = 'Toezicht op inzage en wijzigingen';

/** Reading the audit log is itself recorded; a resident id of another municipality is kept out of the link. */
export async function listAuditEventsForActor(db: Kysely<DB>, ctx: AuditContext, q: { residentId?: string; page: number; pageSize: number }) {
  return db.transaction().execute(async (tx) => {
    const { rows, total } = await listAuditEvents(tx, { municipalityId: ctx.municipalityId, residentId: q.residentId, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    const ownResident = q.residentId
      ? await tx.selectFrom('residents').select('id').where('municipalityId', '=', ctx.municipalityId).where('id', '=', q.residentId).executeTakeFirst()
      : undefined;
    await appendAuditEvent(tx, ctx, {
      action: 'audit_event.list', result: 'success', purpose: PURPOSE,
      residentIds: ownResident ? [ownResident.id] : [], objectType: q.residentId ? 'resident' : undefined, objectId: ownResident?.id,
    });
    return {
      items: rows.map((r) => ({ ...r, occurredAt: new Date(r.occurredAt).toISOString(), seq: Number(r.seq), chainIndex: Number(r.chainIndex) })),
      page: q.page, pageSize: q.pageSize, total,
    };
  });
}
