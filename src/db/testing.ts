import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from './connection.ts';
import { migrate } from './migrate.ts';

/**
 * A fresh, migrated database for one test file. MEEDOEN_TEST_DB=postgres runs the same suite against
 * PostgreSQL (TEST_DATABASE_URL, default the local server), each file in its own throw-away database.
 */
export const testDatabaseKind = process.env.MEEDOEN_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
export const postgresTestUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function openTestDatabase(): Promise<Database & { drop(): Promise<void> }> {
  if (testDatabaseKind === 'pglite') {
    const database = await openDatabase({});
    await migrate(database);
    return Object.assign(database, { drop: () => database.close() });
  }
  const name = `meedoen_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresTestUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresTestUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 5 });
  await migrate(database);
  return Object.assign(database, {
    async drop() {
      await database.close();
      const a = new pg.Client({ connectionString: postgresTestUrl });
      await a.connect();
      try {
        // pool.end() returns before the server has closed its backends; wait so FORCE kills nothing in flight.
        for (let i = 0; i < 100; i++) {
          const r = await a.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          if (r.rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await a.end();
      }
    },
  });
}
