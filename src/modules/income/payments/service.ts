import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { requireTenant } from '../../../db/tenant.ts';
import { inTransaction } from '../../../db/transact.ts';
import type { DB } from '../../../db/types.ts';
import { todayIso } from '../../../rules/dates.ts';
import { tableValidOn } from '../../../rules/benefit/tables.ts';
import { executionDate, plannedPayDate } from '../../../rules/payments/pay-date.ts';
import { addMonths, monthLabel } from '../../../rules/payments/payment.ts';
import { mayApprove, mayReconcile, reconcile } from '../../../rules/payments/run.ts';
import { compactId, sepaDocument } from '../../../rules/payments/sepa.ts';
import { staleVersion } from '../../../server/etag.ts';
import { HttpProblem, notFound } from '../../../server/problem.ts';
import { appendAuditEvent, type AuditContext } from '../../access/audit/store.ts';
import { loadBenefitTables } from '../calculations/store.ts';
import { kindLabels } from './present.ts';
import { PAYMENT_PURPOSE } from './runner.ts';
import {
  countDueUnpaid, debtorAccountOn, findRun, HOLIDAY_PAYOUT_SETTING, PAY_DAY_SETTING, runTotals, settingOn, transfersOf, type RunRow,
} from './store.ts';

// Use cases of a payment run: start (or resume), reconcile, approve (four eyes), export as SEPA.

/** Benefits per transaction when the caller does not choose (the server takes MEEDOEN_PAYMENT_BATCH_SIZE). */
export const DEFAULT_BATCH_SIZE = 1000;
/** Without a municipal setting the holiday allowance is paid in May (decision 0015). */
export const DEFAULT_PAYOUT_MONTH = 5;

const conflict = (detail: string) => new HttpProblem(409, 'Kan niet in deze status', detail);

export interface StartInput {
  municipalityId: string; month: string; startedBy: string | null; startedVia: string; batchSize?: number; today?: string;
  /** A process that computes the run itself (the command line, the bench) takes the lease at once, so no server worker races it. */
  leaseOwner?: string;
}

/**
 * Starts the run of a month, or hands back the month's run that is not approved yet (so starting again resumes it).
 * After an approved run, a new one (sequence + 1) pays only the benefits that are still unpaid for that month.
 */
