import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Database } from './connection.ts';

const migrationsDir = new URL('./migrations/', import.meta.url);

/** Forward-only SQL migrations, applied in file-name order, each in its own transaction. */
export async function migrate(database: Database): Promise<string[]> {
  await database.execScript(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    );`);
  const files = readdirSync(migrationsDir).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  for (const file of files) {
    const version = file.replace(/\.sql$/, '');
    const body = readFileSync(new URL(file, migrationsDir), 'utf8');
    // The advisory lock keeps two servers starting at once from applying the same migration twice.
    const script = `BEGIN;
      SELECT pg_advisory_xact_lock(727272);
      DO $m$ BEGIN
        IF EXISTS (SELECT 1 FROM schema_migrations WHERE version = '${version}') THEN
          RAISE EXCEPTION 'meedoen:already-applied';
        END IF;
      END $m$;
      ${body}
      INSERT INTO schema_migrations (version) VALUES ('${version}');
      COMMIT;`;
    const done = await sql<{ n: number }>`SELECT count(*)::int AS n FROM schema_migrations WHERE version = ${version}`.execute(database.db);
    if (done.rows[0].n > 0) continue;
    try {
      await database.execScript(script);
      applied.push(version);
    } catch (error) {
      if (String((error as Error).message).includes('meedoen:already-applied')) continue;
      throw new Error(`Migratie ${version} mislukt: ${(error as Error).message}`);
    }
  }
  return applied;
}
