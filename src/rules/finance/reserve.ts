// Reserve sociaal domein: what each year's result does to the reserve, and the "fence" (hekje) around sheltered
// employment (SW). Pure; all amounts in whole cents. Decisions in docs/decisions/0016-finance-and-forecasts.md:
//  - within a year, every stream's surplus returns to the reserve first; then deficits are drawn from it;
//  - the fence: the SW deficit is first in line for the reserve; the deficits of the other streams come next;
//  - what the reserve cannot cover comes from the general funds (algemene middelen): exactly the shortfall;
//  - the reserve never goes below zero, so closing = max(0, opening + balance).
import type { Stream } from './streams.ts';

export type StreamResults = Record<Stream, number>;  // income − expenditure per stream
export interface YearResults { year: number; results: StreamResults }

export interface ReserveYear {
  year: number;
  openingCents: number;
  balanceCents: number;              // sum of the stream results
  returnedCents: number;             // surpluses flowing back into the reserve
  deficitCents: number;              // the streams' deficits together
  fromReserveCents: number;
  fromGeneralFundsCents: number;     // algemene middelen: the part of the deficits the reserve could not cover
  closingCents: number;
  shelteredFence: { deficitCents: number; fromReserveCents: number; fromGeneralFundsCents: number };
  /** The reserve is empty at the end of a year with a deficit. */
  exhausted: boolean;
}

const whole = (n: number, what: string) => {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be whole cents`);
  return n;
};

/** The reserve through consecutive years, starting from an opening balance (≥ 0). */
export function reserveFlow(openingCents: number, years: readonly YearResults[]): ReserveYear[] {
  if (whole(openingCents, 'opening balance') < 0) throw new RangeError('opening balance cannot be negative');
  let reserve = openingCents;
  return years.map(({ year, results }) => {
    const values = Object.entries(results).map(([stream, r]) => [stream, whole(r, `${stream} result`)] as const);
    const returned = values.reduce((sum, [, r]) => sum + Math.max(0, r), 0);
    const deficit = values.reduce((sum, [, r]) => sum + Math.max(0, -r), 0);
    const opening = reserve;
    let available = opening + returned;
    const swDeficit = Math.max(0, -results.sheltered_employment);
    const swFromReserve = Math.min(swDeficit, available);
    available -= swFromReserve;
    const otherFromReserve = Math.min(deficit - swDeficit, available);
    available -= otherFromReserve;
    reserve = available;
    const fromReserve = swFromReserve + otherFromReserve;
    return {
      year, openingCents: opening, balanceCents: returned - deficit, returnedCents: returned, deficitCents: deficit,
      fromReserveCents: fromReserve, fromGeneralFundsCents: deficit - fromReserve, closingCents: reserve,
      shelteredFence: { deficitCents: swDeficit, fromReserveCents: swFromReserve, fromGeneralFundsCents: swDeficit - swFromReserve },
      exhausted: deficit > 0 && reserve === 0,
    };
  });
}

/** The Dutch warning for a year in which the reserve runs out, or null. */
export function reserveWarning(y: ReserveYear, euros: (cents: number) => string): string | null {
  if (!y.exhausted) return null;
  const general = y.fromGeneralFundsCents > 0
    ? ` ${euros(y.fromGeneralFundsCents)} van het tekort van ${euros(y.deficitCents)} komt uit de algemene middelen`
      + (y.shelteredFence.fromGeneralFundsCents > 0 ? `, waarvan ${euros(y.shelteredFence.fromGeneralFundsCents)} voor het tekort op de SW.` : '.')
    : ' Het tekort is nog net gedekt, maar een volgend tekort komt uit de algemene middelen.';
  return `De reserve sociaal domein raakt in ${y.year} op.${general} Informeer de raad.`;
}
