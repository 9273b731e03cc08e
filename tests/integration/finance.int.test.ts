import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, dayFromToday, type Api } from '../support/fixtures.ts';

// Finance per stream and year, the social-domain reserve and the SW fence, through the API. The expected figures are
// domain.md's table, typed here again on purpose (not imported from the demo), so the demo cannot drift from it.

let t: TestApp;
let analyst: Api;
let lead: Api;
let admin: Api;
let consultant: Api;
let buurdorp: Api;
const thisYear = Number(dayFromToday(0).slice(0, 4));

// year, incomes (benefits, reintegration, SW), expenditures (benefits, reintegration, SW), balance — euros
const seedTable = [
  [2019, 6_084_402, 397_745, 4_481_798, 5_666_554, 361_720, 4_863_190, 72_481],
  [2020, 6_216_417, 409_238, 4_716_358, 5_685_211, 321_979, 4_701_707, 633_116],
  [2021, 6_358_037, 433_256, 4_329_873, 5_957_988, 380_153, 4_497_730, 285_295],
  [2022, 6_232_000, 452_991, 4_171_720, 6_149_455, 452_991, 4_670_393, -416_128],
  [2023, 6_232_000, 468_485, 4_123_478, 6_149_455, 468_485, 4_618_455, -412_432],
  [2024, 6_232_000, 482_703, 3_936_631, 6_149_455, 482_703, 4_525_394, -506_218],
  [2025, 6_232_000, 499_153, 3_742_863, 6_149_455, 499_153, 4_377_997, -552_589],
] as const;
const streamOrder = ['benefits', 'reintegration', 'sheltered_employment'];

interface Stream { stream: string; basis: string | null; incomeCents: number; expenditureCents: number; resultCents: number; expenditureFrom: string | null;
  budget: { version: number } | null; realised: { version: number; expenditureCents: number | null } | null; meedoen: { expenditureCents: number; source: string } | null }
interface Year { year: number; basis: string | null; basisLabel: string; streams: Stream[]; incomeCents: number; expenditureCents: number; balanceCents: number;
  notices: string[]; missingStreams: string[]; warning: string | null;
  reserve: { openingCents: number; closingCents: number; fromReserveCents: number; fromGeneralFundsCents: number; returnedCents: number; deficitCents: number;
    shelteredFence: { deficitCents: number; fromReserveCents: number; fromGeneralFundsCents: number }; exhausted: boolean } | null }

beforeAll(async () => {
  t = await startTestApp();
  analyst = apiAs(t.app, await t.login('policy_analyst@voorbeeld'));
  lead = apiAs(t.app, await t.login('team_lead@voorbeeld'));
  admin = apiAs(t.app, await t.login('administrator@voorbeeld'));
  consultant = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
  buurdorp = apiAs(t.app, await t.login('policy_analyst@buurdorp'));
});
afterAll(async () => { await t?.close(); });

