import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshCounts } from '../../src/modules/steering/dashboards/store.ts';
import { todayIso } from '../../src/rules/dates.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, type Api } from '../support/fixtures.ts';
import { buildSteeringFixture, fixtureUsers, type SteeringFixture } from '../support/steering-fixture.ts';

// Every figure on the hand-made data set of tests/support/steering-fixture.ts (the numbers there), for a team lead
// (real numbers), a policy analyst (suppressed) and the region; CSV; permissions; reference figures.

interface Cell { value: number | null; display: string; suppressed: 'small' | 'secondary' | null }
interface Row { key: string; label: string; cells: Cell[] }
interface Figure { id: string; title: string; series: { key: string; label: string }[]; rows: Row[]; total: Row | null; reference: { display: string } | null; notes: string[] }
interface View { area: { kind: string; name: string; municipalities: { code: string; name: string }[] }; day: string; suppressedBelow: number | null; figures: Figure[] }

let t: TestApp;
let f: SteeringFixture;
let lead: Api;
let analyst: Api;
const period = '?from=2025-01&to=2025-03';
beforeAll(async () => {
  t = await startTestApp({ demo: false });
  f = await buildSteeringFixture(t.db);
  lead = apiAs(t.app, await t.login(fixtureUsers.leadA));
  analyst = apiAs(t.app, await t.login(fixtureUsers.analystA));
});
afterAll(async () => { await t?.close(); });

