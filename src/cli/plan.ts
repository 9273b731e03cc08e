import type { Random } from '../demo/random.ts';

// Pure planning for `meedoen generate`: how many residents each municipality gets, its teams, its name.
// Kept apart from the database code so the shape of the population is unit-tested on its own.

export const MAX_MUNICIPALITIES = 400;
export const MAX_RESIDENTS = 5_000_000;
export const MAX_REGION_SIZE = 15;
/** Residents per work consultant's caseload (architecture: ~1 per 120). */
export const CASELOAD_SIZE = 120;

/** Default: one municipality per 50,000 residents (the top of the per-municipality design range). */
export function defaultMunicipalityCount(residents: number): number {
  return Math.min(MAX_MUNICIPALITIES, Math.max(1, Math.ceil(residents / 50_000)));
}

/**
 * Residents per municipality, summing exactly to the total. Sizes vary by up to a factor ~2.3 between the
 * smallest and the largest (a city next to villages), every municipality gets at least one resident.
 */
export function municipalitySizes(total: number, count: number, random: Random): number[] {
  if (count < 1 || count > total) throw new RangeError('aantal gemeenten moet tussen 1 en het aantal inwoners liggen');
  const weights = Array.from({ length: count }, () => 0.6 + 0.8 * random.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / sum) * total)));
  let rest = total - sizes.reduce((a, b) => a + b, 0);
  // Hand out (or take back) the rounding remainder one by one, largest municipalities first.
  const order = [...sizes.keys()].sort((a, b) => weights[b] - weights[a]);
  for (let i = 0; rest !== 0; i = (i + 1) % count) {
    const k = order[i];
    if (rest > 0) { sizes[k] += 1; rest -= 1; } else if (sizes[k] > 1) { sizes[k] -= 1; rest += 1; }
  }
  return sizes;
}

