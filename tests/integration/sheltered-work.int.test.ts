import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, dayFromToday, type Api } from '../support/fixtures.ts';

// Taakstelling nieuw beschut werk: the seed's 2022 figures through the API, names on the waiting list only for those
// who may see residents (in their own team), the administrator's target, the forecast, and a placement moving a person
// from the waiting list into the fill.

let t: TestApp;
let consultant: Api;
let analyst: Api;
let admin: Api;
const year = Number(dayFromToday(0).slice(0, 4));

interface Overview {
  year: number; referenceDate: string; filledHoursPerWeek: number; openHoursPerWeek: number | null; openPlacements: number | null; persons: number;
  target: { set: boolean; targetHoursPerWeek: number | null; targetPlacements: number | null; hoursPerPlacement: number; growthRatePct: number; version: number };
  waitingCount: number;
  waitingList: { position: number; resident: { id: string; fullName: string } | null; uwvIndicationDate: string; waitingDays: number; plannedStartDate: string | null }[] | null;
}

beforeAll(async () => {
  t = await startTestApp();
  consultant = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
  analyst = apiAs(t.app, await t.login('policy_analyst@voorbeeld'));
  admin = apiAs(t.app, await t.login('administrator@voorbeeld'));
});
afterAll(async () => { await t?.close(); });

describe('the seed\'s 2022 situation', () => {
  it('shows a policy analyst 372 hours target, 341 filled by 15 persons, 31 open — counts only, no names', async () => {
    const res = await analyst.get('/sheltered-work/2022');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Overview;
    expect(body).toMatchObject({
      year: 2022, referenceDate: '2022-12-31', filledHoursPerWeek: 341, openHoursPerWeek: 31, openPlacements: 1, persons: 15,
      target: { set: true, targetHoursPerWeek: 372, targetPlacements: 12, hoursPerPlacement: 31, growthRatePct: 7.5 },
      waitingList: null,
    });
    // One person with a 2022 indication was still waiting at the end of that year (placed in 2023).
    expect(body.waitingCount).toBe(1);
    const names = await t.db.selectFrom('residents').select(['surname', 'id']).execute();
    for (const n of names) expect(res.body.includes(n.id)).toBe(false);
    expect(res.body).not.toContain('fullName');
    expect(await auditRowsOf(t.db, res)).toMatchObject([{ action: 'sheltered_work.read', result: 'success', residentIds: [], objectId: '2022' }]);
  });

  it('the consultant sees the same figures and the 2022 waiting list with the planned start', async () => {
    const body = (await consultant.get('/sheltered-work/2022')).json() as Overview;
    expect(body).toMatchObject({ filledHoursPerWeek: 341, openHoursPerWeek: 31, persons: 15 });
    expect(body.waitingList).toMatchObject([{ position: 1, uwvIndicationDate: '2022-05-16', plannedStartDate: '2023-03-01', waitingDays: 229 }]);
  });
});

describe('this year', () => {
  it('names on the waiting list only for residents of the consultant\'s own team, longest waiting first, audited per name', async () => {
    const res = await consultant.get(`/sheltered-work/${year}`);
    const body = res.json() as Overview;
    expect(body.target.set).toBe(true);
    expect(body.waitingList!.length).toBe(body.waitingCount);
    expect(body.waitingCount).toBeGreaterThanOrEqual(4);
    const dates = body.waitingList!.map((w) => w.uwvIndicationDate);
    expect(dates).toEqual([...dates].sort());
    const named = body.waitingList!.filter((w) => w.resident !== null);
    const anonymous = body.waitingList!.filter((w) => w.resident === null);
    expect(named.length).toBeGreaterThanOrEqual(2);
    expect(anonymous.length).toBeGreaterThanOrEqual(2);
    const team = (await t.db.selectFrom('users').select('teamId').where('username', '=', 'work_consultant@voorbeeld').executeTakeFirstOrThrow()).teamId;
    const teams = await t.db.selectFrom('residents').select(['id', 'teamId']).where('id', 'in', named.map((w) => w.resident!.id)).execute();
    for (const r of teams) expect(r.teamId).toBe(team);
    expect(await auditRowsOf(t.db, res)).toMatchObject([{ action: 'sheltered_work.read', residentIds: named.map((w) => w.resident!.id) }]);
  });

  it('a sheltered placement moves a waiting resident into the fill', async () => {
    const before = (await consultant.get(`/sheltered-work/${year}`)).json() as Overview;
    const waiting = before.waitingList!.find((w) => w.resident !== null)!;
    const employer = await t.db.selectFrom('employers').select('id').where('name', '=', 'Werkbedrijf Voorbeeldvallei – beschut werk').executeTakeFirstOrThrow();
    const placed = await consultant.post(`/residents/${waiting.resident!.id}/placements`, {
      employerId: employer.id, kind: 'sheltered_work', contractHoursPerWeek: 31, hourlyWageCents: 1471, startDate: dayFromToday(0), wageCostSubsidy: true,
    });
    expect(placed.statusCode, placed.body).toBe(201);
    expect(placed.json()).toMatchObject({ sheltered: true, kindLabel: 'Beschut werk' });
    const after = (await consultant.get(`/sheltered-work/${year}`)).json() as Overview;
    expect(after.filledHoursPerWeek).toBe(before.filledHoursPerWeek + 31);
    expect(after.persons).toBe(before.persons + 1);
    expect(after.waitingCount).toBe(before.waitingCount - 1);
    expect(after.waitingList!.map((w) => w.resident?.id)).not.toContain(waiting.resident!.id);
  });
});

