import { sql, type ExpressionBuilder, type Insertable, type Kysely } from 'kysely';
import { requireTenant } from '../../../db/tenant.ts';
import type { BenefitPaymentsTable, DB } from '../../../db/types.ts';
import { lastDayOfMonth } from '../../../rules/payments/pay-date.ts';
import { noReleaseMonthsUsed, type IncomeReport, type ReleaseMonthsUsed, type ReservedMonth, type StandingSituation } from '../../../rules/payments/payment.ts';

// SQL of payment runs: settings, the benefits due in a month, batches, payments and the run row itself.

export const PAY_DAY_SETTING = 'benefit_pay_day';                        // 1–31: pay on the last working day on or before it
export const HOLIDAY_PAYOUT_SETTING = 'holiday_allowance_payout_month';  // 1–12: vakantietoeslag is paid with this month

/** The municipality's policy value valid on a day, with the row it came from. */
export async function settingOn(db: Kysely<DB>, municipalityId: string, name: string, on: string) {
  return db.selectFrom('policySettings').select(['id', 'value'])
    .where('municipalityId', '=', requireTenant(municipalityId)).where('name', '=', name).where('validFrom', '<=', on)
    .orderBy('validFrom', 'desc').limit(1).executeTakeFirst();
}

/** The account the municipality pays from on a day (SEPA debtor). */
export async function debtorAccountOn(db: Kysely<DB>, municipalityId: string, on: string) {
  return db.selectFrom('paymentDebtorAccounts').select(['id', 'name', 'iban', 'bic'])
    .where('municipalityId', '=', requireTenant(municipalityId)).where('validFrom', '<=', on)
    .orderBy('validFrom', 'desc').limit(1).executeTakeFirst();
}

/**
 * Benefits due for a month and not yet paid for it (decision 0019): started on or before the month's last day, not
 * ended before its first day — whatever the status, so an ended benefit is paid up to its end date — and no benefit
 * payment for the month in any run. The run and the reconciliation both count from this one definition.
 */
export function dueUnpaid(db: Kysely<DB>, municipalityId: string, month: string) {
  return db.selectFrom('benefits as b')
    .where('b.municipalityId', '=', requireTenant(municipalityId))
    .where('b.startDate', '<=', lastDayOfMonth(month))
    .where((eb) => eb.or([eb('b.endDate', 'is', null), eb('b.endDate', '>=', `${month}-01`)]))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('benefitPayments as p').select(sql`1`.as('one'))
      .whereRef('p.benefitId', '=', 'b.id').where('p.month', '=', month).where('p.kind', '=', 'benefit'))));
}

