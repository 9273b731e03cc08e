import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, dayFromToday, residentsOf, userByName, type Api } from '../support/fixtures.ts';

// Access to every dossier sub-resource, with real records behind each id: a work consultant of another
// team gets 403, any user of another municipality 404, on reads and writes alike, every refusal is
// logged, and nothing of the dossier changes. Plus field-level access: the BSN.

let t: TestApp;
let owner: Api;
let resident: { id: string; bsn: string; householdId: string | null };
let ids: Record<string, string>;

const day = dayFromToday(-1);
/** Every dossier route, with a valid body, aimed at existing records of the resident. */
const operations = () => [
  { name: 'dossier', method: 'GET', url: `/residents/${resident.id}` },
  { name: 'person', method: 'PATCH', url: `/residents/${resident.id}`, body: { phone: '06 99998888' }, ifMatch: '"v1"' },
  ...([
    ['contact-moments', { occurredOn: day, channel: 'phone', note: 'Gebeld' }, { note: 'Aangepast' }],
    ['referrals', { domain: 'wmo', referredOn: day }, { status: 'completed' }],
    ['plan-goals', { title: 'Werk vinden' }, { status: 'achieved' }],
    ['plan-steps', { description: 'Cv maken', owner: 'resident', dueOn: day }, { status: 'done' }],
    ['target-groups', { code: 'nug', startDate: day }, { endDate: day }],
    ['household-members', { kind: 'child', givenNames: 'Kim', birthDate: '2015-03-01' }, { givenNames: 'Kimberly' }],
    ['barriers', { category: 'debts', description: 'Schuld' }, { resolvedOn: day }],
  ] as const).flatMap(([path, create, change]) => [
    ...(path === 'barriers' ? [] : [{ name: `${path} list`, method: 'GET', url: `/residents/${resident.id}/${path}` }]),
    { name: `${path} create`, method: 'POST', url: `/residents/${resident.id}/${path}`, body: create },
    { name: `${path} change`, method: 'PATCH', url: `/residents/${resident.id}/${path}/${ids[path]}`, body: change, ifMatch: '"v1"' },
  ]),
  { name: 'household-members delete', method: 'DELETE', url: `/residents/${resident.id}/household-members/${ids['household-members']}`, ifMatch: '"v1"' },
  { name: 'barriers list', method: 'GET', url: `/residents/${resident.id}/barriers` },
  { name: 'health barriers list', method: 'GET', url: `/residents/${resident.id}/barriers?healthPurpose=${encodeURIComponent('Passend werk zoeken')}` },
  { name: 'health barrier create', method: 'POST', url: `/residents/${resident.id}/barriers`, body: { category: 'health', description: 'Iets' } },
  { name: 'health barrier change', method: 'PATCH', url: `/residents/${resident.id}/barriers/${ids.health}`, body: { description: 'Iets' }, ifMatch: '"v1"' },
  { name: 'ladder list', method: 'GET', url: `/residents/${resident.id}/ladder-measurements` },
  { name: 'ladder create', method: 'POST', url: `/residents/${resident.id}/ladder-measurements`, body: { step: 3, measuredOn: day, motivation: 'Doet mee aan een cursus.' } },
  { name: 'work profile', method: 'GET', url: `/residents/${resident.id}/work-profile` },
  { name: 'work profile change', method: 'PUT', url: `/residents/${resident.id}/work-profile`, ifMatch: '"v1"',
    body: { educationLevel: 'mbo2', dutchLevel: 'B1', drivingLicences: ['B'], hoursPerWeek: 24, maxTravelKm: 15, wishes: '' } },
  { name: 'skill create', method: 'POST', url: `/residents/${resident.id}/work-profile/skills`, body: { kind: 'skill', freeText: 'Fietsen repareren' } },
  { name: 'skill delete', method: 'DELETE', url: `/residents/${resident.id}/work-profile/skills/${ids.skill}` },
  { name: 'wage value create', method: 'POST', url: `/residents/${resident.id}/work-profile/wage-values`, body: { percentage: 60, measuredOn: day, method: 'dariuz' } },
  { name: 'contact person history', method: 'GET', url: `/residents/${resident.id}/contact-person-changes` },
  { name: 'timeline', method: 'GET', url: `/residents/${resident.id}/timeline` },
] as { name: string; method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; url: string; body?: object; ifMatch?: string }[];