describe('target and forecast', () => {
  it('the administrator sets a target with If-Match ("v0" for a new year); others may not', async () => {
    const url = `/sheltered-work/${year + 1}/target`;
    const body = { targetHoursPerWeek: 527, source: 'Brief SZW taakstelling' };
    expect((await consultant.put(url, body, '"v0"')).statusCode).toBe(403);
    expect((await analyst.put(url, body, '"v0"')).statusCode).toBe(403);
    expect((await admin.put(url, body)).statusCode).toBe(428);
    const bad = await admin.put(url, { targetHoursPerWeek: 527, source: '' }, '"v0"');
    expect(bad.statusCode).toBe(400);
    const set = await admin.put(url, body, '"v0"');
    expect(set.statusCode, set.body).toBe(200);
    expect(set.headers.etag).toBe('"v1"');
    expect(set.json().target).toMatchObject({ set: true, targetHoursPerWeek: 527, hoursPerPlacement: 31, targetPlacements: 17, growthRatePct: 7.5, version: 1 });
    expect((await admin.put(url, body, '"v0"')).statusCode).toBe(412);
    const changed = await admin.put(url, { ...body, hoursPerPlacement: 32, growthRatePct: 8 }, '"v1"');
    expect(changed.json().target).toMatchObject({ hoursPerPlacement: 32, growthRatePct: 8, version: 2 });
    expect(await auditRowsOf(t.db, changed)).toMatchObject([{ action: 'sheltered_work.target', result: 'success' }]);
    // Buurdorp's figures are its own.
    const buurdorp = apiAs(t.app, await t.login('policy_analyst@buurdorp'));
    expect(((await buurdorp.get(`/sheltered-work/${year + 1}`)).json() as Overview).target.set).toBe(false);
  });

  it('forecasts from a year\'s target at its growth rate or at another rate to explore', async () => {
    const forecast = await analyst.get('/sheltered-work/2022/forecast?years=4');
    expect(forecast.statusCode, forecast.body).toBe(200);
    expect(forecast.json()).toMatchObject({ fromYear: 2022, growthRatePct: 7.5, hoursPerPlacement: 31 });
    expect(forecast.json().years.map((y: { targetHoursPerWeek: number }) => y.targetHoursPerWeek)).toEqual([372, 400, 430, 462, 497]);
    expect(forecast.json().years[0]).toMatchObject({ year: 2022, targetPlacements: 12, setTargetHoursPerWeek: 372 });
    const faster = (await analyst.get('/sheltered-work/2022/forecast?years=2&growthRatePct=8')).json();
    expect(faster.growthRatePct).toBe(8);
    expect(faster.years.map((y: { targetHoursPerWeek: number }) => y.targetHoursPerWeek)).toEqual([372, 402, 434]);  // 401.76, 433.90
    const none = await analyst.get('/sheltered-work/2019/forecast');
    expect(none.statusCode).toBe(404);
    expect(none.json().title).toBe('Geen taakstelling');
  });
});
