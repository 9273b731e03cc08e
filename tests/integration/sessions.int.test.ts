import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ config: { loginAttemptsPerMinute: 5 } }); });
afterAll(async () => { await t?.close(); });

const login = (username: string, password: string, cookie?: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username, password }, headers: cookie ? { cookie } : {} });

describe('log-in and sessions', () => {
  it('sets an HttpOnly, SameSite=Strict cookie and answers who is logged in', async () => {
    const res = await login('work_consultant@voorbeeld', 'meedoen-demo');
    expect(res.statusCode).toBe(201);
    const cookie = res.cookies.find((c) => c.name === 'meedoen_sessie')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(cookie.path).toBe('/');
    expect(cookie.value.length).toBeGreaterThanOrEqual(40);
    const me = await t.app.inject({ url: '/api/v1/sessions/current', headers: { cookie: `meedoen_sessie=${cookie.value}` } });
    expect(me.json()).toMatchObject({ username: 'work_consultant@voorbeeld', role: 'work_consultant', municipalityName: 'Voorbeeld', organisationName: 'Gemeente Voorbeeld' });
  });

  it('gives a new session id at every log-in and ends the one the browser had', async () => {
    const first = await t.login('team_lead@voorbeeld');
    const res = await login('team_lead@voorbeeld', 'meedoen-demo', first);
    const second = `meedoen_sessie=${res.cookies.find((c) => c.name === 'meedoen_sessie')!.value}`;
    expect(second).not.toBe(first);
    expect((await t.app.inject({ url: '/api/v1/sessions/current', headers: { cookie: first } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/sessions/current', headers: { cookie: second } })).statusCode).toBe(200);
  });

  it('refuses a wrong password in Dutch and records every attempt', async () => {
    const res = await login('income_consultant@voorbeeld', 'fout-wachtwoord');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 401, title: 'Inloggen mislukt', detail: 'De combinatie van gebruikersnaam en wachtwoord is onbekend.' });
    await login('income_consultant@voorbeeld', 'meedoen-demo');
    await login('niemand@voorbeeld', 'meedoen-demo');
    const attempts = await t.db.selectFrom('loginAttempts').select(['username', 'result', 'reason', 'userId', 'requestId'])
      .where('username', 'in', ['income_consultant@voorbeeld', 'niemand@voorbeeld']).orderBy('id').execute();
    expect(attempts.map((a) => [a.username, a.result, a.reason])).toEqual([
      ['income_consultant@voorbeeld', 'denied', 'wrong_password'],
      ['income_consultant@voorbeeld', 'success', null],
      ['niemand@voorbeeld', 'denied', 'unknown_user'],
    ]);
    expect(attempts.every((a) => a.requestId)).toBe(true);
  });

  it('limits attempts per minute and records the refusal', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await login('administrator@buurdorp', `gok-${i}`)).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await login('administrator@buurdorp', 'meedoen-demo');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json().detail).toMatch(/Wacht een minuut|Te veel/);
    const rows = await t.db.selectFrom('loginAttempts').select('result').where('username', '=', 'administrator@buurdorp').where('result', '=', 'rate_limited').execute();
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const idle = await t.login('work_consultant@buurdorp');
    await sql`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = (SELECT id FROM users WHERE username = 'work_consultant@buurdorp')`.execute(t.db);
    expect((await t.app.inject({ url: '/api/v1/sessions/current', headers: { cookie: idle } })).statusCode).toBe(401);

    const absolute = await t.login('team_lead@buurdorp');
    await sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM users WHERE username = 'team_lead@buurdorp')`.execute(t.db);
    expect((await t.app.inject({ url: '/api/v1/sessions/current', headers: { cookie: absolute } })).statusCode).toBe(401);
  });

  it('logs out: the cookie is cleared and the session no longer works', async () => {
    const cookie = await t.login('income_consultant@buurdorp');
    const res = await t.app.inject({ method: 'DELETE', url: '/api/v1/sessions/current', headers: { cookie } });
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'meedoen_sessie')?.value).toBe('');
    expect((await t.app.inject({ url: '/api/v1/residents', headers: { cookie } })).statusCode).toBe(401);
  });

  it('stores argon2id hashes, never the password', async () => {
    const user = await t.db.selectFrom('users').select('passwordHash').where('username', '=', 'work_consultant@voorbeeld').executeTakeFirstOrThrow();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const tokens = await t.db.selectFrom('sessions').select('tokenHash').execute();
    for (const s of tokens) expect(s.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('production mode', () => {
  let prod: TestApp;
  beforeAll(async () => { prod = await startTestApp({ config: { production: true } }); });
  afterAll(async () => { await prod?.close(); });

  it('refuses demo accounts and the demo password', async () => {
    const res = await prod.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username: 'work_consultant@voorbeeld', password: 'meedoen-demo' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toBe('Demo-accounts en het demowachtwoord zijn in productie uitgeschakeld.');
    const attempt = await prod.db.selectFrom('loginAttempts').select('reason').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(attempt.reason).toBe('demo_refused_in_production');
  });

  it('marks the cookie Secure', async () => {
    // A real (non-demo) account with a real password logs in fine.
    const { hashPassword } = await import('../../src/modules/access/passwords.ts');
    const demo = await prod.db.selectFrom('users').selectAll().where('username', '=', 'team_lead@voorbeeld').executeTakeFirstOrThrow();
    await prod.db.insertInto('users').values({
      municipalityId: demo.municipalityId, organisationId: demo.organisationId, teamId: demo.teamId,
      username: 'j.echt@voorbeeld', displayName: 'J. Echt', role: 'team_lead', passwordHash: await hashPassword('een-lang-echt-wachtwoord'),
    }).execute();
    const res = await prod.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username: 'j.echt@voorbeeld', password: 'een-lang-echt-wachtwoord' } });
    expect(res.statusCode).toBe(201);
    expect(res.cookies.find((c) => c.name === 'meedoen_sessie')!.secure).toBe(true);
  });
});
