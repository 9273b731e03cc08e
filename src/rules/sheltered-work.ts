// Taakstelling nieuw beschut werk: the yearly target in hours per week, what sheltered placements fill of it, and the
// forecast at a growth rate. Pure; hours are handled in tenths so one-decimal contract hours add up exactly.
// Decisions (docs/decisions/0011-placements-and-sheltered-work.md):
//  - a year's figures are taken on its reference day: 31 December for a past year, today for the current year,
//    1 January for a future year; a placement fills the target on that day when it has started and not ended;
//  - placements equivalents (target hours / hours per placement) are shown with one decimal, half up;
//  - the forecast compounds the unrounded target ((1 + growth)^k) and rounds each year to whole hours, half up,
//    so rounding never accumulates.

export interface ShelteredTarget { targetHoursPerWeek: number; hoursPerPlacement: number; growthRatePct: number }
export interface ShelteredPlacementFact { residentId: string; contractHoursPerWeek: number; startDate: string; endDate: string | null }

const tenths = (hours: number) => Math.round(hours * 10);
/** n / d to one decimal, halves up (n ≥ 0, d > 0). */
const oneDecimal = (n: number, d: number) => Math.floor((20 * n + d) / (2 * d)) / 10;

export function referenceDate(year: number, today: string): string {
  const current = Number(today.slice(0, 4));
  if (year < current) return `${year}-12-31`;
  if (year > current) return `${year}-01-01`;
  return today;
}

export function activeOn(p: Pick<ShelteredPlacementFact, 'startDate' | 'endDate'>, day: string): boolean {
  return p.startDate <= day && (p.endDate === null || p.endDate >= day);
}

export interface ShelteredFill {
  filledHoursPerWeek: number;
  persons: number;
  targetHoursPerWeek: number | null;
  targetPlacements: number | null;
  openHoursPerWeek: number | null;
  openPlacements: number | null;
  overTargetHoursPerWeek: number | null;
}

/** Fill of the target on a day by the sheltered placements active then. Without a target only the fill is known. */
export function shelteredFill(target: ShelteredTarget | null, placements: readonly ShelteredPlacementFact[], day: string): ShelteredFill {
  const active = placements.filter((p) => activeOn(p, day));
  const filled = active.reduce((sum, p) => sum + tenths(p.contractHoursPerWeek), 0);
  const persons = new Set(active.map((p) => p.residentId)).size;
  if (!target) {
    return { filledHoursPerWeek: filled / 10, persons, targetHoursPerWeek: null, targetPlacements: null, openHoursPerWeek: null, openPlacements: null, overTargetHoursPerWeek: null };
  }
  const t = tenths(target.targetHoursPerWeek);
  const perPlacement = tenths(target.hoursPerPlacement);
  const open = Math.max(0, t - filled);
  return {
    filledHoursPerWeek: filled / 10, persons,
    targetHoursPerWeek: t / 10,
    targetPlacements: oneDecimal(t, perPlacement),
    openHoursPerWeek: open / 10,
    openPlacements: oneDecimal(open, perPlacement),
    overTargetHoursPerWeek: Math.max(0, filled - t) / 10,
  };
}

export interface ForecastYear { year: number; targetHoursPerWeek: number; targetPlacements: number }

/** The target of `fromYear` and the next `years` years at a yearly growth rate (%, at most two decimals). */
export function shelteredForecast(fromYear: number, target: ShelteredTarget, years: number): ForecastYear[] {
  const base = BigInt(tenths(target.targetHoursPerWeek));
  const factor = BigInt(10_000 + Math.round(target.growthRatePct * 100));
  const perPlacement = tenths(target.hoursPerPlacement);
  const out: ForecastYear[] = [];
  for (let k = 0; k <= years; k++) {
    const numerator = base * factor ** BigInt(k);
    const denominator = 10n * 10_000n ** BigInt(k);
    // the year itself keeps its target as set; later years are whole hours, half up
    const hours = k === 0 ? Number(base) / 10 : Number((2n * numerator + denominator) / (2n * denominator));
    out.push({ year: fromYear + k, targetHoursPerWeek: hours, targetPlacements: oneDecimal(Math.round(hours * 10), perPlacement) });
  }
  return out;
}
