import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { todayIso } from '../../rules/dates.ts';
import { assign, type AssignmentGroup } from '../../rules/matching/assignment.ts';
import { freeForBatch, passesConstraints } from '../../rules/matching/constraints.ts';
import { areaDistanceKm } from '../../rules/matching/distance.ts';
import { toCandidateProfile } from '../../rules/matching/profile.ts';
import { evaluate } from '../../rules/matching/rank.ts';
import { score } from '../../rules/matching/scoring.ts';
import type { CandidateProfile, MatchingRules } from '../../rules/matching/types.ts';
import { badRequest, forbidden, notFound } from '../../server/problem.ts';
import { inScope, type Caller } from '../residents/guard.ts';
import { appendAcrossChains } from './audit.ts';
import { pseudonymKey } from './pseudonym.ts';
import { occupationTextOf, presentPairs, rankOpportunity, requirementsOf } from './service.ts';
import {
  candidatesByIds, coordinatesOf, matchingRulesOn, placesOpen, regionOf, residentsForPresentation, visibleOpportunities, type OpportunityRow,
} from './store.ts';

// Plaatsingsvoorstel: the best total fit of open places to candidates (src/rules/matching/assignment.ts). A proposal
// only: nothing is stored except the audit row. An opportunity offers its places minus its active placements; whoever
// is placed on it, or already works its hours in running placements, is no candidate (decision 0021).

export const MAX_PLACES = 1000;
export const ASSIGNMENT_METHOD = 'Exacte toewijzing (minimale-kostenstroom): zoveel mogelijk plaatsen gevuld, en daarbinnen de hoogste totale score. '
  + 'Per kans tellen alleen de beste N kandidaten mee (N = alle plaatsen samen); dat verandert de uitkomst aantoonbaar niet.';

export interface AssignmentInput { opportunityIds: readonly string[]; residentIds?: readonly string[] }

/** The caller's own open opportunities, in the order asked; anything else answers 404 or 400. */
async function ownOpenOpportunities(caller: Caller, ids: readonly string[]) {
  const found = new Map((await visibleOpportunities(caller.db, caller.actor.municipalityId, { ids })).map((o) => [o.id, o]));
  return ids.map((id) => {
    const o = found.get(id);
    if (!o || o.municipalityId !== caller.actor.municipalityId) throw notFound(`Kans ${id} bestaat niet bij uw gemeente.`);
    if (o.status !== 'open') throw badRequest(`De kans "${o.title}" is niet open.`);
    return o;
  });
}

/** The pool: the residents asked for (own municipality, within the caller's scope), or the best per opportunity in the region. */
async function poolFor(db: Kysely<DB>, caller: Caller, opportunities: OpportunityRow[], input: AssignmentInput, rules: MatchingRules, places: number) {
  if (input.residentIds) {
    const own = [caller.actor.municipalityId];
    const people = await residentsForPresentation(db, own, input.residentIds);
    for (const id of input.residentIds) {
      const r = people.get(id);
      if (!r) throw notFound(`Inwoner ${id} bestaat niet bij uw gemeente.`);
      if (!inScope(caller.actor, caller.scope, r)) throw forbidden('Een inwoner in de pool hoort niet bij uw team.');
    }
    return (await candidatesByIds(db, own, input.residentIds)).map((s) => toCandidateProfile(s, rules));
  }
  const region = (await regionOf(db, caller.actor.municipalityId)).map((m) => m.id);
  const pool = new Map<string, CandidateProfile>();
  for (const o of opportunities) {
    // Each opportunity's best `places` candidates suffice (the exchange argument of pruneToTopN).
    for (const e of (await rankOpportunity(db, o, region, rules, places, true)).ranked) pool.set(e.candidate.id, e.candidate);
  }
  return [...pool.values()];
}

