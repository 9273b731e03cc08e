import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { requireTenant } from '../../db/tenant.ts';
import type { DB } from '../../db/types.ts';
import { mayChangeOpportunity } from '../../rules/opportunity-access.ts';
import { badRequest, HttpProblem, notFound } from '../../server/problem.ts';
import { appendAuditEvent, type AuditContext } from '../access/audit/store.ts';
import type { Actor } from '../access/roles.ts';
import { updateVersioned } from '../provisions/versioned.ts';
import { formatPostcode } from '../residents/import/rules.ts';
import { findEmployer, listContacts } from './employer-store.ts';
import { findOpportunity } from './opportunity-store.ts';
import type { contactNew, employerChange, employerNew, opportunityChange, opportunityNew } from './schema.ts';

export const EMPLOYER_PURPOSE = 'Dienstverlening aan werkgevers';

export interface EmployerCaller { db: Kysely<DB>; actor: Actor; ctx: AuditContext }

export const employerGone = () => notFound('Deze werkgever bestaat niet in uw gemeente.');
export const opportunityGone = () => notFound('Deze kans bestaat niet of u heeft er geen toegang toe.');

/** A change and its audit row in one transaction; the work returns the id of the record it touched. */
async function audited(c: EmployerCaller, action: string, objectType: string, work: (tx: Kysely<DB>, m: string) => Promise<string>) {
  const m = requireTenant(c.actor.municipalityId);
  return c.db.transaction().execute(async (tx) => {
    const id = await work(tx, m);
    await appendAuditEvent(tx, c.ctx, { action, result: 'success', objectType, objectId: id, purpose: EMPLOYER_PURPOSE });
    return id;
  });
}

/** Contact persons are personal data: a refused attempt on them is recorded too (in its own transaction). */
async function refuseContacts(c: EmployerCaller, action: string, employerId: string): Promise<never> {
  await c.db.transaction().execute((tx) => appendAuditEvent(tx, c.ctx, {
    action, result: 'denied', objectType: 'employer_contact', objectId: employerId, purpose: EMPLOYER_PURPOSE,
  }));
  throw employerGone();
}

async function requireUniqueKvk(tx: Kysely<DB>, m: string, kvkNumber: string | null | undefined, exceptId?: string) {
  if (!kvkNumber) return;
  let q = tx.selectFrom('employers').select('name').where('municipalityId', '=', m).where('kvkNumber', '=', kvkNumber);
  if (exceptId) q = q.where('id', '!=', exceptId);
  const clash = await q.executeTakeFirst();
  if (clash) throw new HttpProblem(409, 'Bestaat al', `Er is al een werkgever met KvK-nummer ${kvkNumber}: ${clash.name}.`);
}

/** The work place must lie in a postcode area Meedoen knows the location of, or no travel distance can be computed. */
async function requireKnownArea(tx: Kysely<DB>, postcode: string | undefined) {
  if (!postcode) return;
  const area = postcode.slice(0, 4);
  const known = await tx.selectFrom('postcodeCoordinates').select('area').where('area', '=', area).executeTakeFirst();
  if (!known) {
    throw badRequest(`De postcode ${formatPostcode(postcode)} ligt in een gebied (${area}) waarvan Meedoen de ligging niet kent, zodat geen reisafstand te berekenen is. Kies een postcode in de regio.`);
  }
}

export function createEmployer(c: EmployerCaller, input: z.infer<typeof employerNew>) {
  return audited(c, 'employer.create', 'employer', async (tx, m) => {
    await requireUniqueKvk(tx, m, input.kvkNumber);
    return (await tx.insertInto('employers').values({ ...input, municipalityId: m }).returning('id').executeTakeFirstOrThrow()).id;
  });
}

export function changeEmployer(c: EmployerCaller, id: string, version: number, input: z.infer<typeof employerChange>) {
  return audited(c, 'employer.update', 'employer', async (tx, m) => {
    if (!(await findEmployer(tx, m, id))) throw employerGone();
    await requireUniqueKvk(tx, m, input.kvkNumber, id);
    await updateVersioned(tx, 'employers', m, id, version, input);
    return id;
  });
}

export async function contactsOf(c: EmployerCaller, employerId: string) {
  const m = requireTenant(c.actor.municipalityId);
  if (!(await findEmployer(c.db, m, employerId))) return refuseContacts(c, 'employer_contact.list', employerId);
  return c.db.transaction().execute(async (tx) => {
    const contacts = await listContacts(tx, m, employerId);
    await appendAuditEvent(tx, c.ctx, { action: 'employer_contact.list', result: 'success', objectType: 'employer_contact', objectId: employerId, purpose: EMPLOYER_PURPOSE });
    return contacts;
  });
}

export async function addContact(c: EmployerCaller, employerId: string, input: z.infer<typeof contactNew>) {
  if (!(await findEmployer(c.db, c.actor.municipalityId, employerId))) return refuseContacts(c, 'employer_contact.create', employerId);
  return audited(c, 'employer_contact.create', 'employer_contact', async (tx, m) =>
    (await tx.insertInto('employerContacts').values({ ...input, employerId, municipalityId: m }).returning('id').executeTakeFirstOrThrow()).id);
}

export async function removeContact(c: EmployerCaller, employerId: string, contactId: string) {
  if (!(await findEmployer(c.db, c.actor.municipalityId, employerId))) return refuseContacts(c, 'employer_contact.delete', employerId);
  await audited(c, 'employer_contact.delete', 'employer_contact', async (tx, m) => {
    const gone = await tx.deleteFrom('employerContacts').where('id', '=', contactId).where('employerId', '=', employerId)
      .where('municipalityId', '=', m).executeTakeFirst();
    if (Number(gone.numDeletedRows) !== 1) throw notFound('Deze contactpersoon hoort niet bij deze werkgever.');
    return contactId;
  });
}

export function createOpportunity(c: EmployerCaller, employerId: string, input: z.infer<typeof opportunityNew>) {
  return audited(c, 'opportunity.create', 'opportunity', async (tx, m) => {
    if (!(await findEmployer(tx, m, employerId))) throw employerGone();
    await requireKnownArea(tx, input.postcode);
    return (await tx.insertInto('opportunities').values({ ...input, employerId, municipalityId: m }).returning('id').executeTakeFirstOrThrow()).id;
  });
}

/** Only the owning municipality changes an opportunity; a shared one of another municipality answers 404 like any foreign record. */
export function changeOpportunity(c: EmployerCaller, id: string, version: number, input: z.infer<typeof opportunityChange>) {
  return audited(c, 'opportunity.update', 'opportunity', async (tx, m) => {
    const found = await findOpportunity(tx, m, id);
    if (!found || !mayChangeOpportunity(found.access)) throw opportunityGone();
    await requireKnownArea(tx, input.postcode);
    await updateVersioned(tx, 'opportunities', m, id, version, input);
    return id;
  });
}
