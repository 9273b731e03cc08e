import { sql, type Kysely } from 'kysely';
import { requireTenant } from '../../db/tenant.ts';
import type { DB } from '../../db/types.ts';
import { sectorLabels, type Sector } from './labels.ts';

export interface EmployerFilter { q?: string; sector?: string; kvkNumber?: string; id?: string; page: number; pageSize: number }

/** Employers of one municipality, by name, with the number of open opportunities; one page and the total. */
export async function listEmployers(db: Kysely<DB>, municipalityId: string, f: EmployerFilter) {
  const m = requireTenant(municipalityId);
  let q = db.selectFrom('employers as e').where('e.municipalityId', '=', m);
  if (f.id) q = q.where('e.id', '=', f.id);
  if (f.sector) q = q.where('e.sector', '=', f.sector);
  if (f.kvkNumber) q = q.where('e.kvkNumber', '=', f.kvkNumber);
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const digits = /^\d+$/.test(f.q) ? f.q : null;  // a number is (the start of) a KvK number
    q = q.where((eb) => eb.or([eb('e.name', 'ilike', like), ...(digits ? [eb('e.kvkNumber', 'like', `${digits}%`)] : [])]));
  }
  const [rows, total] = await Promise.all([
    q.selectAll('e')
      .select((eb) => eb.selectFrom('opportunities as o').select(sql<number>`count(*)::int`.as('n'))
        .whereRef('o.employerId', '=', 'e.id').where('o.municipalityId', '=', m).where('o.status', '=', 'open').as('openOpportunities'))
      .orderBy('e.name').orderBy('e.id').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((e) => ({
      id: e.id, version: e.version, name: e.name, kvkNumber: e.kvkNumber, sector: e.sector as Sector, sectorLabel: sectorLabels[e.sector as Sector] ?? e.sector,
      street: e.street, houseNumber: e.houseNumber, postcode: e.postcode, city: e.city, description: e.description,
      socialReturnHoursPerYear: e.socialReturnHoursPerYear, agreements: e.agreements, openOpportunities: Number(e.openOpportunities ?? 0),
    })),
    page: f.page, pageSize: f.pageSize, total: Number(total.n),
  };
}
export type EmployerView = Awaited<ReturnType<typeof listEmployers>>['items'][number];

/** One employer of the municipality, or undefined (another municipality's employer does not exist for the caller). */
export async function findEmployer(db: Kysely<DB>, municipalityId: string, id: string): Promise<EmployerView | undefined> {
  return (await listEmployers(db, municipalityId, { id, page: 1, pageSize: 1 })).items[0];
}

export async function listContacts(db: Kysely<DB>, municipalityId: string, employerId: string) {
  return db.selectFrom('employerContacts').select(['id', 'name', 'role', 'phone', 'email'])
    .where('municipalityId', '=', requireTenant(municipalityId)).where('employerId', '=', employerId)
    .orderBy('name').orderBy('id').execute();
}