/** Every allowed (opportunity, candidate) pair with its score: the input of the assignment, and the bench's floor. */
export async function scoreMatrix(db: Kysely<DB>, opportunities: OpportunityRow[], pool: CandidateProfile[], rules: MatchingRules) {
  const requirements = opportunities.map(requirementsOf);
  const coordinates = await coordinatesOf(db, [...requirements.map((r) => r.area), ...pool.map((c) => c.area ?? '')]);
  // Distances between areas, not pairs: a pool of 20,000 lives in a few dozen areas.
  const distances = new Map<string, number | null>();
  const distance = (from: string | null, to: string) => {
    const key = `${from}|${to}`;
    if (!distances.has(key)) distances.set(key, areaDistanceKm(from, to, coordinates));
    return distances.get(key)!;
  };
  const groups: AssignmentGroup[] = opportunities.map((o, g) => {
    const text = occupationTextOf(o);
    const edges = [];
    for (let c = 0; c < pool.length; c++) {
      const km = distance(pool[c].area, requirements[g].area);
      if (passesConstraints(pool[c], requirements[g], km, rules) && freeForBatch(pool[c], requirements[g])) {
        edges.push({ candidate: c, score: score(pool[c], requirements[g], text) });
      }
    }
    return { places: placesOpen(o), edges };
  });
  return { groups, requirements, coordinates };
}

export async function proposeAssignment(caller: Caller, input: AssignmentInput) {
  const asked = await ownOpenOpportunities(caller, input.opportunityIds);
  // Open but every place taken (the places were lowered, or it was reopened): not offered.
  const full = asked.filter((o) => placesOpen(o) === 0);
  const opportunities = asked.filter((o) => placesOpen(o) > 0);
  if (opportunities.length === 0) {
    throw badRequest(`Alle plaatsen van ${asked.length === 1 ? `de kans "${asked[0].title}"` : 'de gekozen kansen'} zijn al bezet door actieve plaatsingen; er valt niets voor te stellen.`);
  }
  const places = opportunities.reduce((n, o) => n + placesOpen(o), 0);
  if (places > MAX_PLACES) throw badRequest(`Samen ${places} plaatsen; een voorstel gaat over hoogstens ${MAX_PLACES} plaatsen.`);
  const rules = await matchingRulesOn(caller.db, todayIso());
  const key = await pseudonymKey(caller.db);
  return caller.db.transaction().execute(async (tx) => {
    const pool = await poolFor(tx, caller, opportunities, input, rules, places);
    const { groups, requirements, coordinates } = await scoreMatrix(tx, opportunities, pool, rules);
    const result = assign(groups, pool.length);
    const chosen = result.pairs.sort((a, b) => a.group - b.group || b.score - a.score).map((p) => {
      const o = opportunities[p.group];
      const c = pool[p.candidate];
      return { o, e: evaluate(c, requirements[p.group], areaDistanceKm(c.area, requirements[p.group].area, coordinates), rules, occupationTextOf(o)) };
    });
    const region = (await regionOf(tx, caller.actor.municipalityId)).map((m) => m.id);
    const { views, ownShown, revealed } = await presentPairs(tx, caller, key, chosen, region);
    await appendAcrossChains(tx, caller.ctx, [
      { municipalityId: caller.actor.municipalityId, entry: {
        action: 'matching.assignment.propose', result: 'success', objectType: 'opportunity', objectId: opportunities.map((o) => o.id).join(','), residentIds: ownShown,
      } },
      ...revealed,
    ]);
    const filledPer = new Map<string, number>();
    for (const { o } of chosen) filledPer.set(o.id, (filledPer.get(o.id) ?? 0) + 1);
    return {
      pairs: chosen.map(({ o }, i) => ({ opportunity: { id: o.id, title: o.title }, candidate: views[i] })),
      placesTotal: places, placesFilled: result.filled, totalScore: result.total,
      unfilled: opportunities.filter((o) => (filledPer.get(o.id) ?? 0) < placesOpen(o))
        .map((o) => ({ opportunityId: o.id, title: o.title, open: placesOpen(o) - (filledPer.get(o.id) ?? 0) })),
      noPlacesLeft: full.map((o) => ({ opportunityId: o.id, title: o.title })),
      poolSize: pool.length, method: ASSIGNMENT_METHOD, rules,
    };
  });
}
