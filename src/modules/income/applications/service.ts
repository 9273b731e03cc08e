import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../db/types.ts';
import { todayIso } from '../../../rules/dates.ts';
import { checkRepairPeriod, documentCodes, statusChange } from '../../../rules/income/application-status.ts';
import { situationFromHousehold } from '../../../rules/income/situation.ts';
import { isValidIban, normaliseIban } from '../../../rules/iban.ts';
import { staleVersion } from '../../../server/etag.ts';
import { badRequest, HttpProblem, notFound } from '../../../server/problem.ts';
import type { Caller } from '../../residents/guard.ts';
import { audited, ensureInScope, refuse } from '../scope.ts';
import type { applicationNew, applicationPatch, statusNew } from './schema.ts';
import { findApplication, householdFacts, openBenefitOf, type ApplicationRow } from './store.ts';

const ibanProblem = () => badRequest('Dit IBAN klopt niet: controleer het rekeningnummer (bijvoorbeeld NL91 ABNA 0417 1643 00).');

/** One application the caller may act on: another municipality's (or, for a resident, another person's) answers 404. */
export async function applicationInScope(c: Caller, id: string, action: string): Promise<ApplicationRow> {
  const a = await findApplication(c.db, c.actor.municipalityId, id);
  if (!a) return refuse(c, { action, objectType: 'benefit_application', objectId: id }, notFound('Deze aanvraag bestaat niet of u heeft er geen toegang toe.'));
  await ensureInScope(c, a, { action, objectType: 'benefit_application', objectId: id });
  return a;
}

/**
 * Starts an application: a resident for themselves (received today), an income consultant for a resident of the
 * municipality. The household situation is prefilled from the dossier unless given. One open application per
 * resident, and none while the resident already receives bijstand.
 */
export async function createApplication(c: Caller, input: z.infer<typeof applicationNew>): Promise<string> {
  const today = todayIso();
  const self = c.scope === 'self';
  const residentId = self ? c.actor.residentId : input.residentId;
  if (!residentId) throw badRequest(self ? 'Uw account hoort niet bij een inwoner.' : 'Kies de inwoner voor wie u de aanvraag invoert (residentId).');
  if (self && input.residentId && input.residentId !== residentId) {
    return refuse(c, { action: 'benefit_application.create', objectType: 'resident', objectId: input.residentId }, notFound());
  }
  if (self && input.receivedOn) throw badRequest('U vraagt bijstand aan voor uzelf; de datum van ontvangst is de dag van indienen.');
  const receivedOn = input.receivedOn ?? today;
  if (receivedOn > today) throw badRequest('De datum van ontvangst kan niet in de toekomst liggen.');
  if (!isValidIban(input.iban)) throw ibanProblem();
  const household = await householdFacts(c.db, c.actor.municipalityId, residentId);
  if (!household) return refuse(c, { action: 'benefit_application.create', objectType: 'resident', objectId: residentId }, notFound());
  const open = await openBenefitOf(c.db, c.actor.municipalityId, residentId);
  if (open) {
    throw new HttpProblem(409, 'Ontvangt al bijstand', `${self ? 'U ontvangt' : 'Deze inwoner ontvangt'} al bijstand sinds ${open.startDate}. Geef een wijziging door in plaats van een nieuwe aanvraag.`);
  }
  return audited(c, async (tx) => {
    const existing = await tx.selectFrom('benefitApplications').select('id').where('residentId', '=', residentId).where('status', '!=', 'decided').executeTakeFirst();
    if (existing) throw new HttpProblem(409, 'Aanvraag loopt al', `${self ? 'U heeft' : 'Deze inwoner heeft'} al een aanvraag in behandeling. Vul die aan in plaats van een nieuwe te starten.`);
    const row = await tx.insertInto('benefitApplications').values({
      municipalityId: c.actor.municipalityId, residentId, partnerResidentId: household.partner?.id ?? null,
      channel: self ? 'portal' : 'consultant', submittedBy: c.actor.userId, receivedOn, requestedStartDate: input.requestedStartDate,
      situation: input.situation ?? situationFromHousehold(household.facts), iban: normaliseIban(input.iban), accountHolder: input.accountHolder,
      advanceRequested: input.advanceRequested, documents: JSON.stringify(documentCodes.map((code) => ({ code, received: false }))),
    }).returning('id').executeTakeFirstOrThrow();
    await tx.insertInto('benefitApplicationEvents').values({
      municipalityId: c.actor.municipalityId, applicationId: row.id, status: 'received', occurredOn: receivedOn, recordedBy: c.actor.userId,
      note: self ? 'Ingediend via Mijn Meedoen' : 'Ingevoerd door een consulent inkomen',
    }).execute();
    return row.id;
  }, (id) => ({ action: 'benefit_application.create', objectType: 'benefit_application', objectId: id, residentIds: [residentId] }));
}

