import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connection.ts';
import { openTestDatabase } from '../db/testing.ts';
import { loadDemoRegionIfEmpty } from '../demo/seed.ts';
import { registerImportCommand } from './import.ts';
import { dropTestDatabase } from './testing.ts';

// `meedoen import residents` against a test database (PGlite, or PostgreSQL with MEEDOEN_TEST_DB=postgres).

const goodFile = fileURLToPath(new URL('../../docs/examples/inwoners-import.csv', import.meta.url));
const brokenFile = fileURLToPath(new URL('../../tests/fixtures/inwoners-import-fout.csv', import.meta.url));

let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoRegionIfEmpty(database.db, { production: false });
});
afterAll(async () => { await dropTestDatabase(database); });

/** Runs one command line through a program that has only the import command, on the test database. */
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  let exitCode = 0;
  const program = new Command('meedoen').exitOverride().configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
  registerImportCommand(program, {
    env: {}, stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) },
    open: async () => ({ database: database as Database, description: `testdatabase (${database.mode})`, close: async () => undefined }),
  }, (code) => { exitCode = code; });
  let error: Error | null = null;
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (e) {
    error = e as Error;
  }
  return { out: out.join(''), err: err.join(''), exitCode, error };
}

const count = async (table: 'residents' | 'auditEvents') =>
  Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('meedoen import residents', () => {
  it('prints the problems of a dry run as a table in Dutch, exits with 1 and writes nothing', async () => {
    const [residents, audit] = [await count('residents'), await count('auditEvents')];
    const r = await run(['import', 'residents', brokenFile, '--municipality', 'voorbeeld', '--dry-run']);
    expect(r.error).toBeNull();
    expect(r.exitCode).toBe(1);
    expect(r.out).toContain('Proefimport (er is niets opgeslagen) voor gemeente Voorbeeld (voorbeeld) uit inwoners-import-fout.csv');
    expect(r.out).toContain('Meldingen (10):');
    expect(r.out).toMatch(/\n\s+3 {2}bsn\s+BSN is ongeldig: het voldoet niet aan de elfproef/);
    expect(r.out).toMatch(/\n\s+13 {2}achternaam\s+Achternaam is niet ingevuld\./);
    expect(r.out).toContain('Resultaat: fouten gevonden.');
    expect([await count('residents'), await count('auditEvents')]).toEqual([residents, audit]);
  });

  it('imports the example file (exit 0), audits it as the command line, and creates nothing the second time', async () => {
    const residents = await count('residents');
    const first = await run(['import', 'residents', goodFile, '--municipality', 'voorbeeld']);
    expect(first.error).toBeNull();
    expect(first.exitCode).toBe(0);
    expect(first.out).toContain('Resultaat: geïmporteerd, 6 inwoners aangemaakt.');
    expect(await count('residents')).toBe(residents + 6);
    const event = await database.db.selectFrom('auditEvents').selectAll().where('action', '=', 'resident.import').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actorUserId: null, actorRole: 'cli', organisationId: null, result: 'success', purpose: 'Overname van inwoners (migratie)' });
    expect(event.residentIds).toHaveLength(6);
    expect(event.requestId).toMatch(/^cli-/);
    expect(event.origin).toMatch(/^opdrachtregel /);

    const second = await run(['import', 'residents', goodFile, '--municipality', 'voorbeeld']);
    expect(second.exitCode).toBe(0);
    expect(second.out).toMatch(/ongewijzigd \(BSN al bekend\)\s+6/);
    expect(second.out).toContain('alle inwoners stonden er al');
    expect(await count('residents')).toBe(residents + 6);
  });

  it('refuses a real run with problems: exit 1, nothing written, a denied audit row', async () => {
    const residents = await count('residents');
    const r = await run(['import', 'residents', goodFile, '--municipality', 'buurdorp']);
    expect(r.exitCode).toBe(1);
    expect(r.out).toContain('Resultaat: GEWEIGERD.');
    expect(r.out).toContain('ligt niet in gemeente Buurdorp');
    expect(await count('residents')).toBe(residents);
    const event = await database.db.selectFrom('auditEvents').selectAll().where('action', '=', 'resident.import').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actorRole: 'cli', result: 'denied', residentIds: [] });
  });

  it('says so in Dutch when the municipality or the file does not exist', async () => {
    const unknown = await run(['import', 'residents', goodFile, '--municipality', 'nergensdorp']);
    expect(unknown.error?.message).toBe("Onbekende gemeente 'nergensdorp'. Bekende codes: buurdorp, voorbeeld.");
    const missing = await run(['import', 'residents', '/tmp/bestaat-niet.csv', '--municipality', 'voorbeeld']);
    expect(missing.error?.message).toBe('Bestand niet gevonden: /tmp/bestaat-niet.csv');
  });
});
