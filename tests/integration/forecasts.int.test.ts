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
  budget: { reserveSet: boolean; warning: string | null; notices: string[]; years: BudgetYear[] };
}
interface BudgetYear {
  year: number; months: number; incomeCents: number; expenditureCents: number; balanceCents: number; warning: string | null;
  streams: { stream: string; incomeCents: number; expenditureCents: number; resultCents: number; figuresYear: number | null }[];
  reserve: { openingCents: number; closingCents: number; fromReserveCents: number; fromGeneralFundsCents: number; exhausted: boolean } | null;
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

describe('the scenarios against the budget and the reserve (demo: reserve € 250.000 on 1-1-2019, domain.md\'s figures)', () => {
  // Benefits: the scenario's months (Σ caseload × € 7.354,73 / 12, half up) plus the entered expenditure for the other
  // months pro rata; re-integration and SW as entered (the 2022 sheltered target is set, so no growth on top).
  // 2020 Jan–Aug as entered: € 5.685.211 × 8/12 = 379.014.066,67 → 379.014.067 cents.
  // Start of 2020: 25.000.000 + balance 2019 7.248.100 = 32.248.100 cents.
  // Re-integration 2020 40.923.800 − 32.197.900 = 8.725.900, 2021 5.310.300, 2022 0; SW 2020 1.465.100, 2021 −16.785.700, 2022 −49.867.300.
  it('full recovery: surpluses every year, the reserve grows, no warning', async () => {
    const s = (await analyst.get(`/forecast-scenarios/${byName('Volledig herstel').id}`)).json() as Scenario;
    // Σ caseload 2020 (Sep–Dec) 769 + 765 + 761 + 757 = 3052 → 3052 × 735.473 / 12 = 187.055.299,67 → 187.055.300 (+ 379.014.067).
    // 2021: Σ 8818 → 540.450.076,17 → 540.450.076; 2022: Σ 8441 → 517.343.966,08 → 517.343.966.
    expect(s.budget.years.map((y) => [y.year, y.months, y.streams[0].expenditureCents, y.streams[0].resultCents])).toEqual([
      [2020, 4, 566_069_367, 621_641_700 - 566_069_367], [2021, 12, 540_450_076, 635_803_700 - 540_450_076], [2022, 12, 517_343_966, 623_200_000 - 517_343_966],
    ]);
    // Balances: 55.572.333 + 8.725.900 + 1.465.100 = 65.763.333; 95.353.624 + 5.310.300 − 16.785.700 = 83.878.224; 105.856.034 − 49.867.300 = 55.988.734.
    expect(s.budget.years.map((y) => y.balanceCents)).toEqual([65_763_333, 83_878_224, 55_988_734]);
    expect(s.budget.years.map((y) => y.reserve!.closingCents)).toEqual([98_011_433, 181_889_657, 237_878_391]);
    expect(s.budget.years.map((y) => y.incomeCents - y.expenditureCents)).toEqual(s.budget.years.map((y) => y.balanceCents));
    expect(s.budget.warning).toBeNull();
    expect(s.budget.notices).toEqual(['Het scenario beslaat 4 maanden van 2020; voor de andere maanden tellen de ingevoerde uitgaven voor uitkeringen naar rato.']);
  });

  it('second wave: deficits from 2021, the reserve runs out in 2022 — sooner than full recovery (and than the budget\'s 2024)', async () => {
    const s = (await analyst.get(`/forecast-scenarios/${byName('Tweede golf').id}`)).json() as Scenario;
    // Σ caseload 2020 784 + 795 + 806 + 816 = 3201 → 196.187.422,75 → 196.187.423 (+ 379.014.067 = 575.201.490);
    // 2021: Σ 10532 → 645.500.136,33 → 645.500.136; 2022: Σ 11689 → 716.411.991,42 → 716.411.991.
    expect(s.budget.years.map((y) => y.streams[0].expenditureCents)).toEqual([575_201_490, 645_500_136, 716_411_991]);
    // 46.440.210 + 8.725.900 + 1.465.100 = 56.631.210; −9.696.436 + 5.310.300 − 16.785.700 = −21.171.836; −93.211.991 − 49.867.300 = −143.079.291.
    expect(s.budget.years.map((y) => y.balanceCents)).toEqual([56_631_210, -21_171_836, -143_079_291]);
    // 32.248.100 + 56.631.210 = 88.879.310; − 21.171.836 = 67.707.474; 2022: SW 49.867.300 first, then 17.840.174 for benefits; 75.371.817 from general funds.
    expect(s.budget.years.map((y) => y.reserve!.closingCents)).toEqual([88_879_310, 67_707_474, 0]);
    expect(s.budget.years[2].reserve).toMatchObject({ openingCents: 67_707_474, fromReserveCents: 67_707_474, fromGeneralFundsCents: 75_371_817, exhausted: true });
    expect(s.budget.years.map((y) => y.warning === null)).toEqual([true, true, false]);
    expect(s.budget.warning).toBe('De reserve sociaal domein raakt in 2022 op. € 753.718,17 van het tekort van € 1.430.792,91 komt uit de algemene middelen. Informeer de raad.');
    const recovery = (await analyst.get(`/forecast-scenarios/${byName('Volledig herstel').id}`)).json() as Scenario;
    const firstEmpty = (x: Scenario) => x.budget.years.find((y) => y.reserve?.exhausted)?.year ?? Infinity;
    expect(firstEmpty(s)).toBeLessThan(firstEmpty(recovery));
  });

  it('the comparison carries the same budget, balance, reserve and warning per scenario', async () => {
    const ids = [byName('Volledig herstel').id, byName('Tweede golf').id];
    const body = (await lead.get(`/forecast-scenarios/comparison?ids=${ids.join(',')}`)).json() as {
      years: { year: number; incomeCents: number[]; expenditureCents: number[]; balanceCents: number[]; reserveClosingCents: number[]; warning: (string | null)[] }[];
    };
    expect(body.years.map((y) => y.balanceCents)).toEqual([[65_763_333, 56_631_210], [83_878_224, -21_171_836], [55_988_734, -143_079_291]]);
    expect(body.years.map((y) => y.reserveClosingCents)).toEqual([[98_011_433, 88_879_310], [181_889_657, 67_707_474], [237_878_391, 0]]);
    expect(body.years[2].warning[0]).toBeNull();
    expect(body.years[2].warning[1]).toContain('raakt in 2022 op');
    for (const y of body.years) expect(y.incomeCents[0]).toBe(y.incomeCents[1]);
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
    // Voorbeeld's figures end in 2025: 2027–2029 borrow them; SW adds the target growth beyond the last set target.
    expect(created.budget.notices[0]).toBe('Voor 2027, 2028 en 2029 is geen begroting ingevoerd; gerekend met de cijfers van 2025.');
    const sw = created.budget.years.map((y) => y.streams[2]);
    expect(sw.every((l) => l.figuresYear === 2025 && l.incomeCents === 374_286_300 && l.expenditureCents > 437_799_700)).toBe(true);
    expect(sw[2].expenditureCents).toBeGreaterThan(sw[0].expenditureCents);
    expect(created.budget.years.map((y) => y.streams[0].expenditureCents)).toEqual(created.years.map((y) => y.benefitCostCents));
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