export async function countDueUnpaid(db: Kysely<DB>, municipalityId: string, month: string, createdBefore?: Date, runsOfMonth?: string[]) {
  let q = dueUnpaid(db, municipalityId, month);
  if (createdBefore) q = q.where('b.createdAt', '<=', createdBefore);
  if (runsOfMonth?.length) {
    q = q.where((eb) => eb.not(eb.exists(eb.selectFrom('paymentRunExceptions as x').select(sql`1`.as('one'))
      .whereRef('x.benefitId', '=', 'b.id').where('x.runId', 'in', runsOfMonth))));
  }
  const row = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The dated situation valid for a month (decision 0019): the newest row valid on the month's first day, or on the start
 * date in the month the benefit starts.
 */
export const situationFor = (month: string) => (eb: ExpressionBuilder<DB & { b: DB['benefits'] }, 'b'>) => eb.selectFrom('benefitSituations as s')
  .whereRef('s.benefitId', '=', 'b.id').where('s.validFrom', '<=', sql<string>`greatest(b.start_date, ${`${month}-01`}::date)`)
  .orderBy('s.validFrom', 'desc').orderBy('s.createdAt', 'desc').limit(1);

/** The next batch in id order after the cursor, each benefit with the situation valid for the month. */
export async function nextBatch(db: Kysely<DB>, municipalityId: string, month: string, cursor: string | null, limit: number) {
  let q = dueUnpaid(db, municipalityId, month)
    .select(['b.id', 'b.residentId', 'b.partnerResidentId', 'b.startDate', 'b.endDate', 'b.iban', 'b.accountHolder'])
    .select((eb) => [situationFor(month)(eb).select('s.situation').as('situation'), situationFor(month)(eb).select('s.id').as('situationId')]);
  if (cursor) q = q.where('b.id', '>', cursor);
  return q.orderBy('b.id').limit(limit).execute();
}
export type DueBenefit = Omit<Awaited<ReturnType<typeof nextBatch>>[number], 'situation'> & { situation: StandingSituation | null };

/**
 * Processed income reports (inkomstenopgaven) of the month for these benefits, and the gifts in processed reports of
 * earlier months of the same calendar year (for the yearly free amount).
 */
export async function incomeReportsFor(db: Kysely<DB>, municipalityId: string, benefitIds: string[], month: string) {
  const reports = new Map<string, IncomeReport>();
  const giftsEarlier = new Map<string, number>();
  if (benefitIds.length === 0) return { reports, giftsEarlier };
  const rows = await db.selectFrom('benefitIncomeReports')
    .select(['benefitId', 'month', 'earningsApplicantCents', 'earningsPartnerCents', 'otherIncomeCents', 'giftsCents'])
    .where('municipalityId', '=', requireTenant(municipalityId)).where('benefitId', 'in', benefitIds).where('status', '=', 'processed')
    .where('month', '>=', `${month.slice(0, 4)}-01`).where('month', '<=', month).execute();
  for (const r of rows) {
    if (r.month === month) {
      reports.set(r.benefitId, {
        applicantEarningsCents: r.earningsApplicantCents, partnerEarningsCents: r.earningsPartnerCents,
        otherIncomeCents: r.otherIncomeCents, giftsCents: r.giftsCents,
      });
    } else {
      giftsEarlier.set(r.benefitId, (giftsEarlier.get(r.benefitId) ?? 0) + r.giftsCents);
    }
  }
  return { reports, giftsEarlier };
}

/** Holiday allowance reserved by earlier benefit payments of these benefits, per month, from `from` up to before `before`. */
export async function reservedEarlier(db: Kysely<DB>, municipalityId: string, benefitIds: string[], from: string, before: string) {
  const out = new Map<string, ReservedMonth[]>();
  if (benefitIds.length === 0) return out;
  const rows = await db.selectFrom('benefitPayments').select(['benefitId', 'month', 'holidayReservedCents'])
    .where('municipalityId', '=', requireTenant(municipalityId)).where('benefitId', 'in', benefitIds).where('kind', '=', 'benefit')
    .where('month', '>=', from).where('month', '<', before).execute();
  for (const r of rows) {
    const list = out.get(r.benefitId) ?? [];
    list.push({ month: r.month, reservedCents: Number(r.holidayReservedCents) });
    out.set(r.benefitId, list);
  }
  return out;
}

/** Release months recorded by earlier runs (before `month`), per benefit. */
export async function releaseMonthsBefore(db: Kysely<DB>, municipalityId: string, benefitIds: string[], month: string) {
  const out = new Map<string, ReleaseMonthsUsed>();
  if (benefitIds.length === 0) return out;
  const rows = await db.selectFrom('benefitReleaseMonths').select(['benefitId', 'person', 'release', (eb) => eb.fn.countAll<number>().as('n')])
    .where('municipalityId', '=', requireTenant(municipalityId)).where('benefitId', 'in', benefitIds).where('month', '<', month)
    .groupBy(['benefitId', 'person', 'release']).execute();
  for (const r of rows) {
    const used = out.get(r.benefitId) ?? { ...noReleaseMonthsUsed };
    if (r.person === 'partner') used.partnerGeneral += Number(r.n);
    else if (r.release === 'general') used.applicantGeneral += Number(r.n);
    else used.applicantSingleParent += Number(r.n);
    out.set(r.benefitId, used);
  }
  return out;
}

/** Writes payments; one that exists already for its benefit, month and kind is skipped. Returns what was written. */
export async function insertPayments(db: Kysely<DB>, rows: Insertable<BenefitPaymentsTable>[]) {
  if (rows.length === 0) return [];
  return db.insertInto('benefitPayments').values(rows)
    .onConflict((oc) => oc.columns(['benefitId', 'month', 'kind']).doNothing())
    .returning(['benefitId', 'kind', 'amountCents']).execute();
}

export async function findRun(db: Kysely<DB>, municipalityId: string, id: string) {
  return db.selectFrom('paymentRuns as r')
    .leftJoin('users as s', 's.id', 'r.startedBy').leftJoin('users as a', 'a.id', 'r.approvedBy').leftJoin('users as c', 'c.id', 'r.reconciledBy')
    .selectAll('r').select(['s.displayName as startedByName', 'a.displayName as approvedByName', 'c.displayName as reconciledByName'])
    .where('r.municipalityId', '=', requireTenant(municipalityId)).where('r.id', '=', id).executeTakeFirst();
}
export type RunRow = NonNullable<Awaited<ReturnType<typeof findRun>>>;

export async function listRuns(db: Kysely<DB>, municipalityId: string, limit = 60) {
  return db.selectFrom('paymentRuns as r')
    .leftJoin('users as s', 's.id', 'r.startedBy').leftJoin('users as a', 'a.id', 'r.approvedBy').leftJoin('users as c', 'c.id', 'r.reconciledBy')
    .selectAll('r').select(['s.displayName as startedByName', 'a.displayName as approvedByName', 'c.displayName as reconciledByName'])
    .where('r.municipalityId', '=', requireTenant(municipalityId))
    .orderBy('r.month', 'desc').orderBy('r.sequence', 'desc').limit(limit).execute();
}

/** Benefits the run could not compute, with the applicant's name. */
export async function runExceptions(db: Kysely<DB>, municipalityId: string, runId: string) {
  return db.selectFrom('paymentRunExceptions as x').innerJoin('benefits as b', 'b.id', 'x.benefitId').innerJoin('residents as r', 'r.id', 'b.residentId')
    .select(['x.benefitId', 'x.reason', 'b.residentId', 'r.givenNames', 'r.surnamePrefix', 'r.surname'])
    .where('x.municipalityId', '=', requireTenant(municipalityId)).where('x.runId', '=', runId).orderBy('r.surname').execute();
}

/** Count and total recomputed from the payment rows of a run (aansluiting), and what goes into the SEPA file. */
export async function runTotals(db: Kysely<DB>, municipalityId: string, runId: string) {
  const row = await db.selectFrom('benefitPayments')
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      eb.fn.coalesce(eb.fn.sum<number>('amountCents'), sql<number>`0`).as('totalCents'),
      sql<number>`count(*) FILTER (WHERE amount_cents > 0)`.as('transfers'),
    ])
    .where('municipalityId', '=', requireTenant(municipalityId)).where('runId', '=', runId).executeTakeFirstOrThrow();
  return { count: Number(row.count), totalCents: Number(row.totalCents), transfers: Number(row.transfers) };
}