async function view(api: Api, area: 'municipality' | 'region'): Promise<View> {
  const res = await api.get(`/dashboards/${area}${period}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as View;
}
const figure = (v: View, id: string) => v.figures.find((x) => x.id === id)!;
/** Each row as "label: cell/cell/…", the total last. */
const shown = (fig: Figure) => [...fig.rows, ...(fig.total ? [fig.total] : [])].map((r) => `${r.label}: ${r.cells.map((c) => c.display).join('/')}`);

describe('a team lead sees the real numbers of the own municipality, computed by hand', () => {
  let v: View;
  beforeAll(async () => { v = await view(lead, 'municipality'); });

  it('names the area and does not suppress', () => {
    expect(v.area).toEqual({ kind: 'municipality', name: 'Alfa', municipalities: [{ code: 'alfa', name: 'Alfa' }] });
    expect(v.suppressedBelow).toBeNull();
    expect(v.day).toBe(todayIso());
    expect(v.figures.map((x) => x.id)).toEqual([
      'ladder-steps', 'ladder-categories', 'target-groups', 'benefits-per-1000', 'in-outflow', 'outflow-reasons',
      'trajectories', 'placements', 'sheltered-work', 'caseload-per-consultant', 'last-contact',
    ]);
  });

  it('caseload on the ladder in both views', () => {
    expect(shown(figure(v, 'ladder-steps'))).toEqual([
      'Nog niet gemeten: 6/15,0%', '1 geïsoleerd: 5/12,5%', '2 sociale contacten buitenshuis: 8/20,0%', '3 deelname georganiseerde activiteiten: 7/17,5%',
      '4 onbetaald werk: 5/12,5%', '5 betaald werk met ondersteuning: 3/7,5%', '6 betaald werk: 6/15,0%', 'Totaal: 40/100,0%',
    ]);
    expect(shown(figure(v, 'ladder-categories'))).toEqual([
      'Geen: 6/15,0%', 'Zorg: 5/12,5%', 'Maatschappelijke activering: 8/20,0%', 'Arbeidsactivering: 7/17,5%', 'Arbeidstoeleiding: 5/12,5%',
      'Betaald werk: 9/22,5%', 'Totaal: 40/100,0%',
    ]);
  });

  it('target groups running today (an ended and a future one do not count), without a total', () => {
    expect(shown(figure(v, 'target-groups'))).toEqual([
      'Bijstand: 30', 'Niet-uitkeringsgerechtigde (NUG): 6', 'SW-indicatie: 0', 'Nieuw beschut werk: 0', 'Statushouder: 3',
      'Jongere (RMC/VSV): 2', 'Doelgroepregister (banenafspraak): 0',
    ]);
  });

  it('benefits per 1,000 inhabitants: 12 running benefits on 9,000 inhabitants', () => {
    const fig = figure(v, 'benefits-per-1000');
    expect(shown(fig)).toEqual(['Alfa: 12/9.000/1,3']);
    expect(fig.reference).toBeNull();
    expect(fig.notes).toContain('Er is geen landelijk referentiecijfer ingevoerd.');
  });

  it('in- and outflow per month, and the outflow by reason', () => {
    expect(shown(figure(v, 'in-outflow'))).toEqual(['jan 2025: 5/2', 'feb 2025: 2/1', 'mrt 2025: 0/1', 'Totaal: 7/4']);
    const reasons = figure(v, 'outflow-reasons');
    expect(reasons.series.map((s) => s.label)).toEqual(['Werk gevonden', 'Verhuisd naar een andere gemeente', 'Reden niet vastgelegd', 'Totaal']);
    expect(shown(reasons)).toEqual(['jan 2025: 2/0/0/2', 'feb 2025: 0/1/0/1', 'mrt 2025: 0/0/1/1', 'Totaal: 2/1/1/4']);
  });

  it('trajectories by instrument and outcome (a proposal that never started does not count)', () => {
    const fig = figure(v, 'trajectories');
    expect(fig.series.map((s) => s.label)).toEqual([
      'Gestart', 'Lopend', 'Beëindigd: Betaald werk', 'Beëindigd: Hogere trede op de participatieladder', 'Beëindigd: Ander instrument',
      'Beëindigd: Voortijdig gestopt', 'Beëindigd',
    ]);
    expect(shown(fig)).toEqual([
      'Maatwerk: 1/1/0/0/0/0/0', 'Scholing: 0/0/0/0/0/1/1', 'Werkervaringsplek: 2/1/1/0/0/0/1', 'Totaal: 3/2/1/0/0/1/2',
    ]);
  });

  it('placements by kind, and the sheltered-work target fill', () => {
    expect(shown(figure(v, 'placements'))).toEqual([
      'Reguliere baan: 1/0/1/1', 'Proefplaatsing: 0/0/0/0', 'Werkervaringsplek: 0/0/0/0', 'Garantiebaan (banenafspraak): 0/0/0/0',
      'Beschut werk: 0/0/1/0', 'Leerwerkplek: 0/0/0/0', 'Totaal: 1/0/2/1',
    ]);
    expect(shown(figure(v, 'sheltered-work'))).toEqual(['Alfa: 62,0/2,0/1/31,0/31,0']);
  });

  it('caseload per consultant by days since the last contact, and the distribution', () => {
    const fig = figure(v, 'caseload-per-consultant');
    expect(fig.series.map((s) => s.label)).toEqual(['0–30 dagen', '31–90 dagen', '91–180 dagen', 'Meer dan 180 dagen', 'Nooit contact vastgelegd', 'Caseload']);
    expect(shown(fig)).toEqual(['Cor Een (Team Een): 10/8/4/2/1/25', 'Dina Twee (Team Twee): 6/5/2/0/2/15', 'Totaal: 16/13/6/2/3/40']);
    expect(shown(figure(v, 'last-contact'))).toEqual([
      '0–30 dagen: 16', '31–90 dagen: 13', '91–180 dagen: 6', 'Meer dan 180 dagen: 2', 'Nooit contact vastgelegd: 3', 'Totaal: 40',
    ]);
  });

  it('writes an audit row for the read, without residents', async () => {
    const res = await lead.get(`/dashboards/municipality${period}`);
    const rows = await auditRowsOf(t.db, res);
    expect(rows.map((r) => [r.action, r.objectType, r.objectId, r.residentIds])).toEqual([['dashboard.read', 'dashboard', 'municipality', []]]);
  });
});

/** No row or column has exactly one hidden count next to a visible total (the unit tests prove the full property). */
function noLoneHiddenCell(fig: Figure, withRowTotals: boolean) {
  const rows = fig.rows.map((r) => r.cells);
  const inner = (cells: Cell[]) => (withRowTotals ? cells.slice(0, -1) : cells);
  if (withRowTotals) for (const cells of rows) if (!cells.at(-1)!.suppressed) expect(inner(cells).filter((c) => c.suppressed).length, fig.id).not.toBe(1);
  if (fig.total) {
    inner(fig.total.cells).forEach((totalCell, j) => {
      if (!totalCell.suppressed) expect(rows.filter((cells) => cells[j].suppressed).length, `${fig.id} column ${j}`).not.toBe(1);
    });
  }
}

describe('a policy analyst sees aggregates only: small counts suppressed', () => {
  let v: View;
  beforeAll(async () => { v = await view(analyst, 'municipality'); });

  it('shows counts 1–4 as "<5" and hides what would give them away as "x"', () => {
    expect(v.suppressedBelow).toBe(5);
    // Step 5 (3) is small; step 6 is hidden too, because the category "betaald werk" (9) is step 5 + step 6.
    expect(shown(figure(v, 'ladder-steps')).slice(5)).toEqual(['5 betaald werk met ondersteuning: <5/x', '6 betaald werk: x/x', 'Totaal: 40/100,0%']);
    expect(shown(figure(v, 'ladder-categories'))).toContain('Betaald werk: 9/22,5%');
    // Inflow: February (2) is small; with the total (7) and March (0) shown, January must go too.
    expect(shown(figure(v, 'in-outflow'))).toEqual(['jan 2025: x/<5', 'feb 2025: <5/<5', 'mrt 2025: 0/<5', 'Totaal: 7/<5']);
    expect(shown(figure(v, 'target-groups'))).toContain('Statushouder: <5');
    expect(shown(figure(v, 'sheltered-work'))).toEqual(['Alfa: 62,0/2,0/<5/x/x']);  // one person's hours are that person's
  });

  it('never leaves one hidden count next to a visible total', () => {
    for (const fig of v.figures) {
      const withRowTotals = ['outflow-reasons', 'caseload-per-consultant'].includes(fig.id);
      noLoneHiddenCell(fig, withRowTotals);
      for (const r of [...fig.rows, ...(fig.total ? [fig.total] : [])]) {
        for (const c of r.cells) if (c.value !== null && Number.isInteger(c.value) && !c.display.includes(',')) expect(c.value > 0 && c.value < 5, `${fig.id} ${r.label} ${c.display}`).toBe(false);
      }
    }
  });

  it('sees teams, not consultants', () => {
    expect(figure(v, 'caseload-per-consultant').rows.map((r) => r.label)).toEqual(['Team Een', 'Team Twee']);
  });

  it('cannot open a dossier', async () => {
    expect((await analyst.get(`/residents/${f.residents.alfa[0]}`)).statusCode).toBe(403);
  });
});

describe('the region: all municipalities of the caller\'s region, nothing from outside it, suppressed for everyone', () => {
  it('adds up Alfa and Beta, leaves Gamma out', async () => {
    const v = await view(analyst, 'region');
    expect(v.area).toEqual({ kind: 'region', name: 'Regio Proefvallei', municipalities: [{ code: 'alfa', name: 'Alfa' }, { code: 'beta', name: 'Beta' }] });
    expect(shown(figure(v, 'ladder-steps'))[0]).toBe('Nog niet gemeten: 11/24,4%');
    expect(figure(v, 'ladder-steps').total!.cells[0].display).toBe('45');
    // Beta's 3 benefits are small; with the region total shown, Alfa's 12 is hidden too; the rates follow their counts.
    expect(shown(figure(v, 'benefits-per-1000'))).toEqual(['Alfa: x/9.000/x', 'Beta: <5/5.000/x', 'Regio Proefvallei: 15/14.000/1,1']);
    expect(figure(v, 'caseload-per-consultant').rows.map((r) => r.label)).toEqual(['Alfa', 'Beta']);
    expect(figure(v, 'caseload-per-consultant').rows[1].cells.map((c) => c.display)).toEqual(['5', '0', '0', '0', '0', '5']);
  });

  it('is suppressed for a team lead as well', async () => {
    const v = await view(lead, 'region');
    expect(v.suppressedBelow).toBe(5);
    expect(shown(figure(v, 'benefits-per-1000'))[1]).toBe('Beta: <5/5.000/x');
  });

  it('Beta sees the same region; Gamma, without a region, sees only itself', async () => {
    const beta = apiAs(t.app, await t.login(fixtureUsers.analystB));
    const v = await view(beta, 'region');
    expect(figure(v, 'benefits-per-1000').total!.cells[0].display).toBe('15');
    const own = await view(beta, 'municipality');
    expect(own.area.name).toBe('Beta');
    expect(figure(own, 'ladder-steps').total!.cells[0].display).toBe('5');
  });
});

describe('one figure as JSON or CSV', () => {
  it('answers CSV for .csv and for Accept: text/csv — the table as shown, semicolons, UTF-8 with BOM', async () => {
    const res = await lead.get(`/dashboards/municipality/in-outflow.csv${period}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="in-outflow-municipality-2025-01-2025-03.csv"');
    expect(res.body).toBe('\uFEFFMaand;Instroom;Uitstroom\r\njan 2025;5;2\r\nfeb 2025;2;1\r\nmrt 2025;0;1\r\nTotaal;7;4\r\n');
    const accept = await t.app.inject({ url: `/api/v1/dashboards/municipality/in-outflow${period}`, headers: { cookie: await t.login(fixtureUsers.analystA), accept: 'text/csv' } });
    expect(accept.body).toBe('\uFEFFMaand;Instroom;Uitstroom\r\njan 2025;x;<5\r\nfeb 2025;<5;<5\r\nmrt 2025;0;<5\r\nTotaal;7;<5\r\n');
    expect((await auditRowsOf(t.db, accept)).map((r) => [r.action, r.objectId])).toEqual([['dashboard.export', 'municipality/in-outflow']]);
  });

  it('answers JSON with just that figure, and refuses an unknown figure or a wrong period in Dutch', async () => {
    const res = await lead.get(`/dashboards/municipality/last-contact${period}`);
    expect((res.json() as View).figures.map((x) => x.id)).toEqual(['last-contact']);
    expect((await lead.get('/dashboards/municipality/geheim')).statusCode).toBe(400);
    const reversed = await lead.get('/dashboards/municipality?from=2025-03&to=2025-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().detail).toContain('De eerste maand ligt na de laatste');
    expect((await lead.get('/dashboards/municipality?from=2020-01&to=2025-01')).json().detail).toContain('hoogstens 36 maanden');
  });
});

