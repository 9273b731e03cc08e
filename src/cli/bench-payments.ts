import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/connection.ts';
import type { DB } from '../db/types.ts';
import { loadBenefitTables } from '../modules/income/calculations/store.ts';
import { processRun } from '../modules/income/payments/runner.ts';
import { startRun } from '../modules/income/payments/service.ts';
import { countDueUnpaid } from '../modules/income/payments/store.ts';
import { tableValidOn } from '../rules/benefit/tables.ts';
import { todayIso } from '../rules/dates.ts';
import { lastDayOfMonth } from '../rules/payments/pay-date.ts';
import { addMonths } from '../rules/payments/payment.ts';
import type { BenchLine, Measurement } from './bench.ts';
import { round, summarise } from './stats.ts';

// The payment-run line of `meedoen bench` (issue 6): a monthly run over every active benefit in the database, next to
// the floor of writing the same rows with one bare INSERT … SELECT. The run's rows are removed afterwards, so the bench
// can be repeated; its audit rows stay (the log is append-only). See docs/performance.md.

const BATCH_SIZE = 1000;

/**
 * Setup for a generated population (`meedoen bench --benefits N`): gives primary recipients with target group
 * bijstand an active benefit until there are N, with the household situation taken from the population (partner,
 * children, cost-sharing housemates) and a DEMO IBAN with correct check digits. Returns how many were added.
 */
export async function ensureBenefits(db: Kysely<DB>, target: number, log: (line: string) => void): Promise<number> {
  const have = Number((await db.selectFrom('benefits').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'active').executeTakeFirstOrThrow()).n);
  if (have >= target) return 0;
  log(`Uitkeringen aanmaken: ${have} aanwezig, ${target - have} erbij uit de bijstandshuishoudens…`);
  const result = await sql`
    INSERT INTO benefits (municipality_id, resident_id, partner_resident_id, start_date, iban, account_holder, situation)
    SELECT r.municipality_id, r.id, p.id, g.start_date,
      'NL' || lpad((98 - mod(('13142224' || lpad(n::text, 10, '0') || '232100')::numeric, 97))::text, 2, '0') || 'DEMO' || lpad(n::text, 10, '0'),
      left(r.given_names, 1) || '. ' || concat_ws(' ', r.surname_prefix, r.surname),
      jsonb_build_object(
        'applicant', jsonb_build_object('birthDate', r.birth_date, 'earningsCents', CASE WHEN n % 12 = 0 THEN 50000 ELSE 0 END,
          'generalReleaseMonthsUsed', n % 9, 'singleParentReleaseMonthsUsed', 0),
        'partner', CASE WHEN p.id IS NULL THEN NULL ELSE jsonb_build_object('birthDate', p.birth_date, 'earningsCents', 0, 'generalReleaseMonthsUsed', 0) END,
        'children', COALESCE((SELECT jsonb_agg(jsonb_build_object('birthDate', m.birth_date)) FROM household_members m
          WHERE m.household_id = r.household_id AND m.kind = 'child'), '[]'::jsonb),
        'costSharers', COALESCE((SELECT jsonb_agg(jsonb_build_object('birthDate', m.birth_date)) FROM household_members m
          WHERE m.household_id = r.household_id AND m.kind = 'housemate' AND m.cost_sharer), '[]'::jsonb),
        'intensiveInformalCare', false, 'otherIncomeCents', 0, 'giftsCents', 0, 'giftsEarlierThisYearCents', 0)
    FROM (
      SELECT r.*, row_number() OVER (ORDER BY r.id) + 9000000000 AS n FROM residents r
      WHERE r.household_role = 'primary'
        AND EXISTS (SELECT 1 FROM resident_target_groups g WHERE g.resident_id = r.id AND g.code = 'bijstand' AND g.end_date IS NULL)
        AND NOT EXISTS (SELECT 1 FROM benefits b WHERE b.resident_id = r.id AND b.status <> 'ended')
      ORDER BY r.id LIMIT ${target - have}
    ) r
    JOIN LATERAL (SELECT min(g.start_date) AS start_date FROM resident_target_groups g WHERE g.resident_id = r.id AND g.code = 'bijstand' AND g.end_date IS NULL) g ON true
    LEFT JOIN residents p ON p.household_id = r.household_id AND p.household_role = 'partner'`.execute(db);
  await sql`ANALYZE benefits`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

class Rollback extends Error {}

function measurement(kind: Measurement['kind'], description: string, latenciesMs: number[], rows: number, seconds: number): Measurement {
  const s = summarise(latenciesMs);
  return {
    kind, description, count: rows, errors: 0, seconds: round(seconds),
    p50: round(s.p50), p95: round(s.p95), p99: round(s.p99), mean: round(s.mean), max: round(s.max), reqPerSec: round(rows / seconds),
  };
}

/** This month, or else the next, if no run has touched it: the bench never mixes with real runs. */
async function freeMonth(db: Kysely<DB>): Promise<string | null> {
  for (const month of [todayIso().slice(0, 7), addMonths(todayIso().slice(0, 7), 1)]) {
    const taken = await db.selectFrom('paymentRuns').select('id').where('month', '=', month).limit(1).executeTakeFirst();
    if (!taken) return month;
  }
  return null;
}