/** One page of a run's payments with the applicant's name. */
export async function runPayments(db: Kysely<DB>, municipalityId: string, runId: string, page: { limit: number; offset: number }) {
  const m = requireTenant(municipalityId);
  return db.selectFrom('benefitPayments as p').innerJoin('benefits as b', 'b.id', 'p.benefitId').innerJoin('residents as r', 'r.id', 'b.residentId')
    .select(['p.id', 'p.kind', 'p.month', 'p.amountCents', 'p.basis', 'p.tableId', 'b.residentId', 'b.partnerResidentId', 'r.givenNames', 'r.surnamePrefix', 'r.surname'])
    .where('p.municipalityId', '=', m).where('p.runId', '=', runId)
    .orderBy('r.surname').orderBy('p.id').limit(page.limit).offset(page.offset).execute();
}

/** The transfers of an approved run (amount above zero), in a stable order. */
export async function transfersOf(db: Kysely<DB>, municipalityId: string, runId: string) {
  return db.selectFrom('benefitPayments as p').innerJoin('benefits as b', 'b.id', 'p.benefitId')
    .select(['p.endToEndId', 'p.amountCents', 'p.accountHolder', 'p.iban', 'p.kind', 'p.month', 'b.residentId', 'b.partnerResidentId'])
    .where('p.municipalityId', '=', requireTenant(municipalityId)).where('p.runId', '=', runId).where('p.amountCents', '>', 0)
    .orderBy('p.endToEndId').execute();
}

/** Payslips: the payments of benefits where the resident is the applicant or the partner; optionally only approved runs. */
export async function payslipsOf(db: Kysely<DB>, municipalityId: string, residentId: string, approvedOnly: boolean) {
  const m = requireTenant(municipalityId);
  let q = db.selectFrom('benefitPayments as p').innerJoin('benefits as b', 'b.id', 'p.benefitId').innerJoin('paymentRuns as r', 'r.id', 'p.runId')
    .select(['p.id', 'p.month', 'p.kind', 'p.amountCents', 'p.basis', 'p.tableId', 'r.status as runStatus', 'r.executionDate', 'r.plannedPayDate'])
    .where('p.municipalityId', '=', m).where('b.municipalityId', '=', m)
    .where((eb) => eb.or([eb('b.residentId', '=', residentId), eb('b.partnerResidentId', '=', residentId)]));
  if (approvedOnly) q = q.where('r.status', '=', 'approved');
  return q.orderBy('p.month', 'desc').orderBy('p.kind').limit(120).execute();
}

export async function findPayment(db: Kysely<DB>, municipalityId: string, id: string) {
  const m = requireTenant(municipalityId);
  return db.selectFrom('benefitPayments as p').innerJoin('benefits as b', 'b.id', 'p.benefitId').innerJoin('paymentRuns as r', 'r.id', 'p.runId')
    .innerJoin('benefitRuleTables as t', 't.id', 'p.tableId').innerJoin('residents as res', 'res.id', 'b.residentId')
    .selectAll('p')
    .select(['b.residentId', 'b.partnerResidentId', 'r.status as runStatus', 'r.executionDate', 'r.plannedPayDate', 'r.sequence as runSequence',
      't.validFrom as tableValidFrom', 't.source as tableSource', 'res.givenNames', 'res.surnamePrefix', 'res.surname'])
    .where('p.municipalityId', '=', m).where('p.id', '=', id).executeTakeFirst();
}
