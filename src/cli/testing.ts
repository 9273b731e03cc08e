import { sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../db/connection.ts';
import { postgresTestUrl, type openTestDatabase } from '../db/testing.ts';
import type { CliIO } from './program.ts';

/** A CLI IO for tests: records stdout and stderr, and hands every command the given (already migrated) database. */
export function recordingIO(database: Database, env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    env,
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s), isTTY: false },
    // The test owns the database: commands must not close it.
    open: async () => ({ database, applied: [], description: `testdatabase (${database.mode})`, close: async () => undefined }),
  };
  return { io, out: () => out.join(''), err: () => err.join(''), clear: () => { out.length = 0; err.length = 0; } };
}

/**
 * Drops a test database without the race in drop(): pg-pool's end() resolves as soon as it has *asked* its
 * idle connections to close, so DROP DATABASE … WITH (FORCE) can kill a backend that is still closing; the
 * pool then emits 'error' with no listener and the test run ends with an uncaught exception. Here the
 * backends are waited for (at most 5 s) before the drop.
 */
export async function dropTestDatabase(database: Awaited<ReturnType<typeof openTestDatabase>> | undefined): Promise<void> {
  if (!database) return;
  if (database.mode !== 'postgres') return database.drop();
  const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(database.db);
  await database.close();
  const admin = new pg.Client({ connectionString: postgresTestUrl });
  await admin.connect();
  try {
    for (let i = 0; i < 100; i++) {
      const r = await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [rows[0].name]);
      if (r.rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await admin.end();
  }
  await database.drop();  // closing twice is harmless: Kysely's destroy() is idempotent
}
