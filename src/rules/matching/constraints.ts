import type { CandidateProfile, MatchingRules, OpportunityRequirements } from './types.ts';

// Hard constraints (harde eisen): a candidate who fails one is not a candidate for the opportunity at all.
// The SQL prefilter of the candidate search (src/modules/matching/store.ts) applies the same conditions;
// these functions are the definition, and explain why someone is excluded.

export type ConstraintFailure =
  | { constraint: 'hours'; available: number | null; required: number }
  | { constraint: 'distance'; km: number | null; maxKm: number; defaulted: boolean }
  | { constraint: 'licence'; required: string }
  | { constraint: 'availability'; availableFrom: string; startDate: string }
  | { constraint: 'minimum_age'; minimumAgeYears: number; startDate: string }
  | { constraint: 'placed'; employerName: string };

/**
 * Driving licence categories that include a required one (Reglement rijbewijzen): B is needed before BE, C and D,
 * C before CE, and B and A include AM. A required category is met by holding it or one that includes it.
 */
const includedBy: Record<string, readonly string[]> = {
  AM: ['AM', 'A', 'B', 'BE', 'C', 'CE', 'D', 'T'],
  A: ['A'],
  B: ['B', 'BE', 'C', 'CE', 'D'],
  BE: ['BE', 'CE'],
  C: ['C', 'CE'],
  CE: ['CE'],
  D: ['D'],
  T: ['T'],
};

/** Every category that satisfies the required one (itself for an unknown category). */
export function licencesSatisfying(required: string): readonly string[] {
  return includedBy[required] ?? [required];
}

export function hasLicence(held: readonly string[], required: string | null): boolean {
  return required === null || licencesSatisfying(required).some((c) => held.includes(c));
}

/** The travel distance the candidate accepts: their own, or the rules' default when they gave none. */
export function reachKm(candidate: Pick<CandidateProfile, 'maxTravelKm'>, rules: Pick<MatchingRules, 'defaultMaxTravelKm'>): number {
  return candidate.maxTravelKm ?? rules.defaultMaxTravelKm;
}

/**
 * Every hard constraint the candidate fails, in a fixed order; empty means the candidate may be matched.
 * distanceKm: between the candidate's area and the workplace; null when either area has no known centroid.
 */
export function constraintFailures(
  c: CandidateProfile, o: OpportunityRequirements, distanceKm: number | null, rules: Pick<MatchingRules, 'defaultMaxTravelKm' | 'minimumAgeYears'>,
): ConstraintFailure[] {
  const failures: ConstraintFailure[] = [];
  if (c.hoursPerWeek === null || c.hoursPerWeek < o.hoursPerWeek) failures.push({ constraint: 'hours', available: c.hoursPerWeek, required: o.hoursPerWeek });
  const maxKm = reachKm(c, rules);
  if (distanceKm === null || distanceKm > maxKm) failures.push({ constraint: 'distance', km: distanceKm, maxKm, defaulted: c.maxTravelKm === null });
  if (!hasLicence(c.drivingLicences, o.drivingLicence)) failures.push({ constraint: 'licence', required: o.drivingLicence! });
  if (c.availableFrom !== null && c.availableFrom > o.startDate) failures.push({ constraint: 'availability', availableFrom: c.availableFrom, startDate: o.startDate });
  if (c.minimumAgeReachedOn > o.startDate) failures.push({ constraint: 'minimum_age', minimumAgeYears: rules.minimumAgeYears, startDate: o.startDate });
  const here = placementOn(c, o);
  if (here) failures.push({ constraint: 'placed', employerName: here.employerName });
  return failures;
}

/** The same verdict as `constraintFailures(...).length === 0`, without building the failures: for the score matrix. */
export function passesConstraints(
  c: CandidateProfile, o: OpportunityRequirements, distanceKm: number | null, rules: Pick<MatchingRules, 'defaultMaxTravelKm' | 'minimumAgeYears'>,
): boolean {
  return c.hoursPerWeek !== null && c.hoursPerWeek >= o.hoursPerWeek
    && distanceKm !== null && distanceKm <= reachKm(c, rules)
    && hasLicence(c.drivingLicences, o.drivingLicence)
    && (c.availableFrom === null || c.availableFrom <= o.startDate)
    && c.minimumAgeReachedOn <= o.startDate
    && placementOn(c, o) === undefined;
}

// Placements already running (docs/decisions/0021-matching-and-existing-placements.md). Someone placed on this very
// opportunity is never its candidate (hard constraint 'placed' above). A placement elsewhere does not exclude from a
// candidate list (the list notes it); a batch proposal leaves out whoever already works at least the opportunity's
// hours in running placements. The SQL prefilter (src/modules/matching/store.ts) applies both the same way.

/** The candidate's running placement on this opportunity, if any. */
export function placementOn(c: Pick<CandidateProfile, 'placements'>, o: Pick<OpportunityRequirements, 'id'>) {
  return c.placements.find((p) => p.opportunityId === o.id);
}

/** Hours a week in running placements, in tenths (contract hours have one decimal): exact, as in SQL's numeric sum. */
export function placedTenths(c: Pick<CandidateProfile, 'placements'>): number {
  return c.placements.reduce((sum, p) => sum + Math.round(p.hoursPerWeek * 10), 0);
}

/** The batch's extra rule: fewer hours in running placements than the opportunity asks. */
export function freeForBatch(c: Pick<CandidateProfile, 'placements'>, o: Pick<OpportunityRequirements, 'hoursPerWeek'>): boolean {
  return placedTenths(c) < o.hoursPerWeek * 10;
}
