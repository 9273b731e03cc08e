import { sql, type Insertable, type Kysely } from 'kysely';
import { inTransaction } from '../../../db/transact.ts';
import type { BenefitPaymentsTable, DB } from '../../../db/types.ts';
import { CalculationRefused } from '../../../rules/benefit/norm.ts';
import { tableValidOn, type BenefitRuleTable } from '../../../rules/benefit/tables.ts';
import { holidayWindow, monthLabel, paymentsForMonth, paysHolidayAllowance, type ReleaseUsed } from '../../../rules/payments/payment.ts';
import { endToEndId } from '../../../rules/payments/sepa.ts';
import { appendAuditEvent, type AuditContext } from '../../access/audit/store.ts';
import { loadBenefitTables } from '../calculations/store.ts';
import { retroDifferences } from './retro.ts';
import { incomeReportsFor, insertPayments, nextBatch, releaseMonthsBefore, reservedEarlier, type DueBenefit } from './store.ts';

// The payment run as a durable job. The run row is the job: a worker takes its lease, then computes batches of
// benefits in id order, each batch in its own transaction together with its payments, its exceptions, its audit row
// and the run's cursor and counters — so after a crash the run continues exactly after the last committed batch, and
// the unique (benefit, month, kind) makes a repeated batch write nothing twice. A batch whose run update finds the
// lease taken by someone else rolls back.

export const PAYMENT_PURPOSE = 'Uitbetaling van bijstand';

export interface RunnerOptions {
  /** Who holds the lease: the server process or the command line, as it appears in the audit rows' origin. */
  owner: string;
  leaseSeconds?: number;
  onProgress?: (p: { processed: number; total: number; payments: number; totalCents: number }) => void;
  /** Asked between batches: true stops cleanly, the lease is given back and another worker continues later. */
  shouldStop?: () => boolean;
}

export type RunOutcome = 'computed' | 'stopped' | 'not_claimed';

class LeaseLost extends Error {}

/** Takes the lease when the run is still running and nobody else holds a live lease. */
async function claim(db: Kysely<DB>, runId: string, owner: string, leaseSeconds: number) {
  return db.updateTable('paymentRuns')
    .set({ leaseOwner: owner, leaseUntil: sql<Date>`now() + make_interval(secs => ${leaseSeconds})`, attempts: sql<number>`attempts + 1` })
    .where('id', '=', runId).where('status', '=', 'running')
    .where((eb) => eb.or([eb('leaseOwner', 'is', null), eb('leaseOwner', '=', owner), eb('leaseUntil', '<', sql<Date>`now()`)]))
    .returningAll().executeTakeFirst();
}

const release = (db: Kysely<DB>, runId: string, owner: string, lastError: string | null) => db.updateTable('paymentRuns')
  .set({ leaseOwner: null, leaseUntil: null, ...(lastError !== null ? { lastError } : {}) })
  .where('id', '=', runId).where('leaseOwner', '=', owner).execute();

/** Computes a run to the end (or until asked to stop). Throws when a batch fails; that batch is rolled back. */
export async function processRun(db: Kysely<DB>, runId: string, o: RunnerOptions): Promise<RunOutcome> {
  const leaseSeconds = o.leaseSeconds ?? 30;
  const transact = <T>(work: (tx: Kysely<DB>) => Promise<T>) => inTransaction(db, work);
  const run = await claim(db, runId, o.owner, leaseSeconds);
  if (!run) return 'not_claimed';
  const tables = await loadBenefitTables(db);
  const table = tableValidOn(tables, `${run.month}-01`);
  if (!table) {
    await release(db, runId, o.owner, `Geen normtabel voor ${run.month}`);
    throw new Error(`Geen normtabel voor ${run.month}.`);
  }
  const ctx: AuditContext = {
    municipalityId: run.municipalityId, actorUserId: null, actorRole: 'betaalrun', organisationId: null,
    requestId: `betaalrun-${run.id}`, origin: o.owner,
  };
  let cursor = run.cursorBenefitId;
  try {
    for (;;) {
      if (o.shouldStop?.()) {
        await release(db, runId, o.owner, null);
        return 'stopped';
      }
      const progress = await transact(async (tx) => {
        const batch = await nextBatch(tx, run.municipalityId, run.month, cursor, run.batchSize) as DueBenefit[];
        if (batch.length === 0) {
          const done = await tx.updateTable('paymentRuns')
            .set({ status: 'computed', computedAt: sql<Date>`now()`, leaseOwner: null, leaseUntil: null, lastError: null, version: sql<number>`version + 1` })
            .where('id', '=', runId).where('leaseOwner', '=', o.owner).returningAll().executeTakeFirst();
          if (!done) throw new LeaseLost();
          return null;
        }
        const written = await computeBatch(tx, run, table, tables, batch, ctx);
        const updated = await tx.updateTable('paymentRuns').set({
          cursorBenefitId: batch[batch.length - 1].id,
          processedBenefits: sql<number>`processed_benefits + ${batch.length}`,
          paymentCount: sql<number>`payment_count + ${written.count}`,
          paymentTotalCents: sql<number>`payment_total_cents + ${written.totalCents}`,
          exceptionCount: sql<number>`exception_count + ${written.exceptions}`,
          leaseUntil: sql<Date>`now() + make_interval(secs => ${leaseSeconds})`,
        }).where('id', '=', runId).where('leaseOwner', '=', o.owner).returningAll().executeTakeFirst();
        if (!updated) throw new LeaseLost();
        return updated;
      });
      if (!progress) return 'computed';
      cursor = progress.cursorBenefitId;
      // Let waiting requests in between batches: with embedded PGlite every query completes without leaving the event loop.
      await new Promise((resolve) => setImmediate(resolve));
      o.onProgress?.({ processed: progress.processedBenefits, total: progress.totalBenefits, payments: progress.paymentCount, totalCents: Number(progress.paymentTotalCents) });
    }
  } catch (error) {
    if (error instanceof LeaseLost) return 'not_claimed';
    await release(db, runId, o.owner, (error as Error).message.slice(0, 500)).catch(() => undefined);
    throw error;
  }
}

