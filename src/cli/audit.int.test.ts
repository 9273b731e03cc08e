import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../db/testing.ts';
import { loadDemoRegionIfEmpty } from '../demo/seed.ts';
import { appendAuditEvent } from '../modules/access/audit/store.ts';
import { runCli } from './program.ts';
import { dropTestDatabase, recordingIO } from './testing.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoRegionIfEmpty(database.db, { production: false });
});
afterAll(async () => { await dropTestDatabase(database); });

async function appendEvents(code: string, count: number) {
  const user = await database.db.selectFrom('users').innerJoin('municipalities', 'municipalities.id', 'users.municipalityId')
    .select(['users.id', 'users.municipalityId', 'users.organisationId']).where('users.username', '=', `work_consultant@${code}`).executeTakeFirstOrThrow();
  for (let i = 0; i < count; i++) {
    await database.db.transaction().execute((tx) => appendAuditEvent(tx, {
      municipalityId: user.municipalityId, actorUserId: user.id, actorRole: 'work_consultant', organisationId: user.organisationId,
      requestId: `test-${code}-${i}`, origin: '127.0.0.1',
    }, { action: 'resident.list', result: 'success', purpose: 'Begeleiding naar werk en participatie' }));
  }
  return user.municipalityId;
}

describe('meedoen audit verify', () => {
  let voorbeeldId: string;

  it('reports an intact chain with the municipalities and events checked (exit 0)', async () => {
    // The demo's own payment runs and check draws are audited too: count what is there first.
    const demo = Number((await database.db.selectFrom('auditEvents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    voorbeeldId = await appendEvents('voorbeeld', 6);
    await appendEvents('buurdorp', 3);
    const cli = recordingIO(database);
    expect(await runCli(['audit', 'verify'], cli.io)).toBe(0);
    expect(cli.out()).toContain(`Auditlog intact: ${demo + 9} gebeurtenissen in 2 gemeenten gecontroleerd`);
  });

  it('names the first broken link after someone with database access changed a row (exit 2)', async () => {
    // Tampering as a DBA could: switch off the append-only trigger, change a row, switch it on again.
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`.execute(database.db);
    await sql`UPDATE audit_events SET purpose = 'iets anders' WHERE municipality_id = ${voorbeeldId} AND chain_index = 4`.execute(database.db);
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`.execute(database.db);
    const seq = await database.db.selectFrom('auditEvents').select('seq').where('municipalityId', '=', voorbeeldId).where('chainIndex', '=', 4).executeTakeFirstOrThrow();

    const cli = recordingIO(database);
    expect(await runCli(['audit', 'verify'], cli.io)).toBe(2);
    expect(cli.out()).toContain('Auditlog GEBROKEN in gemeente Voorbeeld (voorbeeld).');
    expect(cli.out()).toContain(`Eerste gebroken schakel: ketenindex 4, rij seq ${seq.seq} — inhoud gewijzigd: hash klopt niet.`);
  });

  it('also finds a removed row', async () => {
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`.execute(database.db);
    await sql`UPDATE audit_events SET purpose = 'Begeleiding naar werk en participatie' WHERE municipality_id = ${voorbeeldId} AND chain_index = 4`.execute(database.db);
    await sql`DELETE FROM audit_events WHERE municipality_id = ${voorbeeldId} AND chain_index = 2`.execute(database.db);
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`.execute(database.db);
    const cli = recordingIO(database);
    expect(await runCli(['audit', 'verify'], cli.io)).toBe(2);
    expect(cli.out()).toContain('Eerste gebroken schakel: ketenindex 3');
    expect(cli.out()).toContain('schakel 2 ontbreekt');
  });
});
