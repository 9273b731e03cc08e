import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/types.ts';
import { hashPassword } from '../../src/modules/access/passwords.ts';

// Fixtures for the income tests: fresh residents without benefit or application, and resident accounts for them.

let counter = 0;

/** A new resident of the municipality in the caseload of the given work consultant, in their own household. */
export async function newResident(db: Kysely<DB>, contactPerson: string, birthDate = '1990-04-12') {
  const cp = await db.selectFrom('users').select(['id', 'teamId', 'municipalityId']).where('username', '=', contactPerson).executeTakeFirstOrThrow();
  const household = await db.insertInto('households').values({ municipalityId: cp.municipalityId }).returning('id').executeTakeFirstOrThrow();
  counter += 1;
  const bsn = `97${String(process.pid % 1000).padStart(3, '0')}${String(counter).padStart(4, '0')}`;
  return db.insertInto('residents').values({
    municipalityId: cp.municipalityId, bsn, givenNames: 'Test', surname: `Aanvrager${counter}`, birthDate, street: 'Proefstraat', houseNumber: counter,
    postcode: '7491AA', city: 'Voorbeeld', householdId: household.id, householdRole: 'primary', contactPersonId: cp.id, teamId: cp.teamId,
  }).returning(['id', 'householdId', 'birthDate', 'teamId', 'municipalityId']).executeTakeFirstOrThrow();
}

/** A resident account (role resident) for a resident, with the demo password. */
export async function residentAccount(db: Kysely<DB>, residentId: string, username: string) {
  const r = await db.selectFrom('residents').select('municipalityId').where('id', '=', residentId).executeTakeFirstOrThrow();
  const org = await db.selectFrom('organisations').select('id').where('municipalityId', '=', r.municipalityId).where('kind', '=', 'municipality').executeTakeFirstOrThrow();
  await db.insertInto('users').values({
    municipalityId: r.municipalityId, organisationId: org.id, teamId: null, username, displayName: 'Inwoner (test)', role: 'resident',
    passwordHash: await hashPassword('meedoen-demo'), isDemo: true, residentId,
  }).execute();
}
