import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/rules/dates.ts';
import { isDutchWorkingDay, lastDayOfMonth } from '../../src/rules/payments/pay-date.ts';
import { approveRun } from '../../src/modules/income/payments/service.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, type Api } from '../support/fixtures.ts';
import { validateSepa } from '../support/sepa.ts';

// Payment runs through the API, with the server's own worker computing them in the background.
let t: TestApp;
let consultant: Api; let lead: Api;
const month = todayIso().slice(0, 7);
let voorbeeldId: string;
let runId: string;

async function settled(api: Api, id: string) {
  for (let i = 0; i < 600; i++) {
    const res = await api.get(`/payment-runs/${id}`);
    if (res.json().status !== 'running') return res.json();
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('de run werd niet klaar');
}

beforeAll(async () => {
  t = await startTestApp();
  consultant = apiAs(t.app, await t.login('income_consultant@voorbeeld'));
  lead = apiAs(t.app, await t.login('team_lead@voorbeeld'));
  voorbeeldId = (await t.db.selectFrom('municipalities').select('id').where('code', '=', 'voorbeeld').executeTakeFirstOrThrow()).id;
});
afterAll(async () => { await t?.close(); });

const paymentsOfMonth = () => t.db.selectFrom('benefitPayments').select(['benefitId', 'kind', 'amountCents', 'runId'])
  .where('municipalityId', '=', voorbeeldId).where('month', '=', month).execute();
const dueBenefits = () => t.db.selectFrom('benefits').select('id').where('municipalityId', '=', voorbeeldId)
  // due: the benefit's period overlaps the month, whatever its status (an ended benefit's last month is paid)
  .where((eb) => eb.or([eb('endDate', 'is', null), eb('endDate', '>=', `${month}-01`)])).where('startDate', '<=', lastDayOfMonth(month)).execute();

describe('a monthly payment run', () => {
  it('is started by an income consultant, computed in the background with progress, and starting it again pays nobody twice', async () => {
    const start = await consultant.post('/payment-runs', { month });
    expect(start.statusCode).toBe(201);
    expect(start.json()).toMatchObject({ month, sequence: 1, status: 'running' });
    runId = start.json().id;
    const total = start.json().progress.total;
    expect(total).toBe((await dueBenefits()).length);
    expect(await auditRowsOf(t.db, start)).toEqual([expect.objectContaining({ action: 'payment_run.start', result: 'success', objectId: runId })]);

    const again = await consultant.post('/payment-runs', { month });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(runId);

    const done = await settled(consultant, runId);
    expect(done).toMatchObject({ status: 'computed', progress: { processed: total, total, percent: 100 } });
    expect(await consultant.post('/payment-runs', { month }).then((r) => [r.statusCode, r.json().id])).toEqual([200, runId]);

    const rows = await paymentsOfMonth();
    const benefitRows = rows.filter((r) => r.kind === 'benefit');
    expect(benefitRows).toHaveLength(total - done.exceptionCount);
    expect(new Set(benefitRows.map((r) => r.benefitId)).size).toBe(benefitRows.length);
    expect(done.payments).toEqual({ count: rows.length, totalCents: rows.reduce((s, r) => s + Number(r.amountCents), 0) });

    // Every resident whose payment was written is named in a batch audit row of the run.
    const batches = await t.db.selectFrom('auditEvents').select(['residentIds', 'actorRole']).where('action', '=', 'payment_run.batch').where('objectId', '=', runId).execute();
    expect(batches.length).toBeGreaterThan(0);
    expect(batches.every((b) => b.actorRole === 'betaalrun')).toBe(true);
    const applicants = await t.db.selectFrom('benefits').select('residentId').where('id', 'in', benefitRows.map((r) => r.benefitId)).execute();
    const named = new Set(batches.flatMap((b) => b.residentIds));
    for (const a of applicants) expect(named.has(a.residentId)).toBe(true);
  });

  it('is reconciled on count and total, refused approval by the starter, approved by a second person', async () => {
    expect((await consultant.send('POST', `/payment-runs/${runId}/approval`, undefined, '"v1"')).statusCode).toBe(403);  // no approve permission
    const early = await lead.send('POST', `/payment-runs/${runId}/approval`, undefined, '"v2"');
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('Sluit de run eerst aan');

    const rec = await consultant.post(`/payment-runs/${runId}/reconciliation`, undefined);
    expect(rec.statusCode).toBe(200);
    expect(rec.json().status).toBe('reconciled');
    expect(rec.json().reconciliation).toMatchObject({ ok: true, differences: [], count: rec.json().payments.count, totalCents: rec.json().payments.totalCents });
    expect((await auditRowsOf(t.db, rec)).map((r) => r.action)).toEqual(['payment_run.reconcile']);

    // Four eyes in the service and in the table: the starter can never approve, whatever their role.
    const starter = rec.json().startedById as string;
    const ctx = { municipalityId: voorbeeldId, actorUserId: starter, actorRole: 'income_consultant', organisationId: null, requestId: 'test', origin: 'test' };
    await expect(approveRun(t.db, ctx, voorbeeldId, runId, starter, rec.json().version)).rejects.toMatchObject({ status: 403 });
    await expect(sql`UPDATE payment_runs SET approved_by = started_by WHERE id = ${runId}`.execute(t.db)).rejects.toThrow();

    expect((await lead.send('POST', `/payment-runs/${runId}/approval`, undefined)).statusCode).toBe(428);
    expect((await lead.send('POST', `/payment-runs/${runId}/approval`, undefined, '"v1"')).statusCode).toBe(412);
    const ok = await lead.send('POST', `/payment-runs/${runId}/approval`, undefined, rec.headers.etag as string);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'approved', approvedBy: 'Ruud Meerhof' });
    expect(isDutchWorkingDay(ok.json().executionDate)).toBe(true);
    expect(ok.json().executionDate >= todayIso()).toBe(true);
    expect((await auditRowsOf(t.db, ok)).map((r) => r.action)).toEqual(['payment_run.approve']);

    const after = await consultant.post('/payment-runs', { month });
    expect(after.statusCode).toBe(409);
    expect(after.json().detail).toContain('al betaald');
  });

  it('exports a SEPA file only after approval, valid against the XSD, with NbOfTxs and CtrlSum of the payments', async () => {
    const res = await lead.get(`/payment-runs/${runId}/sepa.xml`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/xml');
    expect(res.headers['content-disposition']).toContain(`sepa-bijstand-${month}-1.xml`);
    const xml = res.body;
    const check = validateSepa(xml);
    expect(check.output).toContain('validates');

    const transfers = (await paymentsOfMonth()).filter((r) => Number(r.amountCents) > 0);
    const cents = transfers.reduce((s, r) => s + Number(r.amountCents), 0);
    const ctrl = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    expect(xml.match(/<NbOfTxs>(\d+)<\/NbOfTxs>/g)).toEqual([`<NbOfTxs>${transfers.length}</NbOfTxs>`, `<NbOfTxs>${transfers.length}</NbOfTxs>`]);
    expect(xml.match(/<CtrlSum>([\d.]+)<\/CtrlSum>/g)).toEqual([`<CtrlSum>${ctrl}</CtrlSum>`, `<CtrlSum>${ctrl}</CtrlSum>`]);
    const ids = [...xml.matchAll(/<EndToEndId>([^<]+)<\/EndToEndId>/g)].map((m) => m[1]);
    expect(ids).toHaveLength(transfers.length);
    expect(new Set(ids).size).toBe(ids.length);
    const run = (await lead.get(`/payment-runs/${runId}`)).json();
    expect(xml).toContain(`<ReqdExctnDt>${run.executionDate}</ReqdExctnDt>`);
    expect(xml).toMatch(/<Dbtr>\s*<Nm>Gemeente Voorbeeld<\/Nm>/);
    expect(xml).toMatch(/<IBAN>NL\d\dDEMO9901000000<\/IBAN>/);

    // The same bytes every time (a bank refuses the MsgId a second time), and every download audited with the residents.
    expect((await consultant.get(`/payment-runs/${runId}/sepa.xml`)).body).toBe(xml);
    const audit = await auditRowsOf(t.db, res);
    expect(audit.every((a) => a.action === 'payment_run.export')).toBe(true);
    expect(audit.flatMap((a) => a.residentIds).length).toBeGreaterThanOrEqual(transfers.length);

    // Before approval there is nothing to download.
    const other = await t.db.selectFrom('paymentRuns').select('id').where('municipalityId', '=', voorbeeldId).where('status', '!=', 'approved').executeTakeFirst();
    if (other) expect((await lead.get(`/payment-runs/${other.id}/sepa.xml`)).statusCode).toBe(409);
  });

  it('a supplementary run pays only a benefit granted after the first run', async () => {
    const nug = await t.db.selectFrom('residents').innerJoin('residentTargetGroups as g', 'g.residentId', 'residents.id')
      .select(['residents.id', 'residents.birthDate']).where('residents.municipalityId', '=', voorbeeldId).where('g.code', '=', 'nug')
      .where('residents.birthDate', '<=', '2005-01-01').orderBy('residents.id').executeTakeFirstOrThrow();
    await t.db.insertInto('benefits').values({
      municipalityId: voorbeeldId, residentId: nug.id, startDate: `${month}-01`, iban: 'NL91ABNA0417164300', accountHolder: 'Nieuwe Ontvanger',
      situation: { applicant: { birthDate: nug.birthDate, earningsCents: 0, generalReleaseMonthsUsed: 0, singleParentReleaseMonthsUsed: 0 }, partner: null, children: [], costSharers: [], intensiveInformalCare: false, otherIncomeCents: 0, giftsCents: 0, giftsEarlierThisYearCents: 0 },
    }).execute();
    const before = (await paymentsOfMonth()).length;
    const start = await consultant.post('/payment-runs', { month });
    expect(start.statusCode).toBe(201);
    expect(start.json()).toMatchObject({ sequence: 2, progress: { total: 1 } });
    const done = await settled(consultant, start.json().id);
    expect(done.payments.count).toBe(1);
    expect((await paymentsOfMonth()).length).toBe(before + 1);
  });

  it('lists runs and their payments for staff, and nothing for other roles', async () => {
    const list = await lead.get('/payment-runs');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((r: { month: string }) => r.month)).toContain(month);
    const page = await consultant.get(`/payment-runs/${runId}/payments?pageSize=10`);
    expect(page.statusCode).toBe(200);
    expect(page.json().items).toHaveLength(10);
    expect((await auditRowsOf(t.db, page))[0]).toMatchObject({ action: 'payment_run.payments', residentIds: expect.arrayContaining([page.json().items[0].resident.id]) });
    for (const user of ['work_consultant@voorbeeld', 'policy_analyst@voorbeeld', 'partner_coach@voorbeeld', 'resident@voorbeeld']) {
      const api = apiAs(t.app, await t.login(user));
      expect((await api.get('/payment-runs')).statusCode, user).toBe(403);
      expect((await api.get(`/payment-runs/${runId}/sepa.xml`)).statusCode, user).toBe(403);
    }
  });

  it('answers 404 for another municipality\'s run on every route', async () => {
    const foreign = apiAs(t.app, await t.login('income_consultant@buurdorp'));
    const foreignLead = apiAs(t.app, await t.login('team_lead@buurdorp'));
    expect((await foreign.get(`/payment-runs/${runId}`)).statusCode).toBe(404);
    expect((await foreign.get(`/payment-runs/${runId}/payments`)).statusCode).toBe(404);
    expect((await foreign.post(`/payment-runs/${runId}/reconciliation`, undefined)).statusCode).toBe(404);
    expect((await foreignLead.send('POST', `/payment-runs/${runId}/approval`, undefined, '"v1"')).statusCode).toBe(404);
    const sepa = await foreignLead.get(`/payment-runs/${runId}/sepa.xml`);
    expect(sepa.statusCode).toBe(404);
    expect((await auditRowsOf(t.db, sepa))[0]).toMatchObject({ action: 'payment_run.export', result: 'denied' });
    expect(JSON.stringify((await foreign.get('/payment-runs')).json())).not.toContain(runId);
  });
});

