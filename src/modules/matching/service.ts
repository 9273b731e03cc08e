import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { todayIso } from '../../rules/dates.ts';
import { areaDistanceKm, areaOf } from '../../rules/matching/distance.ts';
import { toCandidateProfile } from '../../rules/matching/profile.ts';
import { byRank, evaluate, rankCandidates, type Evaluation } from '../../rules/matching/rank.ts';
import { cefrLevels, type Cefr, type MatchingRules, type OpportunityRequirements } from '../../rules/matching/types.ts';
import { opportunityAccess } from '../../rules/opportunity-access.ts';
import { notFound } from '../../server/problem.ts';
import type { AuditEntry } from '../access/audit/store.ts';
import { scopeFor } from '../access/permissions.ts';
import { withResident, type Caller } from '../residents/guard.ts';
import { occupationByCode } from '../residents/dossier/occupations.ts';
import { appendAcrossChains, MATCHING_PURPOSE } from './audit.ts';
import { candidateToken, pseudonymKey } from './pseudonym.ts';
import { fullName, isNamed, presentCandidate, presentExclusions, presentFactors, presentOpportunity, type CandidateView } from './present.ts';
import { revealsFor } from './reveal-store.ts';
import {
  candidatesByIds, coordinatesNear, coordinatesOf, matchingRulesOn, maxReachKm, reachableAreas, regionOf, residentsForPresentation,
  searchCandidates, visibleOpportunities, type CandidateSearch, type OpportunityRow,
} from './store.ts';

const asCefr = (v: string | null): Cefr | null => (v !== null && (cefrLevels as readonly string[]).includes(v) ? (v as Cefr) : null);

export function requirementsOf(o: OpportunityRow): OpportunityRequirements {
  return {
    id: o.id, kind: o.kind, title: o.title, occupationCode: o.occupationCode, requiredSkills: o.requiredSkills, hoursPerWeek: o.hoursPerWeek,
    area: areaOf(o.postcode) ?? '', drivingLicence: o.drivingLicence, languageLevel: asCefr(o.languageLevel), minLadderStep: o.minLadderStep,
    startDate: o.startDate,
  };
}
export const occupationTextOf = (o: Pick<OpportunityRow, 'occupationCode'>) => occupationByCode.get(o.occupationCode) ?? '';

/** One opportunity the caller may match on, with how they may: 'own' or 'region'. Refusals are audited; 404. */
export async function loadOpportunity(caller: Caller, opportunityId: string, action: string) {
  const [o] = await visibleOpportunities(caller.db, caller.actor.municipalityId, { ids: [opportunityId] });
  if (!o) {
    await caller.db.transaction().execute((tx) => appendAcrossChains(tx, caller.ctx, [{
      municipalityId: caller.actor.municipalityId, entry: { action, result: 'denied', objectType: 'opportunity', objectId: opportunityId },
    }]));
    throw notFound('Deze kans bestaat niet of u heeft er geen toegang toe.');
  }
  const viewer = { municipalityId: caller.actor.municipalityId, regionId: o.regionId };
  return { o, access: opportunityAccess(viewer, o) as 'own' | 'region' };
}

/**
 * The best candidates for one opportunity among the residents of the given municipalities: the SQL prefilter
 * finds who passes the hard constraints and can still make the top `limit`, the pure rules score and sort them.
 * For a batch, also without whoever already works the opportunity's hours (freeForBatch, decision 0021).
 */
export async function rankOpportunity(db: Kysely<DB>, o: OpportunityRow, municipalityIds: readonly string[], rules: MatchingRules, limit: number, batch = false) {
  const search = await candidateSearchFor(db, o, municipalityIds, rules);
  if (!search) return { ranked: [] as Evaluation[], eligible: 0 };
  const { rows, eligible } = await searchCandidates(db, { ...search, batch }, limit);
  const pool = rows.map((s) => ({ candidate: toCandidateProfile(s, rules), distanceKm: s.area ? search.reach.get(s.area) ?? null : null }));
  return { ranked: rankCandidates(search.requirements, pool, rules, occupationTextOf(o), limit), eligible };
}

/**
 * The prefilter of one opportunity: the areas within reach of the workplace (no farther than the largest travel
 * distance any profile of these municipalities accepts) with their distances. Undefined when the workplace has no centroid.
 */
export async function candidateSearchFor(
  db: Kysely<DB>, o: OpportunityRow, municipalityIds: readonly string[], rules: MatchingRules, today = todayIso(),
): Promise<CandidateSearch | undefined> {
  const requirements = requirementsOf(o);
  const workplace = (await coordinatesOf(db, [requirements.area])).get(requirements.area);
  if (!workplace) return undefined;
  const reach = await maxReachKm(db, municipalityIds, rules.defaultMaxTravelKm);
  const areas = reachableAreas(workplace, await coordinatesNear(db, workplace, reach), reach);
  return { municipalityIds, workplace, reach: areas, requirements, rules, today };
}

