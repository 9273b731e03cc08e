import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PgliteSingleConnectionPool } from './pglite-pool.ts';
import type { DB } from './types.ts';

export type StorageMode = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  mode: StorageMode;
  /** Runs a multi-statement SQL script (migrations); rolls back on error; never for user input. */
  execScript(script: string): Promise<void>;
  close(): Promise<void>;
}

// Same value shapes from both drivers: dates as 'YYYY-MM-DD' strings (no time-zone shifts),
// bigints as numbers (counts and sequence numbers stay far below 2^53).
const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;
pg.types.setTypeParser(DATE_OID, (v) => v);
pg.types.setTypeParser(INT8_OID, (v) => Number(v));
pg.types.setTypeParser(NUMERIC_OID, (v) => Number(v));

export interface OpenOptions {
  /** postgres://… uses PostgreSQL; otherwise embedded PGlite. */
  url?: string;
  /** PGlite data folder; undefined means in memory (tests). */
  dataDir?: string;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const plugins = [new CamelCasePlugin()];
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle connection closed by the server (restart, failover) must not crash the process;
    // the pool drops it and opens a new one on the next query.
    pool.on('error', (error) => process.emitWarning(`PostgreSQL-verbinding verbroken: ${error.message}`));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
    return {
      db,
      mode: 'postgres',
      async execScript(script) {
        const client = await pool.connect();
        try {
          await client.query(script);
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      },
      async close() {
        await db.destroy();
      },
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const pglite = new PGlite({
    dataDir: options.dataDir,
    parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v), [NUMERIC_OID]: (v: string) => Number(v) },
  });
  await pglite.waitReady;
  const pool = new PgliteSingleConnectionPool(pglite);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
  return {
    db,
    mode: 'pglite',
    async execScript(script) {
      const client = await pool.connect();
      try {
        await pglite.exec(script);
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}