describe('the seed\'s finance table (domain.md)', () => {
  it('reproduces every cell and balance of 2019–2025 in cents: 2019–2021 realised, 2022–2025 budgeted', async () => {
    const res = await analyst.get('/finance?from=2019&to=2025');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { from: number; to: number; years: Year[] };
    expect(body.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (const [i, [year, incB, incR, incS, expB, expR, expS, balance]] of seedTable.entries()) {
      const y = body.years[i];
      expect(y.year).toBe(year);
      expect(y.streams.map((s) => s.stream)).toEqual(streamOrder);
      expect(y.streams.map((s) => s.incomeCents), `incomes ${year}`).toEqual([incB * 100, incR * 100, incS * 100]);
      expect(y.streams.map((s) => s.expenditureCents), `expenditures ${year}`).toEqual([expB * 100, expR * 100, expS * 100]);
      expect(y.balanceCents, `balance ${year}`).toBe(balance * 100);
      expect(y.incomeCents - y.expenditureCents).toBe(balance * 100);
      expect(y.basis).toBe(year <= 2021 ? 'realised' : 'budget');
      expect(y.basisLabel).toBe(year <= 2021 ? 'Realisatie' : 'Begroting');
      expect(y.notices).toEqual([]);
    }
  });

  it('GET /finance/{year} gives one year: 2022 has a balance of −€ 416.128', async () => {
    const res = await lead.get('/finance/2022');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ year: 2022, balanceCents: -41_612_800, basis: 'budget' });
  });

  it('carries the reserve: € 250.000 on 1-1-2019, surpluses returned, deficits drawn, empty in 2024 with a Dutch warning', async () => {
    const body = (await analyst.get('/finance?from=2019&to=2025')).json() as { years: Year[]; warning: string; reserve: { openingYear: number; openingBalanceCents: number } };
    expect(body.reserve).toMatchObject({ openingYear: 2019, openingBalanceCents: 25_000_000 });
    const lines = body.years.map((y) => y.reserve!);
    // 250.000 + 72.481 = 322.481; + 633.116 = 955.597; + 285.295 = 1.240.892; − 416.128 = 824.764; − 412.432 = 412.332; then empty.
    expect(lines.map((l) => l.closingCents)).toEqual([32_248_100, 95_559_700, 124_089_200, 82_476_400, 41_233_200, 0, 0]);
    expect(lines.map((l) => l.openingCents)).toEqual([25_000_000, 32_248_100, 95_559_700, 124_089_200, 82_476_400, 41_233_200, 0]);
    expect(lines.map((l) => l.fromGeneralFundsCents)).toEqual([0, 0, 0, 0, 0, 9_388_600, 55_258_900]);
    // 2024: benefits surplus 82.545 returns first (412.332 + 82.545 = 494.877); the SW deficit 588.763 is first in line
    // for the reserve (the fence), the rest of it — 93.886 — comes from the general funds.
    expect(lines[5]).toMatchObject({ returnedCents: 8_254_500, deficitCents: 58_876_300, fromReserveCents: 49_487_700, exhausted: true });
    expect(lines[5].shelteredFence).toEqual({ deficitCents: 58_876_300, fromReserveCents: 49_487_700, fromGeneralFundsCents: 9_388_600 });
    expect(lines[6].shelteredFence).toEqual({ deficitCents: 63_513_400, fromReserveCents: 8_254_500, fromGeneralFundsCents: 55_258_900 });
    expect(body.years[5].warning).toBe('De reserve sociaal domein raakt in 2024 op. € 93.886,00 van het tekort van € 588.763,00 komt uit de algemene middelen, '
      + 'waarvan € 93.886,00 voor het tekort op de SW. Informeer de raad.');
    expect(body.years.slice(0, 5).every((y) => y.warning === null)).toBe(true);
    expect(body.warning).toBe(body.years[5].warning);
  });

  it('computes the reserve from its opening year even when the table starts later', async () => {
    const body = (await analyst.get('/finance?from=2023&to=2024')).json() as { years: Year[] };
    expect(body.years.map((y) => [y.year, y.reserve!.openingCents, y.reserve!.closingCents])).toEqual([[2023, 82_476_400, 41_233_200], [2024, 41_233_200, 0]]);
  });

  it('by default shows the years with figures up to this year; a year without figures says so', async () => {
    const body = (await analyst.get('/finance')).json() as { from: number; to: number; years: Year[] };
    expect(body.from).toBe(2019);
    expect(body.to).toBe(Math.max(2025, thisYear));
    const empty = (await analyst.get('/finance/2031')).json() as Year;
    expect(empty).toMatchObject({ basis: null, basisLabel: 'Geen cijfers', balanceCents: 0, missingStreams: streamOrder });
    expect(empty.notices).toEqual(['Voor 2031 zijn nog geen cijfers ingevoerd; het saldo telt als nul.']);
  });

  it('refuses a range that is backwards or too long, in Dutch', async () => {
    const backwards = await analyst.get('/finance?from=2025&to=2019');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().detail).toBe('Het eerste jaar (2025) ligt na het laatste jaar (2019).');
    expect((await analyst.get('/finance?from=2000&to=2040')).statusCode).toBe(400);
  });
});

