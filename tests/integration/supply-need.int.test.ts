import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, dayFromToday, residentsOf } from '../support/fixtures.ts';

// The supply-and-need report over the API: figures on data this test controls, suppression for policy staff,
// the XLSX export with the same figures, and access.

let t: TestApp;
const year = Number(dayFromToday(0).slice(0, 4));

beforeAll(async () => {
  t = await startTestApp();
  const consultant = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
  // Known needs: six residents get an open goal that needs work experience.
  const residents = await residentsOf(t.db, 'work_consultant@voorbeeld', 40);
  const fresh = residents.slice(20, 26);
  for (const r of fresh) {
    const res = await consultant.post(`/residents/${r.id}/plan-goals`, { title: 'Werkervaring opdoen in de zorg', need: 'work_experience' });
    expect(res.statusCode, res.body).toBe(201);
  }
  // And one resident with a need no instrument serves in the demo catalogue.
  await consultant.post(`/residents/${residents[27].id}/plan-goals`, { title: 'Woning vinden', need: 'housing' });
});
afterAll(async () => { await t?.close(); });

describe('supply-need report', () => {
  it('sets needs against places and names the mismatches', async () => {
    const lead = apiAs(t.app, await t.login('team_lead@voorbeeld'));
    const res = await lead.get(`/supply-need-reports/${year}`);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    const wep = report.instruments.find((i: { code: string }) => i.code === 'werkervaringsplek');
    // Demo offers: 8 + 10 places per month → 216 per year.
    expect(wep.placesPerYear).toBe(216);
    // The demo trajectories of the work experience instrument that hold or wait for a place.
    const voorbeeld = await t.db.selectFrom('municipalities').select('id').where('code', '=', 'voorbeeld').executeTakeFirstOrThrow();
    const holding = await t.db.selectFrom('trajectories').innerJoin('instruments as i', 'i.id', 'trajectories.instrumentId')
      .select(['trajectories.status', 'trajectories.residentId']).where('i.code', '=', 'werkervaringsplek').where('i.municipalityId', '=', voorbeeld.id)
      .where('trajectories.status', 'in', ['proposed', 'approved', 'started'])
      .where('trajectories.plannedStartOn', '<=', `${year}-12-31`).execute();  // a start planned in a later year uses next year's places
    expect(wep.inUse).toBe(holding.filter((h) => h.status === 'started').length);
    expect(wep.waiting).toBe(holding.filter((h) => h.status !== 'started').length);
    expect(wep.free).toBe(216 - holding.length);
    expect(wep.need).toBeGreaterThanOrEqual(6);
    const housing = report.unservedNeeds.find((u: { need: string }) => u.need === 'housing');
    expect(housing.residents).toBeGreaterThanOrEqual(1);
    // Participatieplaats waits 45 days in the demo: longer than the default 30.
    const pp = report.instruments.find((i: { code: string }) => i.code === 'participatieplaats');
    expect(pp.mismatches).toContain('De kortste wachttijd (45 dagen) is langer dan 30 dagen.');
    expect((await lead.get(`/supply-need-reports/${year}?maxWaitDays=60`)).json().instruments.find((i: { code: string }) => i.code === 'participatieplaats').mismatches)
      .not.toContain('De kortste wachttijd (45 dagen) is langer dan 60 dagen.');
  });

  it('suppresses counts under 5 for policy staff, and exports the same figures as XLSX', async () => {
    const lead = apiAs(t.app, await t.login('team_lead@voorbeeld'));
    const analyst = apiAs(t.app, await t.login('policy_analyst@voorbeeld'));
    const exact = (await lead.get(`/supply-need-reports/${year}`)).json();
    const masked = (await analyst.get(`/supply-need-reports/${year}`)).json();
    expect(masked.suppressedBelow).toBe(5);
    for (const [i, item] of exact.instruments.entries()) {
      for (const key of ['need', 'inUse', 'waiting'] as const) {
        const n = item[key] as number;
        expect(masked.instruments[i][key], `${item.code}.${key}`).toBe(n > 0 && n < 5 ? null : n);
      }
    }
    const file = await analyst.get(`/supply-need-reports/${year}/export`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Aanbod en behoefte')!;
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row, n) => { if (n > 1) rows.set(String(row.getCell(1).value), (row.values as unknown[]).slice(1)); });
    for (const item of masked.instruments) {
      const row = rows.get(item.name)!;
      expect(row[1], item.name).toBe(item.placesPerYear);
      expect(row[6], item.name).toBe(item.need === null ? '<5' : item.need);
    }
  });

  it('is not for work consultants or partners', async () => {
    for (const who of ['work_consultant@voorbeeld', 'partner_coach@voorbeeld']) {
      const api = apiAs(t.app, await t.login(who));
      expect((await api.get(`/supply-need-reports/${year}`)).statusCode, who).toBe(403);
    }
  });
});
