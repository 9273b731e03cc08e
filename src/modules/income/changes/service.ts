import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../db/types.ts';
import { requireTenant } from '../../../db/tenant.ts';
import { todayIso } from '../../../rules/dates.ts';
import { CalculationRefused } from '../../../rules/benefit/norm.ts';
import { compareMonths, monthOf, monthsFrom, type MonthComparison } from '../../../rules/income/recalculation.ts';
import { withHousemate, withReportedIncome, type Situation } from '../../../rules/income/situation.ts';
import { addDays } from '../../../rules/income/terms.ts';
import { badRequest, HttpProblem, notFound } from '../../../server/problem.ts';
import type { Caller } from '../../residents/guard.ts';
import { loadBenefitTables } from '../calculations/store.ts';
import { benefitInScope } from '../decisions/benefit-scope.ts';
import type { BenefitRow } from '../decisions/store.ts';
import { audited, refuse } from '../scope.ts';
import type { householdReportNew, incomeReportNew } from './schema.ts';
import { findHouseholdReport, findIncomeReport, giftsEarlierInYear } from './store.ts';

/** The benefit a change is reported for: a resident's own open benefit, or the one a consultant names. */
async function reportedBenefit(c: Caller, benefitId: string | undefined, action: string): Promise<BenefitRow> {
  if (c.scope !== 'self') {
    if (!benefitId) throw badRequest('Kies de uitkering waarvoor u de wijziging doorgeeft (benefitId).');
    return benefitInScope(c, benefitId, action);
  }
  const own = await c.db.selectFrom('benefits').select('id').where('municipalityId', '=', requireTenant(c.actor.municipalityId))
    .where('residentId', '=', c.actor.residentId ?? '00000000-0000-0000-0000-000000000000').where('status', '!=', 'ended').executeTakeFirst();
  if (!own || (benefitId && benefitId !== own.id)) return refuse(c, { action, objectType: 'benefit', objectId: benefitId }, notFound('U heeft geen lopende bijstand waarvoor u iets kunt doorgeven.'));
  return benefitInScope(c, own.id, action);
}

/**
 * Inkomstenopgave for one month. A second opgave for a month that is not yet processed replaces the first; a processed
 * month is closed (a correction goes through the consultant).
 */
export async function reportIncome(c: Caller, input: z.infer<typeof incomeReportNew>): Promise<{ id: string; residentId: string }> {
  const b = await reportedBenefit(c, input.benefitId, 'benefit_income_report.create');
  const today = todayIso();
  if (input.month > monthOf(today)) throw badRequest('U kunt inkomsten doorgeven over deze of een eerdere maand, niet over een maand die nog moet komen.');
  if (input.month < monthOf(b.startDate)) throw badRequest(`De bijstand loopt pas vanaf ${b.startDate}.`);
  if (input.earningsPartnerCents > 0 && b.situation.partner === null) throw badRequest('Er is geen partner bij deze uitkering; geef inkomsten van een ander door als ander inkomen.');
  return audited(c, async (tx) => {
    const earlier = await tx.selectFrom('benefitIncomeReports').select(['id', 'status']).where('benefitId', '=', b.id).where('month', '=', input.month)
      .where('status', '!=', 'superseded').forUpdate().executeTakeFirst();
    if (earlier?.status === 'processed') {
      throw new HttpProblem(409, 'Maand al verwerkt', `Uw inkomsten over ${input.month} zijn al verwerkt. Neem contact op met uw consulent inkomen om een correctie door te geven.`);
    }
    if (earlier) await tx.updateTable('benefitIncomeReports').set({ status: 'superseded' }).where('id', '=', earlier.id).execute();
    const row = await tx.insertInto('benefitIncomeReports').values({
      municipalityId: b.municipalityId, benefitId: b.id, month: input.month, earningsApplicantCents: input.earningsApplicantCents,
      earningsPartnerCents: input.earningsPartnerCents, otherIncomeCents: input.otherIncomeCents, giftsCents: input.giftsCents, note: input.note, reportedBy: c.actor.userId,
    }).returning('id').executeTakeFirstOrThrow();
    return { id: row.id, residentId: b.residentId };
  }, (r) => ({ action: 'benefit_income_report.create', objectType: 'benefit_income_report', objectId: r.id, residentIds: [r.residentId] }));
}

/** A new housemate from a date (up to three months ahead, not before the benefit started). */
export async function reportHousemate(c: Caller, input: z.infer<typeof householdReportNew>): Promise<{ id: string; residentId: string }> {
  const b = await reportedBenefit(c, input.benefitId, 'benefit_household_report.create');
  const today = todayIso();
  if (input.effectiveDate < b.startDate) throw badRequest(`De bijstand loopt pas vanaf ${b.startDate}.`);
  if (input.effectiveDate > addDays(today, 92)) throw badRequest('Geef een nieuwe huisgenoot door vanaf de datum van verhuizen, hooguit drie maanden vooruit.');
  if (input.birthDate > today) throw badRequest('De geboortedatum kan niet in de toekomst liggen.');
  return audited(c, async (tx) => {
    const row = await tx.insertInto('benefitHouseholdReports').values({
      municipalityId: b.municipalityId, benefitId: b.id, effectiveDate: input.effectiveDate, givenNames: input.givenNames, birthDate: input.birthDate,
      sharesCosts: input.sharesCosts, note: input.note, reportedBy: c.actor.userId,
    }).returning('id').executeTakeFirstOrThrow();
    return { id: row.id, residentId: b.residentId };
  }, (r) => ({ action: 'benefit_household_report.create', objectType: 'benefit_household_report', objectId: r.id, residentIds: [r.residentId] }));
}

export interface ReportedSituation { situation: Situation; effectiveDate: string; periodMonth: string | null }

/** The situation a change decision takes from a report that still waits for processing. */
export async function situationFromReport(db: Kysely<DB>, b: BenefitRow, ref: { income: string } | { household: string }): Promise<ReportedSituation> {
  if ('income' in ref) {
    const r = await findIncomeReport(db, b.municipalityId, ref.income);
    if (!r || r.benefitId !== b.id) throw badRequest('Deze inkomstenopgave hoort niet bij deze uitkering.');
    if (r.status !== 'received') throw new HttpProblem(409, 'Al verwerkt', 'Deze inkomstenopgave is al verwerkt of vervangen.');
    const gifts = await giftsEarlierInYear(db, b.municipalityId, b.id, r.month);
    return { situation: withReportedIncome(b.situation, r, gifts), effectiveDate: `${r.month}-01`, periodMonth: r.month };
  }
  const r = await findHouseholdReport(db, b.municipalityId, ref.household);
  if (!r || r.benefitId !== b.id) throw badRequest('Deze melding hoort niet bij deze uitkering.');
  if (r.status !== 'received') throw new HttpProblem(409, 'Al verwerkt', 'Deze melding is al verwerkt.');
  return { situation: withHousemate(b.situation, r), effectiveDate: r.effectiveDate, periodMonth: null };
}

/** Herberekening: the reported situation next to the standing one, for each month from the change up to this month. */
export async function recalculate(db: Kysely<DB>, standing: Situation, reported: ReportedSituation): Promise<{ rows: MonthComparison[] | null; problem: string | null }> {
  const months = reported.periodMonth ? [reported.periodMonth] : monthsFrom(monthOf(reported.effectiveDate), monthOf(todayIso()));
  try {
    return { rows: compareMonths(await loadBenefitTables(db), standing, reported.situation, months), problem: null };
  } catch (error) {
    if (error instanceof CalculationRefused) return { rows: null, problem: error.message };
    throw error;
  }
}
