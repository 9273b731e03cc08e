import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, residentsOf, residentsOfMunicipality, userByName, type Api } from '../support/fixtures.ts';

// Vaste contactpersoon: the team lead assigns another work consultant, with a reason that goes into the
// history; in bulk too, all or nothing. Work consultants may not reassign.

let t: TestApp;
let lead: Api;
let consultant: Api;
let users: Record<'wc1' | 'wc2' | 'wc3' | 'wc4' | 'lead' | 'income' | 'foreignWc', { id: string; teamId: string | null; displayName: string }>;
let caseload: Awaited<ReturnType<typeof residentsOf>>;
let next = 0;
const takeResident = () => caseload[next++];
const take = (n: number) => Array.from({ length: n }, takeResident);

beforeAll(async () => {
  t = await startTestApp();
  lead = apiAs(t.app, await t.login('team_lead@voorbeeld'));
  consultant = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
  users = {
    wc1: await userByName(t.db, 'work_consultant@voorbeeld'), wc2: await userByName(t.db, 'work_consultant2@voorbeeld'),
    wc3: await userByName(t.db, 'work_consultant3@voorbeeld'), wc4: await userByName(t.db, 'work_consultant4@voorbeeld'),
    lead: await userByName(t.db, 'team_lead@voorbeeld'), income: await userByName(t.db, 'income_consultant@voorbeeld'),
    foreignWc: await userByName(t.db, 'work_consultant@buurdorp'),
  };
  // Team Noord: the demo work consultant, 2 and 3 and the team lead; 4 is in team Zuid.
  expect(users.wc2.teamId).toBe(users.wc1.teamId);
  expect(users.wc3.teamId).toBe(users.wc1.teamId);
  expect(users.lead.teamId).toBe(users.wc1.teamId);
  expect(users.wc4.teamId).not.toBe(users.wc1.teamId);
  caseload = await residentsOf(t.db, 'work_consultant@voorbeeld', 30);
});
afterAll(async () => { await t?.close(); });

const contactOf = (ids: string[]) => t.db.selectFrom('residents').select(['id', 'contactPersonId', 'teamId', 'version']).where('id', 'in', ids).orderBy('id').execute();
const changesOf = (ids: string[]) => t.db.selectFrom('contactPersonChanges').selectAll().where('residentId', 'in', ids).execute();
const inCaseload = async (api: Api, bsn: string) => (await api.get(`/residents?q=${bsn}`)).json().items.length === 1;

