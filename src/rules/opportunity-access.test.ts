import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayChangeOpportunity, opportunityAccess } from './opportunity-access.ts';

const place = fc.record({
  municipalityId: fc.constantFrom('m1', 'm2', 'm3'),
  regionId: fc.option(fc.constantFrom('r1', 'r2'), { nil: null }),
});
const opportunity = fc.record({
  municipalityId: fc.constantFrom('m1', 'm2', 'm3'),
  regionId: fc.option(fc.constantFrom('r1', 'r2'), { nil: null }),
  sharedWithRegion: fc.boolean(),
});

describe('regional sharing of opportunities', () => {
  it('the own municipality always reads and changes its opportunity, shared or not', () => {
    expect(opportunityAccess({ municipalityId: 'm1', regionId: 'r1' }, { municipalityId: 'm1', regionId: 'r1', sharedWithRegion: false })).toBe('own');
    expect(mayChangeOpportunity('own')).toBe(true);
  });

  it('a shared opportunity of a municipality in the same region is readable, never changeable', () => {
    const access = opportunityAccess({ municipalityId: 'm1', regionId: 'r1' }, { municipalityId: 'm2', regionId: 'r1', sharedWithRegion: true });
    expect(access).toBe('region');
    expect(mayChangeOpportunity(access)).toBe(false);
  });

  it('not shared, another region, or no region at all: invisible', () => {
    expect(opportunityAccess({ municipalityId: 'm1', regionId: 'r1' }, { municipalityId: 'm2', regionId: 'r1', sharedWithRegion: false })).toBe('none');
    expect(opportunityAccess({ municipalityId: 'm1', regionId: 'r1' }, { municipalityId: 'm3', regionId: 'r2', sharedWithRegion: true })).toBe('none');
    expect(opportunityAccess({ municipalityId: 'm1', regionId: null }, { municipalityId: 'm2', regionId: null, sharedWithRegion: true })).toBe('none');
  });

  it('holds for every combination: only the owner changes; others see it only when shared within their region', () => {
    fc.assert(fc.property(place, opportunity, (viewer, o) => {
      const access = opportunityAccess(viewer, o);
      expect(mayChangeOpportunity(access)).toBe(o.municipalityId === viewer.municipalityId);
      if (o.municipalityId !== viewer.municipalityId) {
        const visible = access !== 'none';
        expect(visible).toBe(o.sharedWithRegion && viewer.regionId !== null && viewer.regionId === o.regionId);
      }
    }));
  });
});