describe('who may see dashboards', () => {
  it('refuses work consultants and income consultants', async () => {
    for (const username of [fixtureUsers.consultantA1, fixtureUsers.incomeA]) {
      const api = apiAs(t.app, await t.login(username));
      expect((await api.get('/dashboards/municipality')).statusCode, username).toBe(403);
      expect((await api.get('/dashboards/region/ladder-steps.csv')).statusCode, username).toBe(403);
    }
  });
  it('lets administrators read', async () => {
    const admin = apiAs(t.app, await t.login(fixtureUsers.adminA));
    expect((await admin.get('/dashboards/municipality')).statusCode).toBe(200);
  });
});

describe('pre-aggregated counts', () => {
  it('are counted on the first read and stay until refreshed', async () => {
    const before = figure(await view(lead, 'municipality'), 'ladder-steps').rows[4].cells[0].display;
    expect(before).toBe('5');
    await t.db.insertInto('residents').values({
      municipalityId: f.ids.alfa, bsn: '999999990', givenNames: 'Nieuw', surname: 'Persoon', birthDate: '1990-01-01', street: 'Proefstraat', houseNumber: 99,
      postcode: '9999ZZ', city: 'Proefdorp', ladderStep: 4, ladderMeasuredOn: '2025-06-01', contactPersonId: f.users.consultantA1,
    }).execute();
    expect(figure(await view(lead, 'municipality'), 'ladder-steps').rows[4].cells[0].display).toBe('5');
    await refreshCounts(t.db, f.ids.alfa, todayIso(), { force: true });
    const after = await view(lead, 'municipality');
    expect(figure(after, 'ladder-steps').rows[4].cells[0].display).toBe('6');
    expect(figure(after, 'caseload-per-consultant').rows[0].cells.at(-1)!.display).toBe('26');
  });
});

