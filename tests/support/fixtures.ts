import { todayIso } from '../../src/rules/dates.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/types.ts';

/** A resident in the caseload of the given user (by user name). */
export async function residentOf(db: Kysely<DB>, username: string) {
  return db.selectFrom('residents').innerJoin('users', 'users.id', 'residents.contactPersonId')
    .select(['residents.id', 'residents.bsn', 'residents.municipalityId', 'residents.teamId', 'residents.version', 'residents.surname', 'residents.postcode'])
    .where('users.username', '=', username).orderBy('residents.surname').orderBy('residents.id').limit(1).executeTakeFirstOrThrow();
}

/** A resident of the municipality whose contact person is in another team than the given user. */
export async function residentOutsideTeamOf(db: Kysely<DB>, username: string) {
  const user = await db.selectFrom('users').select(['municipalityId', 'teamId']).where('username', '=', username).executeTakeFirstOrThrow();
  return db.selectFrom('residents').select(['id', 'bsn'])
    .where('municipalityId', '=', user.municipalityId).where('teamId', '!=', user.teamId!)
    .orderBy('id').limit(1).executeTakeFirstOrThrow();
}

export async function userByName(db: Kysely<DB>, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow();
}

// ---- Dossier API tests (tests/integration/dossier-*.int.test.ts) ----
import type { FastifyInstance } from 'fastify';

/** Several residents in the caseload of the given user, so tests in one file can each take their own. */
export async function residentsOf(db: Kysely<DB>, username: string, count: number) {
  const rows = await db.selectFrom('residents').innerJoin('users', 'users.id', 'residents.contactPersonId')
    .select(['residents.id', 'residents.bsn', 'residents.municipalityId', 'residents.teamId', 'residents.householdId',
      'residents.ladderStep', 'residents.ladderMeasuredOn', 'residents.lastContactOn', 'residents.contactPersonId'])
    .where('users.username', '=', username).orderBy('residents.surname').orderBy('residents.id').limit(count).execute();
  if (rows.length < count) throw new Error(`${username} has only ${rows.length} residents, ${count} asked`);
  return rows;
}

/** Residents of a municipality by its code (e.g. 'buurdorp'). */
export async function residentsOfMunicipality(db: Kysely<DB>, code: string, count = 1) {
  return db.selectFrom('residents').innerJoin('municipalities as m', 'm.id', 'residents.municipalityId')
    .select(['residents.id', 'residents.bsn', 'residents.teamId', 'residents.contactPersonId'])
    .where('m.code', '=', code).orderBy('residents.id').limit(count).execute();
}

/** The audit rows one request wrote, oldest first (matched on the request id the response carries). */
export async function auditRowsOf(db: Kysely<DB>, response: { headers: Record<string, unknown> }) {
  const requestId = String(response.headers['x-request-id']);
  return db.selectFrom('auditEvents').selectAll().where('requestId', '=', requestId).orderBy('chainIndex').execute();
}

/** A day relative to today (the Dutch calendar day, as the server counts), as 'YYYY-MM-DD'. */
export function dayFromToday(days: number, months = 0): string {
  const d = new Date(`${todayIso()}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** app.inject with a session cookie, under /api/v1; `ifMatch` only when given. */
export function apiAs(app: { inject: FastifyInstance['inject'] }, cookie: string) {
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, ifMatch?: string) =>
    app.inject({
      method, url: `/api/v1${url}`,
      headers: { cookie, ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  return {
    get: (url: string) => send('GET', url),
    post: (url: string, body: unknown) => send('POST', url, body),
    put: (url: string, body: unknown, ifMatch?: string) => send('PUT', url, body, ifMatch),
    patch: (url: string, body: unknown, ifMatch?: string) => send('PATCH', url, body, ifMatch),
    delete: (url: string, ifMatch?: string) => send('DELETE', url, undefined, ifMatch),
    send,
  };
}
export type Api = ReturnType<typeof apiAs>;