/**
 * Presents evaluated (opportunity, candidate) pairs to the caller and collects the audit events: one for the caller's
 * own residents in the list, and one per revealed resident of another municipality, in that municipality's chain.
 */
export async function presentPairs(tx: Kysely<DB>, caller: Caller, key: Buffer, pairs: { o: OpportunityRow; e: Evaluation }[], searchIds: readonly string[]) {
  const { actor } = caller;
  const viewer = { actor, scope: caller.scope };
  const ids = [...new Set(pairs.map((p) => p.e.candidate.id))];
  const [residents, reveals] = await Promise.all([
    residentsForPresentation(tx, searchIds, ids),
    revealsFor(tx, actor.municipalityId, [...new Set(pairs.map((p) => p.o.id))], ids),
  ]);
  const mayAsk = scopeFor(actor.role, 'matching', 'create') !== undefined;
  const revealed: { municipalityId: string; entry: AuditEntry }[] = [];
  const views: CandidateView[] = pairs.map(({ o, e }, i) => {
    const resident = residents.get(e.candidate.id)!;
    const reveal = reveals.get(`${o.id}:${resident.id}`);
    const ownOpportunity = o.municipalityId === actor.municipalityId;
    const view = presentCandidate(viewer, e, i + 1, candidateToken(key, o.id, resident.id), resident, ownOpportunity ? reveal : undefined, ownOpportunity && mayAsk);
    if (view.person && !isNamed(viewer, resident)) {
      revealed.push({ municipalityId: resident.municipalityId, entry: {
        action: 'matching.revealed_candidate.read', result: 'success', objectType: 'opportunity', objectId: o.id, residentIds: [resident.id],
      } });
    }
    return view;
  });
  const ownShown = ids.filter((id) => residents.get(id)!.municipalityId === actor.municipalityId);
  return { views, ownShown, revealed };
}

export async function candidatesForOpportunity(caller: Caller, opportunityId: string, limit: number) {
  const { actor } = caller;
  const { o, access } = await loadOpportunity(caller, opportunityId, 'matching.candidates.read');
  const region = await regionOf(caller.db, actor.municipalityId);
  // The owner searches the whole region; another municipality of the region proposes its own residents only.
  const searched = access === 'own' ? region : region.slice(0, 1);
  const searchIds = searched.map((m) => m.id);
  const rules = await matchingRulesOn(caller.db, todayIso());
  const key = await pseudonymKey(caller.db);
  return caller.db.transaction().execute(async (tx) => {
    const { ranked, eligible } = await rankOpportunity(tx, o, searchIds, rules, limit);
    const { views, ownShown, revealed } = await presentPairs(tx, caller, key, ranked.map((e) => ({ o, e })), searchIds);
    await appendAcrossChains(tx, caller.ctx, [
      { municipalityId: actor.municipalityId, entry: { action: 'matching.candidates.read', result: 'success', objectType: 'opportunity', objectId: o.id, residentIds: ownShown } },
      ...revealed,
    ]);
    return { opportunity: presentOpportunity(o, actor.municipalityId), searchedMunicipalities: searched.map((m) => m.name), eligible, items: views, rules };
  });
}

/** Open opportunities of the own municipality and those shared in the region, for one resident: eligible ones first. */
export async function opportunitiesForResident(caller: Caller, residentId: string, limit: number) {
  const rules = await matchingRulesOn(caller.db, todayIso());
  return withResident(caller, 'matching.opportunities.read', residentId, async (tx, resident) => {
    const opportunities = await visibleOpportunities(tx, caller.actor.municipalityId, { openOnly: true });
    const [stored] = await candidatesByIds(tx, [resident.municipalityId], [resident.id]);
    const candidate = toCandidateProfile(stored, rules);
    const requirements = opportunities.map(requirementsOf);
    const coordinates = await coordinatesOf(tx, [candidate.area ?? '', ...requirements.map((r) => r.area)]);
    const evaluated = opportunities.map((o, i) => ({
      o, e: evaluate(candidate, requirements[i], areaDistanceKm(candidate.area, requirements[i].area, coordinates), rules, occupationTextOf(o)),
    }));
    evaluated.sort((a, b) => (a.e.failures.length === 0 ? 0 : 1) - (b.e.failures.length === 0 ? 0 : 1) || byRank(a.e, b.e) || (a.o.id < b.o.id ? -1 : 1));
    const items = evaluated.slice(0, limit).map(({ o, e }) => ({
      opportunity: presentOpportunity(o, caller.actor.municipalityId), eligible: e.failures.length === 0, score: e.score,
      distanceKm: e.distanceKm === null ? null : Math.round(e.distanceKm), factors: presentFactors(e), exclusions: presentExclusions(e),
    }));
    return { value: { resident: { id: resident.id, name: fullName(resident) }, items, rules }, audit: { action: 'matching.opportunities.read', objectType: 'resident', purpose: MATCHING_PURPOSE } };
  });
}
