import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../src/db/testing.ts';
import { loadDemoRegionIfEmpty } from '../../src/demo/seed.ts';
import type { AuditContext } from '../../src/modules/access/audit/store.ts';
import { verifyAuditChains } from '../../src/modules/access/audit/verify.ts';
import { processRun } from '../../src/modules/income/payments/runner.ts';
import { lastDayOfMonth } from '../../src/rules/payments/pay-date.ts';
import { approveRun, exportSepa, reconcileRun, startRun } from '../../src/modules/income/payments/service.ts';
import { PaymentRunWorker } from '../../src/modules/income/payments/worker.ts';
import { validateSepa } from '../support/sepa.ts';

// The run as a durable job, without a server: a batch that fails rolls back and the run continues after the last
// committed batch; a lease held by a live worker is respected, a lapsed one is taken over; holiday allowance in May.
let database: Awaited<ReturnType<typeof openTestDatabase>>;
let m: string;
let ctx: AuditContext;
beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoRegionIfEmpty(database.db, { production: false, today: '2026-03-15' });  // the demo pays January and February
  m = (await database.db.selectFrom('municipalities').select('id').where('code', '=', 'voorbeeld').executeTakeFirstOrThrow()).id;
  ctx = { municipalityId: m, actorUserId: null, actorRole: 'test', organisationId: null, requestId: 'test', origin: 'test' };
});
afterAll(async () => { await database?.drop(); });

const db = () => database.db;
const due = (month: string) => db().selectFrom('benefits').select('id').where('municipalityId', '=', m)
  // due: the benefit's period overlaps the month, whatever its status (an ended benefit's last month is paid)
  .where((eb) => eb.or([eb('endDate', 'is', null), eb('endDate', '>=', `${month}-01`)])).where('startDate', '<=', lastDayOfMonth(month)).orderBy('id').execute();
const benefitPayments = (month: string) => db().selectFrom('benefitPayments').select(['benefitId', 'kind', 'amountCents', 'holidayReservedCents', 'lines', 'endToEndId'])
  .where('municipalityId', '=', m).where('month', '=', month).execute();