describe('entering figures', () => {
  const year = 2030;
  it('a policy analyst enters a budget per stream with If-Match; the change is audited; stale versions answer 412', async () => {
    const created = await analyst.put(`/finance/${year}/budget/benefits`, { incomeCents: 700_000_000, expenditureCents: 690_000_000, source: 'Begroting 2030' }, '"v0"');
    expect(created.statusCode, created.body).toBe(200);
    const y = created.json() as Year;
    expect(y.streams[0]).toMatchObject({ basis: 'budget', incomeCents: 700_000_000, expenditureCents: 690_000_000, resultCents: 10_000_000, budget: { version: 1 } });
    expect(y).toMatchObject({ basis: 'mixed', balanceCents: 10_000_000, missingStreams: ['reintegration', 'sheltered_employment'] });
    expect(y.notices[0]).toBe('Voor 2030 zijn nog geen cijfers ingevoerd voor Re-integratie (participatiebudget) en Sociale werkvoorziening (Wsw); die tellen als nul.');
    const audit = await auditRowsOf(t.db, created);
    expect(audit.map((a) => [a.action, a.result, a.objectId])).toEqual([['finance.figure.set', 'success', '2030/budget/benefits']]);

    const stale = await analyst.put(`/finance/${year}/budget/benefits`, { incomeCents: 1, expenditureCents: 1, source: 'Oude versie' }, '"v0"');
    expect(stale.statusCode).toBe(412);
    expect((await analyst.put(`/finance/${year}/budget/benefits`, { incomeCents: 1, expenditureCents: 1, source: 'Zonder versie' })).statusCode).toBe(428);
    const changed = await analyst.put(`/finance/${year}/budget/benefits`, { incomeCents: 700_000_000, expenditureCents: 720_000_000, source: 'Begrotingswijziging 2030' }, '"v1"');
    expect(changed.statusCode).toBe(200);
    expect((changed.json() as Year).balanceCents).toBe(-20_000_000);
  });

  it('a budget needs its expenditure, and SW cannot take its realised expenditure from Meedoen', async () => {
    const noBudget = await analyst.put(`/finance/${year}/budget/reintegration`, { incomeCents: 1, expenditureCents: null, source: 'Begroting' }, '"v0"');
    expect(noBudget.statusCode).toBe(400);
    expect(noBudget.json().detail).toBe('Vul de begrote uitgaven in.');
    const sw = await analyst.put(`/finance/${year}/realised/sheltered_employment`, { incomeCents: 1, expenditureCents: null, source: 'Jaarrekening' }, '"v0"');
    expect(sw.statusCode).toBe(400);
    expect(sw.json().detail).toContain('Meedoen registreert de uitgaven voor Sociale werkvoorziening (Wsw) niet zelf');
    const negative = await analyst.put(`/finance/${year}/budget/reintegration`, { incomeCents: -1, expenditureCents: 0, source: 'Begroting' }, '"v0"');
    expect(negative.statusCode).toBe(400);
    expect((await analyst.put(`/finance/${year}/budget/wmo`, { incomeCents: 1, expenditureCents: 1, source: 'Begroting' }, '"v0"')).statusCode).toBe(400);
  });

  it('re-integration realised from Meedoen: the realised cost of the trajectories charged to the year', async () => {
    const trajectories = await t.db.selectFrom('trajectories as tr').innerJoin('municipalities as m', 'm.id', 'tr.municipalityId')
      .select(['tr.status', 'tr.realisedCents']).where('m.code', '=', 'voorbeeld').where('tr.budgetYear', '=', thisYear).execute();
    const realised = trajectories.filter((r) => r.status === 'ended').reduce((sum, r) => sum + Number(r.realisedCents), 0);
    expect(realised).toBeGreaterThan(0);  // the demo has ended trajectories this year
    const before = (await analyst.get(`/finance/${thisYear}`)).json() as Year;
    // Shown next to the cell while nothing realised is entered …
    expect(before.streams[1].meedoen?.expenditureCents).toBe(realised);
    expect(before.streams[1].meedoen?.source).toMatch(/^Meedoen: werkelijke kosten van \d+ beëindigde trajecten/);
    // … and counted once the realised income is entered with the expenditure left to Meedoen.
    const res = await analyst.put(`/finance/${thisYear}/realised/reintegration`, { incomeCents: 50_000_000, expenditureCents: null, source: `Jaarrekening ${thisYear}` }, '"v0"');
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Year).streams[1]).toMatchObject({ basis: 'realised', expenditureFrom: 'meedoen', expenditureCents: realised, resultCents: 50_000_000 - realised });
  });

  it('benefits realised from Meedoen: the payments of approved payment runs in the year', async () => {
    const approved = await t.db.selectFrom('benefitPayments as p').innerJoin('paymentRuns as r', 'r.id', 'p.runId')
      .innerJoin('municipalities as m', 'm.id', 'p.municipalityId')
      .select(['p.amountCents', 'p.month']).where('m.code', '=', 'voorbeeld').where('r.status', '=', 'approved').execute();
    const byYear = new Map<number, number>();
    for (const p of approved) byYear.set(Number(p.month.slice(0, 4)), (byYear.get(Number(p.month.slice(0, 4))) ?? 0) + Number(p.amountCents));
    expect(byYear.size).toBeGreaterThan(0);  // the demo pays the two previous months through real runs
    const [year, paid] = [...byYear.entries()].at(-1)!;
    // A run that is not approved has paid nothing and does not count.
    const voorbeeldId = (await t.db.selectFrom('municipalities').select('id').where('code', '=', 'voorbeeld').executeTakeFirstOrThrow()).id;
    const run = await t.db.selectFrom('paymentRuns').select(['id', 'status']).where('municipalityId', '=', voorbeeldId).orderBy('month', 'desc').executeTakeFirstOrThrow();
    await t.db.updateTable('paymentRuns').set({ status: 'reconciled' }).where('id', '=', run.id).execute();
    const unapproved = await t.db.selectFrom('benefitPayments').select((eb) => eb.fn.sum<number>('amountCents').as('s')).where('runId', '=', run.id).executeTakeFirstOrThrow();
    const withoutRun = (await analyst.get(`/finance/${year}`)).json() as Year;
    expect(withoutRun.streams[0].meedoen?.expenditureCents ?? 0).toBe(paid - Number(unapproved.s));
    await t.db.updateTable('paymentRuns').set({ status: run.status }).where('id', '=', run.id).execute();

    const shown = (await analyst.get(`/finance/${year}`)).json() as Year;
    expect(shown.streams[0].meedoen).toMatchObject({ expenditureCents: paid });
    expect(shown.streams[0].meedoen?.source).toMatch(/^Meedoen: \d+ betalingen in goedgekeurde betaalruns$/);
    const version = shown.streams[0].realised?.version ?? 0;
    const res = await analyst.put(`/finance/${year}/realised/benefits`, { incomeCents: 600_000_000, expenditureCents: null, source: `Jaarrekening ${year}` }, `"v${version}"`);
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Year).streams[0]).toMatchObject({ basis: 'realised', expenditureFrom: 'meedoen', expenditureCents: paid, resultCents: 600_000_000 - paid });
    // Buurdorp's payments are Buurdorp's.
    const other = (await buurdorp.get(`/finance/${year}`)).json() as Year;
    expect(other.streams[0].meedoen?.expenditureCents).not.toBe(paid);
  });

  it('only the policy analyst writes; team leads and administrators read; a work consultant is refused', async () => {
    const body = { incomeCents: 1, expenditureCents: 1, source: 'Niet van mij' };
    expect((await lead.put(`/finance/${year}/budget/reintegration`, body, '"v0"')).statusCode).toBe(403);
    expect((await admin.put(`/finance/${year}/budget/reintegration`, body, '"v0"')).statusCode).toBe(403);
    expect((await lead.put('/finance/reserve', { openingYear: 2019, openingBalanceCents: 1, source: 'Niet van mij' }, '"v1"')).statusCode).toBe(403);
    expect((await admin.get('/finance/2022')).statusCode).toBe(200);
    expect((await lead.get('/finance?from=2019&to=2025')).statusCode).toBe(200);
    for (const path of ['/finance', '/finance/2022', '/finance/export.xlsx']) {
      const refused = await consultant.get(path);
      expect(refused.statusCode, path).toBe(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
    }
    const income = apiAs(t.app, await t.login('income_consultant@voorbeeld'));
    expect((await income.get('/finance')).statusCode).toBe(403);
  });
});

