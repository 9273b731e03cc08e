import type { Kysely } from 'kysely';
import type { DB, OpportunityKind } from '../db/types.ts';
import { clusters, pickCluster } from '../demo/work-profiles.ts';
import type { Random } from '../demo/random.ts';
import type { Sector } from '../modules/employers/labels.ts';
import { occupationByCode } from '../modules/residents/dossier/occupations.ts';
import type { PlannedMunicipality, PopulationPlan } from './plan.ts';
import { seededUuid } from './plan.ts';

// What `meedoen generate` adds for matching: a synthetic map (centroids for the generated postcode areas), the
// areas of each municipality, and employers with opportunities. Work profiles themselves are made per resident in
// generate.ts with the demo's draftProfile, in the demo's proportions.

/** Residents known to work & income per km² in the Netherlands: ~1,000,000 over ~41,500 km² of land. */
export const RESIDENTS_PER_KM2 = 24;
const KM_PER_DEGREE_LAT = 111.2;
const KM_PER_DEGREE_LON = 68.5;  // at 52° north
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export interface AreaPoint { area: string; place: string; latitude: number; longitude: number }

/**
 * Synthetic centroids at the country's real density: each municipality is a disc whose surface holds its residents
 * at 24 per km², the discs side by side on a grid (neighbours of a region next to each other), its postcode areas
 * spread evenly over the disc (a sunflower pattern). Travel distances and the number of residents within reach of a
 * workplace are then of the size they have in the Netherlands.
 */
export function syntheticCoordinates(plan: PopulationPlan): AreaPoint[] {
  const radius = (m: PlannedMunicipality) => Math.sqrt(m.residents / RESIDENTS_PER_KM2 / Math.PI);
  const cell = 2 * Math.max(...plan.municipalities.map(radius));
  const columns = Math.max(1, Math.ceil(Math.sqrt(plan.municipalities.length * 1.5)));
  const points: AreaPoint[] = [];
  for (const m of plan.municipalities) {
    const centreX = (m.index % columns) * cell;
    const centreY = Math.floor(m.index / columns) * cell;
    const r = radius(m);
    m.postcodeAreas.forEach((area, i) => {
      const rho = r * Math.sqrt((i + 0.5) / m.postcodeAreas.length);
      const x = centreX + rho * Math.cos(i * GOLDEN_ANGLE);
      const y = centreY + rho * Math.sin(i * GOLDEN_ANGLE);
      points.push({ area, place: m.name, latitude: 51.0 + y / KM_PER_DEGREE_LAT, longitude: 3.6 + x / KM_PER_DEGREE_LON });
    });
  }
  return points;
}

const kinds: [OpportunityKind, number][] = [
  ['regular_vacancy', 40], ['trial_placement', 20], ['work_experience', 15], ['learn_work', 10], ['jobs_agreement', 10], ['sheltered_place', 5],
];
const clusterSectors: Sector[] = ['logistics', 'manufacturing', 'business_services', 'hospitality', 'care', 'trade', 'business_services', 'agriculture'];
/** Places per opportunity, in turn: five opportunities hold 25 places, so 200 hold the 1,000 of the bench's batch line. */
const placesCycle = [1, 3, 5, 7, 9];

function pickKind(random: Random): OpportunityKind {
  let x = random.next() * 100;
  for (const [kind, weight] of kinds) {
    if (x < weight) return kind;
    x -= weight;
  }
  return 'regular_vacancy';
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Opportunities per municipality: one per 250 residents, at least 5 and at most 200. */
export const opportunityCount = (residents: number) => Math.min(200, Math.max(5, Math.floor(residents / 250)));

/** Centroids, postcode areas, employers and opportunities; returns the counts. */
export async function seedMatchingReference(db: Kysely<DB>, plan: PopulationPlan, municipalityIds: string[], today: string, random: Random, ids: Random) {
  const points = syntheticCoordinates(plan);
  for (let i = 0; i < points.length; i += 1000) {
    await db.insertInto('postcodeCoordinates')
      .values(points.slice(i, i + 1000).map((p) => ({ ...p, source: 'Synthetisch (meedoen generate): geen echte ligging, niet voor productie' })))
      .onConflict((oc) => oc.column('area').doNothing()).execute();
  }
  const areas = plan.municipalities.flatMap((m) => m.postcodeAreas.map((area) => ({ municipalityId: municipalityIds[m.index], area })));
  for (let i = 0; i < areas.length; i += 1000) await db.insertInto('postcodeAreas').values(areas.slice(i, i + 1000)).onConflict((oc) => oc.doNothing()).execute();

  let employers = 0;
  let opportunities = 0;
  for (const m of plan.municipalities) {
    const municipalityId = municipalityIds[m.index];
    const rows = [];
    let employerId = '';
    for (let k = 0; k < opportunityCount(m.residents); k++) {
      const cluster = pickCluster(random);
      const postcode = `${random.pick(m.postcodeAreas)}AA`;
      if (k % 5 === 0) {
        employerId = seededUuid(ids);
        await db.insertInto('employers').values({
          id: employerId, municipalityId, name: `Werkgever ${m.name} ${k / 5 + 1}`, sector: clusterSectors[clusters.indexOf(cluster)], postcode, city: m.name,
        }).execute();
        employers += 1;
      }
      const occupationCode = random.pick(cluster.occupations);
      const kind = pickKind(random);
      rows.push({
        id: seededUuid(ids), municipalityId, employerId, kind, title: occupationByCode.get(occupationCode) ?? occupationCode, occupationCode,
        requiredSkills: [...new Set([random.pick(cluster.skills), random.pick(cluster.skills), random.pick(cluster.skills)])],
        hoursPerWeek: random.pick([16, 20, 24, 24, 28, 32, 32, 36, 38]), postcode, languageLevel: random.pick([null, 'A2', 'A2', 'B1', 'B1']),
        drivingLicence: random.chance(0.1) ? 'B' : null, minLadderStep: random.pick([null, 3, 4, 4, 5]), startDate: addDays(today, random.int(7, 90)),
        places: placesCycle[k % placesCycle.length], sharedWithRegion: random.chance(0.3),
      });
    }
    for (let i = 0; i < rows.length; i += 500) await db.insertInto('opportunities').values(rows.slice(i, i + 500)).execute();
    opportunities += rows.length;
  }
  return { postcodeCoordinates: points.length, employers, opportunities };
}
