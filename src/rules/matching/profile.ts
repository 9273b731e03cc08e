import { cefrLevels, type ActivePlacement, type CandidateProfile, type Cefr, type MatchingRules } from './types.ts';

// From what is stored about a resident to what matching may know. Fields are copied one by one, never spread:
// whatever else a record carries (a birth date, and anything a future table might add such as nationality,
// ethnicity, religion or gender) cannot reach the rules. invariance.test.ts feeds such records on purpose.

/** The stored facts matching reads: the work profile, skills, latest wage value, ladder step, birth date, running placements. */
export interface StoredCandidate {
  residentId: string;
  municipalityId: string;
  area: string | null;
  hoursPerWeek: number | null;
  maxTravelKm: number | null;
  drivingLicences: readonly string[];
  dutchLevel: string | null;
  availableFrom: string | null;
  ladderStep: number | null;
  wishes: string;
  occupations: readonly string[];
  skills: readonly string[];
  wageValuePct: number | null;
  birthDate: string;
  placements: readonly ActivePlacement[];
}

/** The day someone born on birthDate turns `years` (born on 29 February: 1 March in a common year). */
export function birthdayOfAge(birthDate: string, years: number): string {
  const [y, m, d] = birthDate.split('-').map(Number);
  const day = new Date(Date.UTC(y + years, m - 1, d));
  return day.toISOString().slice(0, 10);
}

const isCefr = (v: string | null): v is Cefr => v !== null && (cefrLevels as readonly string[]).includes(v);

export function toCandidateProfile(r: StoredCandidate, rules: Pick<MatchingRules, 'minimumAgeYears'>): CandidateProfile {
  return {
    id: r.residentId,
    municipalityId: r.municipalityId,
    area: r.area,
    hoursPerWeek: r.hoursPerWeek,
    maxTravelKm: r.maxTravelKm,
    drivingLicences: [...r.drivingLicences],
    dutchLevel: isCefr(r.dutchLevel) ? r.dutchLevel : null,
    availableFrom: r.availableFrom,
    ladderStep: r.ladderStep,
    occupations: [...r.occupations],
    skills: [...r.skills],
    wishes: r.wishes,
    wageValuePct: r.wageValuePct,
    minimumAgeReachedOn: birthdayOfAge(r.birthDate, rules.minimumAgeYears),
    placements: r.placements.map((p) => ({ opportunityId: p.opportunityId, employerName: p.employerName, hoursPerWeek: p.hoursPerWeek })),
  };
}
