import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, type Api } from '../support/fixtures.ts';

// Caseload scenarios and their effect on the budget: the seed's range, the arithmetic by hand, side-by-side
// comparison, writes with If-Match and audit, permissions and another municipality's scenarios.

let t: TestApp;
let analyst: Api;
let lead: Api;
let consultant: Api;
interface Summary { id: string; name: string; startMonth: string; endMonth: string; endCaseload: number; version: number }
interface Scenario extends Summary {
  months: { month: string; caseload: number }[];
  years: { year: number; months: number; averageCaseload: number; endCaseload: number; benefitCostCents: number; shelteredPlacements: number | null; shelteredProjected: boolean; shelteredCostCents: number; totalCents: number }[];
  notices: string[]; benefitCostPerHouseholdCents: number; shelteredCostPerPlaceCents: number;
}
let demo: Summary[];
const byName = (name: string) => demo.find((s) => s.name === name)!;

const input = {
  name: 'Komende jaren', description: 'Vanaf volgend jaar', startMonth: '2027-01', horizonMonths: 36, startCaseload: 400, inflowPerMonth: 10, outflowPctPerMonth: 2.5,
  benefitCostPerHouseholdCents: 1_200_000, benefitCostSource: 'Begroting 2027', shelteredGrowthPct: 7.5, shelteredCostPerPlaceCents: 3_000_000, shelteredCostSource: 'Sociaal werkbedrijf',
};

beforeAll(async () => {
  t = await startTestApp();
  analyst = apiAs(t.app, await t.login('policy_analyst@voorbeeld'));
  lead = apiAs(t.app, await t.login('team_lead@voorbeeld'));
  consultant = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
  demo = (await analyst.get('/forecast-scenarios')).json().items;
});
afterAll(async () => { await t?.close(); });