describe('contact person', () => {
  it('the team lead assigns another consultant with a reason: history, caseloads and audit follow', async () => {
    const resident = takeResident();
    const reason = 'Verdeling caseload na ziekte van de consulent';
    const res = await lead.put(`/residents/${resident.id}/contact-person`, { userId: users.wc2.id, reason });
    expect(res.statusCode, res.body).toBe(204);
    expect(await auditRowsOf(t.db, res)).toMatchObject([{
      action: 'contact_person.assign', result: 'success', objectType: 'contact_person', objectId: users.wc2.id, residentIds: [resident.id],
      actorUserId: users.lead.id, actorRole: 'team_lead', purpose: `Toewijzing vaste contactpersoon: ${reason}`,
    }]);

    const history = await lead.get(`/residents/${resident.id}/contact-person-changes`);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().items).toHaveLength(1);
    expect(history.json().items[0]).toMatchObject({
      reason, from: { id: users.wc1.id, displayName: users.wc1.displayName }, to: { id: users.wc2.id, displayName: users.wc2.displayName },
      changedBy: { id: users.lead.id, displayName: users.lead.displayName },
    });
    expect(Date.now() - Date.parse(history.json().items[0].changedAt)).toBeLessThan(60_000);
    expect(await auditRowsOf(t.db, history)).toMatchObject([{ action: 'contact_person.history', result: 'success', residentIds: [resident.id] }]);

    expect((await lead.get(`/residents/${resident.id}`)).json().contactPerson).toEqual({ id: users.wc2.id, displayName: users.wc2.displayName });
    const wc2 = apiAs(t.app, await t.login('work_consultant2@voorbeeld'));
    expect(await inCaseload(wc2, resident.bsn)).toBe(true);
    expect(await inCaseload(consultant, resident.bsn)).toBe(false);
    // Still in the team, so the former contact person may still open the dossier.
    expect((await consultant.get(`/residents/${resident.id}`)).statusCode).toBe(200);
    // The timeline shows the change.
    const timeline = (await lead.get(`/residents/${resident.id}/timeline`)).json().items;
    expect(timeline).toContainEqual(expect.objectContaining({ kind: 'contact_person', title: `Nieuwe contactpersoon: ${users.wc2.displayName}`, detail: reason }));
  });

  it('moves the resident to the new consultant\'s team', async () => {
    const resident = takeResident();
    const res = await lead.put(`/residents/${resident.id}/contact-person`, { userId: users.wc4.id, reason: 'Verhuisd naar het zuiden van de gemeente' });
    expect(res.statusCode, res.body).toBe(204);
    expect(await contactOf([resident.id])).toMatchObject([{ contactPersonId: users.wc4.id, teamId: users.wc4.teamId }]);
    const wc4 = apiAs(t.app, await t.login('work_consultant4@voorbeeld'));
    expect(await inCaseload(wc4, resident.bsn)).toBe(true);
    expect((await wc4.get(`/residents/${resident.id}/contact-moments`)).statusCode).toBe(200);
    // Out of team Noord now: its members no longer open the dossier.
    expect((await consultant.get(`/residents/${resident.id}`)).statusCode).toBe(403);
    expect((await lead.get(`/residents/${resident.id}/contact-person-changes`)).statusCode).toBe(403);
    // Nor take the resident back: that is now for team Zuid's lead.
    const back = await lead.put(`/residents/${resident.id}/contact-person`, { userId: users.wc1.id, reason: 'Toch weer terug naar Noord' });
    expect(back.statusCode, back.body).toBe(403);
    expect(await auditRowsOf(t.db, back)).toMatchObject([{ action: 'contact_person.assign', result: 'denied', residentIds: [resident.id] }]);
    expect(await contactOf([resident.id])).toMatchObject([{ contactPersonId: users.wc4.id, teamId: users.wc4.teamId }]);
    expect(await changesOf([resident.id])).toHaveLength(1);
  });

  it('assigning the current contact person again changes nothing', async () => {
    const resident = takeResident();
    const before = await contactOf([resident.id]);
    const res = await lead.put(`/residents/${resident.id}/contact-person`, { userId: users.wc1.id, reason: 'Bevestiging vaste contactpersoon' });
    expect(res.statusCode, res.body).toBe(204);
    expect(await contactOf([resident.id])).toEqual(before);
    expect(await changesOf([resident.id])).toEqual([]);
  });

  it('refuses a short reason and anyone but an active work consultant of the municipality, and changes nothing', async () => {
    const resident = takeResident();
    const url = `/residents/${resident.id}/contact-person`;
    const problem = async (body: object, detail: RegExp) => {
      const res = await lead.put(url, body);
    expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().detail).toMatch(detail);
    };
    await problem({ userId: users.wc2.id, reason: 'nvt' }, /veld 'reason'.*reden van minstens 5 tekens/);
    await problem({ userId: 'Sanne', reason: 'Overdracht wegens verlof' }, /veld 'userId'.*Kies een consulent/);
    await problem({ userId: users.income.id, reason: 'Overdracht wegens verlof' }, /actieve consulent werk van uw gemeente/);
    await problem({ userId: users.lead.id, reason: 'Overdracht wegens verlof' }, /actieve consulent werk/);
    await problem({ userId: users.foreignWc.id, reason: 'Overdracht naar de buurgemeente' }, /actieve consulent werk van uw gemeente/);
    await t.db.updateTable('users').set({ active: false }).where('id', '=', users.wc3.id).execute();
    try {
      await problem({ userId: users.wc3.id, reason: 'Overdracht wegens verlof' }, /actieve consulent werk/);
    } finally {
      await t.db.updateTable('users').set({ active: true }).where('id', '=', users.wc3.id).execute();
    }
    expect(await contactOf([resident.id])).toMatchObject([{ contactPersonId: users.wc1.id }]);
    expect(await changesOf([resident.id])).toEqual([]);
  });

  it('is not for work consultants, nor for a team lead of another municipality', async () => {
    const resident = takeResident();
    const res = await consultant.put(`/residents/${resident.id}/contact-person`, { userId: users.wc2.id, reason: 'Ik geef deze inwoner door' });
    expect(res.statusCode, res.body).toBe(403);
    expect(await auditRowsOf(t.db, res)).toMatchObject([{ action: 'resident.reassign', result: 'denied', actorUserId: users.wc1.id, objectId: resident.id }]);
    const foreignLead = apiAs(t.app, await t.login('team_lead@buurdorp'));
    const foreign = await foreignLead.put(`/residents/${resident.id}/contact-person`, { userId: users.foreignWc.id, reason: 'Overname door Buurdorp' });
    expect(foreign.statusCode, foreign.body).toBe(404);
    expect((await foreignLead.get(`/residents/${resident.id}/contact-person-changes`)).statusCode).toBe(404);
    expect(await contactOf([resident.id])).toMatchObject([{ contactPersonId: users.wc1.id }]);
    expect(await changesOf([resident.id])).toEqual([]);
  });
});

