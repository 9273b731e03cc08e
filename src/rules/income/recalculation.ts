import { calculateBenefit } from '../benefit/calculate.ts';
import { CalculationRefused } from '../benefit/norm.ts';
import { tableValidOn, type BenefitRuleTable } from '../benefit/tables.ts';
import type { Situation } from './situation.ts';

// Herberekening: a reported change calculated next to the standing situation, month by month.

export const monthOf = (day: string) => day.slice(0, 7);

/** The months from `from` through `to` ('YYYY-MM'), at most `max` of them; at least `from` itself. */
export function monthsFrom(from: string, to: string, max = 12): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number);
  do {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  } while (out.length < max && `${y}-${String(m).padStart(2, '0')}` <= to);
  return out;
}

export interface MonthComparison { month: string; tableId: string; currentCents: number; proposedCents: number; differenceCents: number }

/** Payable amount per month under the standing and the proposed situation, and the difference (proposed − current). */
export function compareMonths(tables: readonly BenefitRuleTable[], current: Situation, proposed: Situation, months: readonly string[]): MonthComparison[] {
  return months.map((month) => {
    const table = tableValidOn(tables, `${month}-01`);
    if (!table) throw new CalculationRefused(`Voor ${month} is geen normtabel vastgelegd.`);
    const now = calculateBenefit(table, { ...current, month }).payableCents;
    const next = calculateBenefit(table, { ...proposed, month }).payableCents;
    return { month, tableId: table.id, currentCents: now, proposedCents: next, differenceCents: next - now };
  });
}
