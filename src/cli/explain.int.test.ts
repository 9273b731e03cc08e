import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, postgresTestUrl, testDatabaseKind } from '../db/testing.ts';
import { loadDemoRegionIfEmpty } from '../demo/seed.ts';
import { runCli } from './program.ts';
import { dropTestDatabase, recordingIO } from './testing.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoRegionIfEmpty(database.db, { production: false });
});
afterAll(async () => { await dropTestDatabase(database); });

describe('meedoen explain', () => {
  it('needs PostgreSQL', async () => {
    const cli = recordingIO(database, {});
    expect(await runCli(['explain'], cli.io)).toBe(1);
    expect(cli.err()).toContain('explain werkt alleen op PostgreSQL');
  });

  // EXPLAIN (ANALYZE) is PostgreSQL's: this test runs in the PostgreSQL round of npm test, the one above in both.
  it.runIf(testDatabaseKind === 'postgres')('explains every caseload variant and the dossier read, without printing a BSN', async () => {
    const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(database.db);
    const url = new URL(postgresTestUrl);
    url.pathname = `/${rows[0].name}`;
    const cli = recordingIO(database, { DATABASE_URL: url.toString() });
    expect(await runCli(['explain', '--user', 'work_consultant@voorbeeld'], cli.io)).toBe(0);
    const out = cli.out();
    for (const label of ['eigen caseload — pagina', 'team — telling', 'hele gemeente + doelgroep + laddercategorie — pagina',
      'zoeken op postcode', 'team, zoeken op BSN — pagina', 'dossier lezen — query 4']) expect(out).toContain(label);
    expect(out).toMatch(/Execution Time: [\d.]+ ms/);
    expect(out).not.toMatch(/\b\d{9}\b/);
  });
});
