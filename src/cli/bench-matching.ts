import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../db/connection.ts';
import type { AuditContext } from '../modules/access/audit/store.ts';
import { scopeFor } from '../modules/access/permissions.ts';
import type { Actor, Role } from '../modules/access/roles.ts';
import { MAX_PLACES, proposeAssignment, scoreMatrix } from '../modules/matching/assignment-service.ts';
import { candidateSearchFor, candidatesForOpportunity } from '../modules/matching/service.ts';
import {
  candidatesByIds, matchingRulesOn, placesOpen, regionOf, searchCandidates, visibleOpportunities, type CandidateSearch, type OpportunityRow,
} from '../modules/matching/store.ts';
import { toCandidateProfile } from '../rules/matching/profile.ts';
import { todayIso } from '../rules/dates.ts';
import type { Caller } from '../modules/residents/guard.ts';
import type { BenchLine, Measurement, MeasurementKind } from './bench.ts';

// The two matching lines of `meedoen bench` (issue 5): top-20 candidates for one opportunity over HTTP next to the
// bare prefilter SELECT, and a batch assignment of exactly 1,000 open places (when the municipality has that many)
// over 20,000 candidates next to the score matrix alone. See docs/performance.md.

export const POOL_SIZE = 20_000;

interface Harness {
  db: Database['db'];
  actor: Actor;
  base: string;
  headers: Record<string, string>;
  run: { connections: number; duration: number };
  fastify: Measurement;
  log: (line: string) => void;
  cannon: (kind: MeasurementKind, description: string, base: string, o: { connections: number; duration?: number; amount?: number; headers?: Record<string, string>; path: () => string }) => Promise<Measurement>;
  loop: (kind: MeasurementKind, description: string, o: { connections: number; duration: number }, op: (i: number) => Promise<unknown>) => Promise<Measurement>;
  ratio: (a: number, b: number) => number;
  warmupRequests: number;
}

const ctxOf = (actor: Actor): AuditContext => ({
  municipalityId: actor.municipalityId, actorUserId: actor.userId, actorRole: actor.role, organisationId: actor.organisationId,
  requestId: `bench-${randomUUID()}`, origin: 'meedoen bench',
});
/** A caller as the routes build it, with the scope the permission table grants for reading matching. */
const callerOf = (db: Database['db'], actor: Actor): Caller => ({ db, actor, scope: scopeFor(actor.role, 'matching', 'read')!, ctx: ctxOf(actor) });

