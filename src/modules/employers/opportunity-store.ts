import { sql, type Kysely } from 'kysely';
import { requireTenant } from '../../db/tenant.ts';
import type { DB } from '../../db/types.ts';
import { opportunityAccess } from '../../rules/opportunity-access.ts';
import { occupationByCode, skillByCode } from '../residents/dossier/occupations.ts';
import { opportunityKindLabels, opportunityStatusLabels, sectorLabels, type Sector } from './labels.ts';

export interface OpportunityFilter {
  id?: string; kind?: string; status?: string; employerId?: string;
  /** also the opportunities other municipalities of the viewer's region share */
  includeRegion?: boolean;
  page: number; pageSize: number;
}

/**
 * Opportunities a municipality may read: its own, and with includeRegion those that other municipalities of
 * the same region share. Each carries `own`: whether the viewer may change it. Soonest start first.
 */
export async function listOpportunities(db: Kysely<DB>, municipalityId: string, f: OpportunityFilter) {
  const m = requireTenant(municipalityId);
  const viewer = await db.selectFrom('municipalities').select(['id as municipalityId', 'regionId']).where('id', '=', m).executeTakeFirstOrThrow();
  let q = db.selectFrom('opportunities as o')
    .innerJoin('employers as e', (j) => j.onRef('e.id', '=', 'o.employerId').onRef('e.municipalityId', '=', 'o.municipalityId'))
    .innerJoin('municipalities as om', 'om.id', 'o.municipalityId')
    .where((eb) => {
      const own = eb('o.municipalityId', '=', m);
      if (!f.includeRegion || viewer.regionId === null) return own;
      return eb.or([own, eb.and([eb('o.sharedWithRegion', '=', true), eb('om.regionId', '=', viewer.regionId)])]);
    });
  if (f.id) q = q.where('o.id', '=', f.id);
  if (f.kind) q = q.where('o.kind', '=', f.kind as never);
  if (f.status) q = q.where('o.status', '=', f.status as never);
  if (f.employerId) q = q.where('o.employerId', '=', f.employerId);
  const [rows, total] = await Promise.all([
    q.leftJoin('postcodeCoordinates as pc', (j) => j.on(sql<boolean>`pc.area = substr(o.postcode, 1, 4)`))
      .selectAll('o')
      .select(['e.name as employerName', 'e.city as employerCity', 'e.sector as employerSector', 'om.name as municipalityName', 'om.regionId', 'pc.place'])
      .orderBy('o.startDate').orderBy('o.title').orderBy('o.id').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const taken = await placesTakenOf(db, rows.map((o) => o.id));
  const items = rows.map((o) => ({
    id: o.id, version: o.version, kind: o.kind, kindLabel: opportunityKindLabels[o.kind], title: o.title, description: o.description,
    occupation: { code: o.occupationCode, label: occupationByCode.get(o.occupationCode) ?? o.occupationCode },
    requiredSkills: o.requiredSkills.map((code) => ({ code, label: skillByCode.get(code) ?? code })),
    hoursPerWeek: o.hoursPerWeek, postcode: o.postcode, place: o.place, languageLevel: o.languageLevel, drivingLicence: o.drivingLicence,
    minLadderStep: o.minLadderStep, startDate: o.startDate, places: o.places, sharedWithRegion: o.sharedWithRegion,
    placesOpen: Math.max(0, Number(o.places) - (taken.get(o.id) ?? 0)),
    status: o.status, statusLabel: opportunityStatusLabels[o.status],
    employer: {
      id: o.employerId, name: o.employerName, city: o.employerCity,
      sector: o.employerSector as Sector, sectorLabel: sectorLabels[o.employerSector as Sector] ?? o.employerSector,
    },
    municipality: { id: o.municipalityId, name: o.municipalityName },
    access: opportunityAccess(viewer, o),
  }));
  return { items, page: f.page, pageSize: f.pageSize, total: Number(total.n) };
}
export type OpportunityView = Awaited<ReturnType<typeof listOpportunities>>['items'][number];

/**
 * One opportunity as the viewer may see it: their own, or one another municipality of the region shares.
 * Undefined for anything else, so another municipality's record answers 404.
 */
export async function findOpportunity(db: Kysely<DB>, municipalityId: string, id: string): Promise<OpportunityView | undefined> {
  const [found] = (await listOpportunities(db, municipalityId, { id, includeRegion: true, page: 1, pageSize: 1 })).items;
  return found?.access === 'none' ? undefined : found;
}

/** The API shape: `own` says whether the viewer may change it (a shared one of another municipality is read-only). */
export const presentOpportunity = ({ access, ...o }: OpportunityView) => ({ ...o, own: access === 'own' });

/**
 * Active placements per opportunity, in one grouped query on the partial index of 0019 — the same count that marks an
 * opportunity filled (markFilledWhenFull in src/modules/employers/placements/service.ts). Counts only, no residents.
 */
export async function placesTakenOf(db: Kysely<DB>, opportunityIds: readonly string[]): Promise<Map<string, number>> {
  if (opportunityIds.length === 0) return new Map();
  const rows = await db.selectFrom('placements').select((eb) => ['opportunityId', eb.fn.countAll<string>().as('n')])
    .where('opportunityId', 'in', [...opportunityIds]).where('status', '=', 'active').groupBy('opportunityId').execute();
  return new Map(rows.map((r) => [r.opportunityId!, Number(r.n)]));
}
