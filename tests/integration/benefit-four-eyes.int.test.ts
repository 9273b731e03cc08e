import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/modules/access/passwords.ts';
import { dutchIban } from '../../src/rules/iban.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, dayFromToday, userByName, type Api } from '../support/fixtures.ts';
import { newResident } from '../support/income.ts';

// Four eyes above a threshold (decision 0020): a grant or change whose monthly amount is above the municipality's
// benefit_monthly_four_eyes_threshold_cents waits for a second person; a recovery above the recovery threshold does;
// without a setting every decision does. Demo: Voorbeeld € 1.500 per month, Buurdorp € 2.000.

let t: TestApp;
let consultant: Api;
let consultant2: Api;
let buurdorp: Api;
let voorbeeldId: string;
const reasoning = 'De inwoner voldoet aan de voorwaarden voor bijstand volgens het onderzoek.';
const thisMonth = dayFromToday(0).slice(0, 7);
const MONTHLY = 'benefit_monthly_four_eyes_threshold_cents';

interface Situation { applicant: { birthDate: string }; partner: object | null }

/** An application for a fresh resident of the given work consultant's municipality, and its situation. */
async function application(api: Api, contactPerson: string) {
  const r = await newResident(t.db, contactPerson);
  const res = await api.post('/benefit-applications', { residentId: r.id, requestedStartDate: `${thisMonth}-01`, iban: dutchIban('DEMO', '4242'), accountHolder: 'T. Tester' });
  expect(res.statusCode, res.body).toBe(201);
  const a = res.json() as { id: string; residentId: string; situation: Situation };
  return { ...a, couple: { ...a.situation, partner: { birthDate: '1991-02-03', earningsCents: 0, generalReleaseMonthsUsed: 0 } } };
}

/** Voorbeeld's monthly setting from today with this value (a newer row wins), retired again by the returned function. */
async function monthlyFromToday(cents: number) {
  const row = await t.db.insertInto('policySettings').values({ municipalityId: voorbeeldId, name: MONTHLY, value: cents, validFrom: dayFromToday(0), source: 'Test' })
    .returning('id').executeTakeFirstOrThrow();
  // Decisions refer to the row, so it is renamed rather than deleted.
  return () => t.db.updateTable('policySettings').set({ name: `retired_by_test_${row.id}` }).where('id', '=', row.id).execute();
}

beforeAll(async () => {
  t = await startTestApp();
  consultant = apiAs(t.app, await t.login('income_consultant@voorbeeld'));
  buurdorp = apiAs(t.app, await t.login('income_consultant@buurdorp'));
  const first = await userByName(t.db, 'income_consultant@voorbeeld');
  voorbeeldId = first.municipalityId;
  await t.db.insertInto('users').values({
    municipalityId: first.municipalityId, organisationId: first.organisationId, teamId: null, username: 'income_consultant2@voorbeeld',
    displayName: 'Tweede Consulent', role: 'income_consultant', passwordHash: await hashPassword('meedoen-demo'), isDemo: true,
  }).execute();
  consultant2 = apiAs(t.app, await t.login('income_consultant2@voorbeeld'));
});
afterAll(async () => { await t?.close(); });

