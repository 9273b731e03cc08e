import type { BenefitRuleTable, NormCode } from './tables.ts';

/** Age in whole months on a day (both 'YYYY-MM-DD'). */
export function ageInMonths(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  let months = (y - by) * 12 + (m - bm);
  if (d < bd) months -= 1;
  return months;
}

export type AgeBand = 'minor' | 'young' | 'adult' | 'aow';  // < 18, 18–20, 21 to AOW age, AOW age

export function ageBand(table: BenefitRuleTable, birthDate: string, day: string): AgeBand {
  const months = ageInMonths(birthDate, day);
  if (months >= table.aowAge.years * 12 + table.aowAge.months) return 'aow';
  if (months >= 21 * 12) return 'adult';
  if (months >= 18 * 12) return 'young';
  return 'minor';
}

export class CalculationRefused extends Error {}

/** Which norm of art. 20–22 applies to the applicant (and partner). */
export function normCodeFor(applicant: AgeBand, partner: AgeBand | null, hasChildren: boolean): NormCode {
  if (applicant === 'minor' || partner === 'minor') {
    throw new CalculationRefused('Bijstand kan pas vanaf 18 jaar: de aanvrager of de partner is jonger dan 18 jaar.');
  }
  if (partner === null) {
    if (applicant === 'aow') return 'single_aow';
    return applicant === 'adult' ? 'single_21' : 'single_18_20';
  }
  if (applicant === 'aow' || partner === 'aow') return 'couple_aow';
  if (applicant === 'adult' && partner === 'adult') return 'couple_21';
  if (applicant === 'young' && partner === 'young') return hasChildren ? 'couple_18_20_children' : 'couple_18_20';
  return hasChildren ? 'couple_mixed_18_20_children' : 'couple_mixed_18_20';
}

export const normLabels: Record<NormCode, string> = {
  single_21: 'Norm alleenstaande (ouder), 21 jaar tot AOW-leeftijd',
  couple_21: 'Norm gehuwden, beiden 21 jaar tot AOW-leeftijd',
  single_aow: 'Norm alleenstaande (ouder), AOW-leeftijd',
  couple_aow: 'Norm gehuwden, AOW-leeftijd',
  single_18_20: 'Norm alleenstaande (ouder), 18 tot en met 20 jaar',
  couple_18_20: 'Norm gehuwden, beiden 18 tot en met 20 jaar, zonder kinderen',
  couple_mixed_18_20: 'Norm gehuwden, één van 18 tot en met 20 jaar, zonder kinderen',
  couple_18_20_children: 'Norm gehuwden, beiden 18 tot en met 20 jaar, met kinderen',
  couple_mixed_18_20_children: 'Norm gehuwden, één van 18 tot en met 20 jaar, met kinderen',
};

/** A share in basis points of an amount in cents, rounded half up to a whole cent. */
export function shareOf(cents: number, basisPoints: number): number {
  return Math.floor((cents * basisPoints + 5_000) / 10_000);
}