export async function paymentRunLine(database: Database, log: (line: string) => void): Promise<BenchLine | null> {
  const db = database.db;
  const month = await freeMonth(db);
  if (!month) { log('paymentRun overgeslagen: deze en volgende maand hebben al betaalruns.'); return null; }
  const municipalities = await db.selectFrom('municipalities').select(['id', 'name']).orderBy('name').execute();
  const due = (await Promise.all(municipalities.map(async (m) => ({ ...m, due: await countDueUnpaid(db, m.id, month) })))).filter((m) => m.due > 0);
  const total = due.reduce((s, m) => s + m.due, 0);
  if (total === 0) { log('paymentRun overgeslagen: geen actieve uitkeringen (maak ze aan met --benefits N).'); return null; }
  const table = tableValidOn(await loadBenefitTables(db), `${month}-01`)!;

  // Floor: the same number of benefit payments written with one INSERT … SELECT (same table, constraints and indexes,
  // the lines of a real calculation), then rolled back.
  log(`Meten: paymentRun vloer, ${total} betalingen met één INSERT … SELECT…`);
  let floorMs = 0;
  let floorRows = 0;
  await db.transaction().execute(async (tx) => {
    const run = await tx.insertInto('paymentRuns').values({
      municipalityId: due[0].id, month, plannedPayDate: lastDayOfMonth(month), holidayPayoutMonth: 5, batchSize: BATCH_SIZE, totalBenefits: total, startedVia: 'meedoen bench (vloer)',
    }).returning('id').executeTakeFirstOrThrow();
    const lines = JSON.stringify([{ code: 'norm', label: 'Norm alleenstaande (ouder), 21 jaar tot AOW-leeftijd', article: 'art. 21 onderdeel a Participatiewet', amountCents: 140150 },
      { code: 'holiday_allowance_reserved', label: 'Vakantietoeslag gereserveerd (5%), wordt eens per jaar uitbetaald', article: 'art. 19 Participatiewet (de normen zijn inclusief vakantietoeslag)', amountCents: -7008 }]);
    const t0 = performance.now();
    const r = await sql`
      INSERT INTO benefit_payments (municipality_id, run_id, benefit_id, month, kind, amount_cents, holiday_reserved_cents, basis, table_id, lines, iban, account_holder, end_to_end_id)
      SELECT b.municipality_id, ${run.id}, b.id, ${month}, 'benefit', 133142, 7008, 'standing', ${table.id}, ${lines}::jsonb, b.iban, b.account_holder, 'F' || b.id
      FROM benefits b WHERE b.status = 'active' AND b.start_date <= ${lastDayOfMonth(month)} AND (b.end_date IS NULL OR b.end_date >= ${`${month}-01`})`.execute(tx);
    floorMs = performance.now() - t0;
    floorRows = Number(r.numAffectedRows ?? 0);
    throw new Rollback();
  }).catch((error) => { if (!(error instanceof Rollback)) throw error; });

  log(`Meten: paymentRun, ${total} uitkeringen in ${due.length} ${due.length === 1 ? 'gemeente' : 'gemeenten'}, batches van ${BATCH_SIZE}…`);
  const owner = `meedoen bench ${randomUUID().slice(0, 8)}`;
  const ctx = (municipalityId: string) => ({ municipalityId, actorUserId: null, actorRole: 'cli', organisationId: null, requestId: `bench-${randomUUID()}`, origin: 'meedoen bench' });
  const batchMs: number[] = [];
  const runIds: string[] = [];
  let payments = 0;
  const started = performance.now();
  for (const m of due) {
    const { run } = await startRun(db, ctx(m.id), { municipalityId: m.id, month, startedBy: null, startedVia: 'meedoen bench', batchSize: BATCH_SIZE, leaseOwner: owner });
    runIds.push(run.id);
    let last = performance.now();
    await processRun(db, run.id, {
      owner, onProgress: () => { const now = performance.now(); batchMs.push(now - last); last = now; },
    });
    payments += Number((await db.selectFrom('paymentRuns').select('paymentCount').where('id', '=', run.id).executeTakeFirstOrThrow()).paymentCount);
  }
  const seconds = (performance.now() - started) / 1000;

  log('Opruimen: de betalingen van de bench-runs verwijderen…');
  await db.deleteFrom('benefitPayments').where('runId', 'in', runIds).execute();
  await db.deleteFrom('benefitReleaseMonths').where('runId', 'in', runIds).execute();
  await db.deleteFrom('benefitRetroDifferences').where('runId', 'in', runIds).execute();
  await db.deleteFrom('paymentRunExceptions').where('runId', 'in', runIds).execute();
  await db.deleteFrom('paymentRuns').where('id', 'in', runIds).execute();

  const app = measurement('service', `betaalrun ${month} zonder HTTP, zoals de worker hem draait: per batch van ${BATCH_SIZE} berekenen, betalingen, ` +
    `uitzonderingen, auditregel en voortgang in één transactie (latenties per batch; req/s = betalingen/s)`, batchMs, payments, seconds);
  // The floor per batch of the same size, so the ratio reads "one batch costs N× the bare write of its rows".
  const floorPerBatch = floorRows > 0 ? (floorMs * BATCH_SIZE) / floorRows : floorMs;
  const floor = measurement('insertSelect', `dezelfde ${floorRows} betalingen met één INSERT … SELECT uit benefits, zonder berekening en audit ` +
    `(${String(round(floorMs / 1000)).replace('.', ',')} s in totaal; latenties omgerekend naar een batch van ${BATCH_SIZE})`, [floorPerBatch], floorRows, floorMs / 1000);
  return {
    name: 'paymentRun', description: `Betaalrun over ${total} actieve uitkeringen in ${due.length} ${due.length === 1 ? 'gemeente' : 'gemeenten'}`,
    request: `meedoen payments run --month ${month}`, app, floors: { insertSelect: floor },
    ratioP95: { insertSelect: round(app.p95 / floorPerBatch) },
  };
}