/** Open opportunities of the actor's municipality, oldest id first: the ones the lines rotate over. */
async function openOpportunities(db: Database['db'], municipalityId: string) {
  return (await visibleOpportunities(db, municipalityId, { openOnly: true })).filter((o) => o.municipalityId === municipalityId)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

export async function matchCandidatesLine(h: Harness): Promise<BenchLine> {
  const opportunities = (await openOpportunities(h.db, h.actor.municipalityId)).slice(0, 50);
  if (opportunities.length === 0) throw new Error('Geen open kansen in de gemeente van de consulent: genereer opnieuw met `meedoen generate`.');
  const region = (await regionOf(h.db, h.actor.municipalityId)).map((m) => m.id);
  const rules = await matchingRulesOn(h.db, todayIso());
  const searches = (await Promise.all(opportunities.map((o) => candidateSearchFor(h.db, o, region, rules)))).filter((s): s is CandidateSearch => s !== undefined);
  let next = 0;
  const path = () => `/api/v1/opportunities/${opportunities[next++ % opportunities.length].id}/candidates?limit=20`;
  const request = 'GET /api/v1/opportunities/{id}/candidates?limit=20';
  await h.cannon('app', 'opwarmen', h.base, { connections: h.run.connections, amount: h.warmupRequests, headers: h.headers, path });

  h.log(`Meten: matchCandidates via HTTP, ${h.run.duration} s…`);
  const app = await h.cannon('app', `${request} via HTTP op de echte app: ${opportunities.length} kansen beurtelings, kandidaten uit ${region.length} gemeenten van de regio`, h.base,
    { ...h.run, headers: h.headers, path });
  h.log(`Meten: matchCandidates, kale voorfilter-SELECT, ${h.run.duration} s…`);
  const bare = await h.loop('sql', 'de voorfilter-SELECT alleen (gebieden binnen bereik, uren, rijbewijs, startdatum, minimumleeftijd, scoregrens; index work_profiles_reach), zonder scoren in JS, namen, pseudoniemen en audit',
    h.run, (i) => searchCandidates(h.db, searches[i % searches.length], 20));
  h.log(`Meten: matchCandidates via de service, ${h.run.duration} s…`);
  const service = await h.loop('sqlAudit', 'de service zelf: voorfilter, scoren en uitleg in JS, namen, pseudoniemen en de auditregel, zonder HTTP',
    h.run, (i) => candidatesForOpportunity(callerOf(h.db, h.actor), opportunities[i % opportunities.length].id, 20));
  return {
    name: 'matchCandidates', description: 'Top-20 kandidaten voor één kans, met uitleg per factor, over de hele regio', request, app,
    floors: { sql: bare, sqlAudit: service, fastify: h.fastify },
    ratioP95: { sql: h.ratio(app.p95, bare.p95), sqlAudit: h.ratio(app.p95, service.p95), fastify: h.ratio(app.p95, h.fastify.p95) },
  };
}

/** The account manager of the municipality: the batch proposal needs the whole municipality as pool. */
async function accountManager(db: Database['db'], municipalityId: string): Promise<Actor> {
  const row = await db.selectFrom('users').select(['id', 'username', 'displayName', 'role', 'municipalityId', 'organisationId', 'teamId', 'residentId'])
    .where('municipalityId', '=', municipalityId).where('role', '=', 'employer_account_manager').where('active', '=', true).orderBy('username').limit(1).executeTakeFirst();
  if (!row) throw new Error('Geen accountmanager werkgevers in de gemeente van de consulent: genereer opnieuw met `meedoen generate`.');
  return { userId: row.id, username: row.username, displayName: row.displayName, role: row.role as Role, municipalityId: row.municipalityId,
    organisationId: row.organisationId, teamId: row.teamId, residentId: row.residentId };
}

/**
 * Opportunities whose open places add up to exactly `target`: in id order while they fit (as a real batch of many
 * opportunities), then the gap closed by the fewest of the others that add up to it (subset sum), or else the fewest of
 * all that do. Without any such set (fewer open places than the target, as in the demo region), all that fit in id order.
 */
export function batchOfExactly<T extends Pick<OpportunityRow, 'places' | 'placesTaken'>>(opportunities: readonly T[], target: number): T[] {
  const open = opportunities.filter((o) => placesOpen(o) > 0);
  const chosen: T[] = [];
  const rest: T[] = [];
  let places = 0;
  for (const o of open) {
    if (places + placesOpen(o) <= target) { chosen.push(o); places += placesOpen(o); } else rest.push(o);
  }
  const gap = target - places;
  if (gap === 0) return chosen;
  const closing = fewestSumming(rest, gap);
  if (closing) return [...chosen, ...closing];
  const any = fewestSumming(open, target);
  return any ? open.filter((o) => any.includes(o)) : chosen;
}

/** The fewest items whose open places sum to exactly `sum`, or null (0/1 knapsack on counts, rebuilt back to front). */
function fewestSumming<T extends Pick<OpportunityRow, 'places' | 'placesTaken'>>(items: readonly T[], sum: number): T[] | null {
  const fewest = new Array<number>(sum + 1).fill(Number.POSITIVE_INFINITY);
  fewest[0] = 0;
  const took = items.map(() => new Uint8Array(sum + 1));
  items.forEach((o, i) => {
    const p = placesOpen(o);
    for (let s = sum; s >= p; s--) {
      if (fewest[s - p] + 1 < fewest[s]) { fewest[s] = fewest[s - p] + 1; took[i][s] = 1; }
    }
  });
  if (!Number.isFinite(fewest[sum])) return null;
  const picked: T[] = [];
  let s = sum;
  for (let i = items.length - 1; i >= 0 && s > 0; i--) {
    if (took[i][s]) { picked.push(items[i]); s -= placesOpen(items[i]); }
  }
  return picked;
}

/**
 * The municipality with the most open places (its account manager makes the batch): a smaller municipality than the
 * bench's consultant's may hold fewer than the 1,000 places the line is about. Ties: the consultant's own first.
 */
async function municipalityWithMostPlaces(db: Database['db'], fallback: string): Promise<string> {
  const row = await db.selectFrom('opportunities').select((eb) => ['municipalityId', eb.fn.sum<string>('places').as('places')])
    .where('status', '=', 'open').groupBy('municipalityId')
    .orderBy((eb) => eb.fn.sum('places'), 'desc').orderBy((eb) => eb.case().when('municipalityId', '=', fallback).then(0).else(1).end())
    .limit(1).executeTakeFirst();
  return row?.municipalityId ?? fallback;
}

export async function batchAssignmentLine(h: Harness): Promise<BenchLine> {
  const am = await accountManager(h.db, await municipalityWithMostPlaces(h.db, h.actor.municipalityId));
  const chosen = batchOfExactly(await openOpportunities(h.db, am.municipalityId), MAX_PLACES);
  const places = chosen.reduce((n, o) => n + placesOpen(o), 0);
  const pool = await sql<{ id: string; profile: boolean }>`
    SELECT r.id, (w.resident_id IS NOT NULL) AS profile FROM residents r LEFT JOIN work_profiles w ON w.resident_id = r.id
    WHERE r.municipality_id = ${am.municipalityId} ORDER BY (w.resident_id IS NULL), r.id LIMIT ${POOL_SIZE}`.execute(h.db);
  const residentIds = pool.rows.map((r) => r.id);
  const withProfile = pool.rows.filter((r) => r.profile).length;
  const input = { opportunityIds: chosen.map((o) => o.id), residentIds };
  const rules = await matchingRulesOn(h.db, todayIso());
  const once = { connections: 1, duration: h.run.duration };
  const what = `${places} plaatsen in ${chosen.length} kansen, pool van ${residentIds.length} inwoners (${withProfile} met werkprofiel)`;

  // One run first (warm-up), and the check that the service proposes exactly these places over this pool.
  const first = await proposeAssignment(callerOf(h.db, am), input);
  if (first.placesTotal !== places || first.poolSize !== residentIds.length) {
    throw new Error(`Plaatsingsvoorstel over ${first.placesTotal} plaatsen en ${first.poolSize} kandidaten; verwacht ${places} en ${residentIds.length}.`);
  }
  h.log(`batchAssignment: ${places} open plaatsen (doel ${MAX_PLACES}) in ${chosen.length} kansen, ${residentIds.length} kandidaten in de pool; `
    + `eerste voorstel vult ${first.placesFilled} plaatsen`);
  h.log(`Meten: batchAssignment (${what}), ${h.run.duration} s…`);
  const service = await h.loop('service', `het plaatsingsvoorstel via de service: pool laden, scorematrix, exacte toewijzing, uitleg en audit; ${what}; na elkaar`,
    once, () => proposeAssignment(callerOf(h.db, am), input));
  h.log(`Meten: batchAssignment, alleen de scorematrix, ${h.run.duration} s…`);
  const matrix = await h.loop('scoreMatrix', 'alleen pool laden en de scorematrix: harde eisen en score van elk paar (kans, kandidaat), zonder toewijzing, uitleg en audit',
    once, async () => {
      const stored = await candidatesByIds(h.db, [am.municipalityId], residentIds);
      return scoreMatrix(h.db, chosen, stored.map((s) => toCandidateProfile(s, rules)), rules);
    });
  return {
    name: 'batchAssignment', description: `Plaatsingsvoorstel: ${what}`, request: 'POST /api/v1/matching/assignments (service, zonder HTTP: de pool is groter dan één verzoek toelaat)',
    app: service, floors: { scoreMatrix: matrix }, ratioP95: { scoreMatrix: h.ratio(service.p95, matrix.p95) },
  };
}