/** Everything the dossier holds about the resident, to prove a refused write changed nothing. */
async function snapshot() {
  const r = resident.id;
  const rows = await Promise.all([
    t.db.selectFrom('residents').selectAll().where('id', '=', r).execute(),
    ...(['contactMoments', 'referrals', 'planGoals', 'planSteps', 'residentTargetGroups', 'barriers', 'ladderMeasurements',
      'workProfiles', 'residentSkills', 'wageValueMeasurements', 'contactPersonChanges'] as const)
      .map((table) => t.db.selectFrom(table).selectAll().where('residentId', '=', r).execute()),
    t.db.selectFrom('householdMembers').selectAll().where('householdId', '=', resident.householdId!).execute(),
  ]);
  return rows.map((table) => table.map((row) => JSON.stringify(row)).sort());
}

beforeAll(async () => {
  t = await startTestApp();
  owner = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
  [resident] = await residentsOf(t.db, 'work_consultant@voorbeeld', 1);
  expect(resident.householdId).not.toBeNull();
  // One record of every kind, made by the resident's own contact person.
  ids = {};
  for (const op of operations().filter((o) => o.method === 'POST' && !o.url.includes('/work-profile/'))) {
    const res = await owner.post(op.url, op.body);
    expect(res.statusCode, `${op.name}: ${res.body}`).toBe(201);
    if (op.name === 'health barrier create') ids.health = res.json().id;
    else if (op.url.endsWith('/ladder-measurements')) continue;
    else ids[op.url.split('/').pop()!] = res.json().id;
  }
  expect((await owner.put(`/residents/${resident.id}/work-profile`, operations().find((o) => o.name === 'work profile change')!.body, '"v0"')).statusCode).toBe(200);
  ids.skill = (await owner.post(`/residents/${resident.id}/work-profile/skills`, { kind: 'occupation', code: '4110' })).json().skills[0].id;
  expect((await owner.post(`/residents/${resident.id}/work-profile/wage-values`, { percentage: 40, measuredOn: day, method: 'dariuz' })).statusCode).toBe(201);
  expect(Object.keys(ids).sort()).toEqual(['barriers', 'contact-moments', 'health', 'household-members', 'plan-goals', 'plan-steps', 'referrals', 'skill', 'target-groups']);
});
afterAll(async () => { await t?.close(); });

const send = (api: Api, op: ReturnType<typeof operations>[number]) => api.send(op.method, op.url, op.body, op.ifMatch);