describe('bulk reassignment', () => {
  const reason = 'Herverdeling caseloads per kwartaal';

  it('moves a group in one go, each with its own history entry, and audits it once', async () => {
    const group = take(4);
    const ids = group.map((r) => r.id);
    const res = await lead.post('/residents/reassignments', { residentIds: [...ids, ids[0]], toUserId: users.wc3.id, reason });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ moved: 4, unchanged: 0 });
    expect((await contactOf(ids)).map((r) => r.contactPersonId)).toEqual(Array(4).fill(users.wc3.id));
    const changes = await changesOf(ids);
    expect(changes).toHaveLength(4);
    for (const c of changes) expect(c).toMatchObject({ fromUserId: users.wc1.id, toUserId: users.wc3.id, changedBy: users.lead.id, reason });
    const audit = await auditRowsOf(t.db, res);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'contact_person.bulk_assign', result: 'success', objectId: users.wc3.id, purpose: `Toewijzing vaste contactpersoon: ${reason}` });
    expect([...audit[0].residentIds].sort()).toEqual([...ids].sort());

    const wc3 = apiAs(t.app, await t.login('work_consultant3@voorbeeld'));
    for (const r of group) expect(await inCaseload(wc3, r.bsn)).toBe(true);
    // Again: nothing left to move.
    const again = await lead.post('/residents/reassignments', { residentIds: ids, toUserId: users.wc3.id, reason });
    expect(again.json()).toEqual({ moved: 0, unchanged: 4 });
    expect(await changesOf(ids)).toHaveLength(4);
  });

  it('moves nothing when one resident belongs to another municipality: 404', async () => {
    const group = take(3);
    const [foreign] = await residentsOfMunicipality(t.db, 'buurdorp');
    const before = await contactOf(group.map((r) => r.id));
    const res = await lead.post('/residents/reassignments', { residentIds: [...group.map((r) => r.id), foreign.id], toUserId: users.wc2.id, reason });
    expect(res.statusCode, res.body).toBe(404);
    expect(res.json().detail).toMatch(/niets overgedragen/);
    expect(res.body).not.toContain(foreign.id);
    expect(await contactOf(group.map((r) => r.id))).toEqual(before);
    expect(await changesOf([...group.map((r) => r.id), foreign.id])).toEqual([]);
    expect((await contactOf([foreign.id]))[0].contactPersonId).toBe(foreign.contactPersonId);
    // The refusal is logged, without linking the foreign person.
    const [row] = await auditRowsOf(t.db, res);
    expect(row).toMatchObject({ action: 'contact_person.bulk_assign', result: 'denied' });
    expect(row.residentIds).not.toContain(foreign.id);
    // An id that exists nowhere is refused the same way.
    const unknown = await lead.post('/residents/reassignments', { residentIds: [group[0].id, '00000000-0000-4000-8000-000000000009'], toUserId: users.wc2.id, reason });
    expect(unknown.statusCode).toBe(404);
    expect(await contactOf(group.map((r) => r.id))).toEqual(before);
  });

  it('moves nothing when one resident is outside the team lead\'s team: 403', async () => {
    const group = take(3);
    const [zuid] = await residentsOf(t.db, 'work_consultant5@voorbeeld', 1);  // team Zuid, untouched by the tests above
    const before = await contactOf([...group.map((r) => r.id), zuid.id]);
    const res = await lead.post('/residents/reassignments', { residentIds: [...group.map((r) => r.id), zuid.id], toUserId: users.wc2.id, reason });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().detail).toMatch(/buiten uw team.*niets overgedragen/);
    expect(await contactOf([...group.map((r) => r.id), zuid.id])).toEqual(before);
    expect(await changesOf([...group.map((r) => r.id), zuid.id])).toEqual([]);
    expect(await auditRowsOf(t.db, res)).toMatchObject([{ action: 'contact_person.bulk_assign', result: 'denied' }]);
  });

  it('moves nothing when the new contact person is not a work consultant of the municipality: 400', async () => {
    const group = take(2);
    const before = await contactOf(group.map((r) => r.id));
    for (const to of [users.income.id, users.foreignWc.id, '00000000-0000-4000-8000-00000000000a']) {
      const res = await lead.post('/residents/reassignments', { residentIds: group.map((r) => r.id), toUserId: to, reason });
    expect(res.statusCode, res.body).toBe(400);
      expect(res.json().detail).toMatch(/consulent werk van uw gemeente/);
    }
    expect(await contactOf(group.map((r) => r.id))).toEqual(before);
    expect(await changesOf(group.map((r) => r.id))).toEqual([]);
  });

  it('validates the request in Dutch and is not for work consultants', async () => {
    const [resident] = take(1);
    const empty = await lead.post('/residents/reassignments', { residentIds: [], toUserId: users.wc2.id, reason });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().detail).toMatch(/veld 'residentIds'.*minstens één inwoner/);
    const short = await lead.post('/residents/reassignments', { residentIds: [resident.id], toUserId: users.wc2.id, reason: 'ok' });
    expect(short.json().detail).toMatch(/veld 'reason'/);
    const tooMany = await lead.post('/residents/reassignments', { residentIds: Array(501).fill(resident.id), toUserId: users.wc2.id, reason });
    expect(tooMany.json().detail).toMatch(/Hoogstens 500 inwoners/);
    const byConsultant = await consultant.post('/residents/reassignments', { residentIds: [resident.id], toUserId: users.wc2.id, reason });
    expect(byConsultant.statusCode).toBe(403);
    expect(await auditRowsOf(t.db, byConsultant)).toMatchObject([{ action: 'resident.reassign', result: 'denied' }]);
    expect(await contactOf([resident.id])).toMatchObject([{ contactPersonId: users.wc1.id }]);
  });
});

describe('GET /consultants', () => {
  it('lists the active consultants of the team lead\'s own team with their caseload, and is not for consultants', async () => {
    const lead = await userByName(t.db, 'team_lead@voorbeeld');
    const res = await t.app.inject({ url: '/api/v1/consultants', headers: { cookie: await t.login('team_lead@voorbeeld') } });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { id: string; caseload: number }[];
    const team = await t.db.selectFrom('users').select('id').where('teamId', '=', lead.teamId).where('role', '=', 'work_consultant').execute();
    expect(items.map((i) => i.id).sort()).toEqual(team.map((u) => u.id).sort());
    const mine = items.find((i) => i.id === team[0].id)!;
    const count = await t.db.selectFrom('residents').select((eb) => eb.fn.countAll<number>().as('n')).where('contactPersonId', '=', mine.id).executeTakeFirstOrThrow();
    expect(mine.caseload).toBe(Number(count.n));
    const asConsultant = await t.app.inject({ url: '/api/v1/consultants', headers: { cookie: await t.login('work_consultant@voorbeeld') } });
    expect(asConsultant.statusCode).toBe(403);
  });
});
