import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';

/** An open, migrated database for one CLI command, chosen the way the server chooses it. */
export interface CliDatabase {
  database: Database;
  /** Migrations this opening applied (empty when the schema was up to date). */
  applied: string[];
  /** For messages: "PostgreSQL (host/db)" or "PGlite in <map>" — never a password. */
  description: string;
  close(): Promise<void>;
}

/** "postgres://user:secret@host:5432/db" → "host:5432/db": enough to recognise, nothing secret. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return 'onleesbare DATABASE_URL';
  }
}

/** DATABASE_URL → PostgreSQL, otherwise PGlite in MEEDOEN_DATA_DIR (default ./data); migrations first. */
export async function openCliDatabase(config: Config = loadConfig(), options: { poolSize?: number } = {}): Promise<CliDatabase> {
  const database = await openDatabase(config.databaseUrl
    ? { url: config.databaseUrl, poolSize: options.poolSize }
    : { dataDir: config.dataDir });
  try {
    const applied = await migrate(database);
    const description = database.mode === 'postgres' ? `PostgreSQL (${describeUrl(config.databaseUrl!)})` : `PGlite in ${config.dataDir}`;
    return { database, applied, description, close: () => database.close() };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}
