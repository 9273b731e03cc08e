// Travel distance: great-circle (haversine) distance between the centroids of two 4-digit postcode areas.
// A straight line, not a route: it underestimates road distance a little, the same for everyone.

export interface Point { latitude: number; longitude: number }

const EARTH_RADIUS_KM = 6371.0088; // mean Earth radius (IUGG)
const rad = (degrees: number) => (degrees * Math.PI) / 180;

export function haversineKm(a: Point, b: Point): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** '7491 AB' or '7491AB' → '7491'; null when it is not a Dutch postcode. */
export function areaOf(postcode: string | null | undefined): string | null {
  const m = /^\s*([1-9]\d{3})\s?[A-Za-z]{2}\s*$/.exec(postcode ?? '');
  return m ? m[1] : null;
}

/** Distance between two areas through a coordinate lookup; null when either area has no known centroid. */
export function areaDistanceKm(from: string | null, to: string | null, coordinates: ReadonlyMap<string, Point>): number | null {
  const a = from ? coordinates.get(from) : undefined;
  const b = to ? coordinates.get(to) : undefined;
  return a && b ? haversineKm(a, b) : null;
}

/** Shown in candidate lists: whole kilometres (the constraint itself compares the unrounded distance). */
export function roundedKm(km: number): number {
  return Math.round(km);
}
