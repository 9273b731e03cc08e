import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBetween, todayIso } from '../../src/rules/dates.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { residentOf, userByName } from '../support/fixtures.ts';

let t: TestApp;
let consultant: string;
beforeAll(async () => {
  t = await startTestApp();
  consultant = await t.login('work_consultant@voorbeeld');
});
afterAll(async () => { await t?.close(); });

type Summary = { id: string; fullName: string; postcode: string; ladder: { step: number | null; category: string; measurementDue: boolean; measuredOn: string | null };
  targetGroups: string[]; lastContactOn: string | null; daysSinceLastContact: number | null; overdueSteps: number; contactPerson: { id: string } };
const list = async (query: string, cookie = consultant) => {
  const res = await t.app.inject({ url: `/api/v1/residents?pageSize=100&${query}`, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Summary[]; total: number; view: string };
};

describe('caseload filters and sorting', () => {
  it('filters on target group and ladder category, consistent with the step', async () => {
    const refugees = await list('targetGroup=statushouder');
    expect(refugees.total).toBeGreaterThan(0);
    for (const r of refugees.items) expect(r.targetGroups).toContain('statushouder');
    const zorg = await list('ladderCategory=zorg');
    for (const r of zorg.items) expect([r.ladder.step, r.ladder.category]).toEqual([1, 'zorg']);
    const none = await list('ladderCategory=geen');
    for (const r of none.items) expect(r.ladder.step).toBeNull();
    const all = await list('');
    expect(zorg.total + none.total).toBeLessThan(all.total);
  });

  it('filters on days since last contact and sorts the longest-unseen first', async () => {
    const today = todayIso();
    const stale = await list('contactOlderThanDays=60');
    expect(stale.total).toBeGreaterThan(0);
    for (const r of stale.items) {
      if (r.lastContactOn) expect(daysBetween(r.lastContactOn, today)).toBeGreaterThan(60);
      expect(r.daysSinceLastContact).toBe(r.lastContactOn ? daysBetween(r.lastContactOn, today) : null);
    }
    const sorted = await list('sort=lastContact');
    const dates = sorted.items.map((r) => r.lastContactOn ?? '0000-00-00');
    expect(dates).toEqual([...dates].sort());
  });

  it('finds residents whose ladder measurement is due', async () => {
    const due = await list('measurementDue=true');
    const notDue = await list('measurementDue=false');
    expect(due.total + notDue.total).toBe((await list('')).total);
    for (const r of due.items) expect(r.ladder.measurementDue).toBe(true);
    for (const r of notDue.items) expect(r.ladder.measurementDue).toBe(false);
  });

  it('surfaces overdue plan steps', async () => {
    const resident = await residentOf(t.db, 'work_consultant@voorbeeld');
    expect((await list('overdueSteps=true')).items.map((r) => r.id)).not.toContain(resident.id);
    const created = await t.app.inject({
      method: 'POST', url: `/api/v1/residents/${resident.id}/plan-steps`, headers: { cookie: consultant },
      payload: { description: 'Inschrijven bij uitzendbureau', owner: 'resident', dueOn: '2026-01-05' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const overdue = await list('overdueSteps=true');
    expect(overdue.items.map((r) => r.id)).toContain(resident.id);
    expect(overdue.items.find((r) => r.id === resident.id)!.overdueSteps).toBe(1);
    expect((await list('sort=overdueSteps')).items[0].id).toBe(resident.id);
  });

  it('searches by name, postcode and BSN within the caseload', async () => {
    const resident = await residentOf(t.db, 'work_consultant@voorbeeld');
    const byName = await list(`q=${encodeURIComponent(resident.surname.slice(0, 5))}`);
    expect(byName.items.map((r) => r.id)).toContain(resident.id);
    const byPostcode = await list(`q=${resident.postcode.slice(0, 4)}%20${resident.postcode.slice(4)}`);
    expect(byPostcode.items.map((r) => r.id)).toContain(resident.id);
    for (const r of byPostcode.items) expect(r.postcode).toBe(resident.postcode);
    const byBsn = await list(`q=${resident.bsn}`);
    expect(byBsn.items.map((r) => r.id)).toEqual([resident.id]);
  });

  it('filters on trajectory status, matching the trajectories in the database', async () => {
    const me = await userByName(t.db, 'work_consultant@voorbeeld');
    const rows = await t.db.selectFrom('trajectories').innerJoin('residents as r', 'r.id', 'trajectories.residentId')
      .select(['trajectories.residentId', 'trajectories.status']).where('r.contactPersonId', '=', me.id).execute();
    for (const status of ['proposed', 'approved', 'started', 'ended'] as const) {
      const expected = [...new Set(rows.filter((r) => r.status === status).map((r) => r.residentId))].sort();
      expect(expected.length, `demo has ${status} trajectories`).toBeGreaterThan(0);
      expect((await list(`trajectoryStatus=${status}`)).items.map((r) => r.id).sort(), status).toEqual(expected);
    }
    const busy = new Set(rows.filter((r) => ['proposed', 'approved', 'started'].includes(r.status)).map((r) => r.residentId));
    const free = await list('trajectoryStatus=none');
    const all = await list('');
    expect(free.total).toBe(all.total - busy.size);
    for (const r of free.items) expect(busy.has(r.id)).toBe(false);
  });

  it('paginates with a stable order and a total', async () => {
    const first = await t.app.inject({ url: '/api/v1/residents?pageSize=10&page=1', headers: { cookie: consultant } });
    const second = await t.app.inject({ url: '/api/v1/residents?pageSize=10&page=2', headers: { cookie: consultant } });
    const ids1 = first.json().items.map((r: Summary) => r.id);
    const ids2 = second.json().items.map((r: Summary) => r.id);
    expect(ids1).toHaveLength(10);
    expect(ids1.filter((id: string) => ids2.includes(id))).toEqual([]);
    expect(first.json().total).toBe(second.json().total);
  });

  it('gives the team lead the team view, larger than one caseload and limited to the team', async () => {
    const lead = await t.login('team_lead@voorbeeld');
    const team = await list('', lead);
    expect(team.view).toBe('team');
    const own = await list('');
    expect(team.total).toBeGreaterThan(own.total);
    const leadUser = await userByName(t.db, 'team_lead@voorbeeld');
    const teamMembers = await t.db.selectFrom('users').select('id').where('teamId', '=', leadUser.teamId).execute();
    for (const r of team.items) expect(teamMembers.map((m) => m.id)).toContain(r.contactPerson.id);
    // A work consultant may ask for the team view too, not for the whole municipality.
    expect((await list('view=team')).view).toBe('team');
    const all = await t.app.inject({ url: '/api/v1/residents?view=all', headers: { cookie: consultant } });
    expect(all.statusCode).toBe(403);
  });
});

describe('person details', () => {
  it('updates name and address with validation, and refuses a bad BSN or postcode in Dutch', async () => {
    const resident = await residentOf(t.db, 'work_consultant@voorbeeld');
    const url = `/api/v1/residents/${resident.id}`;
    const etag = (await t.app.inject({ url, headers: { cookie: consultant } })).headers.etag as string;
    const ok = await t.app.inject({ method: 'PATCH', url, headers: { cookie: consultant, 'if-match': etag }, payload: { street: 'Nieuwe Weg', houseNumber: 12, postcode: '7492 ab' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().address).toMatchObject({ street: 'Nieuwe Weg', houseNumber: 12, postcode: '7492AB' });
    const badPostcode = await t.app.inject({ method: 'PATCH', url, headers: { cookie: consultant, 'if-match': ok.headers.etag as string }, payload: { postcode: '0123 AB' } });
    expect(badPostcode.statusCode).toBe(400);
    expect(badPostcode.json().detail).toContain('postcode');
    const future = await t.app.inject({ method: 'PATCH', url, headers: { cookie: consultant, 'if-match': ok.headers.etag as string }, payload: { birthDate: '2099-01-01' } });
    expect(future.statusCode).toBe(400);
  });

  it('lets only a role with the BSN field set change a BSN, validated and unique', async () => {
    const resident = await residentOf(t.db, 'work_consultant@voorbeeld');
    const other = await residentOf(t.db, 'work_consultant@buurdorp');
    const url = `/api/v1/residents/${resident.id}`;
    const etagFor = async (cookie: string) => (await t.app.inject({ url, headers: { cookie } })).headers.etag as string;
    const refused = await t.app.inject({ method: 'PATCH', url, headers: { cookie: consultant, 'if-match': await etagFor(consultant) }, payload: { bsn: '111222333' } });
    expect(refused.statusCode).toBe(403);

    const income = await t.login('income_consultant@voorbeeld');
    const invalid = await t.app.inject({ method: 'PATCH', url, headers: { cookie: income, 'if-match': await etagFor(income) }, payload: { bsn: '111222334' } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().detail).toContain('elfproef');
    const sameMunicipality = await t.db.selectFrom('residents').select('bsn').where('municipalityId', '=', resident.municipalityId).where('id', '!=', resident.id).limit(1).executeTakeFirstOrThrow();
    const taken = await t.app.inject({ method: 'PATCH', url, headers: { cookie: income, 'if-match': await etagFor(income) }, payload: { bsn: sameMunicipality.bsn } });
    expect(taken.statusCode).toBe(409);
    // Another municipality may hold the same person's BSN (a move): that is not a conflict here.
    const moved = await t.app.inject({ method: 'PATCH', url, headers: { cookie: income, 'if-match': await etagFor(income) }, payload: { bsn: other.bsn } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().bsn).toBe(other.bsn);
  });
});
