import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutchIban } from '../../src/rules/iban.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, dayFromToday, userByName, type Api } from '../support/fixtures.ts';
import { newResident, residentAccount } from '../support/income.ts';

// Applications for bijstand: started by a consultant or by the resident, prefilled from the dossier, the status the
// resident follows, the statutory terms with warnings, If-Match, who sees what, and the audit trail.

let t: TestApp;
let consultant: Api;
let workConsultant: Api;
let resident: Api;
let foreignConsultant: Api;
const iban = dutchIban('DEMO', '4242');

/** A fresh resident without benefit or application (in the given work consultant's team). */
const fresh = (contactPerson = 'work_consultant2@voorbeeld') => newResident(t.db, contactPerson);

const startFor = (residentId: string, extra: object = {}) => consultant.post('/benefit-applications', {
  residentId, requestedStartDate: dayFromToday(0), iban, accountHolder: 'T. Tester', ...extra,
});

beforeAll(async () => {
  t = await startTestApp();
  consultant = apiAs(t.app, await t.login('income_consultant@voorbeeld'));
  workConsultant = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
  resident = apiAs(t.app, await t.login('resident@voorbeeld'));
  foreignConsultant = apiAs(t.app, await t.login('income_consultant@buurdorp'));
});
afterAll(async () => { await t?.close(); });

describe('starting an application', () => {
  it('a consultant starts one for a resident; the household comes from the dossier; audited', async () => {
    const r = await fresh();
    const admin = apiAs(t.app, await t.login('income_consultant@voorbeeld'));
    const dossier = (await admin.get(`/residents/${r.id}`));
    expect(dossier.statusCode).toBe(200);
    // A child and a cost-sharing housemate in the dossier end up in the prefilled situation.
    const etag = String(dossier.headers.etag);
    expect((await admin.post(`/residents/${r.id}/household-members`, { kind: 'child', givenNames: 'Kim', birthDate: '2018-03-01' })).statusCode, etag).toBe(201);
    expect((await admin.post(`/residents/${r.id}/household-members`, { kind: 'housemate', givenNames: 'Henk', birthDate: '1970-01-01', costSharer: true })).statusCode).toBe(201);

    const res = await startFor(r.id, { receivedOn: dayFromToday(-3), advanceRequested: true });
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json();
    expect(res.headers.etag).toBe('"v1"');
    expect(a).toMatchObject({ status: 'received', statusLabel: 'Ontvangen', channel: 'consultant', receivedOn: dayFromToday(-3), advanceRequested: true, amountsHidden: false, iban });
    expect(a.situation.applicant.birthDate).toBe(r.birthDate);
    expect(a.situation.children).toEqual([{ birthDate: '2018-03-01' }]);
    expect(a.situation.costSharers).toEqual([{ birthDate: '1970-01-01' }]);
    expect(a.documents.map((d: { code: string; received: boolean }) => [d.code, d.received])).toEqual([
      ['identity', false], ['bank_statements', false], ['rent_contract', false], ['income_statements', false], ['assets', false],
    ]);
    // 8 weeks from receipt; the advance 4 weeks from receipt.
    expect(a.decisionTerm).toMatchObject({ deadline: dayFromToday(-3 + 56), daysLeft: 53, state: 'running', weeks: 8, article: expect.stringContaining('4:13') });
    expect(a.advanceTerm).toMatchObject({ deadline: dayFromToday(-3 + 28), daysLeft: 25, state: 'running', weeks: 4 });
    expect(a.events).toEqual([expect.objectContaining({ status: 'received', occurredOn: dayFromToday(-3) })]);
    const audit = await auditRowsOf(t.db, res);
    expect(audit.map((x) => [x.action, x.result, x.residentIds])).toEqual([['benefit_application.create', 'success', [r.id]]]);
  });

  it('checks the IBAN, the date of receipt, one open application per resident, and no application next to a benefit', async () => {
    const r = await fresh();
    const bad = await startFor(r.id, { iban: 'NL00DEMO0000004242' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('IBAN klopt niet');
    expect((await startFor(r.id, { receivedOn: dayFromToday(1) })).json().detail).toContain('toekomst');
    expect((await startFor(r.id, { requestedStartDate: '2026-02-30' })).statusCode).toBe(400);
    expect((await startFor(r.id)).statusCode).toBe(201);
    const twice = await startFor(r.id);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toContain('al een aanvraag in behandeling');
    const withBenefit = await t.db.selectFrom('benefits as b').innerJoin('municipalities as m', 'm.id', 'b.municipalityId')
      .select('b.residentId').where('m.code', '=', 'voorbeeld').where('b.status', '=', 'active').executeTakeFirstOrThrow();
    const refused = await startFor(withBenefit.residentId);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('al bijstand');
  });

  it('a resident applies in the portal for themselves only; the day of receipt is the day of submitting', async () => {
    // The demo resident already receives bijstand.
    const own = await resident.post('/benefit-applications', { requestedStartDate: dayFromToday(0), iban, accountHolder: 'Ik' });
    expect(own.statusCode).toBe(409);
    // A resident account for a person without benefit.
    const r = await fresh();
    await residentAccount(t.db, r.id, 'aanvrager@voorbeeld');
    const applicant = apiAs(t.app, await t.login('aanvrager@voorbeeld'));
    const overview = (await applicant.get('/portal/income')).json();
    expect(overview).toMatchObject({ residentId: r.id, benefit: null });
    expect((await applicant.post('/benefit-applications', { requestedStartDate: dayFromToday(0), iban, accountHolder: 'Ik', receivedOn: dayFromToday(-5) })).statusCode).toBe(400);
    const other = await fresh();
    const forOther = await applicant.post('/benefit-applications', { residentId: other.id, requestedStartDate: dayFromToday(0), iban, accountHolder: 'Ik' });
    expect(forOther.statusCode).toBe(404);
    const res = await applicant.post('/benefit-applications', { requestedStartDate: dayFromToday(0), iban: 'nl' + iban.slice(2).replace(/(.{4})/g, '$1 '), accountHolder: 'Ik', advanceRequested: true });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ residentId: r.id, channel: 'portal', receivedOn: dayFromToday(0), iban, amountsHidden: false });
    // They see their own application, and nobody else's.
    const list = (await applicant.get('/benefit-applications?status=all')).json().items as { residentId: string }[];
    expect(list.map((a) => a.residentId)).toEqual([r.id]);
    const someoneElses = (await consultant.get('/benefit-applications')).json().items.find((a: { residentId: string }) => a.residentId !== r.id);
    expect((await applicant.get(`/benefit-applications/${someoneElses.id}`)).statusCode).toBe(404);
    expect((await applicant.patch(`/benefit-applications/${res.json().id}`, { documents: [] }, '"v1"')).statusCode).toBe(403);
  });
});

