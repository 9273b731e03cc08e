import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../db/testing.ts';
import { loadDemoRegionIfEmpty } from '../demo/seed.ts';
import { approveRun } from '../modules/income/payments/service.ts';
import { runCli } from './program.ts';
import { dropTestDatabase, recordingIO } from './testing.ts';

// `meedoen payments run`: progress in Dutch, count and total, resumable after an interruption; started by a named
// income consultant or team lead, who can then not approve it.
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
    expect(await runCli(['payments', 'run', '--month', month, '--by', 'income_consultant@voorbeeld', '--municipality', 'voorbeeld', '--batch-size', '100'], first.io)).toBe(1);
    expect(first.out()).toContain(`Betaalrun maart 2026, gemeente Voorbeeld: gestart voor ${benefits.length} uitkeringen.`);
    expect(first.out()).toContain(`onderbroken na 200 van ${benefits.length} uitkeringen — schijf vol`);
    expect(first.out()).toContain('Voer dezelfde opdracht opnieuw uit');
    await sql.raw('DROP TRIGGER cli_crash ON benefit_payments').execute(database.db);
    await sql.raw('DROP FUNCTION cli_crash()').execute(database.db);

    const second = recordingIO(database);
    expect(await runCli(['payments', 'run', '--month', month, '--by', 'income_consultant@voorbeeld'], second.io)).toBe(0);
    expect(second.out()).toContain(`hervat bij 200 van ${benefits.length} uitkeringen.`);
    expect(second.err()).toMatch(/uitkeringen [\d.]+ \/ [\d.]+ \(100%\)/);
    expect(second.out()).toMatch(new RegExp(`${benefits.length} betalingen, totaal € [\\d.]+,\\d\\d\\.`));
    expect(second.out()).toContain('Aangesloten:');
    expect(second.out()).toContain('Een tweede persoon (een teamleider, niet wie de run startte) keurt de run goed');
    const paid = await database.db.selectFrom('benefitPayments').select((eb) => eb.fn.countAll<number>().as('n')).where('municipalityId', '=', voorbeeld.id).where('month', '=', month).executeTakeFirstOrThrow();
    expect(Number(paid.n)).toBe(benefits.length);
  });

  it('runs the municipality of --by, records them as starter, and a second time changes nothing', async () => {
    const cli = recordingIO(database);
    expect(await runCli(['payments', 'run', '--month', month, '--by', 'team_lead@buurdorp'], cli.io)).toBe(0);
    expect(cli.out()).toContain('Betaalrun maart 2026, gemeente Buurdorp: gestart voor');
    expect(cli.out()).not.toContain('Voorbeeld');
    const before = await database.db.selectFrom('benefitPayments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const again = recordingIO(database);
    expect(await runCli(['payments', 'run', '--month', month, '--by', 'income_consultant@buurdorp'], again.io)).toBe(0);
    expect(again.out()).toContain('Betaalrun maart 2026, gemeente Buurdorp: aangesloten, wacht op goedkeuring.');
    const after = await database.db.selectFrom('benefitPayments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    // The starter is recorded; the audit rows name them, with the machine account as origin.
    const users = await database.db.selectFrom('users').select(['id', 'username']).where('username', 'in', ['income_consultant@voorbeeld', 'team_lead@buurdorp']).execute();
    const idOf = (u: string) => users.find((x) => x.username === u)!.id;
    const runs = await database.db.selectFrom('paymentRuns as r').innerJoin('municipalities as m', 'm.id', 'r.municipalityId')
      .select(['m.code', 'r.startedBy', 'r.reconciledBy']).where('r.month', '=', month).orderBy('m.code').execute();
    expect(runs).toEqual([
      { code: 'buurdorp', startedBy: idOf('team_lead@buurdorp'), reconciledBy: expect.any(String) },
      { code: 'voorbeeld', startedBy: idOf('income_consultant@voorbeeld'), reconciledBy: idOf('income_consultant@voorbeeld') },
    ]);
    const start = await database.db.selectFrom('auditEvents').select(['actorUserId', 'actorRole', 'origin']).where('action', '=', 'payment_run.start').where('origin', 'like', '%opdrachtregel%').execute();
    expect(start).toHaveLength(2);
    expect(start).toEqual(expect.arrayContaining([
      { actorUserId: idOf('income_consultant@voorbeeld'), actorRole: 'income_consultant', origin: expect.stringContaining('opdrachtregel') },
      { actorUserId: idOf('team_lead@buurdorp'), actorRole: 'team_lead', origin: expect.stringContaining('opdrachtregel') },
    ]));
  });

  it('the starter cannot approve the run; someone else can (four eyes)', async () => {
    const run = await database.db.selectFrom('paymentRuns as r').innerJoin('municipalities as m', 'm.id', 'r.municipalityId')
      .select(['r.id', 'r.municipalityId', 'r.startedBy', 'r.version']).where('m.code', '=', 'voorbeeld').where('r.month', '=', month).executeTakeFirstOrThrow();
    const lead = await database.db.selectFrom('users').select('id').where('username', '=', 'team_lead@voorbeeld').executeTakeFirstOrThrow();
    const ctx = { municipalityId: run.municipalityId, actorUserId: run.startedBy, actorRole: 'income_consultant', organisationId: null, requestId: 'test', origin: 'test' };
    await expect(approveRun(database.db, ctx, run.municipalityId, run.id, run.startedBy!, run.version, '2026-03-10')).rejects.toMatchObject({ status: 403 });
    const approved = await approveRun(database.db, { ...ctx, actorUserId: lead.id, actorRole: 'team_lead' }, run.municipalityId, run.id, lead.id, run.version, '2026-03-10');
    expect(approved.status).toBe('approved');
  });

  it('refuses a missing or unfit --by, and another municipality than theirs, in Dutch with exit code 1', async () => {
    const missing = recordingIO(database);
    expect(await runCli(['payments', 'run', '--month', '2026-04'], missing.io)).toBe(1);
    expect(missing.err()).toContain('--by');
    for (const user of ['work_consultant@voorbeeld', 'policy_analyst@voorbeeld', 'resident@voorbeeld', 'niemand@voorbeeld']) {
      const cli = recordingIO(database);
      expect(await runCli(['payments', 'run', '--month', '2026-04', '--by', user], cli.io), user).toBe(1);
      expect(cli.err()).toContain(`'${user}' mag geen betaalrun starten: alleen een actieve inkomensconsulent of teamleider van de gemeente start een betaalrun (--by).`);
    }
    const foreign = recordingIO(database);
    expect(await runCli(['payments', 'run', '--month', '2026-04', '--by', 'income_consultant@buurdorp', '--municipality', 'voorbeeld'], foreign.io)).toBe(1);
    expect(foreign.err()).toContain("'income_consultant@buurdorp' werkt niet voor gemeente 'voorbeeld' en mag daar geen betaalrun starten.");
    const runs = await database.db.selectFrom('paymentRuns').select('id').where('month', '=', '2026-04').execute();
    expect(runs).toEqual([]);
  });

  it('refuses an unknown municipality and a malformed month in Dutch', async () => {
    const cli = recordingIO(database);
    expect(await runCli(['payments', 'run', '--month', month, '--by', 'income_consultant@voorbeeld', '--municipality', 'nergens'], cli.io)).toBe(1);
    expect(cli.err()).toContain("Onbekende gemeente 'nergens'. Bekende codes: buurdorp, voorbeeld.");
    const bad = recordingIO(database);
    expect(await runCli(['payments', 'run', '--month', '2026-13', '--by', 'income_consultant@voorbeeld'], bad.io)).toBe(1);
    expect(bad.err()).toContain('geef de maand als JJJJ-MM');
  });
});
