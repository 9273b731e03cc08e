import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/rules/dates.ts';
import { drawDueMonths } from '../../src/modules/income/checks/job.ts';
import { drawSample } from '../../src/rules/checks/sampling.ts';
import { lastDayOfMonth } from '../../src/rules/payments/pay-date.ts';
import { addMonths } from '../../src/rules/payments/payment.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, type Api } from '../support/fixtures.ts';

// Controle achteraf: the demo drew the month before last; here the last month is drawn, with a signal.
let t: TestApp;
let lead: Api; let consultant: Api;
let voorbeeldId: string;
const lastMonth = addMonths(todayIso().slice(0, 7), -1);
const monthBefore = addMonths(todayIso().slice(0, 7), -2);

beforeAll(async () => {
  t = await startTestApp();
  lead = apiAs(t.app, await t.login('team_lead@voorbeeld'));
  consultant = apiAs(t.app, await t.login('income_consultant@voorbeeld'));
  voorbeeldId = (await t.db.selectFrom('municipalities').select('id').where('code', '=', 'voorbeeld').executeTakeFirstOrThrow()).id;
});
afterAll(async () => { await t?.close(); });

describe('checks afterwards (controle achteraf)', () => {
  it('records every draw with its seed, and anyone can redo it', async () => {
    const list = await consultant.get('/benefit-check-draws');
    expect(list.statusCode).toBe(200);
    const seeded = list.json().items.find((d: { month: string }) => d.month === monthBefore);
    expect(seeded).toMatchObject({ samplePercentage: 5, prng: 'sha256-ctr-fisher-yates-v1', seed: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(seeded.sampleCount).toBe(Math.ceil(seeded.populationCount * 0.05));

    const detail = await consultant.get(`/benefit-check-draws/${seeded.id}`);
    expect(detail.statusCode).toBe(200);
    const cases = detail.json().cases as { subjectType: string; subjectId: string; drawPosition: number | null; status: string; reasons: { code: string; label: string }[] }[];
    expect(cases.filter((c) => c.drawPosition !== null)).toHaveLength(seeded.sampleCount);
    expect(cases.filter((c) => c.status === 'closed')).toHaveLength(2);
    expect(cases[0].reasons[0]).toMatchObject({ code: 'random_sample', label: 'Steekproef' });
    expect((await auditRowsOf(t.db, detail))[0]).toMatchObject({ action: 'benefit_check.read', residentIds: expect.any(Array) });

    const v = await consultant.get(`/benefit-check-draws/${seeded.id}/verification`);
    expect(v.json()).toMatchObject({ populationMatches: true, sampleMatches: true, populationCount: seeded.populationCount });
    // Redone here, outside the service: the approved payments of the month as keys, the recorded seed.
    const keys = (await t.db.selectFrom('benefitPayments as p').innerJoin('paymentRuns as r', 'r.id', 'p.runId').select('p.id')
      .where('p.municipalityId', '=', voorbeeldId).where('p.month', '=', monthBefore).where('p.kind', '=', 'benefit').where('r.status', '=', 'approved').execute())
      .map((p) => `payment:${p.id}`);
    const decisions = (await t.db.selectFrom('benefitDecisions').select('id').where('municipalityId', '=', voorbeeldId).where('status', '=', 'final')
      .where('decidedOn', '>=', `${monthBefore}-01`).where('decidedOn', '<=', lastDayOfMonth(monthBefore)).execute()).map((d) => `decision:${d.id}`);
    const redrawn = drawSample([...keys, ...decisions], seeded.sampleCount, seeded.seed);
    expect(cases.filter((c) => c.drawPosition !== null).sort((a, b) => a.drawPosition! - b.drawPosition!).map((c) => `${c.subjectType}:${c.subjectId}`)).toEqual(redrawn);

    // A changed record of the draw shows up.
    const first = await t.db.selectFrom('checkCases').select(['id', 'drawPosition']).where('drawId', '=', seeded.id).where('drawPosition', '=', 1).executeTakeFirstOrThrow();
    const second = await t.db.selectFrom('checkCases').select(['id']).where('drawId', '=', seeded.id).where('drawPosition', '=', 2).executeTakeFirstOrThrow();
    await t.db.updateTable('checkCases').set({ drawPosition: 999 }).where('id', '=', first.id).execute();
    await t.db.updateTable('checkCases').set({ drawPosition: 1 }).where('id', '=', second.id).execute();
    await t.db.updateTable('checkCases').set({ drawPosition: 2 }).where('id', '=', first.id).execute();
    expect((await consultant.get(`/benefit-check-draws/${seeded.id}/verification`)).json()).toMatchObject({ populationMatches: true, sampleMatches: false });
    await t.db.updateTable('checkCases').set({ drawPosition: 999 }).where('id', '=', second.id).execute();
    await t.db.updateTable('checkCases').set({ drawPosition: 1 }).where('id', '=', first.id).execute();
    await t.db.updateTable('checkCases').set({ drawPosition: 2 }).where('id', '=', second.id).execute();
  });

  it('draws last month once, with a concrete signal as its own labelled reason', async () => {
    const payment = await t.db.selectFrom('benefitPayments as p').innerJoin('benefits as b', 'b.id', 'p.benefitId').select(['p.id', 'p.benefitId', 'b.situation', 'b.residentId'])
      .where('p.municipalityId', '=', voorbeeldId).where('p.month', '=', lastMonth).where('p.kind', '=', 'benefit').orderBy('p.id', 'desc').executeTakeFirstOrThrow();
    await t.db.insertInto('benefitIncomeReports').values({
      municipalityId: voorbeeldId, benefitId: payment.benefitId, month: lastMonth, status: 'processed',
      earningsApplicantCents: payment.situation.applicant.earningsCents + 25_000,
    }).execute();
    expect((await consultant.post('/benefit-check-draws', { month: lastMonth })).statusCode).toBe(403);  // a team lead draws

    const res = await lead.post('/benefit-check-draws', { month: lastMonth });
    expect(res.statusCode).toBe(201);
    const draw = res.json();
    expect(draw.signalCount).toBeGreaterThanOrEqual(1);
    expect(draw.sampleCount).toBe(Math.ceil(draw.populationCount * 0.05));
    const signalled = draw.cases.find((c: { subjectId: string }) => c.subjectId === payment.id);
    expect(signalled.reasons).toContainEqual({ code: 'income_report_differs', label: 'Inkomstenopgave wijkt af van de vastgestelde situatie', detail: expect.stringContaining('opgegeven') });
    const audit = await auditRowsOf(t.db, res);
    expect(audit[0]).toMatchObject({ action: 'benefit_check.draw', residentIds: expect.arrayContaining([payment.residentId]) });

    const again = await lead.post('/benefit-check-draws', { month: lastMonth });
    expect(again.statusCode).toBe(409);
    expect((await lead.post('/benefit-check-draws', { month: '2019-01' })).json().detail).toContain('nog geen goedgekeurde betalingen');
  });

  it('records findings and outcomes per case, once', async () => {
    const draws = (await consultant.get('/benefit-check-draws')).json().items;
    const detail = (await consultant.get(`/benefit-check-draws/${draws.find((d: { month: string }) => d.month === lastMonth).id}`)).json();
    const open = detail.cases.find((c: { status: string }) => c.status === 'open');
    const url = `/benefit-check-cases/${open.id}/review`;
    expect((await consultant.send('POST', url, { outcome: 'no_finding', finding: 'Alles klopt.' })).statusCode).toBe(428);
    expect((await consultant.send('POST', url, { outcome: 'ignore', finding: 'Alles klopt.' }, '"v1"')).statusCode).toBe(400);
    const ok = await consultant.send('POST', url, { outcome: 'recovery_proposal', finding: 'Inkomsten niet gemeld; voorstel tot terugvordering opgesteld.' }, `"v${open.version}"`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'closed', outcome: 'recovery_proposal', outcomeLabel: 'Voorstel terugvordering', reviewedBy: 'Karim Meerhof' });
    expect((await auditRowsOf(t.db, ok))[0]).toMatchObject({ action: 'benefit_check.review', residentIds: [open.resident.id] });
    expect((await lead.send('POST', url, { outcome: 'no_finding', finding: 'Toch niet.' }, `"v${open.version + 1}"`)).statusCode).toBe(409);
  });

  it('keeps draws and cases inside the municipality, and away from roles without the income field set', async () => {
    const draw = (await consultant.get('/benefit-check-draws')).json().items[0];
    const detail = (await consultant.get(`/benefit-check-draws/${draw.id}`)).json();
    const foreign = apiAs(t.app, await t.login('team_lead@buurdorp'));
    expect((await foreign.get(`/benefit-check-draws/${draw.id}`)).statusCode).toBe(404);
    expect((await foreign.get(`/benefit-check-draws/${draw.id}/verification`)).statusCode).toBe(404);
    expect((await foreign.send('POST', `/benefit-check-cases/${detail.cases[0].id}/review`, { outcome: 'no_finding', finding: 'Van een ander' }, '"v1"')).statusCode).toBe(404);
    expect(JSON.stringify((await foreign.get('/benefit-check-draws')).json())).not.toContain(draw.id);
    for (const user of ['work_consultant@voorbeeld', 'policy_analyst@voorbeeld', 'resident@voorbeeld', 'administrator@voorbeeld']) {
      expect((await apiAs(t.app, await t.login(user)).get('/benefit-check-draws')).statusCode, user).toBe(403);
    }
  });

  it('the server draws last month by itself where nobody clicked, shown as drawn "automatisch" (decision 0020)', async () => {
    const buurdorpId = (await t.db.selectFrom('municipalities').select('id').where('code', '=', 'buurdorp').executeTakeFirstOrThrow()).id;
    const done = await drawDueMonths(t.db);
    // Voorbeeld's last month was drawn by the team lead above; Buurdorp's approved month was not drawn yet.
    expect(done.map((d) => [d.municipalityId, d.month, d.result.outcome])).toEqual([[buurdorpId, lastMonth, 'drawn']]);
    const foreignLead = apiAs(t.app, await t.login('team_lead@buurdorp'));
    const listed = (await foreignLead.get('/benefit-check-draws')).json().items.find((d: { month: string }) => d.month === lastMonth);
    expect(listed).toMatchObject({ drawnBy: 'automatisch', samplePercentage: 10 });
    expect((await lead.get('/benefit-check-draws')).json().items.find((d: { month: string }) => d.month === lastMonth).drawnBy).not.toBe('automatisch');
    expect(await drawDueMonths(t.db)).toEqual([]);
    // A click afterwards is refused like any second draw.
    expect((await foreignLead.post('/benefit-check-draws', { month: lastMonth })).statusCode).toBe(409);
  });
});
