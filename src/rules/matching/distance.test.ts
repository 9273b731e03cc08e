import { describe, expect, it } from 'vitest';
import { areaDistanceKm, areaOf, haversineKm } from './distance.ts';

describe('distance between postcode areas', () => {
  it('is the great-circle distance between centroids', () => {
    // Delden (7491) to Haaksbergen (7481): about 11.5 km as the crow flies.
    expect(haversineKm({ latitude: 52.26, longitude: 6.712 }, { latitude: 52.157, longitude: 6.741 })).toBeCloseTo(11.6, 0);
    // One degree of latitude is about 111.2 km.
    expect(haversineKm({ latitude: 52, longitude: 5 }, { latitude: 53, longitude: 5 })).toBeCloseTo(111.2, 0);
    expect(haversineKm({ latitude: 52.1, longitude: 6.7 }, { latitude: 52.1, longitude: 6.7 })).toBe(0);
  });

  it('takes the 4-digit area of a postcode', () => {
    expect(areaOf('7491AB')).toBe('7491');
    expect(areaOf('7491 ab')).toBe('7491');
    expect(areaOf('0491AB')).toBeNull();
    expect(areaOf(null)).toBeNull();
  });

  it('is unknown when an area has no centroid', () => {
    const coordinates = new Map([['7491', { latitude: 52.26, longitude: 6.712 }]]);
    expect(areaDistanceKm('7491', '7491', coordinates)).toBe(0);
    expect(areaDistanceKm('7491', '9999', coordinates)).toBeNull();
    expect(areaDistanceKm(null, '7491', coordinates)).toBeNull();
  });
});
