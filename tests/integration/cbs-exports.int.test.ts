import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.ts';
import { recordingIO } from '../../src/cli/testing.ts';
import { busDetailLayout } from '../../src/modules/steering/cbs/bus.ts';
import { parseRecord, RECORD_LENGTH, trailerLayout } from '../../src/modules/steering/cbs/layout.ts';
import { srgDetailLayout } from '../../src/modules/steering/cbs/srg.ts';
import { todayIso } from '../../src/rules/dates.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf } from '../support/fixtures.ts';
import { buildSteeringFixture, fixtureUsers, type SteeringFixture } from '../support/steering-fixture.ts';

// The monthly CBS deliveries on the hand-made data set (tests/support/steering-fixture.ts): February 2025.

let t: TestApp;
let f: SteeringFixture;
const dir = mkdtempSync(join(tmpdir(), 'meedoen-cbs-'));
beforeAll(async () => {
  t = await startTestApp({ demo: false });
  f = await buildSteeringFixture(t.db);
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

const lines = (body: string) => body.split('\r\n').slice(0, -1);
const today = todayIso().replaceAll('-', '');

describe('BUS: benefits that ran in the month', () => {
  it('has a header, one record per benefit in start-date order, and a trailer with the counts', async () => {
    const admin = apiAs(t.app, await t.login(fixtureUsers.adminA));
    const res = await admin.get('/cbs-exports/bus/2025-02');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=us-ascii');
    expect(res.headers['content-disposition']).toBe('attachment; filename="BUS_GM9801_202502.txt"');
    const all = lines(res.body);
    expect(all.every((l) => l.length === RECORD_LENGTH)).toBe(true);
    expect(all[0].trimEnd()).toBe(`01BUS9801202502${today}MD1.0 MEEDOEN 0.1.0`);
    // Running in February: 2 from 2024-03-01 (one ends 15 Feb, one in March), 5 from 2024-06-01, 5 from 2025-01-10, 2 new from
    // 2025-02-03. Not the two that ended on 31 January; nothing of Beta or Gamma.
    const details = all.slice(1, -1).map((l) => parseRecord(busDetailLayout, l));
    expect(details).toHaveLength(14);
    expect(details.map((d) => d.begindatum)).toEqual([...Array(2).fill('20240301'), ...Array(5).fill('20240601'), ...Array(5).fill('20250110'), '20250203', '20250203']);
    const bsn = (i: number) => f.bsns.alfa[i];
    const byBsn = new Map(details.map((d) => [d.bsn, d]));
    expect(byBsn.get(bsn(14))).toMatchObject({ einddatum: '20250215', redenBeeindiging: '02', status: 'B', leefvorm: '1', regeling: '01', bsnPartner: '' });
    expect(byBsn.get(bsn(15))).toMatchObject({ einddatum: '', redenBeeindiging: '', status: 'L' });  // ends in March: not known to February
    expect(byBsn.get(bsn(0))).toMatchObject({ bsnPartner: bsn(16), leefvorm: '3', status: 'L' });
    expect(byBsn.get(bsn(5))).toMatchObject({ status: 'N', gemeentecode: '9801', verslagmaand: '202502' });
    expect(byBsn.has(bsn(12))).toBe(false);
    for (const other of [...f.bsns.beta, ...f.bsns.gamma]) expect(res.body.includes(other)).toBe(false);
    expect(parseRecord(trailerLayout, all.at(-1)!)).toMatchObject({ recordsoort: '99', statistiek: 'BUS', aantalDetailrecords: '0000014', aantalNieuw: '0000002', aantalBeeindigd: '0000001' });
  });

  it('is audited with its purpose and every resident in the file (partners included)', async () => {
    const income = apiAs(t.app, await t.login(fixtureUsers.incomeA));
    const res = await income.get('/cbs-exports/bus/2025-02');
    expect(res.statusCode).toBe(200);
    const [row] = await auditRowsOf(t.db, res);
    expect(row).toMatchObject({ action: 'cbs_export.bus', result: 'success', objectType: 'cbs_delivery', objectId: 'BUS 2025-02', actorRole: 'income_consultant' });
    expect(row.purpose).toContain('bijstandsuitkeringenstatistiek (BUS)');
    const expected = [...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14, 15].map((i) => f.residents.alfa[i]), f.residents.alfa[16]];
    expect([...row.residentIds].sort()).toEqual(expected.sort());
  });
});

describe('SRG: re-integration provisions that ran in the month', () => {
  it('has trajectories and placements with wage-cost subsidy, sheltered work or a job coach', async () => {
    const admin = apiAs(t.app, await t.login(fixtureUsers.adminA));
    const res = await admin.get('/cbs-exports/srg/2025-02');
    expect(res.statusCode, res.body).toBe(200);
    const all = lines(res.body);
    const details = all.slice(1, -1).map((l) => parseRecord(srgDetailLayout, l));
    const summary = details.map((d) => `${f.bsns.alfa.indexOf(d.bsn)} ${d.bron} ${d.soortVoorziening} ${d.begindatum}-${d.einddatum || '…'} ${d.resultaat || '–'} ${d.status} ${d.uitkeringssituatie}`);
    expect(summary).toEqual([
      '22 T 109 20241101-20250220 04 B 2',   // scholing, dropped out in February
      '20 T 103 20250115-… – L 2',           // werkervaringsplek, running
      '21 T 103 20250210-… – N 2',           // started in February, ends in March: not known to February
      '26 P 106 20240501-… – L 2',           // sheltered work
      '25 P 108 20250201-… – N 2',           // regular job with wage-cost subsidy …
      '25 P 112 20250201-… – N 2',           // … and a job coach
    ]);
    expect(parseRecord(trailerLayout, all.at(-1)!)).toMatchObject({ statistiek: 'SRG', aantalDetailrecords: '0000006', aantalNieuw: '0000003', aantalBeeindigd: '0000001' });
  });

  it('marks a provision of a resident with a benefit that month', async () => {
    const admin = apiAs(t.app, await t.login(fixtureUsers.adminA));
    await t.db.insertInto('benefits').values({
      municipalityId: f.ids.alfa, residentId: f.residents.alfa[20], startDate: '2025-02-01', iban: 'NL91DEMO0123456789', accountHolder: 'Proef',
      situation: { applicant: { birthDate: '1985-05-05', earningsCents: 0, generalReleaseMonthsUsed: 0, singleParentReleaseMonthsUsed: 0 }, partner: null, children: [], costSharers: [], intensiveInformalCare: false, otherIncomeCents: 0, giftsCents: 0, giftsEarlierThisYearCents: 0 },
    }).execute();
    const res = await admin.get('/cbs-exports/srg/2025-02');
    const record = lines(res.body).slice(1, -1).map((l) => parseRecord(srgDetailLayout, l)).find((d) => d.bsn === f.bsns.alfa[20])!;
    expect(record.uitkeringssituatie).toBe('1');
  });
});

describe('who may export', () => {
  it('only administrators and income consultants: a work consultant, team lead or policy analyst is refused, and the attempt is logged', async () => {
    const analyst = apiAs(t.app, await t.login(fixtureUsers.analystA));
    for (const username of [fixtureUsers.consultantA1, fixtureUsers.leadA, fixtureUsers.analystA]) {
      const api = apiAs(t.app, await t.login(username));
      const res = await api.get('/cbs-exports/bus/2025-02');
      expect(res.statusCode, username).toBe(403);
      expect(res.body.includes(f.bsns.alfa[0])).toBe(false);
      expect((await auditRowsOf(t.db, res)).map((r) => [r.action, r.result])).toEqual([['cbs_export.export', 'denied']]);
    }
    expect((await analyst.get('/cbs-exports/srg/2025-02')).statusCode).toBe(403);
  });

  it('refuses a month that has not begun, and a wrong kind', async () => {
    const admin = apiAs(t.app, await t.login(fixtureUsers.adminA));
    const res = await admin.get('/cbs-exports/bus/2999-01');
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('nog niet begonnen');
    expect((await admin.get('/cbs-exports/xyz/2025-02')).statusCode).toBe(400);
  });

  it('Beta\'s administrator gets Beta\'s file: no resident of Alfa', async () => {
    const adminB = apiAs(t.app, await t.login(fixtureUsers.adminB));
    const res = await adminB.get('/cbs-exports/bus/2025-02');
    expect(res.headers['content-disposition']).toContain('BUS_GM9802_202502.txt');
    expect(lines(res.body)).toHaveLength(5);  // header, 3 benefits, trailer
    for (const bsn of f.bsns.alfa) expect(res.body.includes(bsn)).toBe(false);
  });
});

describe('meedoen cbs export and meedoen dashboards refresh', () => {
  it('writes the same file as the API, readable by the owner only, and audits it as the command line', async () => {
    const file = join(dir, 'srg.txt');
    const cli = recordingIO(t.database);
    const code = await runCli(['cbs', 'export', '--kind', 'srg', '--month', '2025-02', '--municipality', 'alfa', '--out', file], cli.io);
    expect(code, cli.err()).toBe(0);
    expect(cli.out()).toContain('6 detailrecords');
    const admin = apiAs(t.app, await t.login(fixtureUsers.adminA));
    expect(readFileSync(file, 'utf8')).toBe((await admin.get('/cbs-exports/srg/2025-02')).body);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const row = await t.db.selectFrom('auditEvents').selectAll().where('action', '=', 'cbs_export.srg').where('actorRole', '=', 'cli').executeTakeFirstOrThrow();
    expect(row.municipalityId).toBe(f.ids.alfa);
    expect(row.origin).toMatch(/^opdrachtregel /);
  });

  it('refuses a wrong kind or month and an unknown municipality in Dutch', async () => {
    const cli = recordingIO(t.database);
    expect(await runCli(['cbs', 'export', '--kind', 'xyz', '--month', '2025-02', '--municipality', 'alfa'], cli.io)).toBe(1);
    expect(cli.err()).toContain('kies bus of srg');
    cli.clear();
    expect(await runCli(['cbs', 'export', '--kind', 'bus', '--month', '2025-13', '--municipality', 'alfa'], cli.io)).toBe(1);
    expect(cli.err()).toContain('JJJJ-MM');
    cli.clear();
    expect(await runCli(['cbs', 'export', '--kind', 'bus', '--month', '2025-02', '--municipality', 'nergens'], cli.io)).toBe(1);
    expect(cli.err()).toContain("Onbekende gemeente 'nergens'");
  });

  it('refreshes the dashboard counts of every municipality', async () => {
    const cli = recordingIO(t.database);
    expect(await runCli(['dashboards', 'refresh'], cli.io)).toBe(0);
    expect(cli.out()).toContain('bijgewerkt voor 3 gemeenten');
    const refreshed = await t.db.selectFrom('dashboardRefreshes').select('refreshedOn').execute();
    expect(refreshed.map((r) => r.refreshedOn)).toEqual([todayIso(), todayIso(), todayIso()]);
  });
});
