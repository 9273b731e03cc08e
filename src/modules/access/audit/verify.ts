import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { auditHash, GENESIS_HASH } from './chain.ts';

export interface BrokenLink { municipalityId: string; chainIndex: number; seq: number | null; reason: string }
export interface VerifyReport { municipalities: number; events: number; firstBroken: BrokenLink | null }

/** Walks every municipality's chain in order and reports the first link that does not hold. */
export async function verifyAuditChains(db: Kysely<DB>, batchSize = 5000): Promise<VerifyReport> {
  const heads = await db.selectFrom('auditChainHeads').selectAll().orderBy('municipalityId').execute();
  let events = 0;
  for (const head of heads) {
    let prevHash = GENESIS_HASH;
    let expectedIndex = 1;
    for (;;) {
      const rows = await db.selectFrom('auditEvents').selectAll()
        .where('municipalityId', '=', head.municipalityId)
        .where('chainIndex', '>=', expectedIndex)
        .orderBy('chainIndex').limit(batchSize).execute();
      if (rows.length === 0) break;
      for (const row of rows) {
        const broken = (reason: string): VerifyReport => ({
          municipalities: heads.length, events,
          firstBroken: { municipalityId: head.municipalityId, chainIndex: Number(row.chainIndex), seq: Number(row.seq), reason },
        });
        if (Number(row.chainIndex) !== expectedIndex) return broken(`schakel ${expectedIndex} ontbreekt`);
        if (row.prevHash !== prevHash) return broken('vorige hash klopt niet');
        const recomputed = auditHash(prevHash, { ...row, chainIndex: Number(row.chainIndex), occurredAt: new Date(row.occurredAt) });
        if (recomputed !== row.hash) return broken('inhoud gewijzigd: hash klopt niet');
        prevHash = row.hash;
        expectedIndex += 1;
        events += 1;
      }
    }
    if (expectedIndex - 1 !== Number(head.lastIndex) || prevHash !== head.lastHash) {
      return {
        municipalities: heads.length, events,
        firstBroken: { municipalityId: head.municipalityId, chainIndex: expectedIndex, seq: null, reason: 'keten eindigt eerder dan de kop: laatste gebeurtenissen ontbreken' },
      };
    }
  }
  return { municipalities: heads.length, events, firstBroken: null };
}
