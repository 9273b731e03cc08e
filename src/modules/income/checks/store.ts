import { sql, type Kysely } from 'kysely';
import { requireTenant } from '../../../db/tenant.ts';
import type { BenefitSituation, DB } from '../../../db/types.ts';
import { lastDayOfMonth } from '../../../rules/payments/pay-date.ts';

export const SAMPLE_SETTING = 'benefit_check_sample_bp';  // share of the month's payments and decisions drawn, in basis points

export interface Subject { key: string; type: 'payment' | 'decision'; id: string; residentId: string; benefitId: string | null }

/**
 * The population of a month: the benefit payments of its approved runs and the decisions made final in it. Only ids
 * are selected; the draw gets nothing but the keys.
 */
export async function populationOf(db: Kysely<DB>, municipalityId: string, month: string): Promise<Subject[]> {
  const m = requireTenant(municipalityId);
  const payments = await db.selectFrom('benefitPayments as p').innerJoin('paymentRuns as r', 'r.id', 'p.runId').innerJoin('benefits as b', 'b.id', 'p.benefitId')
    .select(['p.id', 'p.benefitId', 'b.residentId'])
    .where('p.municipalityId', '=', m).where('p.month', '=', month).where('p.kind', '=', 'benefit').where('r.status', '=', 'approved').execute();
  const decisions = await db.selectFrom('benefitDecisions').select(['id', 'benefitId', 'residentId'])
    .where('municipalityId', '=', m).where('status', '=', 'final')
    .where('decidedOn', '>=', `${month}-01`).where('decidedOn', '<=', lastDayOfMonth(month)).execute();
  return [
    ...payments.map((p) => ({ key: `payment:${p.id}`, type: 'payment' as const, id: p.id, residentId: p.residentId, benefitId: p.benefitId })),
    ...decisions.map((d) => ({ key: `decision:${d.id}`, type: 'decision' as const, id: d.id, residentId: d.residentId, benefitId: d.benefitId })),
  ];
}

/** Income reports of the month (not superseded) with the benefit's standing situation, for the income signal. */
export async function incomeReportsOfMonth(db: Kysely<DB>, municipalityId: string, month: string) {
  const m = requireTenant(municipalityId);
  return db.selectFrom('benefitIncomeReports as i').innerJoin('benefits as b', 'b.id', 'i.benefitId')
    .select(['i.benefitId', 'i.earningsApplicantCents', 'i.earningsPartnerCents', 'i.otherIncomeCents', 'i.giftsCents', 'b.situation'])
    .where('i.municipalityId', '=', m).where('b.municipalityId', '=', m).where('i.month', '=', month).where('i.status', '<>', 'superseded')
    .execute() as Promise<{ benefitId: string; earningsApplicantCents: number; earningsPartnerCents: number; otherIncomeCents: number; giftsCents: number; situation: BenefitSituation }[]>;
}

export async function findDraw(db: Kysely<DB>, municipalityId: string, id: string) {
  return db.selectFrom('checkDraws as d').leftJoin('users as u', 'u.id', 'd.drawnBy').selectAll('d').select('u.displayName as drawnByName')
    .where('d.municipalityId', '=', requireTenant(municipalityId)).where('d.id', '=', id).executeTakeFirst();
}
export type DrawRow = NonNullable<Awaited<ReturnType<typeof findDraw>>>;

export async function listDraws(db: Kysely<DB>, municipalityId: string) {
  const m = requireTenant(municipalityId);
  return db.selectFrom('checkDraws as d').leftJoin('users as u', 'u.id', 'd.drawnBy').selectAll('d').select('u.displayName as drawnByName')
    .select((eb) => eb.selectFrom('checkCases as c').select(sql<number>`count(*)`.as('n')).whereRef('c.drawId', '=', 'd.id').where('c.status', '=', 'open').as('openCases'))
    .where('d.municipalityId', '=', m).orderBy('d.month', 'desc').limit(36).execute();
}

export async function casesOf(db: Kysely<DB>, municipalityId: string, w: { drawId?: string; id?: string }) {
  const m = requireTenant(municipalityId);
  let q = db.selectFrom('checkCases as c').innerJoin('residents as r', 'r.id', 'c.residentId').leftJoin('users as u', 'u.id', 'c.reviewedBy')
    .leftJoin('benefitPayments as p', (j) => j.onRef('p.id', '=', 'c.subjectId').on('c.subjectType', '=', 'payment'))
    .selectAll('c').select(['r.givenNames', 'r.surnamePrefix', 'r.surname', 'u.displayName as reviewedByName', 'p.amountCents as paymentCents'])
    .where('c.municipalityId', '=', m);
  if (w.drawId) q = q.where('c.drawId', '=', w.drawId);
  if (w.id) q = q.where('c.id', '=', w.id);
  return q.orderBy(sql`c.draw_position IS NULL`).orderBy('c.drawPosition').orderBy('r.surname').execute();
}
export type CaseRow = Awaited<ReturnType<typeof casesOf>>[number];