describe('XLSX export', () => {
  it('contains the seed\'s figures and the reserve, read back with exceljs; the export is audited', async () => {
    const res = await analyst.get('/finance/export.xlsx?from=2019&to=2025');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('financien-2019-2025.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Financiën', 'Reserve sociaal domein', 'Toelichting']);
    const sheet = book.getWorksheet('Financiën')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Jaar', 'Basis', 'Inkomsten BUIG', 'Inkomsten re-integratie', 'Inkomsten SW', 'Uitgaven BUIG', 'Uitgaven re-integratie', 'Uitgaven SW', 'Saldo']);
    for (const [i, row] of seedTable.entries()) {
      const values = (sheet.getRow(i + 2).values as unknown[]).slice(1);
      expect(values).toEqual([row[0], row[0] <= 2021 ? 'Realisatie' : 'Begroting', ...row.slice(1)]);
    }
    const reserve = book.getWorksheet('Reserve sociaal domein')!;
    expect(reserve.getRow(7).getCell(1).value).toBe(2024);
    expect(reserve.getRow(7).getCell(6).value).toBe(93_886);   // from the general funds
    expect(reserve.getRow(7).getCell(7).value).toBe(0);        // closing
    expect(String(reserve.getRow(7).getCell(11).value)).toContain('raakt in 2024 op');
    expect((await auditRowsOf(t.db, res)).map((a) => [a.action, a.objectId])).toEqual([['finance.export', '2019-2025']]);
  });
});

