import type { Kysely } from 'kysely';
import type { DB } from './types.ts';

/** Runs work in a transaction, or in the caller's transaction when it is one already (e.g. the demo seed). */
export function inTransaction<T>(db: Kysely<DB>, work: (tx: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
