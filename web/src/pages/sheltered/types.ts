// GET /sheltered-work/{year} and /forecast (src/modules/employers/sheltered/schema.ts).
export interface ShelteredOverview {
  year: number; referenceDate: string;
  target: { set: boolean; targetHoursPerWeek: number | null; hoursPerPlacement: number; targetPlacements: number | null; growthRatePct: number; source: string; version: number };
  filledHoursPerWeek: number; openHoursPerWeek: number | null; openPlacements: number | null; overTargetHoursPerWeek: number | null; persons: number;
  waitingCount: number;
  waitingList: { position: number; resident: { id: string; fullName: string } | null; uwvIndicationDate: string; waitingDays: number; plannedStartDate: string | null }[] | null;
}
export interface Forecast {
  fromYear: number; growthRatePct: number; hoursPerPlacement: number;
  years: { year: number; targetHoursPerWeek: number; targetPlacements: number; setTargetHoursPerWeek: number | null }[];
}

/** 12.5 → "12,5" */
export const nl = (n: number) => String(n).replace('.', ',');
/** "7,5" / "7.5" / "-2" → number, or null. */
export function parseDecimal(text: string): number | null {
  const m = /^\s*(-?\d{1,6})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  return m ? Number(`${m[1]}.${m[2] ?? '0'}`) : null;
}
