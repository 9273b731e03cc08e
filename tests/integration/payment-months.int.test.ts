import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenefitSituation } from '../../src/db/types.ts';
import type { AuditContext } from '../../src/modules/access/audit/store.ts';
import { processRun } from '../../src/modules/income/payments/runner.ts';
import { approveRun, reconcileRun, startRun } from '../../src/modules/income/payments/service.ts';
import { todayIso } from '../../src/rules/dates.ts';
import { lastDayOfMonth } from '../../src/rules/payments/pay-date.ts';
import { addMonths, holidayWindow } from '../../src/rules/payments/payment.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, userByName, type Api } from '../support/fixtures.ts';
import { newResident } from '../support/income.ts';

// Which months a payment run pays, and on which situation (decision 0019): the last month of an ended benefit (with
// its holiday allowance), dated situations from a change decision, the earnings-release months counted by the runs,
// and corrections of months already paid.

let t: TestApp;
let consultant: Api;
let m: string;
let consultantId: string; let leadId: string;
const thisMonth = todayIso().slice(0, 7);
const nextMonth = addMonths(thisMonth, 1);
const reasoning = 'De situatie van de inwoner is gewijzigd volgens het onderzoek.';

const single = (birthDate = '1980-04-12', over: Partial<BenefitSituation> = {}): BenefitSituation => ({
  applicant: { birthDate, earningsCents: 0, generalReleaseMonthsUsed: 0, singleParentReleaseMonthsUsed: 0 },
  partner: null, children: [], costSharers: [], intensiveInformalCare: false, otherIncomeCents: 0, giftsCents: 0, giftsEarlierThisYearCents: 0, ...over,
});

/** A benefit running since long before the months the tests pay, for a fresh resident aged 46. */
async function benefit(situation: Partial<BenefitSituation> = {}) {
  const r = await newResident(t.db, 'work_consultant@voorbeeld', '1980-04-12');
  return (await t.db.insertInto('benefits').values({
    municipalityId: m, residentId: r.id, startDate: '2025-01-01', iban: 'NL91ABNA0417164300', accountHolder: 'T. Tester', situation: single('1980-04-12', situation),
  }).returning('id').executeTakeFirstOrThrow()).id;
}

const ctx = (userId: string, role: string): AuditContext => ({ municipalityId: m, actorUserId: userId, actorRole: role, organisationId: null, requestId: 'test', origin: 'test' });

/** Runs a month to the end, reconciles it and (unless told not to) has the team lead approve it. */
async function pay(month: string, approve = true) {
  const { run } = await startRun(t.db, ctx(consultantId, 'income_consultant'), {
    municipalityId: m, month, startedBy: consultantId, startedVia: 'test', leaseOwner: 'test',
  });
  expect(await processRun(t.db, run.id, { owner: 'test' })).toBe('computed');
  const reconciled = await reconcileRun(t.db, ctx(consultantId, 'income_consultant'), m, run.id, consultantId);
  expect(reconciled.reconciliationDifferences).toEqual([]);
  if (approve) await approveRun(t.db, ctx(leadId, 'team_lead'), m, run.id, leadId, reconciled.version, todayIso());
  return reconciled;
}

const paymentsOf = (benefitId: string) => t.db.selectFrom('benefitPayments').select(['month', 'kind', 'amountCents', 'holidayReservedCents', 'lines'])
  .where('benefitId', '=', benefitId).orderBy('month').orderBy('kind').execute();

beforeAll(async () => {
  t = await startTestApp();
  consultant = apiAs(t.app, await t.login('income_consultant@voorbeeld'));
  const c = await userByName(t.db, 'income_consultant@voorbeeld');
  m = c.municipalityId; consultantId = c.id;
  leadId = (await userByName(t.db, 'team_lead@voorbeeld')).id;
});
afterAll(async () => { await t?.close(); });

