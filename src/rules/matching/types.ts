// The inputs of matching, as explicit structs. They carry work-related facts only: never a name, address,
// nationality, ethnicity, religion, gender or age. The one fact derived from the birth date is the day the legal
// minimum age for work is reached, and only the minimum-age constraint reads it (invariance.test.ts proves that
// nothing else can change a ranking).

export const cefrLevels = ['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type Cefr = (typeof cefrLevels)[number];

/** What matching knows about a candidate (kandidaat). */
export interface CandidateProfile {
  /** Resident id: identifies the candidate and breaks ties; it never adds or removes points. */
  id: string;
  municipalityId: string;
  /** 4-digit postcode area of the address (distance is measured between area centroids). */
  area: string | null;
  hoursPerWeek: number | null;
  /** null: the resident gave none; the default of the matching rules applies. */
  maxTravelKm: number | null;
  drivingLicences: readonly string[];
  dutchLevel: Cefr | null;
  /** 'YYYY-MM-DD'; null: available now. */
  availableFrom: string | null;
  ladderStep: number | null;
  /** Occupation codes (ISCO-08, occupations.json) in the profile. */
  occupations: readonly string[];
  /** Skill codes in the profile. */
  skills: readonly string[];
  wishes: string;
  /** Latest wage value (loonwaarde), % of the statutory minimum wage; null when never measured. */
  wageValuePct: number | null;
  /** 'YYYY-MM-DD': the day the legal minimum age for work is reached. */
  minimumAgeReachedOn: string;
  /** The candidate's placements that are still running (status active, no end date or one not yet passed). */
  placements: readonly ActivePlacement[];
}

/** A running placement (plaatsing) of a candidate: on which opportunity (if any), where, and for how many hours. */
export interface ActivePlacement {
  opportunityId: string | null;
  employerName: string;
  /** Contract hours per week; whole or in tenths (numeric(4,1)). */
  hoursPerWeek: number;
}

export type OpportunityKind = 'regular_vacancy' | 'trial_placement' | 'work_experience' | 'jobs_agreement' | 'sheltered_place' | 'learn_work';

/** What matching knows about an opportunity (kans). */
export interface OpportunityRequirements {
  id: string;
  kind: OpportunityKind;
  title: string;
  occupationCode: string | null;
  requiredSkills: readonly string[];
  hoursPerWeek: number;
  area: string;
  drivingLicence: string | null;
  languageLevel: Cefr | null;
  minLadderStep: number | null;
  startDate: string;
}

/** The versioned rules table (matching_rules): law (minimum age) and policy (default travel distance). */
export interface MatchingRules {
  validFrom: string;
  minimumAgeYears: number;
  defaultMaxTravelKm: number;
  source: string;
}

/** Code → Dutch label, for explanations. */
export interface Labels {
  occupation(code: string): string;
  skill(code: string): string;
}
