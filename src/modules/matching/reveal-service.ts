import type { Kysely } from 'kysely';
import type { DB, RevealStatus } from '../../db/types.ts';
import { todayIso } from '../../rules/dates.ts';
import { areaDistanceKm } from '../../rules/matching/distance.ts';
import { toCandidateProfile } from '../../rules/matching/profile.ts';
import { evaluate } from '../../rules/matching/rank.ts';
import { forbidden, HttpProblem, notFound } from '../../server/problem.ts';
import { inScope, type Caller } from '../residents/guard.ts';
import { appendAcrossChains } from './audit.ts';
import { residentOfToken, pseudonymKey } from './pseudonym.ts';
import { fullName, isNamed, presentExclusions, presentFactors, presentOpportunity } from './present.ts';
import { decideReveal, existingReveal, insertReveal, loadReveals, type RevealRow } from './reveal-store.ts';
import { revealStatusLabels } from './schema.ts';
import { loadOpportunity, occupationTextOf, requirementsOf } from './service.ts';
import { candidatesByIds, coordinatesOf, matchingRulesOn, regionOf, residentsForPresentation, visibleOpportunities, type OpportunityRow } from './store.ts';

// Kennismaken: the municipality of an opportunity asks to know who an anonymous candidate is; the candidate's own
// consultant (or team lead) approves or declines. Every step is audited in the resident's municipality's chain.

const conflict = (detail: string) => new HttpProblem(409, 'Kan niet', detail);

async function refuse(caller: Caller, problem: HttpProblem, entry: { action: string; objectType: string; objectId: string; residentIds?: string[] }): Promise<never> {
  await caller.db.transaction().execute((tx) => appendAcrossChains(tx, caller.ctx, [
    { municipalityId: caller.actor.municipalityId, entry: { ...entry, result: 'denied' } },
  ]));
  throw problem;
}

export async function requestReveal(caller: Caller, opportunityId: string, token: string, message: string) {
  const { actor } = caller;
  const action = 'matching.reveal_request.create';
  const { o, access } = await loadOpportunity(caller, opportunityId, action);
  const denied = { action, objectType: 'opportunity', objectId: o.id };
  if (access !== 'own') return refuse(caller, forbidden('Alleen de gemeente van deze kans kan vragen om kennis te maken met een kandidaat.'), denied);
  const residentId = residentOfToken(await pseudonymKey(caller.db), o.id, token);
  const region = (await regionOf(caller.db, actor.municipalityId)).map((m) => m.id);
  const resident = residentId ? (await residentsForPresentation(caller.db, region, [residentId])).get(residentId) : undefined;
  if (!resident) return refuse(caller, notFound('Deze kandidaat bestaat niet (meer) bij deze kans.'), denied);
  if (isNamed({ actor, scope: caller.scope }, resident)) throw conflict('U ziet deze kandidaat al met naam; een verzoek is niet nodig.');
  const rules = await matchingRulesOn(caller.db, todayIso());
  const [stored] = await candidatesByIds(caller.db, [resident.municipalityId], [resident.id], false);
  const requirements = requirementsOf(o);
  const coordinates = await coordinatesOf(caller.db, [stored.area ?? '', requirements.area]);
  const e = evaluate(toCandidateProfile(stored, rules), requirements, areaDistanceKm(stored.area, requirements.area, coordinates), rules, occupationTextOf(o));
  if (e.failures.length > 0) throw conflict('Deze inwoner voldoet niet (meer) aan de harde eisen van deze kans.');
  const existing = await existingReveal(caller.db, o.id, resident.id);
  if (existing) throw conflict(existing.status === 'declined' ? 'De consulent heeft een eerder verzoek voor deze kandidaat bij deze kans afgewezen.' : 'Voor deze kandidaat loopt al een verzoek bij deze kans.');

  return caller.db.transaction().execute(async (tx) => {
    const row = await insertReveal(tx, {
      municipalityId: resident.municipalityId, residentId: resident.id, opportunityId: o.id, requesterMunicipalityId: actor.municipalityId, requestedBy: actor.userId, message,
    });
    if (!row) throw conflict('Voor deze kandidaat loopt al een verzoek bij deze kans.');
    const entry = { action, result: 'success' as const, objectType: 'reveal_request', objectId: row.id };
    const sameMunicipality = resident.municipalityId === actor.municipalityId;
    await appendAcrossChains(tx, caller.ctx, [
      { municipalityId: actor.municipalityId, entry: { ...entry, residentIds: sameMunicipality ? [resident.id] : [] } },
      ...(sameMunicipality ? [] : [{ municipalityId: resident.municipalityId, entry: { ...entry, residentIds: [resident.id] } }]),
    ]);
    return {
      id: row.id, status: row.status, statusLabel: revealStatusLabels[row.status], requestedAt: new Date(row.requestedAt).toISOString(), message,
      requester: { name: actor.displayName, municipality: (await regionOf(tx, actor.municipalityId))[0].name },
      opportunity: presentOpportunity(o, actor.municipalityId), resident: null, decision: null, match: null,
    };
  });
}