type RunForBatch = { id: string; municipalityId: string; month: string; holidayPayoutMonth: number };

/** Computes and writes one batch: payments, exceptions and the audit row naming every resident in it. */
async function computeBatch(tx: Kysely<DB>, run: RunForBatch, table: BenefitRuleTable, tables: BenefitRuleTable[], batch: DueBenefit[], ctx: AuditContext) {
  const ids = batch.map((b) => b.id);
  const { reports, giftsEarlier } = await incomeReportsFor(tx, run.municipalityId, ids, run.month);
  const payout = batch.filter((b) => paysHolidayAllowance(run.month, run.holidayPayoutMonth, b.endDate)).map((b) => b.id);
  const window = holidayWindow(run.month, run.holidayPayoutMonth);
  const reserved = await reservedEarlier(tx, run.municipalityId, payout, window.from, run.month);
  const releaseMonths = await releaseMonthsBefore(tx, run.municipalityId, ids, run.month);
  const rows: Insertable<BenefitPaymentsTable>[] = [];
  const releases = new Map<string, ReleaseUsed[]>();
  const exceptions: { runId: string; benefitId: string; municipalityId: string; reason: string }[] = [];
  for (const b of batch) {
    try {
      if (!b.situation) throw new CalculationRefused(`Voor ${monthLabel(run.month)} is geen situatie van deze uitkering vastgelegd. Bereken deze maand handmatig.`);
      const computed = paymentsForMonth({
        table, month: run.month, payoutMonth: run.holidayPayoutMonth,
        benefit: { id: b.id, startDate: b.startDate, endDate: b.endDate, situation: b.situation },
        report: reports.get(b.id) ?? null, giftsEarlierFromReports: reports.has(b.id) ? (giftsEarlier.get(b.id) ?? 0) : null,
        reservedEarlier: reserved.get(b.id) ?? [], releaseMonthsUsed: releaseMonths.get(b.id),
      });
      releases.set(b.id, computed[0].releases);
      for (const p of computed) {
        rows.push({
          municipalityId: run.municipalityId, runId: run.id, benefitId: b.id, month: run.month, kind: p.kind,
          amountCents: p.amountCents, holidayReservedCents: p.holidayReservedCents, basis: p.basis, tableId: p.tableId,
          lines: JSON.stringify(p.lines), iban: b.iban, accountHolder: b.accountHolder, endToEndId: endToEndId(b.id, run.month, p.kind),
        });
      }
    } catch (error) {
      if (!(error instanceof CalculationRefused)) throw error;
      exceptions.push({ runId: run.id, benefitId: b.id, municipalityId: run.municipalityId, reason: error.message });
    }
  }
  // Months paid earlier whose situation changed since (decision 0019): corrections and recovery signals.
  const retro = await retroDifferences(tx, run, table.id, batch.filter((b) => releases.has(b.id)), tables);
  rows.push(...retro.payments);
  const written = await insertPayments(tx, rows);
  if (retro.differences.length) await tx.insertInto('benefitRetroDifferences').values(retro.differences).onConflict((oc) => oc.doNothing()).execute();
  // The months whose calculation granted an earnings release, for benefit payments actually written now.
  const used = written.filter((w) => w.kind === 'benefit').flatMap((w) => (releases.get(w.benefitId) ?? []).map((r) => ({
    benefitId: w.benefitId, municipalityId: run.municipalityId, month: run.month, person: r.person, release: r.release, runId: run.id,
  })));
  if (used.length) await tx.insertInto('benefitReleaseMonths').values(used).onConflict((oc) => oc.doNothing()).execute();
  if (exceptions.length) await tx.insertInto('paymentRunExceptions').values(exceptions).onConflict((oc) => oc.doNothing()).execute();
  const residentIds = batch.flatMap((b) => (b.partnerResidentId ? [b.residentId, b.partnerResidentId] : [b.residentId]));
  await appendAuditEvent(tx, ctx, {
    action: 'payment_run.batch', result: 'success', objectType: 'payment_run', objectId: run.id, residentIds, purpose: PAYMENT_PURPOSE,
  });
  return { count: written.length, totalCents: written.reduce((sum, w) => sum + Number(w.amountCents), 0), exceptions: exceptions.length };
}