describe('four eyes above the monthly threshold', () => {
  it('each municipality has its own demo setting, and the benefit list tells the form both thresholds', async () => {
    expect((await consultant.get('/benefits')).json()).toMatchObject({ monthlyFourEyesThresholdCents: 150_000, recoveryFourEyesThresholdCents: 100_000 });
    expect((await buurdorp.get('/benefits')).json()).toMatchObject({ monthlyFourEyesThresholdCents: 200_000, recoveryFourEyesThresholdCents: 100_000 });
  });

  it('a couple\'s grant above € 1.500 per month waits in Voorbeeld; the author cannot approve, another income consultant can', async () => {
    const a = await application(consultant, 'work_consultant2@voorbeeld');
    const res = await consultant.post('/benefit-decisions', { kind: 'grant', applicationId: a.id, situation: a.couple, reasoning });
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d.calculation.payableCents).toBeGreaterThan(150_000);
    expect(d).toMatchObject({ status: 'proposed', needsSecondApproval: true, fourEyesThresholdCents: 150_000, decidedOn: null, benefitId: null });
    const setting = await t.db.selectFrom('policySettings').select('id').where('municipalityId', '=', voorbeeldId).where('name', '=', MONTHLY).executeTakeFirstOrThrow();
    expect((await t.db.selectFrom('benefitDecisions').select('fourEyesSettingId').where('id', '=', d.id).executeTakeFirstOrThrow()).fourEyesSettingId).toBe(setting.id);
    expect(await t.db.selectFrom('benefits').select('id').where('residentId', '=', a.residentId).execute()).toEqual([]);
    const own = await consultant.send('POST', `/benefit-decisions/${d.id}/review`, { verdict: 'approve' }, '"v1"');
    expect(own.statusCode).toBe(403);
    const ok = await consultant2.send('POST', `/benefit-decisions/${d.id}/review`, { verdict: 'approve' }, '"v1"');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'final', decidedOn: dayFromToday(0) });
    expect((await t.db.selectFrom('benefits').select('status').where('residentId', '=', a.residentId).executeTakeFirstOrThrow()).status).toBe('active');
  });

  it('the same couple\'s grant is final at once in Buurdorp (€ 2.000)', async () => {
    const a = await application(buurdorp, 'work_consultant2@buurdorp');
    const d = (await buurdorp.post('/benefit-decisions', { kind: 'grant', applicationId: a.id, situation: a.couple, reasoning })).json();
    expect(d.calculation.payableCents).toBeGreaterThan(150_000);
    expect(d.calculation.payableCents).toBeLessThanOrEqual(200_000);
    expect(d).toMatchObject({ status: 'final', needsSecondApproval: false, fourEyesThresholdCents: 200_000 });
  });

  it('a monthly amount equal to the threshold is final; one cent above it waits', async () => {
    const single = await application(consultant, 'work_consultant2@voorbeeld');
    const probe = (await consultant.post('/benefit-decisions', { kind: 'grant', applicationId: single.id, reasoning })).json();
    expect(probe.status).toBe('final');
    const payable = probe.calculation.payableCents as number;

    let restore = await monthlyFromToday(payable);
    try {
      const at = await application(consultant, 'work_consultant2@voorbeeld');
      const d = (await consultant.post('/benefit-decisions', { kind: 'grant', applicationId: at.id, reasoning })).json();
      expect(d).toMatchObject({ status: 'final', needsSecondApproval: false, fourEyesThresholdCents: payable });
      expect(d.calculation.payableCents).toBe(payable);
    } finally {
      await restore();
    }
    restore = await monthlyFromToday(payable - 1);
    try {
      const above = await application(consultant, 'work_consultant2@voorbeeld');
      const d = (await consultant.post('/benefit-decisions', { kind: 'grant', applicationId: above.id, reasoning })).json();
      expect(d).toMatchObject({ status: 'proposed', needsSecondApproval: true, fourEyesThresholdCents: payable - 1 });
    } finally {
      await restore();
    }
  });

  it('a change to a monthly amount above the threshold waits and leaves the benefit alone until approved', async () => {
    const a = await application(consultant, 'work_consultant2@voorbeeld');
    const grant = (await consultant.post('/benefit-decisions', { kind: 'grant', applicationId: a.id, reasoning })).json();
    expect(grant.status).toBe('final');
    const before = await t.db.selectFrom('benefits').select(['situation', 'version']).where('id', '=', grant.benefitId).executeTakeFirstOrThrow();
    const res = await consultant.post('/benefit-decisions', {
      kind: 'change', benefitId: grant.benefitId, effectiveDate: `${thisMonth}-01`, situation: a.couple, reasoning: 'Uw partner woont sinds deze maand bij u; u krijgt de gehuwdennorm.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().calculation.payableCents).toBeGreaterThan(150_000);
    expect(res.json()).toMatchObject({ kind: 'change', status: 'proposed', needsSecondApproval: true, fourEyesThresholdCents: 150_000 });
    const waiting = await t.db.selectFrom('benefits').select(['situation', 'version']).where('id', '=', grant.benefitId).executeTakeFirstOrThrow();
    expect(waiting).toEqual(before);
    const ok = await consultant2.send('POST', `/benefit-decisions/${res.json().id}/review`, { verdict: 'approve' }, '"v1"');
    expect(ok.statusCode, ok.body).toBe(200);
    const after = await t.db.selectFrom('benefits').select('situation').where('id', '=', grant.benefitId).executeTakeFirstOrThrow();
    expect(after.situation.partner).not.toBeNull();
  });

  it('a refusal is final at once and records no threshold; without the monthly setting every decision waits, whatever its amount', async () => {
    const a = await application(consultant, 'work_consultant2@voorbeeld');
    const refusal = (await consultant.post('/benefit-decisions', { kind: 'refuse', applicationId: a.id, reasoning: 'U heeft vermogen boven de vermogensgrens en daarom geen recht.' })).json();
    expect(refusal).toMatchObject({ status: 'final', needsSecondApproval: false, fourEyesThresholdCents: null });

    const park = (from: string, to: string) => t.db.updateTable('policySettings').set({ name: to }).where('municipalityId', '=', voorbeeldId).where('name', '=', from).execute();
    await park(MONTHLY, 'parked_by_test');
    try {
      expect((await consultant.get('/benefits')).json().monthlyFourEyesThresholdCents).toBeNull();
      const b = await application(consultant, 'work_consultant2@voorbeeld');
      const refused = (await consultant.post('/benefit-decisions', { kind: 'refuse', applicationId: b.id, reasoning: 'U heeft vermogen boven de vermogensgrens en daarom geen recht.' })).json();
      expect(refused).toMatchObject({ status: 'proposed', needsSecondApproval: true, fourEyesThresholdCents: null });
      const c = await application(consultant, 'work_consultant2@voorbeeld');
      const granted = (await consultant.post('/benefit-decisions', { kind: 'grant', applicationId: c.id, reasoning })).json();
      expect(granted.calculation.payableCents).toBeLessThan(150_000);
      expect(granted).toMatchObject({ status: 'proposed', needsSecondApproval: true, fourEyesThresholdCents: null });
      // Another municipality's setting does not count.
      expect((await buurdorp.get('/benefits')).json().monthlyFourEyesThresholdCents).toBe(200_000);
    } finally {
      await park('parked_by_test', MONTHLY);
    }
  });
});
