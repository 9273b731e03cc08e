import type { RevealStatus } from '../../db/types.ts';
import { roundedKm } from '../../rules/matching/distance.ts';
import { explainFactor, explainFailure, explainPlacedElsewhere, factorLabels } from '../../rules/matching/explain.ts';
import type { Evaluation } from '../../rules/matching/rank.ts';
import type { Labels } from '../../rules/matching/types.ts';
import type { Scope } from '../access/permissions.ts';
import type { Actor } from '../access/roles.ts';
import { inScope } from '../residents/guard.ts';
import { occupationByCode, skillByCode } from '../residents/dossier/occupations.ts';
import { opportunityKindLabels } from '../employers/labels.ts';
import { placesOpen, type OpportunityRow, type PresentedResident } from './store.ts';

// What a caller sees of a candidate. Named: a resident of the caller's own municipality within the caller's scope
// (the same people the caller may open the dossier of, or for an account manager: of the municipality). Revealed:
// another's resident whose consultant approved a reveal request for this opportunity — name and contact person
// only. Everyone else is an anonymous profile: a token, the municipality's name and the work-related facts.

export const labels: Labels = {
  occupation: (code) => occupationByCode.get(code) ?? code,
  skill: (code) => skillByCode.get(code) ?? code,
};
const coded = (code: string, label: (c: string) => string) => ({ code, label: label(code) });

export const fullName = (r: Pick<PresentedResident, 'givenNames' | 'surnamePrefix' | 'surname'>) =>
  [r.givenNames, r.surnamePrefix, r.surname].filter(Boolean).join(' ');

export interface Viewer { actor: Actor; scope: Scope }

export function isNamed(viewer: Viewer, r: Pick<PresentedResident, 'id' | 'municipalityId' | 'contactPersonId' | 'teamId'>): boolean {
  return r.municipalityId === viewer.actor.municipalityId && inScope(viewer.actor, viewer.scope, r);
}

export function presentFactors(e: Pick<Evaluation, 'factors'>) {
  return e.factors.map((f) => ({ factor: f.factor, label: factorLabels[f.factor], points: f.points, explanation: explainFactor(f, labels) }));
}

export function presentExclusions(e: Pick<Evaluation, 'failures'>) {
  return e.failures.map((f) => ({ constraint: f.constraint, explanation: explainFailure(f) }));
}

export interface RevealState { id: string; status: RevealStatus }

export function presentCandidate(
  viewer: Viewer, e: Evaluation, rank: number, token: string, resident: PresentedResident, reveal: RevealState | undefined, mayRequestReveal: boolean,
) {
  const named = isNamed(viewer, resident);
  const revealed = !named && reveal?.status === 'approved';
  const person = named || revealed
    ? { residentId: named ? resident.id : null, name: fullName(resident), contactPerson: resident.contactPersonName, contactMunicipality: resident.municipalityName }
    : null;
  const occupations = e.factors.flatMap((f) => (f.factor === 'occupation' && f.matched ? [coded(f.code, labels.occupation)] : []));
  const skills = e.factors.flatMap((f) => (f.factor === 'skills' ? f.matched.map((s) => coded(s, labels.skill)) : []));
  // Running placements (elsewhere: on this opportunity excludes): employers only for the caller's own, named residents.
  const running = e.candidate.placements;
  const placed = running.length === 0 ? null : {
    hoursPerWeek: running.reduce((sum, p) => sum + Math.round(p.hoursPerWeek * 10), 0) / 10,
    employers: named ? running.map((p) => p.employerName) : [],
    note: explainPlacedElsewhere(running, named)!,
  };
  return {
    rank, token, score: e.score, anonymous: person === null, person,
    municipality: { name: resident.municipalityName, own: resident.municipalityId === viewer.actor.municipalityId },
    ladderStep: e.candidate.ladderStep, hoursPerWeek: e.candidate.hoursPerWeek, distanceKm: e.distanceKm === null ? null : roundedKm(e.distanceKm),
    matchedOccupations: occupations, matchedSkills: skills, factors: presentFactors(e), placed,
    reveal: { status: (reveal?.status ?? 'none') as RevealStatus | 'none', requestId: reveal?.id ?? null, canRequest: !named && reveal === undefined && mayRequestReveal },
  };
}
export type CandidateView = ReturnType<typeof presentCandidate>;

export function presentOpportunity(o: OpportunityRow, viewerMunicipalityId: string) {
  return {
    id: o.id, title: o.title, kind: o.kind, kindLabel: opportunityKindLabels[o.kind], employerName: o.employerName,
    occupation: coded(o.occupationCode, labels.occupation), requiredSkills: o.requiredSkills.map((s) => coded(s, labels.skill)),
    hoursPerWeek: o.hoursPerWeek, postcode: o.postcode, place: o.place, languageLevel: o.languageLevel, drivingLicence: o.drivingLicence,
    minLadderStep: o.minLadderStep, startDate: o.startDate, places: o.places, placesOpen: placesOpen(o), status: o.status, sharedWithRegion: o.sharedWithRegion,
    municipality: { id: o.municipalityId, name: o.municipalityName, own: o.municipalityId === viewerMunicipalityId },
  };
}
