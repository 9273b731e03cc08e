import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { appendAuditEvent, type AuditContext } from '../../access/audit/store.ts';
import * as store from './store.ts';

export const REFERENCE_PURPOSE = 'Sturing: inwonertal en landelijk referentiecijfer voor de dashboards';

export async function dashboardSettings(db: Kysely<DB>, municipalityId: string) {
  const m = await store.municipalityWithRegion(db, municipalityId);
  const history = await store.referenceFigureHistory(db, municipalityId);
  return {
    municipality: { code: m.code, name: m.name, inhabitants: m.inhabitants },
    referenceFigures: history.map((f) => ({
      id: f.id, kind: f.kind, validFrom: f.validFrom, value: Number(f.value), source: f.source,
      recordedAt: new Date(f.recordedAt).toISOString(), recordedBy: f.recordedBy,
    })),
  };
}

/** Adds a reference figure valid from its date; false when one of that kind and date exists already. */
export async function addReferenceFigure(db: Kysely<DB>, ctx: AuditContext, input: { kind: store.ReferenceKind; validFrom: string; value: number; source: string }) {
  return db.transaction().execute(async (tx) => {
    const id = await store.insertReferenceFigure(tx, { municipalityId: ctx.municipalityId, recordedBy: ctx.actorUserId, ...input });
    if (!id) return false;
    if (input.kind === 'inhabitants') await store.syncInhabitants(tx, ctx.municipalityId);
    await appendAuditEvent(tx, ctx, {
      action: 'dashboard.reference_figure.create', result: 'success', objectType: 'dashboard_reference_figure', objectId: id, purpose: REFERENCE_PURPOSE,
    });
    return true;
  });
}
