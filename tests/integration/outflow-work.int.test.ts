import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/rules/dates.ts';
import { refreshCounts } from '../../src/modules/steering/dashboards/store.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, type Api } from '../support/fixtures.ts';
import { newResident } from '../support/income.ts';

// Uitstroom door werk: a placement that ends the benefit shows up for the income consultant until an end decision with
// reason 'work' closes the benefit; that decision is what the outflow figures count, in the month of the last day.

let t: TestApp;
let workConsultant: Api;
let incomeConsultant: Api;
let teamLead: Api;

beforeAll(async () => {
  t = await startTestApp();
  workConsultant = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
  incomeConsultant = apiAs(t.app, await t.login('income_consultant@voorbeeld'));
  teamLead = apiAs(t.app, await t.login('team_lead@voorbeeld'));
});
afterAll(async () => { await t?.close(); });

async function residentWithBenefit() {
  const r = await newResident(t.db, 'work_consultant@voorbeeld', '1985-06-01');
  const benefit = await t.db.insertInto('benefits').values({
    municipalityId: r.municipalityId, residentId: r.id, startDate: '2025-01-01', iban: 'NL91ABNA0417164300', accountHolder: 'T. Aanvrager',
    situation: { applicant: { birthDate: r.birthDate, earningsCents: 0, generalReleaseMonthsUsed: 0, singleParentReleaseMonthsUsed: 0 },
      partner: null, children: [], costSharers: [], intensiveInformalCare: false, otherIncomeCents: 0, giftsCents: 0, giftsEarlierThisYearCents: 0 } as never,
  }).returning('id').executeTakeFirstOrThrow();
  return { ...r, benefitId: benefit.id };
}

async function workOutflowIn(month: string) {
  await refreshCounts(t.db, (await t.db.selectFrom('municipalities').select('id').where('code', '=', 'voorbeeld').executeTakeFirstOrThrow()).id, todayIso(), { force: true });
  const res = await teamLead.get(`/dashboards/municipality/outflow-reasons?from=${month}&to=${month}`);
  expect(res.statusCode, res.body).toBe(200);
  const [fig] = (res.json() as { figures: { series: { key: string }[]; rows: { label: string; cells: { value: number | null }[] }[] }[] }).figures;
  const work = fig.series.findIndex((s) => s.key === 'work');
  return work < 0 ? 0 : fig.rows[0].cells[work].value ?? 0;  // a reason without outflow in the period is left out
}

describe('outflow to work', () => {
  it('goes from a placement that ends the benefit, via the income consultant\'s list, to the outflow figures', async () => {
    const r = await residentWithBenefit();
    const employer = await t.db.selectFrom('employers as e').innerJoin('municipalities as m', 'm.id', 'e.municipalityId')
      .select('e.id').where('m.code', '=', 'voorbeeld').orderBy('e.name').executeTakeFirstOrThrow();
    const placed = await workConsultant.post(`/residents/${r.id}/placements`, {
      employerId: employer.id, kind: 'regular_job', contractHoursPerWeek: 36, hourlyWageCents: 1800, startDate: '2026-09-01', endsBenefit: true,
    });
    expect(placed.statusCode, placed.body).toBe(201);

    const before = await workOutflowIn('2026-08');
    const listed = await incomeConsultant.get('/benefit-outflow-signals');
    expect(listed.statusCode, listed.body).toBe(200);
    const signal = listed.json().items.find((i: { residentId: string }) => i.residentId === r.id);
    expect(signal).toMatchObject({ benefitId: r.benefitId, occurredOn: '2026-09-01', placementId: placed.json().id, contractHoursPerWeek: 36, placementKindLabel: expect.any(String) });
    expect(signal.residentName).toContain('Aanvrager');
    expect((await auditRowsOf(t.db, listed)).map((a) => [a.action, a.result])).toEqual([['benefit.outflow_signals', 'success']]);

    const end = await incomeConsultant.post('/benefit-decisions', {
      kind: 'end', benefitId: r.benefitId, effectiveDate: '2026-08-31', endReason: 'work', reasoning: 'U werkt vanaf 1 september 2026 36 uur per week.',
    });
    expect(end.statusCode, end.body).toBe(201);
    if (end.json().status !== 'final') {
      // four eyes where the municipality asks for it: a team lead approves
      const review = await teamLead.send('POST', `/benefit-decisions/${end.json().id}/review`, { verdict: 'approve' }, end.headers.etag as string);
      expect(review.statusCode, review.body).toBe(200);
    }
    const after = (await incomeConsultant.get('/benefit-outflow-signals')).json().items;
    expect(after.some((i: { residentId: string }) => i.residentId === r.id)).toBe(false);
    expect(await workOutflowIn('2026-08')).toBe(before + 1);
  });

  it('is listed only within the caller\'s municipality and team, and not for policy staff', async () => {
    const r = await residentWithBenefit();
    const employer = await t.db.selectFrom('employers').select('id').where('municipalityId', '=', r.municipalityId).orderBy('name').executeTakeFirstOrThrow();
    expect((await workConsultant.post(`/residents/${r.id}/placements`, {
      employerId: employer.id, kind: 'regular_job', contractHoursPerWeek: 32, hourlyWageCents: 1700, startDate: '2026-10-01', endsBenefit: true,
    })).statusCode).toBe(201);
    const has = async (who: string) => {
      const res = await apiAs(t.app, await t.login(who)).get('/benefit-outflow-signals');
      return res.statusCode === 200 ? res.json().items.some((i: { residentId: string }) => i.residentId === r.id) : res.statusCode;
    };
    expect(await has('income_consultant@voorbeeld')).toBe(true);
    expect(await has('work_consultant@voorbeeld')).toBe(true);   // own team: sees the signal, never an amount
    expect(await has('income_consultant@buurdorp')).toBe(false);
    expect(await has('policy_analyst@voorbeeld')).toBe(403);
    expect(await has('partner_coach@voorbeeld')).toBe(403);
  });
});