describe('per municipality', () => {
  it('Buurdorp\'s figures are not Voorbeeld\'s, and a change in one leaves the other alone', async () => {
    const own = (await buurdorp.get('/finance')).json() as { from: number; years: Year[]; reserve: { openingYear: number; openingBalanceCents: number } };
    expect(own.from).toBe(2024);
    expect(own.reserve).toMatchObject({ openingYear: 2024, openingBalanceCents: 15_000_000 });
    const b2022 = (await buurdorp.get('/finance/2022')).json() as Year;
    expect(b2022).toMatchObject({ basis: null, balanceCents: 0, reserve: null });
    const v2024 = (await analyst.get('/finance/2024')).json() as Year;
    const b2024 = (await buurdorp.get('/finance/2024')).json() as Year;
    expect(v2024.incomeCents).toBe((6_232_000 + 482_703 + 3_936_631) * 100);
    expect(b2024.incomeCents).not.toBe(v2024.incomeCents);

    const before = (await buurdorp.get('/finance/2030')).json() as Year;
    expect(before.missingStreams).toEqual(streamOrder);  // Voorbeeld's 2030 budget above is not Buurdorp's
    const change = await analyst.put('/finance/2024/budget/benefits', { incomeCents: 1, expenditureCents: 1, source: 'Alleen Voorbeeld' }, '"v1"');
    expect(change.statusCode, change.body).toBe(200);
    expect(((await buurdorp.get('/finance/2024')).json() as Year).incomeCents).toBe(b2024.incomeCents);
  });

  it('the reserve opening balance is set per municipality, with If-Match, audited', async () => {
    const res = await analyst.put('/finance/reserve', { openingYear: 2019, openingBalanceCents: 100_000_000, source: 'Jaarrekening 2018' }, '"v1"');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { reserve: { version: number; openingBalanceCents: number }; warning: string | null };
    expect(body.reserve).toMatchObject({ version: 2, openingBalanceCents: 100_000_000 });
    expect((await auditRowsOf(t.db, res)).map((a) => a.action)).toEqual(['finance.reserve.set']);
    expect((await analyst.put('/finance/reserve', { openingYear: 2019, openingBalanceCents: 1, source: 'Oud' }, '"v1"')).statusCode).toBe(412);
    expect(((await buurdorp.get('/finance')).json() as { reserve: { openingBalanceCents: number } }).reserve.openingBalanceCents).toBe(15_000_000);
  });
});
