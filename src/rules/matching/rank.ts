import { constraintFailures, type ConstraintFailure } from './constraints.ts';
import { scoreFactors, totalPoints, type Factor } from './scoring.ts';
import type { CandidateProfile, MatchingRules, OpportunityRequirements } from './types.ts';

/** One candidate measured against one opportunity: the hard constraints it fails, and its factors and score. */
export interface Evaluation {
  candidate: CandidateProfile;
  distanceKm: number | null;
  failures: ConstraintFailure[];
  factors: Factor[];
  score: number;
}

export function evaluate(
  candidate: CandidateProfile, o: OpportunityRequirements, distanceKm: number | null, rules: MatchingRules, occupationText: string,
): Evaluation {
  const factors = scoreFactors(candidate, o, occupationText);
  return { candidate, distanceKm, failures: constraintFailures(candidate, o, distanceKm, rules), factors, score: totalPoints(factors) };
}

/** Highest score first; then the shorter journey; then the id, so equal candidates keep a fixed order. */
export function byRank(a: Pick<Evaluation, 'score' | 'distanceKm' | 'candidate'>, b: Pick<Evaluation, 'score' | 'distanceKm' | 'candidate'>): number {
  if (a.score !== b.score) return b.score - a.score;
  const da = a.distanceKm ?? Number.POSITIVE_INFINITY;
  const db = b.distanceKm ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da - db;
  return a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0;
}

/** The eligible candidates (no failed hard constraint), best first, at most `limit`. */
export function rankCandidates(
  o: OpportunityRequirements, pool: readonly { candidate: CandidateProfile; distanceKm: number | null }[], rules: MatchingRules,
  occupationText: string, limit = Number.POSITIVE_INFINITY,
): Evaluation[] {
  return pool.map((p) => evaluate(p.candidate, o, p.distanceKm, rules, occupationText))
    .filter((e) => e.failures.length === 0)
    .sort(byRank)
    .slice(0, limit);
}
