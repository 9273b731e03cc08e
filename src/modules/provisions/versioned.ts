import { sql, type Kysely } from 'kysely';
import { requireTenant } from '../../db/tenant.ts';
import type { DB } from '../../db/types.ts';
import { staleVersion } from '../../server/etag.ts';
import { notFound } from '../../server/problem.ts';

type VersionedTable = 'instruments' | 'instrumentOffers' | 'organisations' | 'providerContracts' | 'reintegrationBudgets' | 'trajectories'
  | 'employers' | 'opportunities';

/**
 * Updates one row of the caller's municipality if it still has the version the client saw: 404 when it does not
 * exist there, 412 when someone changed it first. Returns the new version.
 */
export async function updateVersioned(
  tx: Kysely<DB>, table: VersionedTable, municipalityId: string, id: string, expectedVersion: number, set: Record<string, unknown>,
): Promise<number> {
  const t = table as 'instruments';
  const updated = await tx.updateTable(t).set({ ...(set as object), version: sql`version + 1` } as never)
    .where('id', '=', id).where('municipalityId', '=', requireTenant(municipalityId)).where('version', '=', expectedVersion)
    .returning('version').executeTakeFirst();
  if (updated) return updated.version;
  const exists = await tx.selectFrom(t).select('id').where('id', '=', id).where('municipalityId', '=', municipalityId).executeTakeFirst();
  throw exists ? staleVersion() : notFound();
}