const runRow = (id: string) => db().selectFrom('paymentRuns').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('crash and resume', () => {
  it('a failing batch rolls back; the run resumes after the last committed batch and ends with exactly one payment per benefit', async () => {
    const month = '2026-03';
    const benefits = await due(month);
    expect(benefits.length).toBeGreaterThan(150);
    // A benefit the calculation must refuse (AOW age with a cost-sharer): an exception, not a wrong payment.
    const refused = benefits[10].id;
    const situation = (await db().selectFrom('benefits').select('situation').where('id', '=', refused).executeTakeFirstOrThrow()).situation;
    // The run reads the dated situation (decision 0019): a new one from the start date replaces the benefit's first row.
    const aow = { ...situation, applicant: { ...situation.applicant, birthDate: '1950-01-01' }, partner: null, costSharers: [{ birthDate: '1980-01-01' }] };
    await db().updateTable('benefits').set({ situation: aow }).where('id', '=', refused).execute();
    await db().updateTable('benefitSituations').set({ situation: aow }).where('benefitId', '=', refused).execute();

    const { run } = await startRun(db(), ctx, { municipalityId: m, month, startedBy: null, startedVia: 'test', batchSize: 50, today: '2026-03-20' });
    expect(run.totalBenefits).toBe(benefits.length);
    // The "crash": the database refuses the payment of the 130th benefit, in the third batch.
    const victim = benefits[129].id;
    await sql.raw(`CREATE FUNCTION test_crash() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW.benefit_id = '${victim}' THEN RAISE EXCEPTION 'stroomstoring'; END IF; RETURN NEW; END $$`).execute(db());
    await sql.raw('CREATE TRIGGER test_crash BEFORE INSERT ON benefit_payments FOR EACH ROW EXECUTE FUNCTION test_crash()').execute(db());
    const progress: number[] = [];
    await expect(processRun(db(), run.id, { owner: 'worker A', onProgress: (p) => progress.push(p.processed) })).rejects.toThrow('stroomstoring');
    expect(progress).toEqual([50, 100]);
    const stopped = await runRow(run.id);
    expect(stopped).toMatchObject({ status: 'running', processedBenefits: 100, cursorBenefitId: benefits[99].id, exceptionCount: 1, leaseOwner: null });
    expect(stopped.lastError).toContain('stroomstoring');
    expect((await benefitPayments(month)).length).toBe(99);  // two batches of 50, minus the refused one; nothing of the third
    expect(stopped.paymentCount).toBe(99);

    await sql.raw('DROP TRIGGER test_crash ON benefit_payments').execute(db());
    await sql.raw('DROP FUNCTION test_crash()').execute(db());
    // A live lease of another worker is respected …
    await db().updateTable('paymentRuns').set({ leaseOwner: 'worker B', leaseUntil: sql<Date>`now() + interval '1 hour'` }).where('id', '=', run.id).execute();
    expect(await processRun(db(), run.id, { owner: 'worker C' })).toBe('not_claimed');
    // … a lapsed one (the worker died) is taken over, and the run continues from its cursor.
    await db().updateTable('paymentRuns').set({ leaseUntil: sql<Date>`now() - interval '1 second'` }).where('id', '=', run.id).execute();
    const resumed: number[] = [];
    expect(await processRun(db(), run.id, { owner: 'worker C', onProgress: (p) => resumed.push(p.processed) })).toBe('computed');
    expect(resumed[0]).toBe(150);

    const rows = await benefitPayments(month);
    expect(rows.filter((r) => r.kind === 'benefit')).toHaveLength(benefits.length - 1);
    expect(new Set(rows.map((r) => r.benefitId)).size).toBe(rows.length);
    expect(rows.some((r) => r.benefitId === refused)).toBe(false);
    const done = await runRow(run.id);
    expect(done).toMatchObject({ status: 'computed', processedBenefits: benefits.length, paymentCount: rows.length, exceptionCount: 1, leaseOwner: null });
    expect(Number(done.paymentTotalCents)).toBe(rows.reduce((s, r) => s + Number(r.amountCents), 0));
    const exceptions = await db().selectFrom('paymentRunExceptions').select(['benefitId', 'reason']).where('runId', '=', run.id).execute();
    expect(exceptions).toEqual([{ benefitId: refused, reason: expect.stringContaining('handmatig') }]);

    // Running it once more writes nothing; the reconciliation agrees.
    expect(await processRun(db(), run.id, { owner: 'worker D' })).toBe('not_claimed');
    expect((await benefitPayments(month)).length).toBe(rows.length);
    const reconciled = await reconcileRun(db(), ctx, m, run.id, null);
    expect(reconciled.status).toBe('reconciled');
    expect((await verifyAuditChains(db())).firstBroken).toBeNull();
  });

  it('the reconciliation catches a payment row that changed behind the run\'s back', async () => {
    const { run } = await startRun(db(), ctx, { municipalityId: m, month: '2026-04', startedBy: null, startedVia: 'test', today: '2026-04-20' });
    await processRun(db(), run.id, { owner: 'worker' });
    const one = await db().selectFrom('benefitPayments').select('id').where('runId', '=', run.id).where('amountCents', '>', 0).executeTakeFirstOrThrow();
    await db().updateTable('benefitPayments').set({ amountCents: sql<number>`amount_cents + 1` }).where('id', '=', one.id).execute();
    const failed = await reconcileRun(db(), ctx, m, run.id, null);
    expect(failed.status).toBe('computed');
    expect(failed.reconciliationDifferences?.[0]).toMatch(/^Totaal: de run telde/);
    await db().updateTable('benefitPayments').set({ amountCents: sql<number>`amount_cents - 1` }).where('id', '=', one.id).execute();
    expect((await reconcileRun(db(), ctx, m, run.id, null)).status).toBe('reconciled');
  });
});

