import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t?.close(); });

describe('residents API', () => {
  it('lists the work consultant\'s own caseload with masked BSNs', async () => {
    const cookie = await t.login('work_consultant@voorbeeld');
    const me = await t.app.inject({ url: '/api/v1/sessions/current', headers: { cookie } });
    const res = await t.app.inject({ url: '/api/v1/residents?pageSize=100', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.view).toBe('caseload');
    expect(body.total).toBeGreaterThan(50);
    for (const item of body.items) {
      expect(item.contactPerson.id).toBe(me.json().userId);
      expect(item.bsn).toMatch(/^\*{6}\d{3}$/);
    }
  });

  it('shows the full BSN to an income consultant', async () => {
    const cookie = await t.login('income_consultant@voorbeeld');
    const res = await t.app.inject({ url: '/api/v1/residents?pageSize=5', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().view).toBe('all');
    expect(res.json().items[0].bsn).toMatch(/^\d{9}$/);
  });

  it('answers 401 without a session and 403 for a role without residents access', async () => {
    expect((await t.app.inject({ url: '/api/v1/residents' })).statusCode).toBe(401);
    const cookie = await t.login('policy_analyst@voorbeeld');
    const res = await t.app.inject({ url: '/api/v1/residents', headers: { cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().title).toBe('Geen toegang');
  });
});
