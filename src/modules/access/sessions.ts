import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { demoPassword, dummyPasswordHash, verifyPassword } from './passwords.ts';
import type { Actor, Role } from './roles.ts';

export interface SessionPolicy { idleMinutes: number; absoluteHours: number; production: boolean }

export type LoginOutcome =
  | { ok: true; token: string; actor: Actor; expiresAt: Date }
  | { ok: false; reason: 'unknown_user' | 'wrong_password' | 'inactive' | 'demo_refused_in_production' };

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

function actorFrom(u: { id: string; username: string; displayName: string; role: string; municipalityId: string; organisationId: string; teamId: string | null; residentId: string | null }): Actor {
  return {
    userId: u.id, username: u.username, displayName: u.displayName, role: u.role as Role,
    municipalityId: u.municipalityId, organisationId: u.organisationId, teamId: u.teamId, residentId: u.residentId,
  };
}

const userColumns = ['users.id', 'users.username', 'users.displayName', 'users.role', 'users.municipalityId', 'users.organisationId', 'users.teamId', 'users.residentId'] as const;

/** Checks the password and, when right, opens a new session with a fresh random id. */
export async function logIn(db: Kysely<DB>, policy: SessionPolicy, username: string, password: string, origin: string | null): Promise<LoginOutcome> {
  const user = await db.selectFrom('users').select([...userColumns, 'users.passwordHash', 'users.active', 'users.isDemo'])
    .where('username', '=', username.trim().toLowerCase()).executeTakeFirst();
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user) return { ok: false, reason: 'unknown_user' };
  if (!passwordOk) return { ok: false, reason: 'wrong_password' };
  if (!user.active) return { ok: false, reason: 'inactive' };
  // Demo accounts and the shared demo password exist for trying Meedoen out, never for real use.
  if (policy.production && (user.isDemo || password === demoPassword)) return { ok: false, reason: 'demo_refused_in_production' };

  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + policy.absoluteHours * 3_600_000);
  await db.insertInto('sessions').values({ tokenHash: tokenHash(token), userId: user.id, createdAt: now, lastSeenAt: now, expiresAt, origin }).execute();
  return { ok: true, token, actor: actorFrom(user), expiresAt };
}

/** The actor behind a session cookie, or null when the session is unknown, idle too long or past its end. */
export async function authenticate(db: Kysely<DB>, policy: SessionPolicy, token: string, now = new Date()): Promise<Actor | null> {
  const hash = tokenHash(token);
  const row = await db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.userId')
    .select([...userColumns, 'users.active', 'sessions.lastSeenAt', 'sessions.expiresAt'])
    .where('sessions.tokenHash', '=', hash).executeTakeFirst();
  if (!row) return null;
  const idleLimit = new Date(row.lastSeenAt).getTime() + policy.idleMinutes * 60_000;
  if (!row.active || now.getTime() > idleLimit || now.getTime() > new Date(row.expiresAt).getTime()) {
    await db.deleteFrom('sessions').where('tokenHash', '=', hash).execute();
    return null;
  }
  // Touch at most once a minute: keeps the idle timer right without a write on every request.
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > 60_000) {
    await db.updateTable('sessions').set({ lastSeenAt: now }).where('tokenHash', '=', hash).execute();
  }
  return actorFrom(row);
}

export async function logOut(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('tokenHash', '=', tokenHash(token)).execute();
}

export async function recordLoginAttempt(db: Kysely<DB>, a: { username: string; userId: string | null; result: 'success' | 'denied' | 'rate_limited'; reason: string | null; requestId: string; origin: string | null }) {
  await db.insertInto('loginAttempts').values({ ...a, username: a.username.slice(0, 200) }).execute();
}
