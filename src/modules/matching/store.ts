import { sql, type Kysely } from 'kysely';
import { requireTenant } from '../../db/tenant.ts';
import { todayIso } from '../../rules/dates.ts';
import type { DB } from '../../db/types.ts';
import { licencesSatisfying } from '../../rules/matching/constraints.ts';
import { haversineKm, type Point } from '../../rules/matching/distance.ts';
import type { StoredCandidate } from '../../rules/matching/profile.ts';
import type { ActivePlacement, MatchingRules, OpportunityKind, OpportunityRequirements } from '../../rules/matching/types.ts';
import { placesTakenOf } from '../employers/opportunity-store.ts';
import { BOUND_SLACK, scoreBound } from './bound.ts';

// SQL of matching. The candidate search is a prefilter with the same hard constraints as the pure rules
// (src/rules/matching/constraints.ts), so only the shortlist is scored in JavaScript; plans in docs/performance.md.

/** Several tenants at once (a region): each id is checked, none may be missing. */
const tenants = (ids: readonly string[]) => {
  if (ids.length === 0) throw new Error('Geen gemeenten om in te zoeken');
  return ids.map((id) => requireTenant(id));
};

/** The rules valid on a day (the latest version that started on or before it); before the first version, the first. */
export async function matchingRulesOn(db: Kysely<DB>, day: string): Promise<MatchingRules> {
  const columns = ['validFrom', 'minimumAgeYears', 'defaultMaxTravelKm', 'source'] as const;
  const row = await db.selectFrom('matchingRules').select(columns).where('validFrom', '<=', day).orderBy('validFrom', 'desc').limit(1).executeTakeFirst()
    ?? await db.selectFrom('matchingRules').select(columns).orderBy('validFrom').limit(1).executeTakeFirstOrThrow();
  return { ...row, minimumAgeYears: Number(row.minimumAgeYears), defaultMaxTravelKm: Number(row.defaultMaxTravelKm) };
}

/** The municipalities of the region of a municipality (itself included, first); itself alone without a region. */
export async function regionOf(db: Kysely<DB>, municipalityId: string) {
  const own = await db.selectFrom('municipalities').select(['id', 'name', 'regionId']).where('id', '=', requireTenant(municipalityId)).executeTakeFirstOrThrow();
  if (!own.regionId) return [{ id: own.id, name: own.name }];
  const rows = await db.selectFrom('municipalities').select(['id', 'name']).where('regionId', '=', own.regionId).orderBy('name').execute();
  return [{ id: own.id, name: own.name }, ...rows.filter((r) => r.id !== own.id)];
}

export interface OpportunityRow {
  id: string; municipalityId: string; municipalityName: string; regionId: string | null; employerName: string;
  kind: OpportunityKind; title: string; occupationCode: string; requiredSkills: string[]; hoursPerWeek: number; postcode: string;
  place: string | null; languageLevel: string | null; drivingLicence: string | null; minLadderStep: number | null;
  startDate: string; places: number; sharedWithRegion: boolean; status: string;
  /** Active placements on it (any municipality of the region): each takes one of its places. */
  placesTaken: number;
}

/** Places still open: the places minus the active placements on the opportunity (never below zero). */
export const placesOpen = (o: Pick<OpportunityRow, 'places' | 'placesTaken'>) => Math.max(0, o.places - o.placesTaken);

/**
 * Opportunities a municipality may match on: its own, and those other municipalities of its region share (and, for
 * deciding on reveal requests, those another municipality asked about one of its residents for).
 * By id, or all open ones. Anything else is invisible (as if it did not exist).
 */
