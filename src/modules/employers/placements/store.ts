import type { Kysely } from 'kysely';
import { requireTenant } from '../../../db/tenant.ts';
import type { DB, PlacementKind } from '../../../db/types.ts';
import { placementEndReasonLabels, placementKindLabels, placementStatusLabels } from '../../../rules/placements.ts';
import { todayIso } from '../../../rules/dates.ts';
import { subsidyReviewReasons } from '../../../rules/wage-subsidy-review.ts';
import { subsidyBasisLabels, type WageSubsidyCalculation, type WageSubsidyTables } from '../../../rules/wage-subsidy.ts';
import { fullName } from '../../residents/present.ts';

export interface PlacementWhere {
  id?: string;
  residentId?: string;
  /** scope team: residents whose contact person is in this team */
  teamId?: string;
  status?: 'active' | 'ended';
  kind?: PlacementKind;
  employerId?: string;
}

/** Placements of one municipality (the residents' municipality) with what the views need. */
export async function loadPlacements(db: Kysely<DB>, municipalityId: string, w: PlacementWhere, page = { limit: 200, offset: 0 }) {
  const m = requireTenant(municipalityId);
  let q = db.selectFrom('placements as p')
    .innerJoin('residents as r', 'r.id', 'p.residentId')
    .innerJoin('employers as e', 'e.id', 'p.employerId')
    .innerJoin('municipalities as em', 'em.id', 'e.municipalityId')
    .leftJoin('opportunities as o', 'o.id', 'p.opportunityId')
    .leftJoin('users as cb', 'cb.id', 'p.createdBy')
    .leftJoin('outflowEvents as x', 'x.placementId', 'p.id')
    .where('p.municipalityId', '=', m).where('r.municipalityId', '=', m);
  if (w.id) q = q.where('p.id', '=', w.id);
  if (w.residentId) q = q.where('p.residentId', '=', w.residentId);
  if (w.teamId) q = q.where('r.teamId', '=', w.teamId);
  if (w.status) q = q.where('p.status', '=', w.status);
  if (w.kind) q = q.where('p.kind', '=', w.kind);
  if (w.employerId) q = q.where('p.employerId', '=', w.employerId);
  const [rows, total] = await Promise.all([
    q.selectAll('p')
      .select(['r.givenNames', 'r.surnamePrefix', 'r.surname', 'r.birthDate', 'r.teamId as residentTeamId', 'e.name as employerName',
        'e.municipalityId as employerMunicipalityId', 'em.name as employerMunicipalityName', 'o.title as opportunityTitle',
        'cb.displayName as createdByName', 'x.occurredOn as outflowOn'])
      .orderBy('p.startDate', 'desc').orderBy('p.id').limit(page.limit).offset(page.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const tables = rows.some((r) => r.status === 'active' && r.wageCostSubsidyCalculation) ? await loadSubsidyTables(db) : null;
  const today = todayIso();
  const followups = rows.length === 0 ? [] : await db.selectFrom('placementFollowups as f').leftJoin('users as u', 'u.id', 'f.recordedBy')
    .selectAll('f').select('u.displayName as recordedByName')
    .where('f.municipalityId', '=', m).where('f.placementId', 'in', rows.map((r) => r.id))
    .orderBy('f.followedUpOn', 'desc').orderBy('f.createdAt', 'desc').execute();
  return {
    total: Number(total.n),
    rows: rows.map((r) => ({
      ...r,
      // loonkostensubsidie opnieuw berekenen: new tables, flat period over, a birthday under 21
      subsidyReview: tables && r.status === 'active' && r.wageCostSubsidyCalculation
        ? subsidyReviewReasons({ calculation: r.wageCostSubsidyCalculation as StoredCalculation, placementStart: r.startDate, birthDate: r.birthDate, on: today }, tables)
        : [],
      followups: followups.filter((f) => f.placementId === r.id).map((f) => ({
        id: f.id, followedUpOn: f.followedUpOn, note: f.note, recordedBy: f.recordedByName, recordedAt: new Date(f.createdAt).toISOString(),
      })),
    })),
  };
}
export type PlacementRow = Awaited<ReturnType<typeof loadPlacements>>['rows'][number];
export type StoredCalculation = WageSubsidyCalculation & { wageValueMeasuredOn: string | null };

export function presentPlacement(p: PlacementRow) {
  const calculation = p.wageCostSubsidyCalculation as StoredCalculation | null;
  return {
    id: p.id, version: p.version,
    resident: { id: p.residentId, fullName: fullName(p) },
    employer: { id: p.employerId, name: p.employerName, municipality: p.employerMunicipalityName, ownMunicipality: p.employerMunicipalityId === p.municipalityId },
    opportunity: p.opportunityId ? { id: p.opportunityId, title: p.opportunityTitle ?? '' } : null,
    kind: p.kind, kindLabel: placementKindLabels[p.kind], sheltered: p.kind === 'sheltered_work',
    contractHoursPerWeek: Number(p.contractHoursPerWeek), hourlyWageCents: p.hourlyWageCents,
    startDate: p.startDate, endDate: p.endDate, status: p.status, statusLabel: placementStatusLabels[p.status],
    endReason: p.endReason, endReasonLabel: p.endReason ? placementEndReasonLabels[p.endReason] : null, endNote: p.endNote,
    wageCostSubsidy: calculation ? { ...calculation, basisLabel: subsidyBasisLabels[calculation.basis] } : null,
    subsidyReview: p.subsidyReview,
    hiringSubsidyCents: p.hiringSubsidyCents, jobCoach: p.jobCoach, jobCoachHoursPerMonth: p.jobCoachHoursPerMonth,
    endsBenefit: p.endsBenefit, outflowRecordedOn: p.outflowOn ?? null,
    followups: p.followups, createdBy: p.createdByName ?? null, createdAt: new Date(p.createdAt).toISOString(),
  };
}

/** The national tables of the wage-cost subsidy (small; every version, the rule picks the one valid on the day). */
export async function loadSubsidyTables(db: Kysely<DB>): Promise<WageSubsidyTables> {
  const [minimumWages, parameters, youth] = await Promise.all([
    db.selectFrom('minimumWages').selectAll().execute(),
    db.selectFrom('wageSubsidyParameters').selectAll().execute(),
    db.selectFrom('minimumYouthWagePercentages').selectAll().execute(),
  ]);
  return {
    minimumWages: minimumWages.map((w) => ({ ...w, hourlyCents: Number(w.hourlyCents) })),
    youthPercentages: youth.map((y) => ({ ...y, age: Number(y.age), pct: Number(y.pct) })),
    parameters: parameters.map((p) => ({
      ...p, holidayPayPct: Number(p.holidayPayPct), employerCostAllowancePct: Number(p.employerCostAllowancePct), maxPct: Number(p.maxPct),
      flatPctWithoutWageValue: Number(p.flatPctWithoutWageValue), flatMaxMonths: Number(p.flatMaxMonths), fullTimeHours: Number(p.fullTimeHours),
    })),
  };
}

/** The resident's latest wage value measured on or before a day. */
export async function wageValueOn(db: Kysely<DB>, municipalityId: string, residentId: string, on: string) {
  return db.selectFrom('wageValueMeasurements').select(['percentage', 'measuredOn'])
    .where('municipalityId', '=', requireTenant(municipalityId)).where('residentId', '=', residentId).where('measuredOn', '<=', on)
    .orderBy('measuredOn', 'desc').orderBy('createdAt', 'desc').limit(1).executeTakeFirst();
}

/** The municipalities of the caller's region (the caller's own alone when it has no region), own first. */
export async function regionOf(db: Kysely<DB>, municipalityId: string) {
  const own = await db.selectFrom('municipalities as m').leftJoin('regions as g', 'g.id', 'm.regionId')
    .select(['m.id', 'm.code', 'm.name', 'm.regionId', 'g.name as regionName']).where('m.id', '=', requireTenant(municipalityId)).executeTakeFirstOrThrow();
  const others = own.regionId === null ? [] : await db.selectFrom('municipalities').select(['id', 'code', 'name'])
    .where('regionId', '=', own.regionId).where('id', '!=', own.id).orderBy('name').execute();
  return { regionName: own.regionName, municipalities: [{ id: own.id, code: own.code, name: own.name }, ...others] };
}

/** Employers of the region with their open opportunities the caller may see (own, or shared with the region). */
export async function employerOptions(db: Kysely<DB>, municipalityId: string) {
  const region = await regionOf(db, municipalityId);
  const ids = region.municipalities.map((m) => m.id);
  const [employers, opportunities] = await Promise.all([
    db.selectFrom('employers').select(['id', 'name', 'city', 'municipalityId']).where('municipalityId', 'in', ids).orderBy('name').execute(),
    db.selectFrom('opportunities').select(['id', 'employerId', 'title', 'kind', 'hoursPerWeek', 'municipalityId'])
      .where('municipalityId', 'in', ids).where('status', '=', 'open')
      .where((eb) => eb.or([eb('municipalityId', '=', municipalityId), eb('sharedWithRegion', '=', true)]))
      .orderBy('title').execute(),
  ]);
  const nameOf = new Map(region.municipalities.map((m) => [m.id, m.name]));
  return employers.map((e) => ({
    id: e.id, name: e.name, city: e.city, municipality: nameOf.get(e.municipalityId) ?? '', ownMunicipality: e.municipalityId === municipalityId,
    opportunities: opportunities.filter((o) => o.employerId === e.id).map((o) => ({ id: o.id, title: o.title, kind: o.kind, hoursPerWeek: Number(o.hoursPerWeek) })),
  }));
}

/**
 * Placements that started in a year, counted per resident municipality × employer municipality over the region.
 * Deliberately across tenants: only counts leave this function, never a row.
 */
export async function regionalCounts(db: Kysely<DB>, municipalityIds: string[], year: number) {
  if (municipalityIds.length === 0) return [];
  const rows = await db.selectFrom('placements as p').innerJoin('employers as e', 'e.id', 'p.employerId')
    .select(['p.municipalityId as residentMunicipalityId', 'e.municipalityId as employerMunicipalityId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('p.municipalityId', 'in', municipalityIds).where('e.municipalityId', 'in', municipalityIds)
    .where('p.startDate', '>=', `${year}-01-01`).where('p.startDate', '<=', `${year}-12-31`)
    .groupBy(['p.municipalityId', 'e.municipalityId']).execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
