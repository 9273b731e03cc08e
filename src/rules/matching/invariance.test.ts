import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { opportunityArb, rules } from './fixtures.ts';
import { birthdayOfAge, toCandidateProfile, type StoredCandidate } from './profile.ts';
import { rankCandidates } from './rank.ts';

// Matching never uses nationality, ethnicity, religion, gender or age (beyond the legal minimum age): the same
// records with any other values for those attributes give exactly the same ranking, scores and explanations.

interface ProtectedAttributes { nationality: string; ethnicity: string; religion: string; gender: string; birthDate: string }
type FullRecord = StoredCandidate & ProtectedAttributes;

const workFacts = fc.record({
  residentId: fc.uuid(), municipalityId: fc.constantFrom('m1', 'm2'), area: fc.constantFrom('7491', '7481', '7495'),
  hoursPerWeek: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }), maxTravelKm: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  drivingLicences: fc.subarray(['B', 'C', 'AM']), dutchLevel: fc.option(fc.constantFrom('A1', 'A2', 'B1', 'B2'), { nil: null }),
  availableFrom: fc.constant(null), ladderStep: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  wishes: fc.constantFrom('', 'administratie', 'magazijn', 'koken'), occupations: fc.subarray(['4110', '4321', '5120', '9333']),
  skills: fc.subarray(['S01', 'S03', 'S04', 'S06', 'S09']), wageValuePct: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  placements: fc.array(fc.record({ opportunityId: fc.constantFrom('o1', null), employerName: fc.constant('Werkbedrijf'), hoursPerWeek: fc.integer({ min: 1, max: 40 }) }), { maxLength: 1 }),
});
const protectedAttributes = fc.record({
  nationality: fc.constantFrom('Nederlandse', 'Syrische', 'Eritrese', 'Poolse', 'Turkse', 'Marokkaanse', 'onbekend'),
  ethnicity: fc.constantFrom('a', 'b', 'c', 'onbekend'),
  religion: fc.constantFrom('geen', 'christelijk', 'islamitisch', 'joods', 'hindoeïstisch'),
  gender: fc.constantFrom('vrouw', 'man', 'anders', 'onbekend'),
  // Any adult age: between 18 and 67 on 1 January 2024, before every start date generated.
  birthDate: fc.integer({ min: Date.UTC(1957, 0, 1), max: Date.UTC(2006, 0, 1) }).map((t) => new Date(t - (t % 86_400_000)).toISOString().slice(0, 10)),
});
const startAfter2024 = opportunityArb.map((o) => ({ ...o, startDate: o.startDate < '2024-01-01' ? '2024-01-01' : o.startDate }));

function ranking(records: FullRecord[], o: Parameters<typeof rankCandidates>[0]) {
  // The records go in whole, protected attributes and all, the way a careless store would hand them over.
  const pool = records.map((r, i) => ({ candidate: toCandidateProfile(r, rules), distanceKm: (i * 7) % 25 }));
  return rankCandidates(o, pool, rules, 'Administratief medewerker').map((e) => ({ id: e.candidate.id, score: e.score, factors: e.factors }));
}

describe('protected attributes cannot change a ranking', () => {
  it('property: other nationality, ethnicity, religion, gender and (adult) birth date give the identical ranking', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(workFacts, protectedAttributes, protectedAttributes), { minLength: 1, maxLength: 15 }), startAfter2024,
      (people, o) => {
        const asRecorded = people.map(([facts, a]) => ({ ...facts, ...a }));
        const otherwise = people.map(([facts, , b]) => ({ ...facts, ...b }));
        expect(ranking(otherwise, o)).toEqual(ranking(asRecorded, o));
      },
    ), { numRuns: 300 });
  });

  it('the profile the rules see holds no protected attribute, only the day the legal minimum age is reached', () => {
    const record: FullRecord = {
      residentId: 'r1', municipalityId: 'm1', area: '7491', hoursPerWeek: 24, maxTravelKm: 10, drivingLicences: ['B'], dutchLevel: 'B1',
      availableFrom: null, ladderStep: 4, wishes: '', occupations: ['4110'], skills: [], wageValuePct: null, placements: [],
      nationality: 'Syrische', ethnicity: 'b', religion: 'islamitisch', gender: 'vrouw', birthDate: '2008-02-29',
    };
    const profile = toCandidateProfile(record, rules);
    for (const key of ['nationality', 'ethnicity', 'religion', 'gender', 'birthDate']) expect(Object.keys(profile)).not.toContain(key);
    expect(profile.minimumAgeReachedOn).toBe('2024-02-29');
    expect(birthdayOfAge('2000-06-15', 16)).toBe('2016-06-15');
    expect(birthdayOfAge('2008-02-29', 17)).toBe('2025-03-01');
  });

  it('the birth date matters only for the legal minimum age: too young on the start date is excluded', () => {
    const base = { residentId: 'r1', municipalityId: 'm1', area: '7491', hoursPerWeek: 24, maxTravelKm: 10, drivingLicences: [], dutchLevel: 'B1',
      availableFrom: null, ladderStep: 4, wishes: '', occupations: [], skills: [], wageValuePct: null, placements: [] };
    const o = { id: 'o1', kind: 'regular_vacancy' as const, title: 'Vakkenvuller', occupationCode: null, requiredSkills: [], hoursPerWeek: 12, area: '7491',
      drivingLicence: null, languageLevel: null, minLadderStep: null, startDate: '2026-03-01' };
    const rank = (birthDate: string) => rankCandidates(o, [{ candidate: toCandidateProfile({ ...base, birthDate }, rules), distanceKm: 1 }], rules, '');
    expect(rank('2010-03-01')).toHaveLength(1);
    expect(rank('2010-03-02')).toHaveLength(0);
    expect(rank('1960-01-01')[0].score).toBe(rank('2001-01-01')[0].score);
  });
});