export async function visibleOpportunities(
  db: Kysely<DB>, viewerMunicipalityId: string, f: { ids?: readonly string[]; openOnly?: boolean; askedAboutOwnResidents?: boolean },
): Promise<OpportunityRow[]> {
  const m = requireTenant(viewerMunicipalityId);
  const viewer = await db.selectFrom('municipalities').select('regionId').where('id', '=', m).executeTakeFirstOrThrow();
  let q = db.selectFrom('opportunities as o')
    .innerJoin('employers as e', 'e.id', 'o.employerId')
    .innerJoin('municipalities as om', 'om.id', 'o.municipalityId')
    .leftJoin('postcodeCoordinates as pc', (j) => j.on(sql<boolean>`pc.area = substr(o.postcode, 1, 4)`))
    .select(['o.id', 'o.municipalityId', 'om.name as municipalityName', 'om.regionId', 'e.name as employerName', 'o.kind', 'o.title',
      'o.occupationCode', 'o.requiredSkills', 'o.hoursPerWeek', 'o.postcode', 'pc.place', 'o.languageLevel', 'o.drivingLicence',
      'o.minLadderStep', 'o.startDate', 'o.places', 'o.sharedWithRegion', 'o.status'])
    .where((eb) => {
      const own = eb('o.municipalityId', '=', m);
      // A reveal request about one of the viewer's residents shows its opportunity to the deciding consultant.
      const asked = eb('o.id', 'in', eb.selectFrom('candidateReveals').select('opportunityId').where('municipalityId', '=', m));
      const shared = viewer.regionId ? eb.and([eb('o.sharedWithRegion', '=', true), eb('om.regionId', '=', viewer.regionId)]) : eb.val(false);
      return eb.or([own, shared, ...(f.askedAboutOwnResidents ? [asked] : [])]);
    });
  if (f.ids) q = f.ids.length ? q.where('o.id', 'in', [...f.ids]) : q.where(sql<boolean>`false`);
  if (f.openOnly) q = q.where('o.status', '=', 'open');
  const rows = await q.orderBy('o.startDate').orderBy('o.id').execute();
  const taken = await placesTakenOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    ...r, hoursPerWeek: Number(r.hoursPerWeek), places: Number(r.places), minLadderStep: r.minLadderStep === null ? null : Number(r.minLadderStep),
    placesTaken: taken.get(r.id) ?? 0,
  }));
}


/**
 * The running placements of residents of these municipalities: status active and no end date, or one not before
 * `today` (docs/decisions/0021-matching-and-existing-placements.md). The search's SQL uses the same definition.
 */
export async function activePlacementsOf(db: Kysely<DB>, municipalityIds: readonly string[], residentIds: readonly string[], today: string): Promise<Map<string, ActivePlacement[]>> {
  if (residentIds.length === 0) return new Map();
  const { rows } = await sql<{ residentId: string; opportunityId: string | null; employerName: string; contractHoursPerWeek: string }>`
    SELECT p.resident_id, p.opportunity_id, e.name AS employer_name, p.contract_hours_per_week
    FROM placements p JOIN employers e ON e.id = p.employer_id
    WHERE p.resident_id = ANY(${[...new Set(residentIds)]}::uuid[]) AND p.municipality_id = ANY(${tenants(municipalityIds)}::uuid[])
      AND p.status = 'active' AND (p.end_date IS NULL OR p.end_date >= ${today}::date)
    ORDER BY p.start_date, p.id`.execute(db);
  const byResident = new Map<string, ActivePlacement[]>();
  for (const r of rows) {
    const placement = { opportunityId: r.opportunityId, employerName: r.employerName, hoursPerWeek: Number(r.contractHoursPerWeek) };
    const list = byResident.get(r.residentId);
    if (list) list.push(placement); else byResident.set(r.residentId, [placement]);
  }
  return byResident;
}

/** Centroids of every area within a box around a point (the box holds the circle of radius km). */
export async function coordinatesNear(db: Kysely<DB>, centre: Point, km: number): Promise<Map<string, Point>> {
  const dLat = km / 111;
  const dLon = km / (111 * Math.max(0.1, Math.cos((centre.latitude * Math.PI) / 180)));
  const rows = await db.selectFrom('postcodeCoordinates').select(['area', 'latitude', 'longitude'])
    .where('latitude', '>=', centre.latitude - dLat).where('latitude', '<=', centre.latitude + dLat)
    .where('longitude', '>=', centre.longitude - dLon).where('longitude', '<=', centre.longitude + dLon).execute();
  return new Map(rows.map((r) => [r.area, { latitude: Number(r.latitude), longitude: Number(r.longitude) }]));
}

