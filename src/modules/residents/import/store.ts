import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { requireTenant } from '../../../db/tenant.ts';
import type { ExistingResident } from './rules.ts';

// SQL of the resident import: what the checks need to know about the municipality, and batch inserts.

/** Imports of one municipality run one after another: the second sees what the first created. */
export async function lockImports(tx: Kysely<DB>, municipalityId: string) {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`meedoen:resident-import:${requireTenant(municipalityId)}`}))`.execute(tx);
}

export async function findMunicipality(db: Kysely<DB>, municipalityId: string) {
  return db.selectFrom('municipalities').select(['id', 'code', 'name']).where('id', '=', requireTenant(municipalityId)).executeTakeFirst();
}

export async function findMunicipalityByCode(db: Kysely<DB>, code: string) {
  return db.selectFrom('municipalities').select(['id', 'code', 'name']).where('code', '=', code).executeTakeFirst();
}

export async function listMunicipalityCodes(db: Kysely<DB>) {
  return (await db.selectFrom('municipalities').select('code').orderBy('code').execute()).map((m) => m.code);
}

export async function loadPostcodeAreas(db: Kysely<DB>, municipalityId: string): Promise<string[]> {
  const rows = await db.selectFrom('postcodeAreas').select('area').where('municipalityId', '=', requireTenant(municipalityId)).execute();
  return rows.map((r) => r.area);
}

/** Active work consultants: who may be a resident's fixed contact person. */
export async function loadConsultants(db: Kysely<DB>, municipalityId: string) {
  return db.selectFrom('users').select(['id', 'username', 'teamId'])
    .where('municipalityId', '=', requireTenant(municipalityId)).where('role', '=', 'work_consultant').where('active', '=', true)
    .execute();
}

/** Residents of the municipality with one of these BSNs, or with one of these birth dates (namesakes). */
export async function loadExistingResidents(db: Kysely<DB>, municipalityId: string, bsns: string[], birthDates: string[]): Promise<ExistingResident[]> {
  if (bsns.length === 0 && birthDates.length === 0) return [];
  return db.selectFrom('residents')
    .select(['id', 'bsn', 'givenNames', 'surnamePrefix', 'surname', 'birthDate', 'householdId', 'householdRole'])
    .where('municipalityId', '=', requireTenant(municipalityId))
    .where((eb) => eb.or([
      eb('bsn', '=', sql<string>`ANY(${bsns}::bpchar[])`),
      eb('birthDate', '=', sql<string>`ANY(${birthDates}::date[])`),
    ]))
    .execute();
}

export async function loadHouseholdMembers(db: Kysely<DB>, municipalityId: string, householdIds: string[]) {
  if (householdIds.length === 0) return [];
  const rows = await db.selectFrom('residents').select(['householdId', 'id', 'householdRole'])
    .where('municipalityId', '=', requireTenant(municipalityId))
    .where('householdId', '=', sql<string>`ANY(${householdIds}::uuid[])`)
    .execute();
  return rows.map((r) => ({ householdId: r.householdId!, residentId: r.id, role: r.householdRole }));
}

/** Multi-row inserts, sized to stay far below PostgreSQL's 65,535 parameters per statement. */
export async function insertBatched<T extends keyof DB>(db: Kysely<DB>, table: T, rows: Insertable<DB[T]>[]) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length;
  const size = Math.max(1, Math.floor(30_000 / columns));
  for (let i = 0; i < rows.length; i += size) {
    await db.insertInto(table).values(rows.slice(i, i + size) as never).execute();
  }
}