/** Requests about residents in the caller's scope, each with how the resident matches the opportunity. */
async function presentReveals(db: Kysely<DB>, caller: Caller, rows: RevealRow[]) {
  const m = caller.actor.municipalityId;
  const opportunities = new Map((await visibleOpportunities(db, m, { ids: [...new Set(rows.map((r) => r.opportunityId))], askedAboutOwnResidents: true }))
    .map((o) => [o.id, o]));
  const rules = await matchingRulesOn(db, todayIso());
  const stored = new Map((await candidatesByIds(db, [m], [...new Set(rows.map((r) => r.residentId))])).map((s) => [s.residentId, s]));
  const coordinates = await coordinatesOf(db, [...[...stored.values()].map((s) => s.area ?? ''), ...[...opportunities.values()].map((o) => requirementsOf(o).area)]);
  return rows.flatMap((r) => {
    const o = opportunities.get(r.opportunityId) as OpportunityRow | undefined;
    const s = stored.get(r.residentId);
    if (!o || !s) return [];
    const requirements = requirementsOf(o);
    const e = evaluate(toCandidateProfile(s, rules), requirements, areaDistanceKm(s.area, requirements.area, coordinates), rules, occupationTextOf(o));
    return [{
      id: r.id, status: r.status, statusLabel: revealStatusLabels[r.status], requestedAt: new Date(r.requestedAt).toISOString(), message: r.message,
      requester: { name: r.requesterName, municipality: r.requesterMunicipality },
      opportunity: presentOpportunity(o, m), resident: { id: r.residentId, name: fullName(r) },
      decision: r.decidedAt ? { by: r.decidedByName ?? '', at: new Date(r.decidedAt).toISOString(), reason: r.decisionReason } : null,
      match: { score: e.score, factors: presentFactors(e), exclusions: presentExclusions(e) },
    }];
  });
}

const teamFilter = (caller: Caller) => (caller.scope === 'municipality' ? {} : { teamId: caller.scope === 'team' ? caller.actor.teamId : null });

export async function listReveals(caller: Caller, status: RevealStatus | 'all') {
  return caller.db.transaction().execute(async (tx) => {
    const rows = await loadReveals(tx, caller.actor.municipalityId, { ...teamFilter(caller), ...(status === 'all' ? {} : { status }) });
    const items = await presentReveals(tx, caller, rows);
    await appendAcrossChains(tx, caller.ctx, [{ municipalityId: caller.actor.municipalityId, entry: {
      action: 'matching.reveal_request.list', result: 'success', objectType: 'reveal_request', residentIds: [...new Set(rows.map((r) => r.residentId))],
    } }]);
    return { items };
  });
}

export async function decideOnReveal(caller: Caller, id: string, decision: 'approve' | 'decline', reason: string) {
  const m = caller.actor.municipalityId;
  const action = `matching.reveal_request.${decision}`;
  const [row] = await loadReveals(caller.db, m, { id });
  if (!row) return refuse(caller, notFound('Dit verzoek bestaat niet of u heeft er geen toegang toe.'), { action, objectType: 'reveal_request', objectId: id });
  if (!inScope(caller.actor, caller.scope, { id: row.residentId, contactPersonId: row.contactPersonId, teamId: row.teamId })) {
    return refuse(caller, forbidden('Dit verzoek gaat over een inwoner buiten uw team.'), { action, objectType: 'reveal_request', objectId: id, residentIds: [row.residentId] });
  }
  if (row.status !== 'pending') throw conflict('Over dit verzoek is al beslist.');
  return caller.db.transaction().execute(async (tx) => {
    const done = await decideReveal(tx, m, id, { status: decision === 'approve' ? 'approved' : 'declined', decidedBy: caller.actor.userId, reason });
    if (!done) throw conflict('Over dit verzoek is al beslist.');
    await appendAcrossChains(tx, caller.ctx, [{ municipalityId: m, entry: {
      action, result: 'success', objectType: 'reveal_request', objectId: id, residentIds: [row.residentId],
    } }]);
    const [after] = await loadReveals(tx, m, { id });
    const [item] = await presentReveals(tx, caller, [after]);
    return item;
  });
}