/** Regions of up to 15 municipalities (mostly 6–15, like the Dutch labour-market regions). */
export function regionSizes(municipalities: number, random: Random): number[] {
  const sizes: number[] = [];
  let left = municipalities;
  while (left > 0) {
    const size = Math.min(left, random.int(6, MAX_REGION_SIZE));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/**
 * Work consultants of one municipality split over teams: one consultant per ~120 residents,
 * 4–8 consultants per team (fewer only when the whole municipality has fewer than 4).
 */
export function teamSizes(residents: number): number[] {
  const consultants = Math.max(1, Math.round(residents / CASELOAD_SIZE));
  if (consultants < 4) return [consultants];
  const teams = Math.max(1, Math.round(consultants / 6));
  return Array.from({ length: teams }, (_, t) => Math.floor(consultants / teams) + (t < consultants % teams ? 1 : 0));
}

// Made-up place names in the style of the demo's surnames: 26 × 16 = 416 combinations, enough for the cap.
const placeStarts = ['Klaver', 'Zonne', 'Linde', 'Wilgen', 'Heide', 'Duinen', 'Vlier', 'Meeren', 'Esdoorn', 'Hazel',
  'Riet', 'Kastanje', 'Wolken', 'Mos', 'Beuken', 'Lijster', 'Merel', 'Otter', 'Vossen', 'Zilver', 'Eiken', 'Berken',
  'Elzen', 'Hulst', 'Venne', 'Kievit'] as const;
const placeEnds = ['dam', 'veen', 'hoven', 'broek', 'rade', 'wolde', 'zijl', 'woude', 'loo', 'horn', 'meer', 'dorp',
  'hem', 'lo', 'sum', 'drecht'] as const;

export interface PlannedMunicipality {
  index: number;
  name: string;
  code: string;        // lower-case, used in user names: wc-1@<code>
  cbsCode: string;     // GM9000–GM9399: outside the real CBS range and apart from the demo's GM99xx
  residents: number;
  postcodeAreas: string[];
  bsnStart: number;    // first 8 digits handed to this municipality's BsnSequence
}

export interface PopulationPlan {
  municipalities: PlannedMunicipality[];
  regions: { name: string; municipalityIndexes: number[] }[];
}

/** Every municipality, its region, size, name, postcode areas and its own BSN range. */
export function planPopulation(residents: number, municipalities: number, random: Random): PopulationPlan {
  if (!Number.isInteger(residents) || residents < 1 || residents > MAX_RESIDENTS) throw new RangeError(`aantal inwoners moet tussen 1 en ${MAX_RESIDENTS} liggen`);
  if (!Number.isInteger(municipalities) || municipalities < 1 || municipalities > MAX_MUNICIPALITIES) {
    throw new RangeError(`aantal gemeenten moet tussen 1 en ${MAX_MUNICIPALITIES} liggen`);
  }
  const sizes = municipalitySizes(residents, municipalities, random);
  // Names: a seeded permutation of all combinations, so every name (and code) is unique.
  const combos = placeStarts.length * placeEnds.length;
  const perm = [...Array(combos).keys()];
  for (let i = combos - 1; i > 0; i--) {
    const j = random.int(0, i);
    [perm[i], perm[j]] = [perm[j], perm[i]];
  }
  // BSN ranges: sequential prefixes from 10,000,000 with room for every resident (about 1 in 11 prefixes
  // has no valid check digit), all below the demo's 99,000,000 range.
  const stride = Math.ceil(Math.max(...sizes) * 1.15) + 100;
  if (10_000_000 + stride * municipalities >= 99_000_000) throw new RangeError('te veel inwoners per gemeente voor de BSN-reeksen');
  let postcode = 1000;
  const planned = sizes.map((size, index): PlannedMunicipality => {
    const combo = perm[index];
    const name = placeStarts[Math.floor(combo / placeEnds.length)] + placeEnds[combo % placeEnds.length];
    // About one 4-digit postcode area per 2,000 residents (1–30), consecutive per municipality.
    const areas = Math.min(30, Math.max(1, Math.ceil(size / 2000)));
    const postcodeAreas: string[] = [];
    for (let a = 0; a < areas; a++) {
      postcodeAreas.push(String(postcode));
      postcode = postcode >= 9999 ? 1000 : postcode + 1;
    }
    return {
      index, name, code: name.toLowerCase(), cbsCode: `GM${9000 + index}`, residents: size, postcodeAreas,
      bsnStart: 10_000_000 + index * stride,
    };
  });
  const regions: PopulationPlan['regions'] = [];
  let next = 0;
  for (const size of regionSizes(municipalities, random)) {
    const indexes = Array.from({ length: size }, (_, k) => next + k);
    regions.push({ name: `Arbeidsmarktregio ${planned[next].name}`, municipalityIndexes: indexes });
    next += size;
  }
  return { municipalities: planned, regions };
}

/** Municipal ladder categories with the demo's shares: 75% geen/zorg/MA, 17% AA/AT, 8% betaald werk. */
export const categoryWeights = [
  ['geen', 60], ['zorg', 120], ['maatschappelijke_activering', 166],
  ['arbeidsactivering', 45], ['arbeidstoeleiding', 34], ['betaald_werk', 37],
] as const;
const categoryTotal = categoryWeights.reduce((a, [, w]) => a + w, 0);
export type Category = (typeof categoryWeights)[number][0];

export function drawCategory(random: Random): Category {
  let x = random.next() * categoryTotal;
  for (const [category, weight] of categoryWeights) {
    if (x < weight) return category;
    x -= weight;
  }
  return 'betaald_werk';
}

/** The step recorded for a category (null: not measured yet). Paid work is mostly with support (5), some without (6). */
export function stepFor(category: Category, random: Random): number | null {
  switch (category) {
    case 'geen': return null;
    case 'zorg': return 1;
    case 'maatschappelijke_activering': return 2;
    case 'arbeidsactivering': return 3;
    case 'arbeidstoeleiding': return 4;
    case 'betaald_werk': return random.chance(0.85) ? 5 : 6;
  }
}

/** A version-4 UUID from the seeded generator: the same seed gives the same ids. */
export function seededUuid(random: Random): string {
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  const a = hex(random.next() * 4294967296);
  const b = hex(random.next() * 4294967296);
  const c = hex(random.next() * 4294967296);
  const d = hex(random.next() * 4294967296);
  const variant = ((parseInt(c[0], 16) & 0x3) | 0x8).toString(16);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}