describe('the months a payment run pays', () => {
  let ending: string; let changing: string; let earning: string; let under: string; let over: string;
  const lastMonth = addMonths(thisMonth, -1);

  it('setup: three benefits, an end decision effective next month and a change decision from next month', async () => {
    ending = await benefit();
    changing = await benefit();
    earning = await benefit();
    under = await benefit({ otherIncomeCents: 20_000 });
    over = await benefit();
    const end = await consultant.post('/benefit-decisions', { kind: 'end', benefitId: ending, effectiveDate: `${nextMonth}-15`, endReason: 'work', reasoning });
    expect(end.statusCode, end.body).toBe(201);
    expect((await t.db.selectFrom('benefits').select('status').where('id', '=', ending).executeTakeFirstOrThrow()).status).toBe('ended');
    const change = await consultant.post('/benefit-decisions', {
      kind: 'change', benefitId: changing, effectiveDate: `${nextMonth}-01`, reasoning,
      situation: single('1980-04-12', { costSharers: [{ birthDate: '1970-01-01' }] }),
    });
    expect(change.statusCode, change.body).toBe(201);
    const history = await t.db.selectFrom('benefitSituations').select(['validFrom', 'decisionId']).where('benefitId', '=', changing).orderBy('validFrom').execute();
    expect(history).toEqual([{ validFrom: '2025-01-01', decisionId: null }, { validFrom: `${nextMonth}-01`, decisionId: change.json().id }]);
    // Seven consecutive months of earnings, reported and processed: € 400 a month.
    await t.db.insertInto('benefitIncomeReports').values(Array.from({ length: 7 }, (_, i) => ({
      municipalityId: m, benefitId: earning, month: addMonths(thisMonth, i - 6), earningsApplicantCents: 40_000, status: 'processed' as const, processedAt: new Date(),
    }))).execute();
  });

  it('pays seven months: the earnings release in the first six, not in the seventh (counted from the runs, not a counter)', async () => {
    for (let i = 6; i >= 0; i--) await pay(addMonths(thisMonth, -i));
    const rows = (await paymentsOf(earning)).filter((p) => p.kind === 'benefit');
    expect(rows.map((p) => p.month)).toEqual(Array.from({ length: 7 }, (_, i) => addMonths(thisMonth, i - 6)));
    expect(rows.map((p) => p.lines.some((l) => l.code === 'earnings_release'))).toEqual([true, true, true, true, true, true, false]);
    expect(rows[5].lines.find((l) => l.code === 'earnings_release')!.label).toContain('maand 6 van 6');
    expect(Number(rows[6].amountCents)).toBeLessThan(Number(rows[5].amountCents));
    const used = await t.db.selectFrom('benefitReleaseMonths').select(['month', 'person', 'release']).where('benefitId', '=', earning).orderBy('month').execute();
    expect(used).toEqual(rows.slice(0, 6).map((p) => ({ month: p.month, person: 'applicant', release: 'general' })));
    // The situation's own figure was never edited.
    expect((await t.db.selectFrom('benefits').select('situation').where('id', '=', earning).executeTakeFirstOrThrow()).situation.applicant.generalReleaseMonthsUsed).toBe(0);
  });

  it('a change reaching back into paid months: the next run pays the underpaid months as a correction, and lists the overpaid ones as recovery signals', async () => {
    for (const [benefitId, otherIncomeCents] of [[under, 0], [over, 30_000]] as const) {
      const res = await consultant.post('/benefit-decisions', { kind: 'change', benefitId, effectiveDate: `${lastMonth}-01`, reasoning, situation: single('1980-04-12', { otherIncomeCents }) });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().status).toBe('final');
    }
    await pay(nextMonth, false);
    // Last month and this month were paid € 200 too little (gross, holiday allowance included): one correction of € 400.
    const corrections = (await paymentsOf(under)).filter((p) => p.kind === 'correction');
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toMatchObject({ month: nextMonth, amountCents: 40_000, holidayReservedCents: 0 });
    expect(corrections[0].lines.map((l) => [l.code, l.amountCents])).toEqual([['correction', 20_000], ['correction', 20_000]]);
    expect(corrections[0].lines[0].label).toContain('Nabetaling over');
    const [nextUnder] = (await paymentsOf(under)).filter((p) => p.month === nextMonth && p.kind === 'benefit');
    expect(nextUnder.lines.map((l) => l.code)).not.toContain('other_income');
    // The overpaid months are not deducted: no correction, the next month is paid on the new situation, and the consultant sees the signals.
    expect((await paymentsOf(over)).filter((p) => p.kind === 'correction')).toEqual([]);
    const res = await consultant.get(`/benefits/${over}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().recoverySignals.map((s: { month: string; overpaidCents: number }) => [s.month, s.overpaidCents])).toEqual([[lastMonth, 30_000], [thisMonth, 30_000]]);
    expect((await consultant.get(`/benefits/${under}`)).json().recoverySignals).toEqual([]);
    const work = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
    const hidden = await work.get(`/benefits/${over}`);
    if (hidden.statusCode === 200) expect(hidden.json()).toMatchObject({ amountsHidden: true, recoverySignals: [] });
    else expect(hidden.statusCode).toBe(404);
    const differences = await t.db.selectFrom('benefitRetroDifferences').select(['benefitId', 'month', 'outcome']).where('benefitId', 'in', [under, over]).orderBy('month').execute();
    expect(differences).toHaveLength(4);
  });

  it('pays this month on the situation valid on its first day, and next month on the change from next month', async () => {
    const [now] = (await paymentsOf(changing)).filter((p) => p.month === thisMonth && p.kind === 'benefit');
    expect(now.lines.map((l) => l.code)).not.toContain('cost_sharers');
    const [next] = (await paymentsOf(changing)).filter((p) => p.month === nextMonth && p.kind === 'benefit');
    expect(next.lines.map((l) => l.code)).toContain('cost_sharers');
    expect(Number(next.amountCents)).toBeLessThan(Number(now.amountCents));
  });

  it('pays the last month of an ended benefit up to its end date, and the reserved holiday allowance with it; reconciliation agrees', async () => {
    const rows = await paymentsOf(ending);
    const last = rows.find((p) => p.month === nextMonth && p.kind === 'benefit');
    expect(last, 'the month of the end date is paid').toBeDefined();
    const days = Number(lastDayOfMonth(nextMonth).slice(8));
    const part = last!.lines.find((l) => l.code === 'part_month')!;
    expect(part.label).toContain(`15 van ${days} dagen`);
    expect(last!.lines.reduce((s, l) => s + l.amountCents, 0)).toBe(Number(last!.amountCents));
    const full = rows.find((p) => p.month === thisMonth && p.kind === 'benefit')!;
    expect(Number(last!.amountCents)).toBeLessThan(Number(full.amountCents));
    // The holiday allowance reserved in the window, the final month's own reservation included, is paid out now.
    const window = holidayWindow(nextMonth, 5);
    const reserved = rows.filter((p) => p.kind === 'benefit' && p.month >= window.from && p.month <= nextMonth).reduce((s, p) => s + Number(p.holidayReservedCents), 0);
    expect(reserved).toBeGreaterThan(0);
    expect(rows.find((p) => p.month === nextMonth && p.kind === 'holiday_allowance')).toMatchObject({ amountCents: reserved });
    // The month after the end date is not due.
    const after = await t.db.selectFrom('benefits').select('id').where('id', '=', ending).where('endDate', '>=', `${addMonths(nextMonth, 1)}-01`).execute();
    expect(after).toEqual([]);
  });
});
