import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChains } from '../../src/modules/access/audit/verify.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { residentOf, residentOutsideTeamOf, userByName } from '../support/fixtures.ts';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t?.close(); });

const lastAuditRow = () => t.db.selectFrom('auditEvents').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();

describe('audit log', () => {
  it('writes the exact row for a dossier read', async () => {
    const cookie = await t.login('work_consultant@voorbeeld');
    const user = await userByName(t.db, 'work_consultant@voorbeeld');
    const resident = await residentOf(t.db, 'work_consultant@voorbeeld');
    const before = Date.now();
    const res = await t.app.inject({ url: `/api/v1/residents/${resident.id}`, headers: { cookie }, remoteAddress: '10.1.2.3' });
    expect(res.statusCode).toBe(200);
    const row = await lastAuditRow();
    expect(row).toMatchObject({
      municipalityId: user.municipalityId, actorUserId: user.id, actorRole: 'work_consultant', organisationId: user.organisationId,
      residentIds: [resident.id], action: 'resident.read', objectType: 'resident', objectId: resident.id,
      purpose: 'Begeleiding naar werk en participatie', result: 'success', requestId: res.headers['x-request-id'], origin: '10.1.2.3',
    });
    const at = new Date(row.occurredAt).getTime();
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes the exact row for a write, and the change and its row go together', async () => {
    const cookie = await t.login('work_consultant@voorbeeld');
    const user = await userByName(t.db, 'work_consultant@voorbeeld');
    const resident = await residentOf(t.db, 'work_consultant@voorbeeld');
    const current = await t.app.inject({ url: `/api/v1/residents/${resident.id}`, headers: { cookie } });
    const res = await t.app.inject({
      method: 'PATCH', url: `/api/v1/residents/${resident.id}`, headers: { cookie, 'if-match': current.headers.etag as string },
      payload: { phone: '06 12345678' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().phone).toBe('06 12345678');
    const row = await lastAuditRow();
    expect(row).toMatchObject({
      municipalityId: user.municipalityId, actorUserId: user.id, actorRole: 'work_consultant', residentIds: [resident.id],
      action: 'resident.update', objectId: resident.id, result: 'success', requestId: res.headers['x-request-id'],
    });
    expect(row.purpose).toContain('phone');
  });

  it('writes a denied row for a refused attempt: another team, another municipality, a role without access', async () => {
    const cookie = await t.login('work_consultant@voorbeeld');
    const user = await userByName(t.db, 'work_consultant@voorbeeld');
    const otherTeam = await residentOutsideTeamOf(t.db, 'work_consultant@voorbeeld');
    const res = await t.app.inject({ url: `/api/v1/residents/${otherTeam.id}`, headers: { cookie } });
    expect(res.statusCode).toBe(403);
    expect(await lastAuditRow()).toMatchObject({
      actorUserId: user.id, action: 'resident.read', result: 'denied', residentIds: [otherTeam.id], objectId: otherTeam.id, requestId: res.headers['x-request-id'],
    });

    const foreign = await residentOf(t.db, 'work_consultant@buurdorp');
    const res404 = await t.app.inject({ url: `/api/v1/residents/${foreign.id}`, headers: { cookie } });
    expect(res404.statusCode).toBe(404);
    // Recorded in the actor's own municipality's chain, without linking the foreign person.
    expect(await lastAuditRow()).toMatchObject({ municipalityId: user.municipalityId, action: 'resident.read', result: 'denied', residentIds: [], objectId: foreign.id });

    const analyst = await t.login('policy_analyst@voorbeeld');
    const res403 = await t.app.inject({ url: `/api/v1/residents/${otherTeam.id}`, headers: { cookie: analyst } });
    expect(res403.statusCode).toBe(403);
    expect(await lastAuditRow()).toMatchObject({ actorRole: 'policy_analyst', action: 'resident.read', result: 'denied', objectId: otherTeam.id });
  });

  it('records every list and which residents it showed', async () => {
    const cookie = await t.login('work_consultant@voorbeeld');
    const res = await t.app.inject({ url: '/api/v1/residents?pageSize=10', headers: { cookie } });
    const row = await lastAuditRow();
    expect(row.action).toBe('resident.list');
    expect(row.residentIds.sort()).toEqual(res.json().items.map((i: { id: string }) => i.id).sort());
  });

  it('records a BSN search as a search, without the BSN in the row', async () => {
    const cookie = await t.login('income_consultant@voorbeeld');
    const resident = await residentOf(t.db, 'work_consultant@voorbeeld');
    const res = await t.app.inject({ url: `/api/v1/residents?q=${resident.bsn}`, headers: { cookie } });
    expect(res.json().items.map((i: { id: string }) => i.id)).toEqual([resident.id]);
    const row = await lastAuditRow();
    expect(row).toMatchObject({ action: 'resident.search', objectType: 'zoeken-op-bsn', residentIds: [resident.id] });
    expect(JSON.stringify(row)).not.toContain(resident.bsn);
  });

  it('is append-only: the database refuses updates and deletes', async () => {
    await expect(sql`UPDATE audit_events SET action = 'x' WHERE seq = 1`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_events WHERE seq = 1`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('fails the request when the audit row cannot be written, and keeps the change undone', async () => {
    const cookie = await t.login('work_consultant@voorbeeld');
    const resident = await residentOf(t.db, 'work_consultant@voorbeeld');
    const current = await t.app.inject({ url: `/api/v1/residents/${resident.id}`, headers: { cookie } });
    await sql`ALTER TABLE audit_events ADD CONSTRAINT test_refuse_updates CHECK (action <> 'resident.update') NOT VALID`.execute(t.db);
    try {
      const res = await t.app.inject({
        method: 'PATCH', url: `/api/v1/residents/${resident.id}`, headers: { cookie, 'if-match': current.headers.etag as string },
        payload: { email: 'nieuw@voorbeeld.example' },
      });
      expect(res.statusCode).toBe(500);
      expect(res.json().detail).not.toMatch(/constraint|audit|at /i);
      const after = await t.db.selectFrom('residents').select(['email', 'version']).where('id', '=', resident.id).executeTakeFirstOrThrow();
      expect(after.email).not.toBe('nieuw@voorbeeld.example');
      expect(after.version).toBe(current.json().version);
    } finally {
      await sql`ALTER TABLE audit_events DROP CONSTRAINT test_refuse_updates`.execute(t.db);
    }
  });

  it('lets a team lead read the log of one resident, and nobody of another municipality', async () => {
    const resident = await residentOf(t.db, 'work_consultant@voorbeeld');
    const lead = await t.login('team_lead@voorbeeld');
    const res = await t.app.inject({ url: `/api/v1/audit-events?residentId=${resident.id}`, headers: { cookie: lead } });
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBeGreaterThan(0);
    for (const e of res.json().items) expect(e.residentIds).toContain(resident.id);

    const consultant = await t.login('work_consultant@voorbeeld');
    expect((await t.app.inject({ url: `/api/v1/audit-events?residentId=${resident.id}`, headers: { cookie: consultant } })).statusCode).toBe(403);

    const foreignAdmin = await t.login('administrator@buurdorp');
    const foreign = await t.app.inject({ url: `/api/v1/audit-events?residentId=${resident.id}`, headers: { cookie: foreignAdmin } });
    expect(foreign.statusCode).toBe(200);
    expect(foreign.json().items).toEqual([]);
  });

  it('keeps an intact chain per municipality, and finds the first broken link', async () => {
    const intact = await verifyAuditChains(t.db);
    expect(intact.firstBroken).toBeNull();
    expect(intact.municipalities).toBe(2);
    expect(intact.events).toBeGreaterThan(5);

    const victim = await t.db.selectFrom('auditEvents').select(['seq', 'chainIndex', 'municipalityId']).where('action', '=', 'resident.read').orderBy('seq').limit(1).executeTakeFirstOrThrow();
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`.execute(t.db);
    await sql`UPDATE audit_events SET purpose = 'verdoezeld' WHERE seq = ${victim.seq}`.execute(t.db);
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`.execute(t.db);
    const broken = await verifyAuditChains(t.db);
    expect(broken.firstBroken).toMatchObject({ municipalityId: victim.municipalityId, chainIndex: Number(victim.chainIndex), seq: Number(victim.seq) });
  });
});