describe('status, repair period and terms', () => {
  it('goes in treatment, into a repair period that suspends the term, and back; with If-Match', async () => {
    const r = await fresh();
    const a = (await startFor(r.id, { receivedOn: dayFromToday(-10) })).json();
    const id = a.id;
    expect((await consultant.post(`/benefit-applications/${id}/status`, { status: 'in_treatment' })).statusCode).toBe(428);
    const treated = await consultant.send('POST', `/benefit-applications/${id}/status`, { status: 'in_treatment', note: 'Opgepakt' }, '"v1"');
    expect(treated.statusCode, treated.body).toBe(200);
    expect(treated.headers.etag).toBe('"v2"');
    expect(treated.json()).toMatchObject({ status: 'in_treatment', statusLabel: 'In behandeling' });
    const stale = await consultant.send('POST', `/benefit-applications/${id}/status`, { status: 'repair_period', repairDeadline: dayFromToday(14), missing: 'Bankafschriften' }, '"v1"');
    expect(stale.statusCode).toBe(412);
    const noDeadline = await consultant.send('POST', `/benefit-applications/${id}/status`, { status: 'repair_period', missing: 'Bankafschriften' }, '"v2"');
    expect(noDeadline.statusCode).toBe(400);
    expect(noDeadline.json().detail).toContain('uiterste datum');
    const repair = await consultant.send('POST', `/benefit-applications/${id}/status`, { status: 'repair_period', repairDeadline: dayFromToday(14), missing: 'Bankafschriften van drie maanden' }, '"v2"');
    expect(repair.statusCode, repair.body).toBe(200);
    expect(repair.json()).toMatchObject({ status: 'repair_period', repair: { deadline: dayFromToday(14), missing: 'Bankafschriften van drie maanden' } });
    expect(repair.json().decisionTerm.state).toBe('suspended');
    const again = await consultant.send('POST', `/benefit-applications/${id}/status`, { status: 'repair_period', repairDeadline: dayFromToday(20), missing: 'Nog meer' }, '"v3"');
    expect(again.statusCode).toBe(409);
    // Completed the same day it was asked: nothing suspended, the term runs again.
    const back = await consultant.send('POST', `/benefit-applications/${id}/status`, { status: 'in_treatment' }, '"v3"');
    expect(back.json()).toMatchObject({ status: 'in_treatment', repair: null });
    expect(back.json().decisionTerm).toMatchObject({ state: 'running', deadline: dayFromToday(-10 + 56) });
    expect(back.json().events.map((e: { status: string }) => e.status)).toEqual(['received', 'in_treatment', 'repair_period', 'in_treatment']);
  });

  it('a repair period in the past extends the deadline by the days it lasted', async () => {
    const r = await fresh();
    const a = (await startFor(r.id, { receivedOn: dayFromToday(-30) })).json();
    const events = await t.db.selectFrom('benefitApplicationEvents').select('municipalityId').where('applicationId', '=', a.id).executeTakeFirstOrThrow();
    // Invited on day −20 with a deadline of day −6, completed on day −10: days −19 … −11 suspended = 9 days.
    await t.db.insertInto('benefitApplicationEvents').values([
      { municipalityId: events.municipalityId, applicationId: a.id, status: 'repair_period', occurredOn: dayFromToday(-20), repairDeadline: dayFromToday(-6), repairMissing: 'ID', recordedAt: new Date(Date.now() + 1000) },
      { municipalityId: events.municipalityId, applicationId: a.id, status: 'in_treatment', occurredOn: dayFromToday(-10), recordedAt: new Date(Date.now() + 2000) },
    ]).execute();
    const view = (await consultant.get(`/benefit-applications/${a.id}`)).json();
    expect(view.decisionTerm).toMatchObject({ deadline: dayFromToday(-30 + 56 + 9), daysLeft: 35, state: 'running' });
  });

  it('updates the documents checklist and the advance payment with If-Match', async () => {
    const r = await fresh();
    const a = (await startFor(r.id, { advanceRequested: true })).json();
    const noVersion = await consultant.patch(`/benefit-applications/${a.id}`, { documents: [{ code: 'identity', received: true }] });
    expect(noVersion.statusCode).toBe(428);
    const res = await consultant.patch(`/benefit-applications/${a.id}`, { documents: [{ code: 'identity', received: true }, { code: 'rent_contract', received: true }] }, '"v1"');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().documents.filter((d: { received: boolean }) => d.received).map((d: { code: string }) => d.code)).toEqual(['identity', 'rent_contract']);
    expect((await consultant.patch(`/benefit-applications/${a.id}`, { iban: 'NL12NOPE0123456789' }, '"v2"')).json().detail).toContain('IBAN');
    expect((await consultant.patch(`/benefit-applications/${a.id}`, { advancePaidOn: dayFromToday(0) }, '"v2"')).json().detail).toContain('datum als het bedrag');
    const paid = await consultant.patch(`/benefit-applications/${a.id}`, { advancePaidOn: dayFromToday(0), advanceCents: 50_000 }, '"v2"');
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({ advancePaidOn: dayFromToday(0), advanceCents: 50_000, advanceTerm: { state: 'met' }, version: 3 });
    expect((await consultant.patch(`/benefit-applications/${a.id}`, { accountHolder: 'Ander' }, '"v2"')).statusCode).toBe(412);
  });

  it('lists the most urgent first and warns when a term is about to run out or has run out', async () => {
    const all = (await consultant.get('/benefit-applications')).json().items as { decisionTerm: { deadline: string; state: string }; warnings: { kind: string; state: string; text: string }[]; status: string }[];
    expect(all.every((a) => a.status !== 'decided')).toBe(true);
    const deadlines = all.map((a) => a.decisionTerm.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
    const warned = (await consultant.get('/benefit-applications?warning=any')).json().items as typeof all;
    expect(warned.length).toBeGreaterThanOrEqual(2);
    expect(warned.every((a) => a.warnings.length > 0)).toBe(true);
    const texts = warned.flatMap((a) => a.warnings.map((w) => w.text));
    expect(texts.some((x) => /De beslistermijn verloopt over \d+ dag/.test(x))).toBe(true);
    expect(texts.some((x) => x.startsWith('De beslistermijn is verstreken op'))).toBe(true);
    expect(texts.some((x) => x.startsWith('De termijn voor het voorschot is verstreken'))).toBe(true);
    const advance = (await consultant.get('/benefit-applications?warning=advance')).json().items as typeof all;
    expect(advance.every((a) => a.warnings.some((w) => w.kind === 'advance'))).toBe(true);
    const decided = (await consultant.get('/benefit-applications?status=decided')).json().items as typeof all;
    expect(decided.length).toBeGreaterThan(0);
    expect(decided.every((a) => a.status === 'decided' && a.warnings.length === 0)).toBe(true);
  });
});

