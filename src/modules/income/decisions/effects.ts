import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { todayIso } from '../../../rules/dates.ts';
import { HttpProblem } from '../../../server/problem.ts';

// What a decision does once it is final (vastgesteld): a grant opens the benefit, a change sets its new situation
// (or, for one month's income report, marks that report processed), an end closes it; grant and refusal decide the
// application. Runs inside the transaction that makes the decision final.

interface FinalDecision {
  id: string; municipalityId: string; residentId: string; kind: string; applicationId: string | null; benefitId: string | null;
  incomeReportId: string | null; householdReportId: string | null; effectiveDate: string; periodMonth: string | null;
  situation: unknown; iban: string | null; accountHolder: string | null; endReason: string | null;
}

const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === '23505' || /unique|duplicate/i.test(String((e as Error).message));

export async function applyFinal(tx: Kysely<DB>, d: FinalDecision, userId: string) {
  const today = todayIso();
  if (d.kind === 'grant') {
    const application = await tx.selectFrom('benefitApplications').select(['partnerResidentId']).where('id', '=', d.applicationId!).executeTakeFirstOrThrow();
    let benefitId: string;
    try {
      benefitId = (await tx.insertInto('benefits').values({
        municipalityId: d.municipalityId, residentId: d.residentId, partnerResidentId: application.partnerResidentId, startDate: d.effectiveDate,
        iban: d.iban!, accountHolder: d.accountHolder!, situation: d.situation as never,
      }).returning('id').executeTakeFirstOrThrow()).id;
    } catch (e) {
      if (isUniqueViolation(e)) throw new HttpProblem(409, 'Ontvangt al bijstand', 'Deze inwoner heeft al een lopende uitkering; beëindig die eerst of maak een wijzigingsbesluit.');
      throw e;
    }
    await tx.updateTable('benefitDecisions').set({ benefitId }).where('id', '=', d.id).execute();
  }
  if (d.kind === 'grant' || d.kind === 'refuse') {
    const a = await tx.updateTable('benefitApplications').set((eb) => ({ status: 'decided', decidedOn: today, repairDeadline: null, repairMissing: null, version: eb('version', '+', 1), updatedAt: new Date() }))
      .where('id', '=', d.applicationId!).where('status', '!=', 'decided').returning('id').executeTakeFirst();
    if (!a) throw new HttpProblem(409, 'Al besloten', 'Op deze aanvraag is al besloten.');
    await tx.insertInto('benefitApplicationEvents').values({
      municipalityId: d.municipalityId, applicationId: d.applicationId!, status: 'decided', occurredOn: today, recordedBy: userId,
      note: d.kind === 'grant' ? 'Bijstand toegekend' : 'Aanvraag afgewezen',
    }).execute();
  }
  if (d.kind === 'change' && d.periodMonth === null) {
    await tx.updateTable('benefits').set((eb) => ({ situation: d.situation as never, version: eb('version', '+', 1) })).where('id', '=', d.benefitId!).execute();
  }
  if (d.kind === 'end') {
    await tx.updateTable('benefits').set((eb) => ({ status: 'ended', endDate: d.effectiveDate, endReason: d.endReason, version: eb('version', '+', 1) }))
      .where('id', '=', d.benefitId!).execute();
  }
  if (d.incomeReportId) {
    await tx.updateTable('benefitIncomeReports').set({ status: 'processed', processedAt: new Date() }).where('id', '=', d.incomeReportId).execute();
  }
  if (d.householdReportId) {
    await tx.updateTable('benefitHouseholdReports').set({ status: 'processed', processedAt: new Date() }).where('id', '=', d.householdReportId).execute();
  }
}