export async function coordinatesOf(db: Kysely<DB>, areas: readonly string[]): Promise<Map<string, Point>> {
  if (areas.length === 0) return new Map();
  const rows = await db.selectFrom('postcodeCoordinates').select(['area', 'latitude', 'longitude']).where('area', 'in', [...new Set(areas)]).execute();
  return new Map(rows.map((r) => [r.area, { latitude: Number(r.latitude), longitude: Number(r.longitude) }]));
}

/** The largest travel distance any profile of these municipalities accepts (or the default, if larger). */
export async function maxReachKm(db: Kysely<DB>, municipalityIds: readonly string[], defaultKm: number): Promise<number> {
  const r = await sql<{ km: number | null }>`
    SELECT max(x.km) AS km FROM unnest(${tenants(municipalityIds)}::uuid[]) AS m(id)
    CROSS JOIN LATERAL (SELECT w.max_travel_km AS km FROM work_profiles w WHERE w.municipality_id = m.id AND w.max_travel_km IS NOT NULL
                        ORDER BY w.max_travel_km DESC LIMIT 1) x`.execute(db);
  return Math.max(defaultKm, Number(r.rows[0]?.km ?? 0));
}

export interface CandidateSearch {
  municipalityIds: readonly string[];
  workplace: Point;
  /** Areas within reach, with their distance to the workplace. */
  reach: ReadonlyMap<string, number>;
  requirements: OpportunityRequirements;
  rules: MatchingRules;
  /** The day placements are judged on (running: no end date, or one not before it). */
  today: string;
  /** For a batch proposal: also leave out whoever works at least the opportunity's hours in running placements. */
  batch?: boolean;
}

type ProfileRow = Omit<StoredCandidate, 'occupations' | 'skills' | 'wageValuePct' | 'placements'>;

/**
 * The candidates that pass the hard constraints and can still reach the top `limit`, and how many pass at all.
 * Per area within reach, the profiles whose travel distance covers it (index work_profiles_reach), then hours, start
 * date, licence and the legal minimum age on the same rows — one table, whose copies of ladder step, birth date, codes
 * and wage value the triggers of 0010 keep. Of those, only rows whose score bound (bound.ts) is at least the
 * limit-th highest bound minus the wishes' weight are returned: the exact top `limit` is always among them.
 * Distances go in rounded up to whole km: travel distances are whole km, so "max ≥ ⌈km⌉" is exactly "max ≥ km", and an
 * integer comparison can use the index (a cast of the column could not). The two branches per area are two index
 * ranges; as one OR the index would serve the area only (plans in docs/performance.md).
 * Placements (constraints.ts, decision 0021): whoever is placed on this opportunity is left out by a NOT IN over its few
 * active placements (index of 0019, hashed once per query); in a batch also whoever works at least its hours in
 * running placements (one grouped scan of the region's active placements, hashed too).
 */
