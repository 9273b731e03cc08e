import fc from 'fast-check';
import occupationsJson from '../../modules/residents/data/occupations.json' with { type: 'json' };
import { cefrLevels, type CandidateProfile, type Labels, type MatchingRules, type OpportunityKind, type OpportunityRequirements } from './types.ts';

// Sample inputs and fast-check generators for the unit tests of the matching rules.

export const rules: MatchingRules = { validFrom: '2020-01-01', minimumAgeYears: 16, defaultMaxTravelKm: 20, source: 'test' };

const occupationLabels = new Map(occupationsJson.occupations.map((o) => [o.code, o.label]));
const skillLabels = new Map(occupationsJson.skills.map((s) => [s.code, s.label]));
export const labels: Labels = {
  occupation: (code) => occupationLabels.get(code) ?? code,
  skill: (code) => skillLabels.get(code) ?? code,
};
export const occupationCodes = occupationsJson.occupations.map((o) => o.code);
export const skillCodes = occupationsJson.skills.map((s) => s.code);

export function candidate(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return {
    id: '00000000-0000-4000-8000-000000000001', municipalityId: 'm1', area: '7491', hoursPerWeek: 32, maxTravelKm: 15,
    drivingLicences: ['B'], dutchLevel: 'B1', availableFrom: null, ladderStep: 4, occupations: [], skills: [], wishes: '',
    wageValuePct: null, minimumAgeReachedOn: '2000-01-01', placements: [], ...overrides,
  };
}

export function opportunity(overrides: Partial<OpportunityRequirements> = {}): OpportunityRequirements {
  return {
    id: 'o1', kind: 'regular_vacancy', title: 'Administratief medewerker', occupationCode: '4110', requiredSkills: ['S04', 'S06'],
    hoursPerWeek: 24, area: '7491', drivingLicence: null, languageLevel: 'B1', minLadderStep: 3, startDate: '2026-03-01', ...overrides,
  };
}

const kinds: OpportunityKind[] = ['regular_vacancy', 'trial_placement', 'work_experience', 'jobs_agreement', 'sheltered_place', 'learn_work'];
const isoDay = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2030, 11, 31) }).map((t) => new Date(t - (t % 86_400_000)).toISOString().slice(0, 10));
const licences = ['AM', 'A', 'B', 'BE', 'C', 'CE', 'D', 'T'];

export const candidateArb: fc.Arbitrary<CandidateProfile> = fc.record({
  id: fc.uuid(), municipalityId: fc.constantFrom('m1', 'm2'), area: fc.constantFrom('7491', '7481', null),
  hoursPerWeek: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), maxTravelKm: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  drivingLicences: fc.subarray(licences), dutchLevel: fc.option(fc.constantFrom(...cefrLevels), { nil: null }),
  availableFrom: fc.option(isoDay, { nil: null }), ladderStep: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  occupations: fc.subarray(occupationCodes.slice(0, 8)), skills: fc.subarray(skillCodes.slice(0, 10)),
  wishes: fc.constantFrom('', 'Graag in de administratie', 'Iets met koken', 'buiten werken', 'Magazijn of logistiek'),
  wageValuePct: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), minimumAgeReachedOn: isoDay,
  // Running placements: on the opportunity of opportunityArb ('o1'), on another, or on none; hours in tenths as stored.
  placements: fc.array(fc.record({
    opportunityId: fc.constantFrom('o1', 'o2', null), employerName: fc.constantFrom('Bakkerij Korenaar', 'Werkbedrijf'),
    hoursPerWeek: fc.integer({ min: 1, max: 400 }).map((t) => t / 10),
  }), { maxLength: 2 }),
});

export const opportunityArb: fc.Arbitrary<OpportunityRequirements> = fc.record({
  id: fc.constant('o1'), kind: fc.constantFrom(...kinds), title: fc.constantFrom('Administratief medewerker', 'Magazijnmedewerker', 'Kok in de keuken'),
  occupationCode: fc.option(fc.constantFrom(...occupationCodes.slice(0, 8)), { nil: null }), requiredSkills: fc.subarray(skillCodes.slice(0, 10), { maxLength: 4 }),
  hoursPerWeek: fc.integer({ min: 1, max: 40 }), area: fc.constantFrom('7491', '7481'), drivingLicence: fc.option(fc.constantFrom(...licences), { nil: null }),
  languageLevel: fc.option(fc.constantFrom(...cefrLevels), { nil: null }), minLadderStep: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  startDate: isoDay,
});