describe('payslips (betaalspecificaties)', () => {
  it('a resident sees only their own, paid ones, with every line, its article and the table version', async () => {
    const user = await t.db.selectFrom('users').select('residentId').where('username', '=', 'resident@voorbeeld').executeTakeFirstOrThrow();
    const resident = apiAs(t.app, await t.login('resident@voorbeeld'));
    const list = await resident.get('/payslips');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.length).toBeGreaterThanOrEqual(2);  // the demo's two paid months, and this month's run
    expect(list.json().items.every((p: { paid: boolean }) => p.paid)).toBe(true);
    const ownIds = (await t.db.selectFrom('benefitPayments as p').innerJoin('benefits as b', 'b.id', 'p.benefitId').select('p.id')
      .where((eb) => eb.or([eb('b.residentId', '=', user.residentId!), eb('b.partnerResidentId', '=', user.residentId!)])).execute()).map((r) => r.id);
    for (const p of list.json().items) expect(ownIds).toContain(p.id);
    expect((await auditRowsOf(t.db, list))[0]).toMatchObject({ action: 'payslip.list', residentIds: [user.residentId] });

    const detail = await resident.get(`/payslips/${list.json().items[0].id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().lines[0]).toMatchObject({ code: 'norm', article: expect.stringContaining('Participatiewet') });
    expect(detail.json().table).toMatchObject({ id: expect.stringMatching(/^bijstandsnormen-/), source: expect.any(String) });
    expect(detail.json().lines.reduce((s: number, l: { amountCents: number }) => s + l.amountCents, 0)).toBe(detail.json().amountCents);

    const someoneElse = await t.db.selectFrom('benefitPayments as p').innerJoin('benefits as b', 'b.id', 'p.benefitId').select('p.id')
      .where('b.municipalityId', '=', voorbeeldId).where('b.residentId', '!=', user.residentId!).executeTakeFirstOrThrow();
    const refused = await resident.get(`/payslips/${someoneElse.id}`);
    expect(refused.statusCode).toBe(404);
    expect((await auditRowsOf(t.db, refused))[0]).toMatchObject({ action: 'payslip.read', result: 'denied' });
    const otherResident = await t.db.selectFrom('benefits').select('residentId').where('municipalityId', '=', voorbeeldId).where('residentId', '!=', user.residentId!).executeTakeFirstOrThrow();
    expect((await resident.get(`/payslips?residentId=${otherResident.residentId}`)).statusCode).toBe(403);
  });

  it('an income consultant sees any resident\'s of the municipality; roles without the income field set see none', async () => {
    const b = await t.db.selectFrom('benefits').select('residentId').where('municipalityId', '=', voorbeeldId).where('status', '=', 'active').orderBy('id').executeTakeFirstOrThrow();
    const list = await consultant.get(`/payslips?residentId=${b.residentId}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.length).toBeGreaterThan(0);
    expect((await consultant.get('/payslips')).statusCode).toBe(400);
    const detail = await consultant.get(`/payslips/${list.json().items[0].id}`);
    expect(detail.statusCode).toBe(200);
    expect((await auditRowsOf(t.db, detail))[0]).toMatchObject({ action: 'payslip.read', result: 'success', residentIds: expect.arrayContaining([b.residentId]) });
    for (const user of ['work_consultant@voorbeeld', 'employer_account_manager@voorbeeld', 'partner_coach@voorbeeld', 'policy_analyst@voorbeeld']) {
      const api = apiAs(t.app, await t.login(user));
      expect((await api.get(`/payslips?residentId=${b.residentId}`)).statusCode, user).toBe(403);
      expect((await api.get(`/payslips/${list.json().items[0].id}`)).statusCode, user).toBe(403);
    }
    const foreign = apiAs(t.app, await t.login('income_consultant@buurdorp'));
    expect((await foreign.get(`/payslips/${list.json().items[0].id}`)).statusCode).toBe(404);
    expect((await foreign.get(`/payslips?residentId=${b.residentId}`)).json()).toEqual({ items: [] });
  });
});