describe('demo scenarios (domain.md: 692 full recovery to 1012 second wave, 2020–2022, from 773)', () => {
  it('lists the three scenarios of Voorbeeld with their end caseload in December 2022', () => {
    expect(demo.map((s) => [s.name, s.startMonth, s.endMonth, s.endCaseload])).toEqual([
      ['Middenscenario', '2020-09', '2022-12', 827], ['Tweede golf', '2020-09', '2022-12', 1012], ['Volledig herstel', '2020-09', '2022-12', 692],
    ]);
  });

  it('projects month by month and costs each year by hand', async () => {
    const res = await lead.get(`/forecast-scenarios/${byName('Volledig herstel').id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe('"v1"');
    const s = res.json() as Scenario;
    expect(s.months).toHaveLength(28);
    expect(s.months[0].month).toBe('2020-09');
    // 773 × 0.97 + 18.95 = 768.76 → 769
    expect(s.months[0].caseload).toBe(769);
    expect(s.years.map((y) => [y.year, y.months])).toEqual([[2020, 4], [2021, 12], [2022, 12]]);
    for (const y of s.years) {
      const households = s.months.filter((m) => m.month.startsWith(String(y.year))).reduce((sum, m) => sum + m.caseload, 0);
      expect(y.benefitCostCents).toBe(Math.round((households * s.benefitCostPerHouseholdCents) / 12));
    }
    // Sheltered work: the 2022 target of 372 hours is 12 placements × € 30.000; before 2022 no target was set.
    expect(s.years.map((y) => y.shelteredPlacements)).toEqual([null, null, 12]);
    expect(s.years[2].shelteredCostCents).toBe(36_000_000);
    expect(s.years[2].totalCents).toBe(s.years[2].benefitCostCents + 36_000_000);
    expect(s.notices).toEqual(['Voor 2020 en 2021 is geen taakstelling beschut werk vastgelegd; beschut werk telt daar niet mee.']);
  });

  it('compares scenarios side by side: months and years aligned, scenarios as columns in the order asked', async () => {
    const ids = [byName('Volledig herstel').id, byName('Tweede golf').id];
    const res = await analyst.get(`/forecast-scenarios/comparison?ids=${ids.join(',')}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { scenarios: Scenario[]; months: { month: string; caseload: number[] }[]; years: { year: number; totalCents: number[]; endCaseload: number[] }[] };
    expect(body.scenarios.map((s) => s.name)).toEqual(['Volledig herstel', 'Tweede golf']);
    expect(body.months).toHaveLength(28);
    expect(body.months.at(-1)).toEqual({ month: '2022-12', caseload: [692, 1012] });
    expect(body.years.map((y) => y.year)).toEqual([2020, 2021, 2022]);
    expect(body.years[2].endCaseload).toEqual([692, 1012]);
    for (const y of body.years) expect(y.totalCents[1]).toBeGreaterThan(y.totalCents[0]);
    const one = await analyst.get(`/forecast-scenarios/comparison?ids=${ids[0]}`);
    expect(one.statusCode).toBe(400);
    expect(one.json().detail).toContain('Kies minstens twee scenario');
  });
});

describe('saving scenarios', () => {
  let created: Scenario;
  it('a policy analyst saves a scenario for the coming years; the sheltered target grows from the last one set; audited', async () => {
    const res = await analyst.post('/forecast-scenarios', input);
    expect(res.statusCode, res.body).toBe(201);
    created = res.json();
    expect(res.headers.etag).toBe('"v1"');
    expect(created).toMatchObject({ name: 'Komende jaren', startMonth: '2027-01', endMonth: '2029-12' });
    expect(created.years.map((y) => y.year)).toEqual([2027, 2028, 2029]);
    expect(created.years.every((y) => y.shelteredProjected && y.shelteredPlacements !== null)).toBe(true);
    const placements = created.years.map((y) => y.shelteredPlacements!);
    expect(placements[1]).toBeGreaterThan(placements[0]);
    expect(created.notices[0]).toMatch(/^De taakstelling beschut werk voor 2027, 2028 en 2029 is doorgerekend vanaf de laatst vastgelegde taakstelling met 7,5% groei per jaar\.$/);
    expect((await auditRowsOf(t.db, res)).map((a) => [a.action, a.objectId])).toEqual([['forecast.create', created.id]]);
    expect((await analyst.get('/forecast-scenarios')).json().items.map((s: Summary) => s.name)).toContain('Komende jaren');
  });

  it('refuses a doubled name and invalid input in Dutch', async () => {
    const twice = await analyst.post('/forecast-scenarios', input);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toBe('Er is al een scenario met deze naam. Kies een andere naam.');
    const bad = await analyst.post('/forecast-scenarios', { ...input, name: 'Fout', startMonth: '2027-13', outflowPctPerMonth: 120 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('Geef de eerste maand als JJJJ-MM');
    const decimals = await analyst.post('/forecast-scenarios', { ...input, name: 'Fout', inflowPerMonth: 1.234 });
    expect(decimals.statusCode).toBe(400);
    expect(decimals.json().detail).toContain('hoogstens twee decimalen');
  });

  it('changes a scenario with If-Match; a stale version answers 412; a rename to a taken name 409', async () => {
    const res = await analyst.patch(`/forecast-scenarios/${created.id}`, { outflowPctPerMonth: 5 }, '"v1"');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe('"v2"');
    expect((res.json() as Scenario).endCaseload).toBeLessThan(created.endCaseload);
    expect((await auditRowsOf(t.db, res)).map((a) => a.action)).toEqual(['forecast.update']);
    expect((await analyst.patch(`/forecast-scenarios/${created.id}`, { outflowPctPerMonth: 1 }, '"v1"')).statusCode).toBe(412);
    expect((await analyst.patch(`/forecast-scenarios/${created.id}`, { outflowPctPerMonth: 1 })).statusCode).toBe(428);
    expect((await analyst.patch(`/forecast-scenarios/${created.id}`, { name: 'Tweede golf' }, '"v2"')).statusCode).toBe(409);
  });

  it('team leads read but do not write; a work consultant is refused', async () => {
    expect((await lead.get('/forecast-scenarios')).statusCode).toBe(200);
    expect((await lead.post('/forecast-scenarios', { ...input, name: 'Van de teamleider' })).statusCode).toBe(403);
    expect((await lead.patch(`/forecast-scenarios/${created.id}`, { outflowPctPerMonth: 1 }, '"v2"')).statusCode).toBe(403);
    for (const path of ['/forecast-scenarios', `/forecast-scenarios/${created.id}`]) expect((await consultant.get(path)).statusCode, path).toBe(403);
    const admin = apiAs(t.app, await t.login('administrator@voorbeeld'));
    expect((await admin.get(`/forecast-scenarios/${created.id}`)).statusCode).toBe(200);
  });
});

describe('per municipality', () => {
  it('another municipality\'s scenario does not exist for Voorbeeld: not listed, 404 on read, change and comparison', async () => {
    const foreign = await t.db.selectFrom('forecastScenarios as f').innerJoin('municipalities as m', 'm.id', 'f.municipalityId')
      .select(['f.id', 'f.version']).where('m.code', '=', 'buurdorp').executeTakeFirstOrThrow();
    expect(demo.map((s) => s.id)).not.toContain(foreign.id);
    expect((await analyst.get(`/forecast-scenarios/${foreign.id}`)).statusCode).toBe(404);
    expect((await analyst.patch(`/forecast-scenarios/${foreign.id}`, { name: 'Overgenomen' }, '"v1"')).statusCode).toBe(404);
    expect((await analyst.get(`/forecast-scenarios/comparison?ids=${demo[0].id},${foreign.id}`)).statusCode).toBe(404);
    const after = await t.db.selectFrom('forecastScenarios').select(['version', 'name']).where('id', '=', foreign.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ version: foreign.version, name: 'Basis Buurdorp' });
    const buurdorp = apiAs(t.app, await t.login('policy_analyst@buurdorp'));
    expect((await buurdorp.get('/forecast-scenarios')).json().items.map((s: Summary) => s.name)).toEqual(['Basis Buurdorp']);
  });
});
