import type { Kysely } from 'kysely';
import type { ApplicationStatus, DB } from '../../../db/types.ts';
import { requireTenant } from '../../../db/tenant.ts';
import type { HouseholdFacts } from '../../../rules/income/situation.ts';
import type { Caller } from '../../residents/guard.ts';
import { visibleTo } from '../scope.ts';

// SQL of applications: rows with the applicant's name and team, their status history, and the dossier facts a new
// application is prefilled from.

export interface ApplicationFilter { id?: string; residentId?: string; statuses?: ApplicationStatus[] }

function base(db: Kysely<DB>, municipalityId: string) {
  return db.selectFrom('benefitApplications as a').innerJoin('residents as r', 'r.id', 'a.residentId')
    .selectAll('a').select(['r.givenNames', 'r.surnamePrefix', 'r.surname', 'r.teamId as residentTeamId'])
    .where('a.municipalityId', '=', requireTenant(municipalityId));
}

/** One application of the municipality, whoever may see it (the caller's scope is checked by the service). */
export async function findApplication(db: Kysely<DB>, municipalityId: string, id: string) {
  return base(db, municipalityId).where('a.id', '=', id).executeTakeFirst();
}
export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findApplication>>>;

/** The applications the caller may see, oldest receipt first (at most 500: a list of work in progress). */
export async function listApplications(c: Caller, f: ApplicationFilter): Promise<ApplicationRow[]> {
  let q = base(c.db, c.actor.municipalityId).where(visibleTo(c));
  if (f.residentId) q = q.where('a.residentId', '=', f.residentId);
  if (f.statuses) q = q.where('a.status', 'in', f.statuses);
  return q.orderBy('a.receivedOn').orderBy('a.id').limit(500).execute();
}

export async function eventsOf(db: Kysely<DB>, municipalityId: string, applicationIds: string[]) {
  if (!applicationIds.length) return [];
  return db.selectFrom('benefitApplicationEvents').selectAll().where('municipalityId', '=', requireTenant(municipalityId))
    .where('applicationId', 'in', applicationIds).orderBy('recordedAt').orderBy('id').execute();
}
export type EventRow = Awaited<ReturnType<typeof eventsOf>>[number];

/** The dossier facts of a resident's household: partner (a resident too), children and housemates. */
export async function householdFacts(db: Kysely<DB>, municipalityId: string, residentId: string) {
  const m = requireTenant(municipalityId);
  const resident = await db.selectFrom('residents').select(['id', 'birthDate', 'householdId', 'givenNames', 'surnamePrefix', 'surname'])
    .where('municipalityId', '=', m).where('id', '=', residentId).executeTakeFirst();
  if (!resident) return null;
  const [partner, members] = resident.householdId
    ? await Promise.all([
      db.selectFrom('residents').select(['id', 'birthDate', 'givenNames', 'surnamePrefix', 'surname'])
        .where('municipalityId', '=', m).where('householdId', '=', resident.householdId).where('id', '!=', resident.id).orderBy('id').executeTakeFirst(),
      db.selectFrom('householdMembers').select(['kind', 'givenNames', 'birthDate', 'costSharer'])
        .where('municipalityId', '=', m).where('householdId', '=', resident.householdId).orderBy('birthDate').execute(),
    ])
    : [undefined, []];
  const facts: HouseholdFacts = { applicant: { birthDate: resident.birthDate }, partner: partner ? { birthDate: partner.birthDate } : null, members };
  return { resident, partner: partner ?? null, members, facts };
}

/** An open benefit of the resident (as applicant or partner), if any. */
export async function openBenefitOf(db: Kysely<DB>, municipalityId: string, residentId: string) {
  return db.selectFrom('benefits').select(['id', 'startDate', 'status']).where('municipalityId', '=', requireTenant(municipalityId))
    .where((eb) => eb.or([eb('residentId', '=', residentId), eb('partnerResidentId', '=', residentId)]))
    .where('status', '!=', 'ended').executeTakeFirst();
}
