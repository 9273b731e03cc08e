import { createCipheriv, createDecipheriv, createHash, createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';

// Pseudonymous candidate tokens. A candidate of another municipality is shown as a token, never an id. The token
// is the resident id encrypted with AES-256-GCM under the installation's key (table pseudonym_keys), bound to one
// opportunity as associated data: the same person gets a different, unlinkable token for every opportunity, a
// token cannot be forged or moved to another opportunity, and only the server can turn it back into a resident
// (to file a reveal request). The nonce is derived from key, opportunity and resident (a synthetic IV), so a token
// is stable between two lists of the same opportunity.

const keys = new WeakMap<Kysely<DB>, Promise<Buffer>>();

/** The 256-bit key, read once per database handle. */
export function pseudonymKey(db: Kysely<DB>): Promise<Buffer> {
  let key = keys.get(db);
  if (!key) {
    key = db.selectFrom('pseudonymKeys').select('secret').where('purpose', '=', 'candidate').executeTakeFirstOrThrow()
      .then((row) => createHash('sha256').update(row.secret).digest());
    key.catch(() => keys.delete(db));
    keys.set(db, key);
  }
  return key;
}

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidText = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

export function candidateToken(key: Buffer, opportunityId: string, residentId: string): string {
  const iv = createHmac('sha256', key).update(`${opportunityId}:${residentId}`).digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(opportunityId));
  const body = Buffer.concat([cipher.update(uuidBytes(residentId)), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

/** The resident behind a token of this opportunity; null for anything else (forged, other opportunity, garbage). */
export function residentOfToken(key: Buffer, opportunityId: string, token: string): string | null {
  const raw = Buffer.from(token, 'base64url');
  if (raw.length !== 12 + 16 + 16) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(opportunityId));
    decipher.setAuthTag(raw.subarray(28));
    return uuidText(Buffer.concat([decipher.update(raw.subarray(12, 28)), decipher.final()]));
  } catch {
    return null;
  }
}
