import { describe, expect, it } from 'vitest';
import { supplyNeedReport, type SupplyFacts } from './supply-need.ts';

// A small known situation, computed by hand below.
const facts: SupplyFacts = {
  instruments: [
    { id: 'wep', code: 'werkervaringsplek', name: 'Werkervaringsplek', needs: ['work_experience'], targetGroups: ['bijstand'],
      offers: [{ capacity: 1, capacityPeriod: 'quarter', expectedWaitDays: 45 }, { capacity: 2, capacityPeriod: 'year', expectedWaitDays: 60 }] },
    { id: 'taal', code: 'scholing', name: 'Scholing', needs: ['language', 'training'], targetGroups: ['statushouder'],
      offers: [{ capacity: 1, capacityPeriod: 'month', expectedWaitDays: 10 }] },
    { id: 'leeg', code: 'proefplaatsing', name: 'Proefplaatsing', needs: ['job_search'], targetGroups: [], offers: [{ capacity: 5, capacityPeriod: 'year', expectedWaitDays: 0 }] },
  ],
  needs: [
    { residentId: 'a', need: 'work_experience' }, { residentId: 'b', need: 'work_experience' }, { residentId: 'c', need: 'work_experience' },
    { residentId: 'd', need: 'work_experience' }, { residentId: 'd', need: 'language' },
    { residentId: 'e', need: 'language' }, { residentId: 'e', need: 'training' },
    { residentId: 'f', need: 'debts' }, { residentId: 'g', need: 'debts' }, { residentId: 'g', need: 'housing' },
  ],
  targetGroups: [
    { residentId: 'a', code: 'bijstand' }, { residentId: 'b', code: 'bijstand' }, { residentId: 'c', code: 'nug' },
    { residentId: 'd', code: 'statushouder' }, { residentId: 'd', code: 'bijstand' }, { residentId: 'e', code: 'statushouder' },
  ],
  trajectories: [
    { residentId: 'a', instrumentId: 'wep', status: 'started' },
    { residentId: 'x', instrumentId: 'wep', status: 'started' },
    { residentId: 'y', instrumentId: 'wep', status: 'approved' },
  ],
};

describe('supply and need', () => {
  const report = supplyNeedReport(facts, { maxWaitDays: 30 });
  const wep = report.instruments.find((i) => i.code === 'werkervaringsplek')!;

  it('counts places per year, use, waiting and free places', () => {
    // 1 per quarter = 4 + 2 per year = 6 places; 2 started, 1 waiting → 3 free
    expect(wep).toMatchObject({ placesPerYear: 6, inUse: 2, waiting: 1, free: 3, shortestWaitDays: 45 });
  });

  it('counts residents with a matching open need who are not already in or waiting for the instrument, per target group', () => {
    // a has the need but is already in it; b, c, d remain
    expect(wep.need).toBe(3);
    expect(wep.needByTargetGroup).toEqual({ bijstand: 2, nug: 1, statushouder: 1 });
    const scholing = report.instruments.find((i) => i.code === 'scholing')!;
    // d (language) and e (language + training) count once each
    expect(scholing).toMatchObject({ need: 2, placesPerYear: 12, free: 12, needByTargetGroup: { statushouder: 2, bijstand: 1 } });
    expect(scholing.mismatches).toEqual([]);
  });

  it('names the mismatches in Dutch', () => {
    expect(wep.mismatches).toEqual(['De kortste wachttijd (45 dagen) is langer dan 30 dagen.']);
    const tight = supplyNeedReport({ ...facts, instruments: [{ ...facts.instruments[0], offers: [{ capacity: 3, capacityPeriod: 'year', expectedWaitDays: 0 }] }] }, { maxWaitDays: 30 });
    expect(tight.instruments[0].mismatches).toEqual(['De behoefte (3) is groter dan de vrije plaatsen (0).']);
    const otherGroups = supplyNeedReport({ ...facts, targetGroups: facts.targetGroups.filter((g) => g.code !== 'bijstand') }, { maxWaitDays: 90 });
    expect(otherGroups.instruments[0].mismatches).toEqual(['Het grootste deel van de behoefte komt uit doelgroepen waarvoor het instrument niet bedoeld is.']);
    expect(report.instruments.find((i) => i.code === 'proefplaatsing')!.mismatches).toEqual(['Aanbod zonder vastgelegde behoefte en zonder gebruik.']);
  });

  it('lists needs that no instrument with supply serves', () => {
    expect(report.unservedNeeds).toEqual([
      { need: 'debts', label: 'Schulden', residents: 2 },
      { need: 'housing', label: 'Huisvesting', residents: 1 },
    ]);
  });
});
