import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../db/testing.ts';
import { loadDemoRegionIfEmpty } from '../demo/seed.ts';
import { runCli } from './program.ts';
import { dropTestDatabase, recordingIO } from './testing.ts';

// `meedoen payments run`: progress in Dutch, count and total, resumable after an interruption.
let database: Awaited<ReturnType<typeof openTestDatabase>>;
const month = '2026-03';
beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoRegionIfEmpty(database.db, { production: false, today: '2026-03-10' });  // the demo paid January and February
});
afterAll(async () => { await dropTestDatabase(database); });

describe('meedoen payments run', () => {
  it('is interrupted by a failing batch, and continues where it stopped when run again', async () => {
    const voorbeeld = await database.db.selectFrom('municipalities').select('id').where('code', '=', 'voorbeeld').executeTakeFirstOrThrow();
    const benefits = await database.db.selectFrom('benefits').select('id').where('municipalityId', '=', voorbeeld.id).where('status', '=', 'active').orderBy('id').execute();
    await sql.raw(`CREATE FUNCTION cli_crash() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW.benefit_id = '${benefits[250].id}' THEN RAISE EXCEPTION 'schijf vol'; END IF; RETURN NEW; END $$`).execute(database.db);
    await sql.raw('CREATE TRIGGER cli_crash BEFORE INSERT ON benefit_payments FOR EACH ROW EXECUTE FUNCTION cli_crash()').execute(database.db);
    const first = recordingIO(database);
    expect(await runCli(['payments', 'run', '--month', month, '--municipality', 'voorbeeld', '--batch-size', '100'], first.io)).toBe(1);
    expect(first.out()).toContain(`Betaalrun maart 2026, gemeente Voorbeeld: gestart voor ${benefits.length} uitkeringen.`);
    expect(first.out()).toContain(`onderbroken na 200 van ${benefits.length} uitkeringen — schijf vol`);
    expect(first.out()).toContain('Voer dezelfde opdracht opnieuw uit');
    await sql.raw('DROP TRIGGER cli_crash ON benefit_payments').execute(database.db);
    await sql.raw('DROP FUNCTION cli_crash()').execute(database.db);

    const second = recordingIO(database);
    expect(await runCli(['payments', 'run', '--month', month, '--municipality', 'voorbeeld'], second.io)).toBe(0);
    expect(second.out()).toContain(`hervat bij 200 van ${benefits.length} uitkeringen.`);
    expect(second.err()).toMatch(/uitkeringen [\d.]+ \/ [\d.]+ \(100%\)/);
    expect(second.out()).toMatch(new RegExp(`${benefits.length} betalingen, totaal € [\\d.]+,\\d\\d\\.`));
    expect(second.out()).toContain('Aangesloten:');
    expect(second.out()).toContain('Een teamleider keurt de run goed');
    const paid = await database.db.selectFrom('benefitPayments').select((eb) => eb.fn.countAll<number>().as('n')).where('municipalityId', '=', voorbeeld.id).where('month', '=', month).executeTakeFirstOrThrow();
    expect(Number(paid.n)).toBe(benefits.length);
  });

  it('runs every municipality without --municipality, and a second time changes nothing', async () => {
    const cli = recordingIO(database);
    expect(await runCli(['payments', 'run', '--month', month], cli.io)).toBe(0);
    expect(cli.out()).toContain('Betaalrun maart 2026, gemeente Buurdorp: gestart voor');
    expect(cli.out()).toContain('Betaalrun maart 2026, gemeente Voorbeeld: aangesloten, wacht op goedkeuring.');
    const before = await database.db.selectFrom('benefitPayments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const again = recordingIO(database);
    expect(await runCli(['payments', 'run', '--month', month], again.io)).toBe(0);
    const after = await database.db.selectFrom('benefitPayments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    // Audit rows of the command line: no user, role cli, the machine account as origin.
    const start = await database.db.selectFrom('auditEvents').select(['actorUserId', 'actorRole', 'origin']).where('action', '=', 'payment_run.start').where('actorRole', '=', 'cli').execute();
    expect(start.length).toBe(2);
    expect(start[0]).toMatchObject({ actorUserId: null, origin: expect.stringContaining('opdrachtregel') });
  });

  it('refuses an unknown municipality and a malformed month in Dutch', async () => {
    const cli = recordingIO(database);
    expect(await runCli(['payments', 'run', '--month', month, '--municipality', 'nergens'], cli.io)).toBe(1);
    expect(cli.err()).toContain("Onbekende gemeente 'nergens'. Bekende codes: buurdorp, voorbeeld.");
    const bad = recordingIO(database);
    expect(await runCli(['payments', 'run', '--month', '2026-13'], bad.io)).toBe(1);
    expect(bad.err()).toContain('geef de maand als JJJJ-MM');
  });
});
