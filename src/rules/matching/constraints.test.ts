import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constraintFailures, freeForBatch, hasLicence, passesConstraints, placedTenths } from './constraints.ts';
import { candidate, candidateArb, opportunity, opportunityArb, rules } from './fixtures.ts';
import { rankCandidates } from './rank.ts';

describe('hard constraints', () => {
  it('pass for a candidate who meets every one', () => {
    expect(constraintFailures(candidate(), opportunity(), 3, rules)).toEqual([]);
  });

  it('hours: available hours must be at least the opportunity\'s; unknown hours fail', () => {
    expect(constraintFailures(candidate({ hoursPerWeek: 24 }), opportunity({ hoursPerWeek: 24 }), 3, rules)).toEqual([]);
    expect(constraintFailures(candidate({ hoursPerWeek: 23 }), opportunity({ hoursPerWeek: 24 }), 3, rules))
      .toEqual([{ constraint: 'hours', available: 23, required: 24 }]);
    expect(constraintFailures(candidate({ hoursPerWeek: null }), opportunity(), 3, rules)[0]).toMatchObject({ constraint: 'hours', available: null });
  });

  it('distance: within the own maximum, or the rules\' default when none was given; unknown distance fails', () => {
    expect(passesConstraints(candidate({ maxTravelKm: 10 }), opportunity(), 10, rules)).toBe(true);
    expect(constraintFailures(candidate({ maxTravelKm: 10 }), opportunity(), 10.2, rules)).toEqual([{ constraint: 'distance', km: 10.2, maxKm: 10, defaulted: false }]);
    expect(passesConstraints(candidate({ maxTravelKm: null }), opportunity(), 19.9, rules)).toBe(true);
    expect(constraintFailures(candidate({ maxTravelKm: null }), opportunity(), 25, rules)).toEqual([{ constraint: 'distance', km: 25, maxKm: 20, defaulted: true }]);
    expect(constraintFailures(candidate(), opportunity(), null, rules)[0]).toMatchObject({ constraint: 'distance', km: null });
  });

  it('driving licence: the category or one that includes it', () => {
    expect(hasLicence([], null)).toBe(true);
    expect(hasLicence(['B'], 'B')).toBe(true);
    expect(hasLicence(['CE'], 'B')).toBe(true);
    expect(hasLicence(['B'], 'AM')).toBe(true);
    expect(hasLicence(['AM'], 'B')).toBe(false);
    expect(hasLicence(['B'], 'C')).toBe(false);
    expect(constraintFailures(candidate({ drivingLicences: [] }), opportunity({ drivingLicence: 'B' }), 3, rules)).toEqual([{ constraint: 'licence', required: 'B' }]);
  });

  it('availability: available on or before the start date; no date means available now', () => {
    expect(passesConstraints(candidate({ availableFrom: '2026-03-01' }), opportunity({ startDate: '2026-03-01' }), 3, rules)).toBe(true);
    expect(constraintFailures(candidate({ availableFrom: '2026-03-02' }), opportunity({ startDate: '2026-03-01' }), 3, rules))
      .toEqual([{ constraint: 'availability', availableFrom: '2026-03-02', startDate: '2026-03-01' }]);
    expect(passesConstraints(candidate({ availableFrom: null }), opportunity(), 3, rules)).toBe(true);
  });

  it('legal minimum age on the start date, nothing more', () => {
    expect(passesConstraints(candidate({ minimumAgeReachedOn: '2026-03-01' }), opportunity({ startDate: '2026-03-01' }), 3, rules)).toBe(true);
    expect(constraintFailures(candidate({ minimumAgeReachedOn: '2026-03-02' }), opportunity({ startDate: '2026-03-01' }), 3, rules))
      .toEqual([{ constraint: 'minimum_age', minimumAgeYears: 16, startDate: '2026-03-01' }]);
  });

  it('placed: someone already placed on this very opportunity is never its candidate; a placement elsewhere does not exclude', () => {
    const here = { opportunityId: 'o1', employerName: 'Bakkerij Korenaar', hoursPerWeek: 24 };
    expect(constraintFailures(candidate({ placements: [here] }), opportunity({ id: 'o1' }), 3, rules)).toEqual([{ constraint: 'placed', employerName: 'Bakkerij Korenaar' }]);
    expect(passesConstraints(candidate({ placements: [here] }), opportunity({ id: 'o1' }), 3, rules)).toBe(false);
    expect(passesConstraints(candidate({ placements: [here] }), opportunity({ id: 'o2' }), 3, rules)).toBe(true);
    expect(passesConstraints(candidate({ placements: [{ ...here, opportunityId: null }] }), opportunity({ id: 'o1' }), 3, rules)).toBe(true);
  });

  it('batch: leaves out whoever already works at least the opportunity\'s hours in running placements, summed exactly in tenths', () => {
    const at = (...hours: number[]) => candidate({ placements: hours.map((h) => ({ opportunityId: null, employerName: 'Werkbedrijf', hoursPerWeek: h })) });
    expect(freeForBatch(at(), opportunity({ hoursPerWeek: 24 }))).toBe(true);
    expect(freeForBatch(at(23.9), opportunity({ hoursPerWeek: 24 }))).toBe(true);
    expect(freeForBatch(at(24), opportunity({ hoursPerWeek: 24 }))).toBe(false);
    expect(freeForBatch(at(16), opportunity({ hoursPerWeek: 32 }))).toBe(true);
    expect(freeForBatch(at(16), opportunity({ hoursPerWeek: 16 }))).toBe(false);
    // 0.1 + 0.2 is not 0.3 in floating point; in tenths it is.
    expect(placedTenths(at(23.8, 0.1, 0.1))).toBe(240);
    expect(freeForBatch(at(23.8, 0.1, 0.1), opportunity({ hoursPerWeek: 24 }))).toBe(false);
    expect(freeForBatch(at(0.1, 0.2), opportunity({ hoursPerWeek: 1 }))).toBe(true);
  });

  it('reports every failed constraint at once', () => {
    const c = candidate({ hoursPerWeek: 8, drivingLicences: [], availableFrom: '2027-01-01' });
    expect(constraintFailures(c, opportunity({ drivingLicence: 'B' }), 40, rules).map((f) => f.constraint)).toEqual(['hours', 'distance', 'licence', 'availability']);
  });

  it('property: the quick verdict equals "no failures"', () => {
    fc.assert(fc.property(candidateArb, opportunityArb, fc.option(fc.double({ min: 0, max: 60, noNaN: true }), { nil: null }), (c, o, km) => {
      expect(passesConstraints(c, o, km, rules)).toBe(constraintFailures(c, o, km, rules).length === 0);
    }), { numRuns: 2000 });
  });

  it('property: a candidate failing a hard constraint never appears in a ranking', () => {
    fc.assert(fc.property(opportunityArb, fc.array(fc.tuple(candidateArb, fc.option(fc.double({ min: 0, max: 60, noNaN: true }), { nil: null })), { maxLength: 20 }), (o, pool) => {
      const ranked = rankCandidates(o, pool.map(([c, km]) => ({ candidate: c, distanceKm: km })), rules, 'Administratief medewerker');
      for (const r of ranked) expect(constraintFailures(r.candidate, o, r.distanceKm, rules)).toEqual([]);
      const eligible = pool.filter(([c, km]) => passesConstraints(c, o, km, rules));
      expect(ranked).toHaveLength(eligible.length);
      for (const r of ranked) expect(r.candidate.placements.map((p) => p.opportunityId)).not.toContain(o.id);
    }));
  });

  it('property: the batch rule is "placed hours below the opportunity\'s", and never depends on where the placements are', () => {
    fc.assert(fc.property(candidateArb, opportunityArb, (c, o) => {
      const hours = c.placements.reduce((sum, p) => sum + p.hoursPerWeek, 0);
      if (Math.abs(hours - o.hoursPerWeek) > 1e-6) expect(freeForBatch(c, o)).toBe(hours < o.hoursPerWeek);
      const moved = { ...c, placements: c.placements.map((p) => ({ ...p, opportunityId: null, employerName: 'Elders' })) };
      expect(freeForBatch(moved, o)).toBe(freeForBatch(c, o));
    }), { numRuns: 1000 });
  });
});