export async function startRun(db: Kysely<DB>, ctx: AuditContext, input: StartInput): Promise<{ run: RunRow; created: boolean }> {
  const m = requireTenant(input.municipalityId);
  const today = input.today ?? todayIso();
  if (input.month > addMonths(today.slice(0, 7), 1)) {
    throw new HttpProblem(422, 'Maand te ver vooruit', `Een betaalrun kan tot en met de volgende maand (${addMonths(today.slice(0, 7), 1)}); ${input.month} ligt verder weg.`);
  }
  const tables = await loadBenefitTables(db);
  if (!tableValidOn(tables, `${input.month}-01`)) {
    throw new HttpProblem(422, 'Geen normtabel', `Voor ${input.month} is geen normtabel vastgelegd; de oudste geldt vanaf ${tables[0]?.validFrom ?? 'onbekend'}.`);
  }
  const result = await inTransaction(db, async (tx) => {
    // One start per municipality at a time (two clicks make one run); an advisory lock, so nothing else has to wait.
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`payment_run:${m}`}))`.execute(tx);
    const latest = await tx.selectFrom('paymentRuns').select(['id', 'status', 'sequence'])
      .where('municipalityId', '=', m).where('month', '=', input.month).orderBy('sequence', 'desc').limit(1).executeTakeFirst();
    if (latest && latest.status !== 'approved') return { id: latest.id, created: false };
    const total = await countDueUnpaid(tx, m, input.month);
    if (total === 0) {
      throw conflict(latest
        ? `Iedereen met een uitkering over ${monthLabel(input.month)} is al betaald; een aanvullende run is niet nodig.`
        : `Er zijn geen uitkeringen die over ${monthLabel(input.month)} betaald moeten worden.`);
    }
    const payDay = await settingOn(tx, m, PAY_DAY_SETTING, `${input.month}-01`);
    const payout = await settingOn(tx, m, HOLIDAY_PAYOUT_SETTING, `${input.month}-01`);
    const row = await tx.insertInto('paymentRuns').values({
      municipalityId: m, month: input.month, sequence: (latest?.sequence ?? 0) + 1,
      plannedPayDate: plannedPayDate(input.month, payDay ? Number(payDay.value) : null), payDaySettingId: payDay?.id ?? null,
      holidayPayoutMonth: payout ? Number(payout.value) : DEFAULT_PAYOUT_MONTH, holidaySettingId: payout?.id ?? null,
      batchSize: input.batchSize ?? DEFAULT_BATCH_SIZE, totalBenefits: total, startedBy: input.startedBy, startedVia: input.startedVia,
      ...(input.leaseOwner ? { leaseOwner: input.leaseOwner, leaseUntil: sql<Date>`now() + interval '30 seconds'` } : {}),
    }).returning('id').executeTakeFirstOrThrow();
    await appendAuditEvent(tx, ctx, { action: 'payment_run.start', result: 'success', objectType: 'payment_run', objectId: row.id, purpose: PAYMENT_PURPOSE });
    return { id: row.id, created: true };
  });
  return { run: (await findRun(db, m, result.id))!, created: result.created };
}

async function runForUpdate(tx: Kysely<DB>, municipalityId: string, id: string) {
  const run = await tx.selectFrom('paymentRuns').selectAll().where('municipalityId', '=', requireTenant(municipalityId)).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!run) throw notFound('Deze betaalrun bestaat niet of u heeft er geen toegang toe.');
  return run;
}

/**
 * Aansluiting: recomputes count and total from the payment rows and compares them with the run's own counters, and
 * checks that every benefit due when the run started has a payment or a recorded exception. Agreement → reconciled.
 */
export async function reconcileRun(db: Kysely<DB>, ctx: AuditContext, municipalityId: string, runId: string, userId: string | null) {
  await inTransaction(db, async (tx) => {
    const run = await runForUpdate(tx, municipalityId, runId);
    const verdict = mayReconcile(run.status);
    if (!verdict.ok) throw conflict(verdict.reason);
    const recomputed = await runTotals(tx, municipalityId, runId);
    const runsOfMonth = await tx.selectFrom('paymentRuns').select('id').where('municipalityId', '=', municipalityId).where('month', '=', run.month).execute();
    const unpaid = await countDueUnpaid(tx, municipalityId, run.month, new Date(run.startedAt), runsOfMonth.map((r) => r.id));
    const result = reconcile({
      recorded: { count: run.paymentCount, totalCents: Number(run.paymentTotalCents) },
      recomputed: { count: recomputed.count, totalCents: recomputed.totalCents }, unpaid,
    });
    await tx.updateTable('paymentRuns').set({
      status: result.ok ? 'reconciled' : 'computed', reconciledBy: userId, reconciledAt: sql<Date>`now()`,
      reconciledCount: recomputed.count, reconciledTotalCents: recomputed.totalCents,
      reconciliationDifferences: JSON.stringify(result.differences), version: run.version + 1,
    }).where('id', '=', runId).execute();
    await appendAuditEvent(tx, ctx, {
      action: result.ok ? 'payment_run.reconcile' : 'payment_run.reconcile_failed', result: 'success', objectType: 'payment_run', objectId: runId, purpose: PAYMENT_PURPOSE,
    });
  });
  return (await findRun(db, municipalityId, runId))!;
}

/** Vier ogen: a second person releases the run; the execution date is fixed now (never in the past). */
export async function approveRun(db: Kysely<DB>, ctx: AuditContext, municipalityId: string, runId: string, approverId: string, expectedVersion: number, today = todayIso()) {
  await inTransaction(db, async (tx) => {
    const run = await runForUpdate(tx, municipalityId, runId);
    const verdict = mayApprove(run, approverId);
    if (!verdict.ok) {
      throw verdict.status === 403 ? new HttpProblem(403, 'Geen toegang', verdict.reason) : conflict(verdict.reason);
    }
    if (run.version !== expectedVersion) throw staleVersion();
    const account = await debtorAccountOn(tx, municipalityId, today);
    if (!account) throw conflict('Voor uw gemeente is geen betaalrekening (IBAN van de gemeente) vastgelegd; zonder die rekening kan de run niet worden uitbetaald.');
    await tx.updateTable('paymentRuns').set({
      status: 'approved', approvedBy: approverId, approvedAt: sql<Date>`now()`, executionDate: executionDate(run.plannedPayDate, today), version: run.version + 1,
    }).where('id', '=', runId).execute();
    await appendAuditEvent(tx, ctx, { action: 'payment_run.approve', result: 'success', objectType: 'payment_run', objectId: runId, purpose: PAYMENT_PURPOSE });
  });
  return (await findRun(db, municipalityId, runId))!;
}

const AUDIT_CHUNK = 1000;

/**
 * The SEPA file of an approved run. The same bytes on every download; every download is audited, naming every
 * resident whose name and IBAN it contains (one audit row per thousand).
 */
export async function exportSepa(db: Kysely<DB>, ctx: AuditContext, municipalityId: string, runId: string) {
  return inTransaction(db, async (tx) => {
    const run = await findRun(tx, municipalityId, runId);
    if (!run) throw notFound('Deze betaalrun bestaat niet of u heeft er geen toegang toe.');
    if (run.status !== 'approved' || !run.executionDate || !run.approvedAt) {
      throw conflict('Het SEPA-bestand komt pas vrij als een tweede persoon de aangesloten run heeft goedgekeurd.');
    }
    const account = await debtorAccountOn(tx, municipalityId, run.executionDate);
    if (!account) throw conflict('Voor uw gemeente is geen betaalrekening (IBAN van de gemeente) vastgelegd.');
    const municipality = await tx.selectFrom('municipalities').select('name').where('id', '=', municipalityId).executeTakeFirstOrThrow();
    const transfers = await transfersOf(tx, municipalityId, runId);
    if (transfers.length === 0) throw conflict('Deze run heeft geen bedragen om over te maken.');
    const xml = sepaDocument({
      messageId: `MEEDOEN-${compactId(run.id)}`, createdAt: new Date(run.approvedAt), initiatingParty: `Gemeente ${municipality.name}`,
      paymentInfoId: `BIJSTAND-${run.month.replace('-', '')}-${run.sequence}`, executionDate: run.executionDate,
      debtor: { name: account.name, iban: account.iban, bic: account.bic },
      transactions: transfers.map((t) => ({
        endToEndId: t.endToEndId, amountCents: Number(t.amountCents), creditorName: t.accountHolder, creditorIban: t.iban,
        remittance: `${kindLabels[t.kind]} ${monthLabel(t.month)} gemeente ${municipality.name} kenmerk ${t.endToEndId}`,
      })),
    });
    const residentIds = [...new Set(transfers.flatMap((t) => (t.partnerResidentId ? [t.residentId, t.partnerResidentId] : [t.residentId])))];
    for (let i = 0; i < residentIds.length; i += AUDIT_CHUNK) {
      await appendAuditEvent(tx, ctx, {
        action: 'payment_run.export', result: 'success', objectType: 'payment_run', objectId: runId, residentIds: residentIds.slice(i, i + AUDIT_CHUNK), purpose: PAYMENT_PURPOSE,
      });
    }
    return { xml, fileName: `sepa-bijstand-${run.month}-${run.sequence}.xml` };
  });
}