export async function searchCandidates(db: Kysely<DB>, s: CandidateSearch, limit: number): Promise<{ rows: (StoredCandidate & { bound: number })[]; eligible: number }> {
  const areas = [...s.reach.keys()];
  if (areas.length === 0) return { rows: [], eligible: 0 };
  const o = s.requirements;
  const licences = o.drivingLicence ? [...licencesSatisfying(o.drivingLicence)] : null;
  const result = await sql<ProfileRow & { occupationCodes: string[]; skillCodes: string[]; wageValuePct: number | null; bound: number; eligible: number }>`
    WITH c AS MATERIALIZED (
      SELECT w.resident_id, w.municipality_id, w.area, w.hours_per_week, w.max_travel_km, w.driving_licences, w.dutch_level,
             w.available_from, w.wishes, w.ladder_step, w.birth_date, w.occupation_codes, w.skill_codes, w.wage_value_pct, ${scoreBound(o)} AS bound
      FROM unnest(${areas}::char(4)[], ${areas.map((a) => Math.ceil(s.reach.get(a)!))}::smallint[]) AS a(area, km)
      CROSS JOIN LATERAL (
        SELECT * FROM work_profiles w WHERE w.area = a.area AND w.max_travel_km >= a.km
        UNION ALL
        SELECT * FROM work_profiles w WHERE w.area = a.area AND w.max_travel_km IS NULL AND a.km <= ${s.rules.defaultMaxTravelKm}::smallint
      ) w
      WHERE w.municipality_id = ANY(${tenants(s.municipalityIds)}::uuid[])
        AND w.hours_per_week >= ${o.hoursPerWeek}
        AND (w.available_from IS NULL OR w.available_from <= ${o.startDate}::date)
        AND (${licences}::text[] IS NULL OR w.driving_licences && ${licences}::text[])
        AND w.birth_date <= (${o.startDate}::date - make_interval(years => ${s.rules.minimumAgeYears}))::date
        AND w.resident_id NOT IN (SELECT p.resident_id FROM placements p WHERE p.opportunity_id = ${o.id}::uuid AND p.status = 'active'
                                  AND (p.end_date IS NULL OR p.end_date >= ${s.today}::date))
        ${s.batch ? sql`AND w.resident_id NOT IN (
          SELECT p.resident_id FROM placements p WHERE p.municipality_id = ANY(${tenants(s.municipalityIds)}::uuid[]) AND p.status = 'active'
            AND (p.end_date IS NULL OR p.end_date >= ${s.today}::date)
          GROUP BY p.resident_id HAVING sum(p.contract_hours_per_week) >= ${o.hoursPerWeek})` : sql``}
    )
    SELECT c.*, (SELECT count(*) FROM c)::int AS eligible FROM c
    -- no limit-th row (fewer candidates than asked): everyone
    WHERE c.bound >= coalesce((SELECT bound FROM c ORDER BY bound DESC OFFSET ${Math.max(0, limit - 1)} LIMIT 1), -1000000) - ${BOUND_SLACK}::int`.execute(db);
  const eligible = Number(result.rows[0]?.eligible ?? 0);
  const placements = await activePlacementsOf(db, s.municipalityIds, result.rows.map((r) => r.residentId), s.today);
  const rows = result.rows.map(({ occupationCodes, skillCodes, wageValuePct, bound, eligible: _count, ...r }) => ({
    ...numbers(r), occupations: occupationCodes, skills: skillCodes, wageValuePct: wageValuePct === null ? null : Number(wageValuePct), bound: Number(bound),
    placements: placements.get(r.residentId) ?? [],
  }));
  return { rows, eligible };
}

const numbers = (r: ProfileRow): ProfileRow => ({
  ...r,
  area: r.area?.trim() ?? null,
  hoursPerWeek: r.hoursPerWeek === null ? null : Number(r.hoursPerWeek),
  maxTravelKm: r.maxTravelKm === null ? null : Number(r.maxTravelKm),
  ladderStep: r.ladderStep === null ? null : Number(r.ladderStep),
});

/**
 * Stored facts of given residents (with or without a work profile) of these municipalities, read from the source
 * tables (not the search copies): for one resident's opportunities, a batch pool, and to cross-check the search.
 * Running placements are judged on `today`.
 */
