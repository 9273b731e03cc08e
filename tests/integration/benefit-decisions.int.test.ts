import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/modules/access/passwords.ts';
import { dutchIban } from '../../src/rules/iban.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, dayFromToday, userByName, type Api } from '../support/fixtures.ts';
import { newResident, residentAccount } from '../support/income.ts';
import { pdfText } from '../support/pdf-text.ts';

// Decisions on bijstand: grant, refuse, change, end, recover; four eyes; the effect on the benefit; the letter as PDF;
// changes reported by the resident turned into change decisions; who sees what; audit.

let t: TestApp;
let consultant: Api;
let consultant2: Api;
let lead: Api;
let workConsultant: Api;
let demoResident: Api;
let foreignConsultant: Api;
const iban = dutchIban('DEMO', '777');
const reasoning = 'De inwoner voldoet aan de voorwaarden voor bijstand volgens het onderzoek.';
const thisMonth = dayFromToday(0).slice(0, 7);
const lastMonth = dayFromToday(0, -1).slice(0, 7);

/** An application for a fresh resident (with a resident account when a username is given). */
async function application(extra: object = {}, contactPerson = 'work_consultant2@voorbeeld', username?: string) {
  const r = await newResident(t.db, contactPerson);
  if (username) await residentAccount(t.db, r.id, username);
  const res = await consultant.post('/benefit-applications', { residentId: r.id, requestedStartDate: `${thisMonth}-01`, iban, accountHolder: 'T. Tester', ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; residentId: string };
}

beforeAll(async () => {
  t = await startTestApp();
  consultant = apiAs(t.app, await t.login('income_consultant@voorbeeld'));
  lead = apiAs(t.app, await t.login('team_lead@voorbeeld'));
  workConsultant = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
  demoResident = apiAs(t.app, await t.login('resident@voorbeeld'));
  foreignConsultant = apiAs(t.app, await t.login('income_consultant@buurdorp'));
  // A second income consultant of Voorbeeld: the other person for four eyes.
  const first = await userByName(t.db, 'income_consultant@voorbeeld');
  await t.db.insertInto('users').values({
    municipalityId: first.municipalityId, organisationId: first.organisationId, teamId: null, username: 'income_consultant2@voorbeeld',
    displayName: 'Tweede Consulent', role: 'income_consultant', passwordHash: await hashPassword('meedoen-demo'), isDemo: true,
  }).execute();
  consultant2 = apiAs(t.app, await t.login('income_consultant2@voorbeeld'));
});
afterAll(async () => { await t?.close(); });

describe('grant and refusal', () => {
  it('a grant without advance is final at once: the benefit opens with the calculation and table version; the application is decided', async () => {
    const a = await application();
    const res = await consultant.post('/benefit-decisions', { kind: 'grant', applicationId: a.id, reasoning });
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({ kind: 'grant', status: 'final', needsSecondApproval: false, decidedOn: dayFromToday(0), effectiveDate: `${thisMonth}-01`, fourEyesThresholdCents: 150_000 });
    expect(d.legalGround).toContain('art. 11 Participatiewet');
    expect(d.calculation.table.id).toMatch(/^bijstandsnormen-/);
    expect(d.calculation.month).toBe(thisMonth);
    const stored = await t.db.selectFrom('benefitDecisions').select(['ruleTableId']).where('id', '=', d.id).executeTakeFirstOrThrow();
    expect(stored.ruleTableId).toBe(d.calculation.table.id);
    const benefit = await t.db.selectFrom('benefits').selectAll().where('id', '=', d.benefitId).executeTakeFirstOrThrow();
    expect(benefit).toMatchObject({ residentId: a.residentId, status: 'active', startDate: `${thisMonth}-01`, iban, accountHolder: 'T. Tester' });
    expect(benefit.situation.applicant.birthDate).toBe('1990-04-12');
    const app = (await consultant.get(`/benefit-applications/${a.id}`)).json();
    expect(app).toMatchObject({ status: 'decided', decidedOn: dayFromToday(0), decisionTerm: { state: 'met' } });
    expect(app.events.at(-1)).toMatchObject({ status: 'decided', note: 'Bijstand toegekend' });
    expect((await auditRowsOf(t.db, res)).map((x) => [x.action, x.result, x.residentIds])).toEqual([['benefit_decision.grant', 'success', [a.residentId]]]);
    // Decided: no second decision on it.
    expect((await consultant.post('/benefit-decisions', { kind: 'refuse', applicationId: a.id, reasoning })).statusCode).toBe(409);
  });

  it('a refusal decides the application without a benefit; motivation is required', async () => {
    const a = await application();
    const short = await consultant.post('/benefit-decisions', { kind: 'refuse', applicationId: a.id, reasoning: 'Nee.' });
    expect(short.statusCode).toBe(400);
    const res = await consultant.post('/benefit-decisions', { kind: 'refuse', applicationId: a.id, reasoning: 'U heeft vermogen boven de vermogensgrens en daarom geen recht.', legalGround: 'art. 34 Participatiewet (vermogen)' });
    expect(res.json()).toMatchObject({ kind: 'refuse', status: 'final', legalGround: 'art. 34 Participatiewet (vermogen)', calculation: null, benefitId: null });
    expect((await t.db.selectFrom('benefits').select('id').where('residentId', '=', a.residentId).execute())).toEqual([]);
    expect((await consultant.get(`/benefit-applications/${a.id}`)).json().status).toBe('decided');
  });

  it('a grant the rules cannot compute answers 422 in Dutch', async () => {
    const a = await application();
    const res = await consultant.post('/benefit-decisions', { kind: 'grant', applicationId: a.id, reasoning, effectiveDate: '2024-06-01' });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('normtabel');
  });
});

describe('four eyes', () => {
  it('a grant with an advance waits for a second person: not the author, not a work consultant; a team lead approves and the benefit opens', async () => {
    const a = await application({ advanceRequested: true });
    const proposed = (await consultant.post('/benefit-decisions', { kind: 'grant', applicationId: a.id, reasoning })).json();
    expect(proposed).toMatchObject({ status: 'proposed', statusLabel: 'Wacht op tweede beoordelaar', needsSecondApproval: true, decidedOn: null, benefitId: null, mayReview: false });
    expect((await t.db.selectFrom('benefits').select('id').where('residentId', '=', a.residentId).execute())).toEqual([]);
    expect((await consultant.get(`/benefit-applications/${a.id}`)).json().status).toBe('received');
    // One proposal at a time.
    expect((await consultant.post('/benefit-decisions', { kind: 'grant', applicationId: a.id, reasoning })).statusCode).toBe(409);

    const own = await consultant.send('POST', `/benefit-decisions/${proposed.id}/review`, { verdict: 'approve' }, '"v1"');
    expect(own.statusCode).toBe(403);
    expect(own.json().detail).toContain('zelf voorgesteld');
    expect((await auditRowsOf(t.db, own)).map((x) => [x.action, x.result])).toEqual([['benefit_decision.review', 'denied']]);
    expect((await workConsultant.send('POST', `/benefit-decisions/${proposed.id}/review`, { verdict: 'approve' }, '"v1"')).statusCode).toBe(403);
    expect((await lead.send('POST', `/benefit-decisions/${proposed.id}/review`, { verdict: 'approve' })).statusCode).toBe(428);
    expect((await lead.send('POST', `/benefit-decisions/${proposed.id}/review`, { verdict: 'approve' }, '"v7"')).statusCode).toBe(412);
    const waiting = (await lead.get('/benefit-decisions?awaitingMyReview=true')).json().items as { id: string; mayReview: boolean }[];
    expect(waiting.map((d) => d.id)).toContain(proposed.id);
    expect(waiting.every((d) => d.mayReview)).toBe(true);
    expect((await consultant.get('/benefit-decisions?awaitingMyReview=true')).json().items.map((d: { id: string }) => d.id)).not.toContain(proposed.id);

    const approved = await lead.send('POST', `/benefit-decisions/${proposed.id}/review`, { verdict: 'approve', note: 'Akkoord' }, '"v1"');
    expect(approved.statusCode, approved.body).toBe(200);
    const leadUser = await userByName(t.db, 'team_lead@voorbeeld');
    expect(approved.json()).toMatchObject({ status: 'final', decidedOn: dayFromToday(0), reviewedBy: { id: leadUser.id }, reviewNote: 'Akkoord', version: 2 });
    expect(approved.json().benefitId).toBeTruthy();
    expect((await consultant.get(`/benefit-applications/${a.id}`)).json().status).toBe('decided');
    expect((await auditRowsOf(t.db, approved)).map((x) => [x.action, x.result])).toEqual([['benefit_decision.approve', 'success']]);
    // Final: nothing left to review.
    expect((await consultant2.send('POST', `/benefit-decisions/${proposed.id}/review`, { verdict: 'approve' }, '"v2"')).statusCode).toBe(409);
  });

  it('another income consultant may be the second person; sending back needs a reason and allows a new proposal', async () => {
    const a = await application({ advanceRequested: true });
    const first = (await consultant.post('/benefit-decisions', { kind: 'grant', applicationId: a.id, reasoning })).json();
    expect((await consultant2.send('POST', `/benefit-decisions/${first.id}/review`, { verdict: 'reject' }, '"v1"')).statusCode).toBe(400);
    const back = await consultant2.send('POST', `/benefit-decisions/${first.id}/review`, { verdict: 'reject', note: 'Ingangsdatum klopt niet' }, '"v1"');
    expect(back.json()).toMatchObject({ status: 'rejected', statusLabel: 'Teruggestuurd', reviewNote: 'Ingangsdatum klopt niet' });
    const second = (await consultant.post('/benefit-decisions', { kind: 'grant', applicationId: a.id, reasoning, effectiveDate: dayFromToday(1) })).json();
    expect(second.status).toBe('proposed');
    const ok = await consultant2.send('POST', `/benefit-decisions/${second.id}/review`, { verdict: 'approve' }, '"v1"');
    expect(ok.json()).toMatchObject({ status: 'final', effectiveDate: dayFromToday(1) });
  });

  it('a recovery above € 1.000 needs a second person, at or below it does not', async () => {
    const benefit = await t.db.selectFrom('benefits as b').innerJoin('municipalities as m', 'm.id', 'b.municipalityId').select(['b.id', 'b.startDate'])
      .where('m.code', '=', 'voorbeeld').where('b.status', '=', 'active').orderBy('b.iban', 'desc').executeTakeFirstOrThrow();
    const body = { kind: 'recover', benefitId: benefit.id, reasoning: 'Inkomsten uit werk zijn niet doorgegeven; te veel bijstand ontvangen.', recoveryFrom: '2026-01-01', recoveryTo: '2026-02-28' };
    const small = (await consultant.post('/benefit-decisions', { ...body, recoveryCents: 100_000 })).json();
    expect(small).toMatchObject({ status: 'final', needsSecondApproval: false, recoveryCents: 100_000, legalGround: expect.stringContaining('art. 58') });
    const large = (await consultant.post('/benefit-decisions', { ...body, recoveryCents: 100_001 })).json();
    expect(large).toMatchObject({ status: 'proposed', needsSecondApproval: true });
    expect((await consultant.post('/benefit-decisions', { ...body, recoveryCents: 5_000, recoveryTo: '2025-12-01' })).statusCode).toBe(400);
  });

  it('the benefit list tells the web form the threshold of today and the end reasons with their Dutch labels', async () => {
    const list = (await consultant.get('/benefits')).json();
    expect(list.recoveryFourEyesThresholdCents).toBe(100_000);
    expect(list.endReasons).toContainEqual({ code: 'work', label: 'Werk gevonden' });
    expect(list.endReasons).toHaveLength(7);
    // Without a setting every decision needs a second person, and the list says so with null (another municipality's setting does not count).
    const voorbeeld = await t.db.selectFrom('municipalities').select('id').where('code', '=', 'voorbeeld').executeTakeFirstOrThrow();
    const park = (from: string, to: string) => t.db.updateTable('policySettings').set({ name: to }).where('municipalityId', '=', voorbeeld.id).where('name', '=', from).execute();
    await park('benefit_recovery_four_eyes_threshold_cents', 'parked_by_test');
    try {
      expect((await consultant.get('/benefits')).json().recoveryFourEyesThresholdCents).toBeNull();
      expect((await foreignConsultant.get('/benefits')).json().recoveryFourEyesThresholdCents).toBe(100_000); // Buurdorp's own setting
    } finally {
      await park('parked_by_test', 'benefit_recovery_four_eyes_threshold_cents');
    }
  });
});

describe('changes reported by the resident', () => {
  let benefitId: string;
  beforeAll(async () => {
    benefitId = (await demoResident.get('/portal/income')).json().benefit.id;
  });

  it('a monthly income report gives a recalculation proposal; the change decision for that month marks it processed and leaves the situation alone', async () => {
    const before = await t.db.selectFrom('benefits').select(['situation', 'version']).where('id', '=', benefitId).executeTakeFirstOrThrow();
    expect((await demoResident.post('/benefit-income-reports', { month: dayFromToday(0, 1).slice(0, 7), earningsApplicantCents: 1 })).statusCode).toBe(400);
    const first = await demoResident.post('/benefit-income-reports', { month: lastMonth, earningsApplicantCents: 30_000 });
    expect(first.statusCode, first.body).toBe(201);
    // A correction before processing replaces the first report.
    const report = await demoResident.post('/benefit-income-reports', { month: lastMonth, earningsApplicantCents: 40_000, giftsCents: 2_500, note: 'Vakantiewerk' });
    expect(report.json()).toMatchObject({ status: 'received', earningsApplicantCents: 40_000, amountsHidden: false });
    const rows = await t.db.selectFrom('benefitIncomeReports').select(['id', 'status']).where('benefitId', '=', benefitId).where('month', '=', lastMonth).orderBy('reportedAt').execute();
    expect(rows.map((r) => r.status)).toEqual(['superseded', 'received']);

    const proposal = (await consultant.get(`/benefit-income-reports/${report.json().id}`)).json();
    expect(proposal.recalculation).toHaveLength(1);
    const [row] = proposal.recalculation;
    expect(row.month).toBe(lastMonth);
    expect(row.differenceCents).toBe(row.proposedCents - row.currentCents);
    expect(row.differenceCents).toBeLessThan(0);
    expect((await consultant.get('/benefit-income-reports?status=received')).json().items.map((r: { id: string }) => r.id)).toContain(report.json().id);

    const decision = await consultant.post('/benefit-decisions', { kind: 'change', benefitId, incomeReportId: report.json().id, reasoning: 'Uw inkomsten over de maand zijn verrekend met uw bijstand.' });
    expect(decision.statusCode, decision.body).toBe(201);
    expect(decision.json()).toMatchObject({ status: 'final', periodMonth: lastMonth, effectiveDate: `${lastMonth}-01`, previousPayableCents: row.currentCents });
    expect(decision.json().calculation.payableCents).toBe(row.proposedCents);
    expect((await t.db.selectFrom('benefitIncomeReports').select('status').where('id', '=', report.json().id).executeTakeFirstOrThrow()).status).toBe('processed');
    const after = await t.db.selectFrom('benefits').select(['situation', 'version']).where('id', '=', benefitId).executeTakeFirstOrThrow();
    expect(after).toEqual(before);
    // The month is closed for the resident now.
    const late = await demoResident.post('/benefit-income-reports', { month: lastMonth, earningsApplicantCents: 1 });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('al verwerkt');
    expect((await consultant.post('/benefit-decisions', { kind: 'change', benefitId, incomeReportId: report.json().id, reasoning: 'Nog een keer verwerken van dezelfde opgave.' })).statusCode).toBe(409);
  });

  it('a new housemate leads to a change decision that updates the standing situation (new version)', async () => {
    const before = await t.db.selectFrom('benefits').select(['situation', 'version']).where('id', '=', benefitId).executeTakeFirstOrThrow();
    const report = await demoResident.post('/benefit-household-reports', { effectiveDate: `${thisMonth}-01`, givenNames: 'Sam', birthDate: '1980-02-02', sharesCosts: true });
    expect(report.statusCode, report.body).toBe(201);
    const proposal = (await consultant.get(`/benefit-household-reports/${report.json().id}`)).json();
    expect(proposal.recalculation?.length ?? 0).toBeGreaterThanOrEqual(1);
    const res = await consultant.post('/benefit-decisions', { kind: 'change', benefitId, householdReportId: report.json().id, reasoning: 'Er woont een kostendeler bij u; de kostendelersnorm geldt vanaf de verhuisdatum.' });
    expect(res.statusCode, res.body).toBe(201);
    const after = await t.db.selectFrom('benefits').select(['situation', 'version']).where('id', '=', benefitId).executeTakeFirstOrThrow();
    expect(after.version).toBe(before.version + 1);
    expect(after.situation.costSharers).toEqual([...before.situation.costSharers, { birthDate: '1980-02-02' }]);
    expect((await t.db.selectFrom('benefitHouseholdReports').select('status').where('id', '=', report.json().id).executeTakeFirstOrThrow()).status).toBe('processed');
  });

  it('a resident reports only for their own benefit', async () => {
    const other = await t.db.selectFrom('benefits').select('id').where('id', '!=', benefitId).executeTakeFirstOrThrow();
    expect((await demoResident.post('/benefit-income-reports', { benefitId: other.id, month: lastMonth })).statusCode).toBe(404);
    const foreignReports = (await demoResident.get('/benefit-income-reports')).json().items as { benefitId: string }[];
    expect(foreignReports.every((r) => r.benefitId === benefitId)).toBe(true);
  });
});

describe('ending a benefit', () => {
  it('sets the end date and reason and closes the benefit; then nothing can be changed', async () => {
    const a = await application();
    const granted = (await consultant.post('/benefit-decisions', { kind: 'grant', applicationId: a.id, reasoning })).json();
    const early = await consultant.post('/benefit-decisions', { kind: 'end', benefitId: granted.benefitId, effectiveDate: '2020-01-01', endReason: 'work', reasoning: 'U heeft werk gevonden met een inkomen boven de norm.' });
    expect(early.statusCode).toBe(400);
    const end = await consultant.post('/benefit-decisions', { kind: 'end', benefitId: granted.benefitId, effectiveDate: dayFromToday(10), endReason: 'work', reasoning: 'U heeft werk gevonden met een inkomen boven de norm.' });
    expect(end.json()).toMatchObject({ status: 'final', endReason: 'work', endReasonLabel: 'Werk gevonden' });
    const benefit = await t.db.selectFrom('benefits').selectAll().where('id', '=', granted.benefitId).executeTakeFirstOrThrow();
    expect(benefit).toMatchObject({ status: 'ended', endDate: dayFromToday(10), endReason: 'work', version: 2 });
    const change = await consultant.post('/benefit-decisions', { kind: 'change', benefitId: granted.benefitId, effectiveDate: dayFromToday(0), situation: benefit.situation, reasoning: 'Wijziging na beëindiging kan niet.' });
    expect(change.statusCode).toBe(409);
  });
});

describe('the letter', () => {
  it('is a PDF in Dutch with the decision, the calculation and its table version, rights and duties and the objection clause', async () => {
    const a = await application({}, 'work_consultant@voorbeeld', 'brief@voorbeeld');
    const d = (await consultant.post('/benefit-decisions', { kind: 'grant', applicationId: a.id, reasoning })).json();
    const res = await consultant.get(`/benefit-decisions/${d.id}/letter.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(res.rawPayload);
    for (const phrase of ['Besluit op uw aanvraag om bijstand: toegekend', 'Beste Test Aanvrager', 'U krijgt bijstand vanaf', 'Waarom dit besluit', reasoning,
      'Berekening', d.calculation.table.id, 'Uit te betalen deze maand € ', 'Inlichtingenplicht (art. 17 lid 1 Participatiewet)',
      'Bezwaar maken', 'binnen zes weken', 'art. 6:7 Algemene wet bestuursrecht', 'Gemeente Voorbeeld']) {
      expect(text, phrase).toContain(phrase);
    }
    expect((await auditRowsOf(t.db, res)).map((x) => [x.action, x.residentIds])).toEqual([['benefit_decision.letter', [a.residentId]]]);

    // The resident opens their own letter in the portal, and sees the decision in their list.
    const self = apiAs(t.app, await t.login('brief@voorbeeld'));
    const own = (await self.get('/benefit-decisions')).json().items as { id: string; status: string }[];
    expect(own.map((x) => x.id)).toEqual([d.id]);
    expect((await self.get(`/benefit-decisions/${d.id}/letter.pdf`)).statusCode).toBe(200);
    // Nobody else's; no amounts for a work consultant; another municipality gets 404.
    const someoneElses = await t.db.selectFrom('benefitDecisions').select('id').where('residentId', '!=', a.residentId).where('status', '=', 'final').executeTakeFirstOrThrow();
    expect((await self.get(`/benefit-decisions/${someoneElses.id}`)).statusCode).toBe(404);
    expect((await self.get(`/benefit-decisions/${someoneElses.id}/letter.pdf`)).statusCode).toBe(404);
    const wc = await workConsultant.get(`/benefit-decisions/${d.id}/letter.pdf`);
    expect(wc.statusCode).toBe(403);
    expect((await auditRowsOf(t.db, wc)).map((x) => [x.action, x.result])).toEqual([['benefit_decision.letter', 'denied']]);
    expect((await foreignConsultant.get(`/benefit-decisions/${d.id}/letter.pdf`)).statusCode).toBe(404);
  });

  it('a proposal\'s letter is marked as concept; a resident does not see proposals at all', async () => {
    const a = await application({ advanceRequested: true }, 'work_consultant2@voorbeeld', 'concept@voorbeeld');
    const d = (await consultant.post('/benefit-decisions', { kind: 'grant', applicationId: a.id, reasoning })).json();
    expect(pdfText((await lead.get(`/benefit-decisions/${d.id}/letter.pdf`)).rawPayload)).toContain('CONCEPT – nog niet vastgesteld');
    const self = apiAs(t.app, await t.login('concept@voorbeeld'));
    expect((await self.get('/benefit-decisions')).json().items).toEqual([]);
    expect((await self.get(`/benefit-decisions/${d.id}`)).statusCode).toBe(404);
  });
});

describe('who sees what', () => {
  it('a work consultant sees their team\'s decisions without amounts, calculation, situation or IBAN', async () => {
    const a = await application({}, 'work_consultant@voorbeeld');
    const d = (await consultant.post('/benefit-decisions', { kind: 'grant', applicationId: a.id, reasoning })).json();
    const res = await workConsultant.get(`/benefit-decisions/${d.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'grant', status: 'final', amountsHidden: true, calculation: null, situation: null, iban: null, recoveryCents: null, fourEyesThresholdCents: null });
    expect(res.body).not.toMatch(/payableCents|earningsCents/);
    const list = (await workConsultant.get('/benefit-decisions')).json().items as { amountsHidden: boolean; calculation: unknown }[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((x) => x.amountsHidden && x.calculation === null)).toBe(true);
    const benefits = await workConsultant.get('/benefits');
    expect(benefits.statusCode).toBe(200);
    expect(benefits.body).not.toMatch(/earningsCents|DEMO/);
    expect((await workConsultant.post('/benefit-decisions', { kind: 'refuse', applicationId: a.id, reasoning })).statusCode).toBe(403);
  });

  it('another municipality\'s decisions and benefits answer 404 and never show in lists', async () => {
    const a = await application();
    const d = (await consultant.post('/benefit-decisions', { kind: 'grant', applicationId: a.id, reasoning })).json();
    const read = await foreignConsultant.get(`/benefit-decisions/${d.id}`);
    expect(read.statusCode).toBe(404);
    expect((await auditRowsOf(t.db, read)).map((x) => [x.action, x.result])).toEqual([['benefit_decision.read', 'denied']]);
    expect((await foreignConsultant.send('POST', `/benefit-decisions/${d.id}/review`, { verdict: 'approve' }, '"v1"')).statusCode).toBe(404);
    expect((await foreignConsultant.post('/benefit-decisions', { kind: 'end', benefitId: d.benefitId, effectiveDate: dayFromToday(0), endReason: 'moved', reasoning })).statusCode).toBe(404);
    expect((await foreignConsultant.post('/benefit-income-reports', { benefitId: d.benefitId, month: thisMonth })).statusCode).toBe(404);
    expect((await foreignConsultant.get(`/benefit-decisions?residentId=${a.residentId}`)).json().items).toEqual([]);
    expect((await foreignConsultant.get(`/benefits?residentId=${a.residentId}`)).json().items).toEqual([]);
  });
});