describe('dossier access across teams and municipalities', () => {
  it('a work consultant of another team gets 403 on every read and write, each refusal logged, nothing changed', async () => {
    const otherTeam = apiAs(t.app, await t.login('work_consultant4@voorbeeld'));
    const user = await userByName(t.db, 'work_consultant4@voorbeeld');
    expect(user.teamId).not.toBe((await userByName(t.db, 'work_consultant@voorbeeld')).teamId);
    const before = await snapshot();
    for (const op of operations()) {
      const res = await send(otherTeam, op);
      expect(res.statusCode, `${op.name}: ${res.body}`).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).not.toContain(resident.bsn);
      const audit = await auditRowsOf(t.db, res);
      expect(audit, op.name).toHaveLength(1);
      expect(audit[0], op.name).toMatchObject({ result: 'denied', actorUserId: user.id, residentIds: [resident.id] });
    }
    expect(await snapshot()).toEqual(before);
  });

  for (const username of ['work_consultant@buurdorp', 'income_consultant@buurdorp', 'team_lead@buurdorp']) {
    it(`${username} gets 404 on every read and write, as if the resident did not exist, and changes nothing`, async () => {
      const foreign = apiAs(t.app, await t.login(username));
      const user = await userByName(t.db, username);
      const before = await snapshot();
      for (const op of operations()) {
        const res = await send(foreign, op);
        expect(res.statusCode, `${op.name}: ${res.body}`).toBe(404);
        expect(res.json()).toMatchObject({ status: 404, title: 'Niet gevonden' });
        expect(res.body).not.toContain(resident.bsn);
        // Logged in the caller's own municipality, without linking the person they aimed at.
        const audit = await auditRowsOf(t.db, res);
        expect(audit, op.name).toMatchObject([{ result: 'denied', actorUserId: user.id, municipalityId: user.municipalityId, residentIds: [] }]);
      }
      // The foreign team lead cannot take the resident over either.
      if (username === 'team_lead@buurdorp') {
        const to = await userByName(t.db, 'work_consultant@buurdorp');
        const res = await foreign.put(`/residents/${resident.id}/contact-person`, { userId: to.id, reason: 'Overname door Buurdorp' });
        expect(res.statusCode, res.body).toBe(404);
        const bulk = await foreign.post('/residents/reassignments', { residentIds: [resident.id], toUserId: to.id, reason: 'Overname door Buurdorp' });
        expect(bulk.statusCode, bulk.body).toBe(404);
      }
      expect(await snapshot()).toEqual(before);
    });
  }

  it('an income consultant (municipality scope) reads every part of the dossier', async () => {
    const income = apiAs(t.app, await t.login('income_consultant@voorbeeld'));
    for (const op of operations().filter((o) => o.method === 'GET')) {
      const res = await send(income, op);
      expect(res.statusCode, `${op.name}: ${res.body}`).toBe(200);
    }
  });

  it('the same requests by the contact person go through, so the refusals above were about access', async () => {
    for (const op of operations()) {
      const res = await send(owner, op);
      // The member was changed just before (version 2), so deleting it with version 1 is stale.
      if (op.name === 'household-members delete') {
        expect(res.statusCode, res.body).toBe(412);
        expect((await owner.delete(new URL(op.url, 'http://x').pathname, '"v2"')).statusCode).toBe(204);
        continue;
      }
      expect([200, 201, 204], `${op.name}: ${res.statusCode} ${res.body}`).toContain(res.statusCode);
    }
  });

  it('answers 401 without a session, before looking at the resident', async () => {
    for (const op of operations().slice(0, 6)) {
      const res = await t.app.inject({ method: op.method, url: `/api/v1${op.url}`, ...(op.body ? { payload: op.body } : {}) });
      expect(res.statusCode, op.name).toBe(401);
    }
  });
});

describe('BSN', () => {
  const masked = (bsn: string) => `******${bsn.slice(-3)}`;

  it('is masked for work consultants and team leads, in the caseload and in the dossier', async () => {
    for (const username of ['work_consultant@voorbeeld', 'team_lead@voorbeeld']) {
      const api = apiAs(t.app, await t.login(username));
      const list = await api.get('/residents?view=team&pageSize=100');
      expect(list.statusCode).toBe(200);
      for (const item of list.json().items) expect(item.bsn).toMatch(/^\*{6}\d{3}$/);
      const found = await api.get(`/residents?q=${resident.bsn}`);
      expect(found.json().items).toMatchObject([{ id: resident.id, bsn: masked(resident.bsn) }]);
      const detail = await api.get(`/residents/${resident.id}`);
      expect(detail.json()).toMatchObject({ bsn: masked(resident.bsn), bsnMasked: true });
      for (const res of [found, detail, await api.get(`/residents/${resident.id}/timeline`)]) expect(res.body).not.toContain(resident.bsn);
    }
  });

  it('is shown in full to an income consultant, in the list and in the dossier', async () => {
    const income = apiAs(t.app, await t.login('income_consultant@voorbeeld'));
    const list = await income.get('/residents?pageSize=100');
    for (const item of list.json().items) expect(item.bsn).toMatch(/^\d{9}$/);
    const found = await income.get(`/residents?q=${resident.bsn}`);
    expect(found.json().items).toMatchObject([{ id: resident.id, bsn: resident.bsn }]);
    expect((await income.get(`/residents/${resident.id}`)).json()).toMatchObject({ bsn: resident.bsn, bsnMasked: false });
  });

  it('can only be changed by a role that may see it', async () => {
    const current = await owner.get(`/residents/${resident.id}`);
    const res = await owner.patch(`/residents/${resident.id}`, { bsn: '111222333' }, current.headers.etag as string);
    expect(res.statusCode).toBe(403);
    const row = await t.db.selectFrom('residents').select('bsn').where('id', '=', resident.id).executeTakeFirstOrThrow();
    expect(row.bsn).toBe(resident.bsn);
    // Never in the audit log either.
    const leaked = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE purpose LIKE ${`%${resident.bsn}%`}`.execute(t.db);
    expect(leaked.rows[0].n).toBe(0);
  });
});
