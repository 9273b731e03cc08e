import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshCounts } from '../../src/modules/steering/dashboards/store.ts';
import { daysBetween, todayIso } from '../../src/rules/dates.ts';
import { addDays } from '../../src/rules/income/terms.ts';
import { addMonths } from '../../src/rules/dashboards/periods.ts';
import { lastCompletedQuarter, parseQuarter, quarterOf, quarterLabel } from '../../src/rules/reports/periods.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, type Api } from '../support/fixtures.ts';
import { pdfText } from '../support/pdf-text.ts';

// Council reports (raadsrapportages) through the API, on the demo region: drafts with live figures, the narrative with
// If-Match and Dutch validation, publishing that freezes figures and PDF, corrections, permissions and tenancy.

let t: TestApp;
let analyst: Api;
let lead: Api;
let admin: Api;
let buurdorp: Api;
const today = todayIso();
const thisYear = Number(today.slice(0, 4));
// The demo publishes the last completed quarter; these tests work on the one before it, and on the current quarter.
const earlierQuarter = quarterOf(`${addMonths(parseQuarter(lastCompletedQuarter(today))!.fromMonth, -1)}-01`);
const currentQuarter = quarterOf(today);

interface Figure { id: string; rows: { key: string; label: string; cells: { value: number | null; display: string }[] }[] }
interface Report {
  id: string; kind: string; period: string; title: string; status: string; edition: number; version: number; correctionReason: string | null;
  narrative: { summary: string; priorityGroups: string[]; goals: unknown[]; budgetSplit: unknown; forecastScenarioId: string | null };
  figures: { day: string; months: { from: string; to: string }; suppressedBelow: number | null; dashboard: Figure[];
    finance: { year: number; incomeCents: number; balanceCents: number }; budget: { budgetCents: number; set: boolean };
    shelteredPlan: { targetHoursPerWeek: number | null } | null; forecast: { scenarioName: string } | null };
  figuresFrozen: boolean; publishProblems: string[]; pdfSha256: string | null;
}

beforeAll(async () => {
  t = await startTestApp();
  analyst = apiAs(t.app, await t.login('policy_analyst@voorbeeld'));
  lead = apiAs(t.app, await t.login('team_lead@voorbeeld'));
  admin = apiAs(t.app, await t.login('administrator@voorbeeld'));
  buurdorp = apiAs(t.app, await t.login('policy_analyst@buurdorp'));
});
afterAll(async () => { await t?.close(); });

const create = async (body: object, as: Api = analyst) => as.post('/council-reports', body);
const publish = (id: string, version: number, as: Api = analyst) => as.send('POST', `/council-reports/${id}/publication`, {}, `"v${version}"`);

