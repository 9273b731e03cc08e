import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { todayIso } from '../../../rules/dates.ts';
import { HttpProblem } from '../../../server/problem.ts';

// What a decision does once it is final (vastgesteld): a grant opens the benefit, a change adds a dated situation from
// its effective date (or, for one month's income report, marks that report processed), an end closes it (it is still
// paid up to its end date); grant and refusal decide the application. Runs inside the transaction that makes the
// decision final.

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
    // The insert trigger wrote the benefit's first dated situation (migration 0020); it comes from this decision.
    await tx.updateTable('benefitSituations').set({ decisionId: d.id }).where('benefitId', '=', benefitId).execute();
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
    // A dated situation from the effective date (decision 0019): payment runs use it from the first month it is valid
    // on the 1st; a month already paid is corrected by the next run. benefits.situation keeps the newest one.
    await tx.insertInto('benefitSituations').values({
      benefitId: d.benefitId!, municipalityId: d.municipalityId, validFrom: d.effectiveDate, situation: d.situation as never, decisionId: d.id,
    }).execute();
    const newest = await tx.selectFrom('benefitSituations').select('situation').where('benefitId', '=', d.benefitId!)
      .orderBy('validFrom', 'desc').orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    await tx.updateTable('benefits').set((eb) => ({ situation: newest.situation, version: eb('version', '+', 1) })).where('id', '=', d.benefitId!).execute();
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
