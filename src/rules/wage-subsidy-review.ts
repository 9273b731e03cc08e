// When a stored wage-cost subsidy calculation no longer holds (decision 0011, D6): the subsidy is calculated once, on
// the tables, wage value and age of its day; the law's tables change on 1 January and 1 July, the flat rate stops
// after its months, and a young person's minimum wage rises with each birthday. Pure: the reasons, in Dutch.
import { ageOn } from './dates.ts';
import { minimumHourlyFor, monthIndex, versionOn, type WageSubsidyCalculation, type WageSubsidyTables } from './wage-subsidy.ts';

export interface SubsidyReviewInput {
  calculation: WageSubsidyCalculation;
  placementStart: string;
  birthDate: string;
  /** The day to judge on (today). */
  on: string;
}

const dateNl = (iso: string) => { const [y, m, d] = iso.split('-').map(Number); return `${d}-${m}-${y}`; };

/** Why the calculation should be made again on `on`, most pressing first; empty when it still holds. */
export function subsidyReviewReasons(input: SubsidyReviewInput, tables: WageSubsidyTables): string[] {
  const { calculation: c, on } = input;
  if (on <= c.on) return [];
  const reasons: string[] = [];
  const parameters = versionOn(tables.parameters, on);
  if (c.basis === 'flat_rate' && parameters && monthIndex(input.placementStart, on) + 1 > parameters.flatMaxMonths) {
    reasons.push(`De forfaitaire periode van ${parameters.flatMaxMonths} maanden is voorbij: stel de loonwaarde vast en bereken de subsidie opnieuw.`);
  }
  const now = minimumHourlyFor(tables, on, ageOn(input.birthDate, on));
  const wage = versionOn(tables.minimumWages, on);
  if (wage && wage.validFrom > c.tables.minimumWage.validFrom) {
    reasons.push(`Het wettelijk minimumloon is per ${dateNl(wage.validFrom)} gewijzigd: bereken de subsidie opnieuw.`);
  } else if (now && c.tables.youthWage && now.youth?.age !== c.tables.youthWage.age) {
    const age = ageOn(input.birthDate, on);
    reasons.push(`De werknemer is nu ${age} jaar: het minimumloon voor die leeftijd is hoger, bereken de subsidie opnieuw.`);
  }
  return reasons;
}
