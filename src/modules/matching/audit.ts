import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { appendAuditEvent, type AuditContext, type AuditEntry } from '../access/audit/store.ts';

export const MATCHING_PURPOSE = 'Bemiddeling naar werk: kandidaten en kansen bij elkaar brengen';

/**
 * Matching touches residents of several municipalities of a region. An event about a resident goes into the chain
 * of the resident's municipality (the one the resident would ask "who looked at my data"), with the acting user
 * of the other municipality as actor; the caller's own chain never holds another municipality's resident ids.
 * Chains are locked in a fixed order (by municipality id), so two such transactions cannot deadlock.
 */
export async function appendAcrossChains(tx: Kysely<DB>, ctx: AuditContext, events: { municipalityId: string; entry: AuditEntry }[]) {
  const ordered = [...events].sort((a, b) => (a.municipalityId < b.municipalityId ? -1 : a.municipalityId > b.municipalityId ? 1 : 0));
  for (const e of ordered) {
    await appendAuditEvent(tx, { ...ctx, municipalityId: e.municipalityId }, { purpose: MATCHING_PURPOSE, ...e.entry });
  }
}