describe('inhabitants and the national reference figure', () => {
  it('are entered with date and source by policy staff; Beta is untouched', async () => {
    const res = await analyst.post('/dashboard-settings/reference-figures', { kind: 'inhabitants', validFrom: '2025-01-01', value: 12_000, source: 'CBS StatLine, bevolking op 1 januari 2025' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().municipality).toEqual({ code: 'alfa', name: 'Alfa', inhabitants: 12_000 });
    expect((await analyst.post('/dashboard-settings/reference-figures', { kind: 'national_benefits_per_1000', validFrom: '2025-01-01', value: 22.5, source: 'CBS StatLine, bijstandsuitkeringen' })).statusCode).toBe(201);
    const fig = figure(await view(lead, 'municipality'), 'benefits-per-1000');
    expect(shown(fig)).toEqual(['Alfa: 12/12.000/1,0']);
    expect(fig.reference?.display).toBe('22,5');
    expect(fig.notes[0]).toBe('Inwoners Alfa: 12.000 (peildatum 2025-01-01); bron: CBS StatLine, bevolking op 1 januari 2025.');

    const again = await analyst.post('/dashboard-settings/reference-figures', { kind: 'inhabitants', validFrom: '2025-01-01', value: 12_500, source: 'Tweede poging' });
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('Bestaat al');
    expect((await analyst.post('/dashboard-settings/reference-figures', { kind: 'inhabitants', validFrom: '2025-01-01', value: 12.5, source: 'Half' })).statusCode).toBe(400);

    const beta = apiAs(t.app, await t.login(fixtureUsers.analystB));
    const settings = (await beta.get('/dashboard-settings')).json();
    expect(settings).toEqual({ municipality: { code: 'beta', name: 'Beta', inhabitants: 5_000 }, referenceFigures: [] });
  });

  it('may not be entered by a team lead or a consultant', async () => {
    const body = { kind: 'inhabitants', validFrom: '2025-06-01', value: 1, source: 'Zomaar' };
    expect((await lead.post('/dashboard-settings/reference-figures', body)).statusCode).toBe(403);
    expect((await apiAs(t.app, await t.login(fixtureUsers.consultantA1)).post('/dashboard-settings/reference-figures', body)).statusCode).toBe(403);
  });
});