export async function candidatesByIds(
  db: Kysely<DB>, municipalityIds: readonly string[], residentIds: readonly string[], wageValues = true, today = todayIso(),
): Promise<StoredCandidate[]> {
  if (residentIds.length === 0) return [];
  const rows = await sql<ProfileRow>`
    SELECT r.id AS resident_id, r.municipality_id, coalesce(w.area, substr(r.postcode, 1, 4)) AS area, w.hours_per_week, w.max_travel_km,
           coalesce(w.driving_licences, '{}') AS driving_licences, w.dutch_level, w.available_from, coalesce(w.wishes, '') AS wishes,
           r.ladder_step, r.birth_date
    FROM residents r LEFT JOIN work_profiles w ON w.resident_id = r.id
    WHERE r.id = ANY(${[...residentIds]}::uuid[]) AND r.municipality_id = ANY(${tenants(municipalityIds)}::uuid[])`.execute(db);
  return withSkills(db, municipalityIds, rows.rows, wageValues, today);
}

async function withSkills(db: Kysely<DB>, municipalityIds: readonly string[], rows: ProfileRow[], wageValues: boolean, today: string): Promise<StoredCandidate[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.residentId);
  const m = tenants(municipalityIds);
  const [skills, wages, placements] = await Promise.all([
    sql<{ residentId: string; kind: 'occupation' | 'skill'; code: string }>`
      SELECT resident_id, kind, code FROM resident_skills
      WHERE resident_id = ANY(${ids}::uuid[]) AND municipality_id = ANY(${m}::uuid[]) AND code IS NOT NULL`.execute(db),
    wageValues
      ? sql<{ residentId: string; percentage: number }>`
          SELECT DISTINCT ON (resident_id) resident_id, percentage FROM wage_value_measurements
          WHERE resident_id = ANY(${ids}::uuid[]) AND municipality_id = ANY(${m}::uuid[])
          ORDER BY resident_id, measured_on DESC, created_at DESC`.execute(db)
      : Promise.resolve({ rows: [] }),
    activePlacementsOf(db, municipalityIds, ids, today),
  ]);
  const occupations = new Map<string, string[]>();
  const skillCodes = new Map<string, string[]>();
  for (const s of skills.rows) {
    const into = s.kind === 'occupation' ? occupations : skillCodes;
    const list = into.get(s.residentId);
    if (list) list.push(s.code); else into.set(s.residentId, [s.code]);
  }
  const wage = new Map(wages.rows.map((w) => [w.residentId, Number(w.percentage)]));
  return rows.map((r) => ({
    ...numbers(r),
    occupations: occupations.get(r.residentId) ?? [],
    skills: skillCodes.get(r.residentId) ?? [],
    wageValuePct: wage.get(r.residentId) ?? null,
    placements: placements.get(r.residentId) ?? [],
  }));
}

/** Distances from the workplace to every area within `maxKm` of it. */
export function reachableAreas(workplace: Point, coordinates: ReadonlyMap<string, Point>, maxKm: number): Map<string, number> {
  const reach = new Map<string, number>();
  for (const [area, point] of coordinates) {
    const km = haversineKm(workplace, point);
    if (km <= maxKm) reach.set(area, km);
  }
  return reach;
}

export interface PresentedResident {
  id: string; municipalityId: string; municipalityName: string; givenNames: string; surnamePrefix: string | null; surname: string;
  contactPersonId: string | null; teamId: string | null; contactPersonName: string | null;
}

/** Who the candidates are: used to name the ones the caller may see, and for scope checks. */
export async function residentsForPresentation(db: Kysely<DB>, municipalityIds: readonly string[], residentIds: readonly string[]): Promise<Map<string, PresentedResident>> {
  if (residentIds.length === 0) return new Map();
  const rows = await db.selectFrom('residents as r').innerJoin('municipalities as m', 'm.id', 'r.municipalityId')
    .leftJoin('users as u', 'u.id', 'r.contactPersonId')
    .select(['r.id', 'r.municipalityId', 'm.name as municipalityName', 'r.givenNames', 'r.surnamePrefix', 'r.surname', 'r.contactPersonId', 'r.teamId',
      'u.displayName as contactPersonName'])
    .where('r.id', 'in', [...residentIds]).where('r.municipalityId', 'in', tenants(municipalityIds)).execute();
  return new Map(rows.map((r) => [r.id, r]));
}