/** Updates the version in the same statement as the change, so a concurrent change answers 412. */
async function bump(tx: Kysely<DB>, a: ApplicationRow, expected: number, set: Record<string, unknown>) {
  const done = await tx.updateTable('benefitApplications').set({ ...(set as object), version: a.version + 1, updatedAt: new Date() })
    .where('id', '=', a.id).where('municipalityId', '=', a.municipalityId).where('version', '=', expected).returning('id').executeTakeFirst();
  if (!done) throw staleVersion();
}

export async function patchApplication(c: Caller, a: ApplicationRow, expected: number, input: z.infer<typeof applicationPatch>) {
  if (a.version !== expected) throw staleVersion();
  if (a.status === 'decided') throw new HttpProblem(409, 'Al besloten', 'Op deze aanvraag is al besloten; wijzigingen gaan via een nieuw besluit.');
  if (input.iban !== undefined && !isValidIban(input.iban)) throw ibanProblem();
  const paidOn = input.advancePaidOn === undefined ? a.advancePaidOn : input.advancePaidOn;
  const cents = input.advanceCents === undefined ? a.advanceCents : input.advanceCents;
  if ((paidOn === null) !== (cents === null)) throw badRequest('Geef bij een verstrekt voorschot zowel de datum als het bedrag.');
  if (paidOn !== null && (paidOn > todayIso() || paidOn < a.receivedOn)) throw badRequest('Het voorschot is verstrekt tussen de ontvangst van de aanvraag en vandaag.');
  const set: Record<string, unknown> = {};
  if (input.documents) {
    const given = new Map(input.documents.map((d) => [d.code, d.received]));
    set.documents = JSON.stringify(documentCodes.map((code) => ({ code, received: given.get(code) ?? a.documents.find((d) => d.code === code)?.received ?? false })));
  }
  if (input.requestedStartDate) set.requestedStartDate = input.requestedStartDate;
  if (input.iban !== undefined) set.iban = normaliseIban(input.iban);
  if (input.accountHolder !== undefined) set.accountHolder = input.accountHolder;
  if (input.advanceRequested !== undefined) set.advanceRequested = input.advanceRequested;
  if (input.advancePaidOn !== undefined) set.advancePaidOn = input.advancePaidOn;
  if (input.advanceCents !== undefined) set.advanceCents = input.advanceCents;
  if (input.situation) set.situation = input.situation;
  await audited(c, (tx) => bump(tx, a, expected, set),
    () => ({ action: 'benefit_application.update', objectType: 'benefit_application', objectId: a.id, residentIds: [a.residentId] }));
}

/** In behandeling nemen or a hersteltermijn (with deadline and what is missing); recorded in the status history. */
export async function changeStatus(c: Caller, a: ApplicationRow, expected: number, input: z.infer<typeof statusNew>) {
  if (a.version !== expected) throw staleVersion();
  const verdict = statusChange(a.status, input.status);
  if (!verdict.ok) throw new HttpProblem(409, 'Kan niet in deze status', verdict.reason);
  const today = todayIso();
  const repair = input.status === 'repair_period';
  if (repair) {
    const problem = checkRepairPeriod({ deadline: input.repairDeadline, missing: input.missing }, today);
    if (problem) throw badRequest(problem);
  }
  await audited(c, async (tx) => {
    await bump(tx, a, expected, { status: input.status, repairDeadline: repair ? input.repairDeadline : null, repairMissing: repair ? input.missing : null });
    await tx.insertInto('benefitApplicationEvents').values({
      municipalityId: a.municipalityId, applicationId: a.id, status: input.status, occurredOn: today, recordedBy: c.actor.userId, note: input.note,
      repairDeadline: repair ? input.repairDeadline : null, repairMissing: repair ? input.missing : null,
    }).execute();
  }, () => ({ action: `benefit_application.${input.status}`, objectType: 'benefit_application', objectId: a.id, residentIds: [a.residentId] }));
}
