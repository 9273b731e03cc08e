import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from '../../src/server/logging.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { residentOf } from '../support/fixtures.ts';

const logLines: string[] = [];
const sink = new Writable({ write(chunk, _enc, done) { logLines.push(chunk.toString()); done(); } });

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({
    logger: { ...(loggerOptions('trace') as object), stream: sink },
    extraRoutes: (app) => {
      // Deliberately without an access declaration: must be refused.
      app.get('/api/v1/undeclared', async () => ({ secret: 'should never be served' }));
      app.get('/api/v1/broken', { config: { access: { public: true } } }, async () => {
        throw new Error('database password=hunter2 at /srv/app.ts:12');
      });
    },
  });
});
afterAll(async () => { await t?.close(); });

describe('deny by default and errors', () => {
  it('refuses a route without a declaration', async () => {
    const res = await t.app.inject({ url: '/api/v1/undeclared' });
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('should never be served');
    const cookie = await t.login('administrator@voorbeeld');
    expect((await t.app.inject({ url: '/api/v1/undeclared', headers: { cookie } })).statusCode).toBe(403);
  });

  it('answers unexpected failures in Dutch without a stack trace or internals', async () => {
    const res = await t.app.inject({ url: '/api/v1/broken' });
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toEqual({
      type: 'about:blank', title: 'Er ging iets mis', status: 500,
      detail: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', instance: '/api/v1/broken',
    });
    expect(res.body).not.toMatch(/hunter2|srv|stack/);
  });

  it('gives Dutch validation messages as problem+json', async () => {
    const cookie = await t.login('work_consultant@voorbeeld');
    const res = await t.app.inject({ url: '/api/v1/residents?pageSize=500&ladderStep=9', headers: { cookie } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body.title).toBe('Ongeldige invoer');
    expect(body.detail).toContain("parameter 'pageSize'");
    expect(body.detail).toMatch(/Te groot|te groot/);
    const bad = await t.app.inject({ url: '/api/v1/residents/niet-een-id', headers: { cookie } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('Ongeldige inwoner-id');
  });

  it('refuses malformed JSON, a wrong content type and an oversized body', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/sessions', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().title).toBe('Ongeldige invoer');
    const xml = await t.app.inject({ method: 'POST', url: '/api/v1/sessions', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().detail).toBe('Stuur de gegevens als application/json.');
    const big = await t.app.inject({ method: 'POST', url: '/api/v1/sessions', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username: 'x', password: 'y'.repeat(300_000) }) });
    expect(big.statusCode).toBe(413);
    expect(big.json().detail).toBe('Het verzoek is groter dan toegestaan.');
  });

  it('answers a stale version with 412 and a missing one with 428', async () => {
    const cookie = await t.login('work_consultant@voorbeeld');
    const resident = await residentOf(t.db, 'work_consultant@voorbeeld');
    const url = `/api/v1/residents/${resident.id}`;
    const etag = (await t.app.inject({ url, headers: { cookie } })).headers.etag as string;
    const first = await t.app.inject({ method: 'PATCH', url, headers: { cookie, 'if-match': etag }, payload: { preferredLanguage: 'en' } });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).not.toBe(etag);
    const second = await t.app.inject({ method: 'PATCH', url, headers: { cookie, 'if-match': etag }, payload: { preferredLanguage: 'ar' } });
    expect(second.statusCode).toBe(412);
    expect(second.json().title).toBe('Gegevens zijn intussen gewijzigd');
    const none = await t.app.inject({ method: 'PATCH', url, headers: { cookie }, payload: { preferredLanguage: 'ar' } });
    expect(none.statusCode).toBe(428);
    const after = await t.app.inject({ url, headers: { cookie } });
    expect(after.json().preferredLanguage).toBe('en');
  });
});

describe('logs', () => {
  it('never contain a BSN, a password or a session id', async () => {
    const resident = await residentOf(t.db, 'work_consultant@voorbeeld');
    await t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username: 'work_consultant@voorbeeld', password: 'verkeerd-geheim-123' } });
    const cookie = await t.login('income_consultant@voorbeeld');
    await t.app.inject({ url: `/api/v1/residents?q=${resident.bsn}`, headers: { cookie } });
    await t.app.inject({ url: `/api/v1/residents/${resident.id}`, headers: { cookie } });
    await t.app.inject({ url: `/api/v1/residents?q=${resident.bsn.slice(1)}`, headers: { cookie } });
    await t.app.inject({ url: '/api/v1/broken' });

    const all = logLines.join('');
    expect(logLines.length).toBeGreaterThan(10);
    expect(all).toContain('/api/v1/residents?q=*********');  // the search was logged, masked
    // A leaked BSN (or the 8-digit partial that was searched) stands as a number of its own; digits inside
    // longer numbers (epoch-millisecond times, durations, hashes) can coincide with one by chance.
    const standaloneNumbers = new Set(all.match(/(?<![0-9])[0-9]{8,9}(?![0-9])/g) ?? []);
    const everyBsn = await t.db.selectFrom('residents').select('bsn').execute();
    expect(everyBsn.length).toBeGreaterThan(100);
    for (const { bsn } of everyBsn) {
      expect(standaloneNumbers.has(bsn), bsn).toBe(false);
      expect(standaloneNumbers.has(bsn.slice(1)), bsn).toBe(false);
    }
    expect(all.includes(resident.bsn)).toBe(false);
    expect(all.includes(resident.bsn.slice(1))).toBe(false);
    expect(all).not.toContain('meedoen-demo');
    expect(all).not.toContain('verkeerd-geheim-123');
    expect(all).not.toContain(cookie.split('=')[1]);
    expect(all).not.toContain('hunter2');
  });
});