describe('server restart', () => {
  it('the worker of a (re)started server continues a run left behind by a process that died', async () => {
    const { run } = await startRun(db(), ctx, { municipalityId: m, month: '2026-06', startedBy: null, startedVia: 'test', batchSize: 40, today: '2026-06-10' });
    // The previous server computed one batch and died with its lease on the run.
    await db().updateTable('paymentRuns').set({ leaseOwner: 'server dood', leaseUntil: sql<Date>`now() + interval '1 hour'` }).where('id', '=', run.id).execute();
    const log = { info: () => undefined, error: (o: object) => { throw new Error(JSON.stringify(o)); } };
    const worker = new PaymentRunWorker(db(), log, 50);
    worker.start();
    await new Promise((r) => setTimeout(r, 200));
    expect((await runRow(run.id)).status).toBe('running');  // a live lease is respected
    await db().updateTable('paymentRuns').set({ leaseUntil: sql<Date>`now() - interval '1 second'` }).where('id', '=', run.id).execute();
    for (let i = 0; i < 200 && (await runRow(run.id)).status === 'running'; i++) await new Promise((r) => setTimeout(r, 50));
    await worker.stop();
    expect(await runRow(run.id)).toMatchObject({ status: 'computed', processedBenefits: run.totalBenefits, leaseOwner: null });
  });
});

describe('holiday allowance (vakantietoeslag)', () => {
  it('is paid in May as a separate payment: what January to May reserved', async () => {
    const lead = await db().selectFrom('users').select('id').where('username', '=', 'team_lead@voorbeeld').executeTakeFirstOrThrow();
    const { run } = await startRun(db(), ctx, { municipalityId: m, month: '2026-05', startedBy: null, startedVia: 'test', today: '2026-05-20' });
    expect(run.holidayPayoutMonth).toBe(5);
    expect(await processRun(db(), run.id, { owner: 'worker' })).toBe('computed');
    const may = await benefitPayments('2026-05');
    const holiday = may.filter((r) => r.kind === 'holiday_allowance');
    expect(holiday.length).toBeGreaterThan(100);
    for (const h of holiday.slice(0, 25)) {
      const reserved = await db().selectFrom('benefitPayments').select(['month', 'holidayReservedCents']).where('benefitId', '=', h.benefitId)
        .where('kind', '=', 'benefit').where('month', '>=', '2025-06').where('month', '<=', '2026-05').orderBy('month').execute();
      expect(Number(h.amountCents)).toBe(reserved.reduce((s, r) => s + Number(r.holidayReservedCents), 0));
      expect(h.lines.map((l) => l.label.replace('Vakantietoeslag gereserveerd over ', ''))).toEqual(
        reserved.filter((r) => Number(r.holidayReservedCents) > 0).map((r) => ({ '2026-01': 'januari 2026', '2026-02': 'februari 2026', '2026-03': 'maart 2026', '2026-04': 'april 2026', '2026-05': 'mei 2026' } as Record<string, string>)[r.month]),
      );
      expect(h.endToEndId).toMatch(/^V202605-/);
    }
    expect((await benefitPayments('2026-04')).every((r) => r.kind === 'benefit')).toBe(true);

    // Both kinds go into the SEPA file as their own transaction, which is valid against the XSD.
    await reconcileRun(db(), ctx, m, run.id, null);
    const version = (await runRow(run.id)).version;
    await approveRun(db(), { ...ctx, actorUserId: lead.id }, m, run.id, lead.id, version, '2026-05-20');
    const { xml } = await exportSepa(db(), ctx, m, run.id);
    expect(validateSepa(xml).valid).toBe(true);
    expect(xml).toContain(`<EndToEndId>${holiday[0].endToEndId}</EndToEndId>`);
    expect(xml).toContain('Vakantietoeslag mei 2026');
    expect(xml).toContain('<ReqdExctnDt>2026-05-29</ReqdExctnDt>');  // Voorbeeld pays on the last working day
  });
});