describe('the demo', () => {
  it('has Voorbeeld\'s published report of the last completed quarter with its PDF, and a draft plan for next year', async () => {
    const items = (await lead.get('/council-reports')).json().items as Report[];
    expect(items.map((r) => [r.kind, r.period, r.status])).toEqual([
      ['execution_plan', String(thisYear + 1), 'draft'], ['quarterly', lastCompletedQuarter(today), 'published'],
    ]);
    const quarterly = (await lead.get(`/council-reports/${items[1].id}`)).json() as Report;
    expect(quarterly.figuresFrozen).toBe(true);
    expect(quarterly.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    const plan = (await lead.get(`/council-reports/${items[0].id}`)).json() as Report;
    expect(plan.narrative.priorityGroups).toEqual(['jongere_rmc', 'statushouder', 'nieuw_beschut']);
    expect(plan.publishProblems).toEqual([]);
    expect((await buurdorp.get('/council-reports')).json().items).toEqual([]);
  });
});

describe('due dates in the list (1 September for next year\'s plan, six weeks after the quarter)', () => {
  interface Deadline { kind: string; period: string; dueOn: string; dueText: string; state: string; stateLabel: string; daysLeft: number; overdue: boolean; warning: string | null; reportId: string | null }
  const deadlinesOf = async (as: Api, query = '') => (await as.get(`/council-reports${query}`)).json().deadlines as Deadline[];
  const q = parseQuarter(lastCompletedQuarter(today))!;
  // The quarter's last day: the day before the first of the month after it.
  const quarterEnd = addDays(`${addMonths(q.toMonth, 1)}-01`, -1);
  const planDue = `${thisYear}-09-01`;

  it('Voorbeeld: the draft plan for next year against 1 September of this year; the published quarter has no warning', async () => {
    const [plan, quarterly] = await deadlinesOf(lead);
    const items = (await lead.get('/council-reports')).json().items as Report[];
    const planLeft = daysBetween(today, planDue);
    expect(plan).toMatchObject({ kind: 'execution_plan', period: String(thisYear + 1), dueOn: planDue, dueText: `uiterlijk 1 september ${thisYear}`,
      state: 'draft', stateLabel: 'concept', daysLeft: planLeft, overdue: planLeft < 0, reportId: items[0].id });
    const what = `het uitvoeringsplan ${thisYear + 1} is nog niet gepubliceerd`;
    expect(plan.warning).toBe(planLeft < 0 ? `De uiterlijke datum (1 september ${thisYear}) is verstreken en ${what}.`
      : planLeft === 0 ? `Vandaag (1 september ${thisYear}) is de uiterlijke datum en ${what}.`
        : planLeft < 30 ? `Nog ${planLeft} ${planLeft === 1 ? 'dag' : 'dagen'} tot de uiterlijke datum (1 september ${thisYear}) en ${what}.` : null);
    expect(quarterly).toMatchObject({ kind: 'quarterly', period: lastCompletedQuarter(today), dueOn: addDays(quarterEnd, 42), state: 'published',
      stateLabel: 'gepubliceerd', overdue: false, warning: null, reportId: items[1].id });
    expect((await deadlinesOf(lead, '?kind=quarterly')).map((d) => d.kind)).toEqual(['quarterly']);
  });

  it('Buurdorp has made neither: both "nog niet gemaakt", with a warning once fewer than 30 days remain', async () => {
    const deadlines = await deadlinesOf(buurdorp);
    expect(deadlines.map((d) => [d.kind, d.state, d.stateLabel, d.reportId])).toEqual([
      ['execution_plan', 'missing', 'nog niet gemaakt', null], ['quarterly', 'missing', 'nog niet gemaakt', null],
    ]);
    for (const d of deadlines) {
      expect(d.daysLeft).toBe(daysBetween(today, d.dueOn));
      expect(d.warning === null).toBe(d.daysLeft >= 30);
      if (d.warning) expect(d.warning).toContain('is nog niet gemaakt');
    }
  });

  it('takes the due dates from the versioned rule valid today', async () => {
    await t.db.insertInto('councilReportDeadlineRules').values({
      validFrom: today, planDueMonth: 12, planDueDay: 28, quarterlyDueDays: 100, warningDays: 10, source: 'Test: latere termijnregel',
    }).execute();
    try {
      const [plan, quarterly] = await deadlinesOf(buurdorp);
      expect([plan.dueOn, plan.dueText]).toEqual([`${thisYear}-12-28`, `uiterlijk 28 december ${thisYear}`]);
      expect(quarterly.dueOn).toBe(addDays(quarterEnd, 100));
      expect(plan.warning === null).toBe(plan.daysLeft >= 10);
    } finally {
      await t.db.deleteFrom('councilReportDeadlineRules').where('validFrom', '=', today).execute();
    }
  });
});

describe('drafts', () => {
  let report: Report;

  it('a policy analyst creates a quarterly draft with live figures, suppressed as on the dashboard; audited', async () => {
    const res = await create({ kind: 'quarterly', period: earlierQuarter });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"v1"');
    report = res.json() as Report;
    expect(report).toMatchObject({ kind: 'quarterly', period: earlierQuarter, status: 'draft', edition: 1, figuresFrozen: false, pdfSha256: null });
    expect(report.title).toBe(`Kwartaalrapportage Participatiewet ${quarterLabel(earlierQuarter)}`);
    const q = parseQuarter(earlierQuarter)!;
    expect(report.figures.months).toEqual({ from: q.fromMonth, to: q.toMonth });
    expect(report.figures.suppressedBelow).toBe(5);
    expect(report.figures.dashboard.map((f) => f.id)).toEqual([
      'ladder-steps', 'ladder-categories', 'target-groups', 'benefits-per-1000', 'in-outflow', 'outflow-reasons', 'trajectories', 'placements', 'sheltered-work',
    ]);
    // Counts of 1–4 never leave as numbers.
    for (const f of report.figures.dashboard) for (const r of f.rows) for (const c of r.cells) if (c.value !== null && Number.isInteger(c.value) && f.id !== 'benefits-per-1000' && f.id !== 'sheltered-work') {
      expect(c.value === 0 || c.value >= 5, `${f.id} ${r.label} ${c.value}`).toBe(true);
    }
    expect(report.figures.finance.year).toBe(q.year);
    expect(report.publishProblems).toEqual(['Schrijf een toelichting bij de cijfers.']);
    const audit = await auditRowsOf(t.db, res);
    expect(audit.map((a) => [a.action, a.objectId, a.residentIds])).toEqual([['council_report.create', report.id, []]]);
  });

  it('one draft per period; a period that has not begun or is malformed is refused in Dutch', async () => {
    const again = await create({ kind: 'quarterly', period: earlierQuarter });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('Er is al een concept van de kwartaalrapportage');
    const future = await create({ kind: 'quarterly', period: `${thisYear + 1}-Q1` });
    expect(future.statusCode).toBe(400);
    expect(future.json().detail).toBe(`Het eerste kwartaal ${thisYear + 1} is nog niet begonnen.`);
    expect((await create({ kind: 'quarterly', period: '2026-K3' })).json().detail).toContain('JJJJ-Qn');
    expect((await create({ kind: 'execution_plan', period: String(thisYear + 5) })).json().detail).toContain('hoogstens twee jaar vooruit');
    expect((await create({ kind: 'quarterly', period: earlierQuarter, correctionReason: 'Zonder publicatie geen herziening' })).statusCode).toBe(409);
  });

  it('changes the toelichting with If-Match: none 428, stale 412, right 200 with a new ETag; audited', async () => {
    const url = `/council-reports/${report.id}`;
    expect((await analyst.patch(url, { summary: 'Tekst' })).statusCode).toBe(428);
    expect((await analyst.patch(url, { summary: 'Tekst' }, '"v7"')).statusCode).toBe(412);
    const ok = await analyst.patch(url, { summary: 'De uitstroom naar werk bleef achter bij het doel.\n\nIn het volgende kwartaal meer proefplaatsingen.' }, '"v1"');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe('"v2"');
    report = ok.json() as Report;
    expect(report.narrative.summary).toContain('uitstroom naar werk');
    expect(report.publishProblems).toEqual([]);
    expect((await auditRowsOf(t.db, ok)).map((a) => a.action)).toEqual(['council_report.update']);
    // Plan parts do not belong in a quarterly report.
    const planPart = await analyst.patch(url, { priorityGroups: ['nug'] }, '"v2"');
    expect(planPart.statusCode).toBe(400);
    expect(planPart.json().detail).toContain('horen bij een uitvoeringsplan');
  });

  it('a draft of a quarter that is not over cannot be published yet', async () => {
    const res = await create({ kind: 'quarterly', period: currentQuarter });
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json() as Report;
    await analyst.patch(`/council-reports/${draft.id}`, { summary: 'Tussenstand' }, '"v1"');
    const refused = await publish(draft.id, 2);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe(`Het ${quarterLabel(currentQuarter)} is nog niet voorbij; publiceer de kwartaalrapportage daarna.`);
  });
});

describe('the execution plan', () => {
  let plan: Report;
  const budgetCents = 49_915_300;  // the demo's re-integration budget of this year (Voorbeeld)

  it('validates priority groups, goals and the budget split in Dutch; publishing waits until the plan is complete', async () => {
    const res = await create({ kind: 'execution_plan', period: String(thisYear) });
    expect(res.statusCode, res.body).toBe(201);
    plan = res.json() as Report;
    expect(plan.figures.budget).toMatchObject({ set: true, budgetCents });
    expect(plan.figures.shelteredPlan).not.toBeNull();
    expect(plan.publishProblems).toEqual([
      'Schrijf een inleiding bij het plan.', 'Kies minstens één prioritaire doelgroep.', 'Geef minstens één doel met een meetbaar streefgetal.',
      'Verdeel het re-integratiebudget over de taakstelling beschut werk en de andere doelgroepen.',
    ]);
    const url = `/council-reports/${plan.id}`;
    const early = await publish(plan.id, 1);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('Kies minstens één prioritaire doelgroep.');

    expect((await analyst.patch(url, { priorityGroups: ['nug', 'nug'] }, '"v1"')).json().detail).toContain('Kies elke doelgroep één keer');
    expect((await analyst.patch(url, { priorityGroups: ['martians'] }, '"v1"')).statusCode).toBe(400);
    expect((await analyst.patch(url, { goals: [{ text: 'Meer', measure: 'placements', target: -1 }] }, '"v1"')).statusCode).toBe(400);
    const short = await analyst.patch(url, { budgetSplit: { shelteredWorkCents: 10_000_000, otherGroupsCents: 30_000_000 } }, '"v1"');
    expect(short.statusCode).toBe(400);
    expect(short.json().detail).toBe('De verdeling (€ 400.000,00) is € 99.153,00 minder dan het re-integratiebudget '
      + `${thisYear} (€ 499.153,00). Pas de bedragen aan of licht het verschil toe (minstens 10 tekens).`);
    const foreignScenario = await t.db.selectFrom('forecastScenarios as f').innerJoin('municipalities as m', 'm.id', 'f.municipalityId')
      .select('f.id').where('m.code', '=', 'buurdorp').executeTakeFirstOrThrow();
    expect((await analyst.patch(url, { forecastScenarioId: foreignScenario.id }, '"v1"')).json().detail).toBe('Dit prognosescenario bestaat niet of is niet van uw gemeente.');

    const scenario = await t.db.selectFrom('forecastScenarios as f').innerJoin('municipalities as m', 'm.id', 'f.municipalityId')
      .select(['f.id', 'f.name']).where('m.code', '=', 'voorbeeld').orderBy('f.name').executeTakeFirstOrThrow();
    const ok = await analyst.patch(url, {
      summary: 'Wij richten ons op jongeren en statushouders.',
      priorityGroups: ['jongere_rmc', 'statushouder'],
      goals: [{ text: 'Jongeren naar werk of school', measure: 'placements', target: 25 }, { text: 'Stappen op de ladder', measure: 'ladder_steps_up', target: 60 }],
      budgetSplit: { shelteredWorkCents: 20_000_000, otherGroupsCents: budgetCents - 20_000_000 },
      forecastScenarioId: scenario.id,
    }, '"v1"');
    expect(ok.statusCode, ok.body).toBe(200);
    plan = ok.json() as Report;
    expect(plan.publishProblems).toEqual([]);
    expect(plan.figures.forecast?.scenarioName).toBe(scenario.name);
    // A split that does not add up is fine once the difference is explained.
    const explained = await analyst.patch(url, { budgetSplit: { shelteredWorkCents: 20_000_000, otherGroupsCents: 25_000_000, differenceExplanation: 'Wij houden € 49.153 achter de hand voor maatwerk.' } }, '"v2"');
    expect(explained.statusCode, explained.body).toBe(200);
    plan = explained.json() as Report;
  });

  it('publishes the plan; its PDF holds the priority groups, goals and budget split', async () => {
    const res = await publish(plan.id, plan.version);
    expect(res.statusCode, res.body).toBe(200);
    const text = pdfText((await analyst.get(`/council-reports/${plan.id}/report.pdf`)).rawPayload);
    for (const phrase of [`Uitvoeringsplan Participatiewet ${thisYear} – Gemeente Voorbeeld`, 'Prioritaire doelgroepen', 'Jongere (RMC/VSV), Statushouder.',
      'Jongeren naar werk of school', 'Verdeling van het re-integratiebudget', '€ 200.000,00', 'Wij houden € 49.153 achter de hand']) {
      expect(text, phrase).toContain(phrase);
    }
  });
});

describe('publishing freezes the figures', () => {
  let id: string;
  let published: Report;
  let pdf: Buffer;
  const year = parseQuarter(earlierQuarter)!.year;

  it('publishes: status, snapshot, PDF with the Dutch title and its SHA-256; audited with who published', async () => {
    const list = (await analyst.get('/council-reports?kind=quarterly')).json().items as Report[];
    id = list.find((r) => r.period === earlierQuarter)!.id;
    const res = await publish(id, 2);
    expect(res.statusCode, res.body).toBe(200);
    published = res.json() as Report;
    expect(published).toMatchObject({ status: 'published', figuresFrozen: true, publishProblems: [], version: 3 });
    const analystUser = await t.db.selectFrom('users').select('id').where('username', '=', 'policy_analyst@voorbeeld').executeTakeFirstOrThrow();
    expect((await auditRowsOf(t.db, res)).map((a) => [a.action, a.objectId, a.actorUserId, a.residentIds])).toEqual([['council_report.publish', id, analystUser.id, []]]);
    const file = await lead.get(`/council-reports/${id}/report.pdf`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="kwartaalrapportage-${earlierQuarter}.pdf"`);
    pdf = file.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(published.pdfSha256);
    const text = pdfText(pdf);
    for (const phrase of [`Kwartaalrapportage Participatiewet ${quarterLabel(earlierQuarter)} – Gemeente Voorbeeld`, 'Toelichting', 'De uitstroom naar werk bleef achter',
      'Caseload op de participatieladder', 'In- en uitstroom', 'Taakstelling nieuw beschut werk', 'Financiën', 'Alleen aantallen, nooit personen']) {
      expect(text, phrase).toContain(phrase);
    }
    expect(text).not.toContain('CONCEPT');
  });

  it('after live data changes the published figures and PDF stay exactly the same, while a new draft of the period moves', async () => {
    // Finance: a budget figure for the report's year; re-integration: a new budget; caseload: residents up the ladder.
    const finance = (await analyst.get(`/finance/${year}`)).json() as { streams: { stream: string; budget: { version: number } | null }[] };
    const benefitsVersion = finance.streams.find((s) => s.stream === 'benefits')!.budget?.version ?? 0;
    expect((await analyst.put(`/finance/${year}/budget/benefits`, { incomeCents: 999_999_900, expenditureCents: 1_00, source: 'Test: gewijzigd' }, `"v${benefitsVersion}"`)).statusCode).toBe(200);
    const budget = await admin.get(`/reintegration-budgets/${year}`);
    expect((await admin.put(`/reintegration-budgets/${year}`, { amountCents: 1_23, source: 'Test: gewijzigd' }, budget.headers.etag as string)).statusCode).toBe(200);
    const m = await t.db.selectFrom('municipalities').select('id').where('code', '=', 'voorbeeld').executeTakeFirstOrThrow();
    await t.db.updateTable('residents').set({ ladderStep: 6 }).where('municipalityId', '=', m.id).where('ladderStep', '=', 2).execute();
    await refreshCounts(t.db, m.id, today, { force: true });

    // The published report: same figures, same bytes.
    const again = (await lead.get(`/council-reports/${id}`)).json() as Report;
    expect(again.figures).toEqual(published.figures);
    expect(again.narrative).toEqual(published.narrative);
    const file = (await analyst.get(`/council-reports/${id}/report.pdf`)).rawPayload;
    expect(Buffer.compare(file, pdf)).toBe(0);
    expect(again.pdfSha256).toBe(published.pdfSha256);

    // A correction of the same period is a new edition, only with a reason; as a draft it reads the changed live data.
    const refused = await create({ kind: 'quarterly', period: earlierQuarter });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('Een herziene versie kan alleen met een reden');
    const res = await create({ kind: 'quarterly', period: earlierQuarter, correctionReason: 'Uitstroomcijfer van juni gecorrigeerd' });
    expect(res.statusCode, res.body).toBe(201);
    const correction = res.json() as Report;
    expect(correction.figures.finance.incomeCents).not.toBe(published.figures.finance.incomeCents);
    expect(correction.figures.budget.budgetCents).toBe(1_23);
    expect(published.figures.budget.budgetCents).not.toBe(1_23);
    const ladder = (r: Report) => r.figures.dashboard.find((f) => f.id === 'ladder-steps')!.rows.find((row) => row.key === '2')!.cells[0].display;
    expect(ladder(correction)).toBe('0');
    expect(ladder(published)).not.toBe('0');
  });

  it('a published report cannot be changed or published again (409 in Dutch), not even in the database', async () => {
    const patch = await analyst.patch(`/council-reports/${id}`, { summary: 'Achteraf anders' }, '"v3"');
    expect(patch.statusCode).toBe(409);
    expect(patch.json().detail).toBe('Deze rapportage is gepubliceerd en kan niet meer worden gewijzigd. Maak een herziene versie als er iets verbeterd moet worden.');
    expect((await publish(id, 3)).statusCode).toBe(409);
    await expect(sql`UPDATE council_reports SET narrative = '{}' WHERE id = ${id}`.execute(t.db)).rejects.toThrow(/published/);
    await expect(sql`DELETE FROM council_reports WHERE id = ${id}`.execute(t.db)).rejects.toThrow(/published/);
  });

  it('the correction starts from the published text, says so in its title and PDF; the published edition stays', async () => {
    const correction = ((await analyst.get('/council-reports?kind=quarterly')).json().items as Report[]).find((r) => r.period === earlierQuarter && r.edition === 2)!;
    const full = (await analyst.get(`/council-reports/${correction.id}`)).json() as Report;
    expect(full).toMatchObject({ edition: 2, status: 'draft', correctionReason: 'Uitstroomcijfer van juni gecorrigeerd' });
    expect(full.title).toBe(`Kwartaalrapportage Participatiewet ${quarterLabel(earlierQuarter)} (herziene versie 2)`);
    expect(full.narrative.summary).toBe(published.narrative.summary);
    const draftPdf = await analyst.get(`/council-reports/${correction.id}/report.pdf`);
    expect(draftPdf.headers['content-disposition']).toBe(`attachment; filename="concept-kwartaalrapportage-${earlierQuarter}-versie-2.pdf"`);
    const text = pdfText(draftPdf.rawPayload);
    expect(text).toContain(`CONCEPT – Kwartaalrapportage Participatiewet ${quarterLabel(earlierQuarter)} – Gemeente Voorbeeld (herziene versie 2)`);
    expect(text).toContain('Herziene versie 2: Uitstroomcijfer van juni gecorrigeerd');
    expect(((await lead.get(`/council-reports/${id}`)).json() as Report).status).toBe('published');
  });
});

describe('who may do what', () => {
  it('team leads and administrators read; they cannot create, change or publish; other roles are refused', async () => {
    const some = (await lead.get('/council-reports')).json().items as Report[];
    expect(some.length).toBeGreaterThan(0);
    const draft = some.find((r) => r.status === 'draft')!;
    expect((await admin.get(`/council-reports/${draft.id}`)).statusCode).toBe(200);
    expect((await admin.get(`/council-reports/${draft.id}/report.pdf`)).statusCode).toBe(200);
    for (const as of [lead, admin]) {
      expect((await create({ kind: 'quarterly', period: currentQuarter }, as)).statusCode).toBe(403);
      expect((await as.patch(`/council-reports/${draft.id}`, { summary: 'x' }, `"v${draft.version}"`)).statusCode).toBe(403);
      expect((await publish(draft.id, draft.version, as)).statusCode).toBe(403);
    }
    for (const role of ['work_consultant', 'income_consultant', 'employer_account_manager', 'partner_coach', 'resident']) {
      const other = apiAs(t.app, await t.login(`${role}@voorbeeld`));
      expect((await other.get('/council-reports')).statusCode, role).toBe(403);
      expect((await other.get(`/council-reports/${draft.id}`)).statusCode, role).toBe(403);
      expect((await other.get(`/council-reports/${draft.id}/report.pdf`)).statusCode, role).toBe(403);
    }
  });

  it('another municipality sees none of it: 404 on read, change, publish and PDF; its list is its own', async () => {
    const ours = (await analyst.get('/council-reports')).json().items as Report[];
    const draft = ours.find((r) => r.status === 'draft')!;
    for (const res of [
      await buurdorp.get(`/council-reports/${draft.id}`), await buurdorp.get(`/council-reports/${draft.id}/report.pdf`),
      await buurdorp.patch(`/council-reports/${draft.id}`, { summary: 'Overgenomen' }, `"v${draft.version}"`), await publish(draft.id, draft.version, buurdorp),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().detail).toBe('Deze rapportage bestaat niet of u heeft er geen toegang toe.');
    }
    const theirs = (await buurdorp.get('/council-reports')).json().items as Report[];
    expect(theirs.some((r) => ours.some((o) => o.id === r.id))).toBe(false);
  });
});
