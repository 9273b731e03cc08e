import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentOf } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

// A PATCH changes what it names and nothing else — also fields whose create schema has a default
// (regression: zod's .partial() keeps defaults, which silently reset cost-sharer flags and KvK numbers).
let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t?.close(); });

async function call(cookie: string, method: 'POST' | 'PATCH', url: string, payload: object, etag?: string) {
  return t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie, ...(etag ? { 'if-match': etag } : {}) }, payload });
}

describe('PATCH keeps the fields it does not name', () => {
  it('renaming a housemate keeps them a cost-sharer', async () => {
    const cookie = await t.login('work_consultant@voorbeeld');
    const r = await residentOf(t.db, 'work_consultant@voorbeeld');
    const created = await call(cookie, 'POST', `/residents/${r.id}/household-members`, { kind: 'housemate', givenNames: 'Henk', birthDate: '1970-01-01', costSharer: true });
    expect(created.statusCode, created.body).toBe(201);
    const changed = await call(cookie, 'PATCH', `/residents/${r.id}/household-members/${created.json().id}`, { givenNames: 'Hendrik' }, created.headers.etag as string);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ givenNames: 'Hendrik', costSharer: true });
  });

  it('renaming a provider keeps its KvK number, e-mail and description', async () => {
    const cookie = await t.login('administrator@voorbeeld');
    const created = await call(cookie, 'POST', '/providers', { name: 'Leerbedrijf Oost', providerType: 'training_institute', kvkNumber: '12345678', contactEmail: 'info@leerbedrijf.example', description: 'Scholing' });
    expect(created.statusCode, created.body).toBe(201);
    const changed = await call(cookie, 'PATCH', `/providers/${created.json().id}`, { name: 'Leerbedrijf Oost-Twente' }, created.headers.etag as string);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Leerbedrijf Oost-Twente', kvkNumber: '12345678', contactEmail: 'info@leerbedrijf.example', description: 'Scholing' });
  });

  it('renaming an instrument keeps its description, target groups and needs', async () => {
    const cookie = await t.login('administrator@voorbeeld');
    const created = await call(cookie, 'POST', '/instruments', {
      code: 'patch_proef', name: 'Proef', description: 'Omschrijving', legalBasis: 'Participatiewet art. 7', unit: 'hour',
      targetGroups: ['bijstand'], needs: ['work_experience'], activeFrom: '2026-01-01',
    });
    expect(created.statusCode, created.body).toBe(201);
    const changed = await call(cookie, 'PATCH', `/instruments/${created.json().id}`, { name: 'Proef 2' }, created.headers.etag as string);
    expect(changed.statusCode, changed.body).toBe(200);
    const body = changed.json();
    expect(body.description).toBe('Omschrijving');
    expect(body.targetGroups.map((g: { code: string }) => g.code)).toEqual(['bijstand']);
    expect(body.needs.map((n: { code: string }) => n.code)).toEqual(['work_experience']);
  });
});