describe('who sees what', () => {
  it('a work consultant sees their team\'s applications without amounts, IBAN or household figures, and not other teams\'', async () => {
    const mine = await fresh('work_consultant@voorbeeld');
    const created = (await startFor(mine.id)).json();
    const res = await workConsultant.get(`/benefit-applications/${created.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'received', amountsHidden: true, situation: null, iban: null, accountHolder: null, advanceCents: null });
    expect(res.body).not.toContain('earningsCents');
    expect(res.body).not.toContain(iban);
    const team = (await userByName(t.db, 'work_consultant@voorbeeld')).teamId;
    const list = (await workConsultant.get('/benefit-applications?status=all')).json().items as { residentId: string; amountsHidden: boolean }[];
    expect(list.length).toBeGreaterThan(0);
    const teams = await t.db.selectFrom('residents').select(['id', 'teamId']).where('id', 'in', list.map((a) => a.residentId)).execute();
    expect(teams.every((x) => x.teamId === team)).toBe(true);
    expect(list.every((a) => a.amountsHidden)).toBe(true);
    const [elsewhere] = (await t.db.selectFrom('benefitApplications as a').innerJoin('residents as r', 'r.id', 'a.residentId').select('a.id')
      .where('r.teamId', '!=', team!).where('r.municipalityId', '=', (await userByName(t.db, 'work_consultant@voorbeeld')).municipalityId).execute());
    const other = await workConsultant.get(`/benefit-applications/${elsewhere.id}`);
    expect(other.statusCode).toBe(403);
    expect((await auditRowsOf(t.db, other)).map((x) => [x.action, x.result])).toEqual([['benefit_application.read', 'denied']]);
    expect((await workConsultant.patch(`/benefit-applications/${created.id}`, { documents: [] }, '"v1"')).statusCode).toBe(403);
  });

  it('another municipality\'s application answers 404 on every route, audited as denied', async () => {
    const r = await fresh();
    const a = (await startFor(r.id)).json();
    const read = await foreignConsultant.get(`/benefit-applications/${a.id}`);
    expect(read.statusCode).toBe(404);
    expect((await auditRowsOf(t.db, read)).map((x) => [x.action, x.result, x.residentIds])).toEqual([['benefit_application.read', 'denied', []]]);
    expect((await foreignConsultant.patch(`/benefit-applications/${a.id}`, { documents: [] }, '"v1"')).statusCode).toBe(404);
    expect((await foreignConsultant.send('POST', `/benefit-applications/${a.id}/status`, { status: 'in_treatment' }, '"v1"')).statusCode).toBe(404);
    expect((await foreignConsultant.post('/benefit-applications', { residentId: r.id, requestedStartDate: dayFromToday(0), iban, accountHolder: 'X. Ander' })).statusCode).toBe(404);
    const theirs = (await foreignConsultant.get(`/benefit-applications?residentId=${r.id}`)).json().items;
    expect(theirs).toEqual([]);
  });

  it('every read is audited with the resident', async () => {
    const list = await consultant.get('/benefit-applications');
    const [row] = await auditRowsOf(t.db, list);
    expect(row).toMatchObject({ action: 'benefit_application.list', result: 'success' });
    expect(row.residentIds.length).toBe(new Set(list.json().items.map((a: { residentId: string }) => a.residentId)).size);
    const one = list.json().items[0];
    const read = await consultant.get(`/benefit-applications/${one.id}`);
    expect((await auditRowsOf(t.db, read)).map((x) => [x.action, x.objectId, x.residentIds])).toEqual([['benefit_application.read', one.id, [one.residentId]]]);
  });
});
