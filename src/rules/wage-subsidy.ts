// Loonkostensubsidie, art. 10d Participatiewet (domain.md "Minimum wage and wage-cost subsidy").
// Pure: the law's amounts come in as versioned tables; the result names every line and the versions it used.
// Decisions (docs/decisions/0011-placements-and-sheltered-work.md):
//  D1 the 70% cap applies to the wage difference BEFORE the employer-cost allowance is added; the allowance is a
//     percentage of the capped subsidy (the "loonkosten waarover loonkostensubsidie wordt verstrekt"), so the
//     highest possible subsidy is 70% × (1 + 23.5%) of minimum wage + holiday pay;
//  D2 contract hours above the full-time week (36) count as 36: the subsidy is pro rata up to a full-time job;
//  D3 every line is rounded to whole cents, half up, and the next line is computed from the rounded amount, so the
//     lines a person reads add up exactly;
//  D4 the flat 50% (no wage value yet) also carries the employer-cost allowance and applies in calendar months
//     1 to 6 counted from the month the placement starts; after that the subsidy is nil until a wage value is set;
//  D5 under 21 the minimum wage is the youth minimum (minimumjeugdloon): the adult hourly wage × the percentage for the
//     person's age on the day, rounded half up to whole cents.

export interface MinimumWageVersion { id?: string; validFrom: string; hourlyCents: number; source: string }
export interface WageSubsidyParameters {
  id?: string; validFrom: string; holidayPayPct: number; employerCostAllowancePct: number; maxPct: number;
  flatPctWithoutWageValue: number; flatMaxMonths: number; fullTimeHours: number; source: string;
}
/** Minimumjeugdloon: the share of the adult minimum wage for one age below 21, from a date. */
export interface YouthWagePercentage { id?: string; validFrom: string; age: number; pct: number; source: string }
export interface WageSubsidyTables { minimumWages: MinimumWageVersion[]; parameters: WageSubsidyParameters[]; youthPercentages: YouthWagePercentage[] }

/** The minimum hourly wage that applies to a person on a day, and the table rows it came from. */
export interface ApplicableMinimumWage {
  hourlyCents: number;
  adult: MinimumWageVersion;
  youth: YouthWagePercentage | null;
}

/**
 * The statutory minimum hourly wage for a person of this age on a day: the adult wage from 21, else the youth
 * percentage valid on that day for that age (D5). Null when no table covers the day or the age.
 */
export function minimumHourlyFor(tables: Pick<WageSubsidyTables, 'minimumWages' | 'youthPercentages'>, on: string, ageYears: number | null): ApplicableMinimumWage | null {
  const adult = versionOn(tables.minimumWages, on);
  if (!adult) return null;
  if (ageYears === null || ageYears >= 21) return { hourlyCents: adult.hourlyCents, adult, youth: null };
  const youth = versionOn(tables.youthPercentages.filter((y) => y.age === ageYears), on);
  if (!youth) return null;
  return { hourlyCents: percentOf(adult.hourlyCents, youth.pct), adult, youth };
}

export interface WageSubsidyInput {
  /** The day the calculation is for: picks the table versions and the month of the flat period. */
  on: string;
  placementStart: string;
  /** Contract hours per week; at most one decimal counts. */
  contractHoursPerWeek: number;
  /** Loonwaarde in % of the minimum wage; null while none has been set. */
  wageValuePct: number | null;
  /** Age in whole years on `on`; below 21 the youth minimum wage applies. Null or absent: adult. */
  ageYears?: number | null;
}

export interface CalculationLine { label: string; amountCents: number; article: string }
export type SubsidyBasis = 'wage_value' | 'flat_rate' | 'flat_rate_expired';
export const subsidyBasisLabels: Record<SubsidyBasis, string> = {
  wage_value: 'Op basis van de vastgestelde loonwaarde',
  flat_rate: 'Forfaitair: nog geen loonwaarde vastgesteld',
  flat_rate_expired: 'Forfaitaire periode voorbij: stel de loonwaarde vast',
};

export interface WageSubsidyCalculation {
  on: string;
  basis: SubsidyBasis;
  wageValuePct: number | null;
  contractHoursPerWeek: number;
  countedHoursPerWeek: number;
  monthlyCents: number;
  lines: CalculationLine[];
  tables: {
    minimumWage: { id: string | null; validFrom: string; hourlyCents: number; source: string };
    /** Set when the youth minimum wage applied: the percentage row used. */
    youthWage?: { id: string | null; validFrom: string; age: number; pct: number; source: string } | null;
    parameters: { id: string | null; validFrom: string; source: string };
  };
}

export type WageSubsidyResult = { ok: true; calculation: WageSubsidyCalculation } | { ok: false; reason: string };

/** The version valid on a day: the latest valid_from on or before it. */
export function versionOn<T extends { validFrom: string }>(versions: readonly T[], on: string): T | undefined {
  let best: T | undefined;
  for (const v of versions) if (v.validFrom <= on && (!best || v.validFrom > best.validFrom)) best = v;
  return best;
}

/** n / d rounded to the nearest whole number, halves up; n ≥ 0, d > 0, both integers. */
export function roundHalfUp(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d));
}

/** pct % of an amount in cents, rounded half up to whole cents; pct with at most two decimals. */
export function percentOf(amountCents: number, pct: number): number {
  return roundHalfUp(amountCents * Math.round(pct * 100), 10_000);
}

/** Whole calendar months from the start month to the month of `on` (0 in the start month, never negative). */
export function monthIndex(start: string, on: string): number {
  const [sy, sm] = start.split('-').map(Number);
  const [y, m] = on.split('-').map(Number);
  return Math.max(0, (y - sy) * 12 + (m - sm));
}

const nl = (n: number) => String(n).replace('.', ',');
const tenths = (hours: number) => Math.round(hours * 10);

/** Loonkostensubsidie per month for the contract hours and wage value, on the tables valid on `input.on`. */
export function wageCostSubsidy(input: WageSubsidyInput, tables: WageSubsidyTables): WageSubsidyResult {
  const wage = versionOn(tables.minimumWages, input.on);
  if (!wage) return { ok: false, reason: `Er is geen wettelijk minimumloon bekend voor ${input.on}.` };
  const age = input.ageYears ?? null;
  const applicable = minimumHourlyFor(tables, input.on, age);
  if (!applicable) return { ok: false, reason: `Er is geen minimumjeugdloon bekend voor ${age} jaar op ${input.on}.` };
  const p = versionOn(tables.parameters, input.on);
  if (!p) return { ok: false, reason: `Er zijn geen parameters voor de loonkostensubsidie bekend voor ${input.on}.` };
  if (!(input.contractHoursPerWeek > 0)) return { ok: false, reason: 'Het aantal contracturen per week moet groter zijn dan 0.' };
  if (input.wageValuePct !== null && !(Number.isInteger(input.wageValuePct) && input.wageValuePct >= 0 && input.wageValuePct <= 100)) {
    return { ok: false, reason: 'De loonwaarde is een heel percentage van 0 tot en met 100.' };
  }

  const counted = Math.min(tenths(input.contractHoursPerWeek), tenths(p.fullTimeHours));  // D2
  const countedHours = counted / 10;
  const lines: CalculationLine[] = [];
  const line = (label: string, amountCents: number, article: string) => { lines.push({ label, amountCents, article }); return amountCents; };

  line('Wettelijk minimumloon per uur', wage.hourlyCents, 'Wet minimumloon en minimumvakantiebijslag');
  const youth = applicable.youth;
  if (youth) line(`Minimumjeugdloon ${youth.age} jaar: ${nl(youth.pct)}% van het minimumloon per uur`, applicable.hourlyCents, 'Wet minimumloon en minimumvakantiebijslag art. 8');
  const hoursText = counted < tenths(input.contractHoursPerWeek)
    ? `${nl(countedHours)} uur per week (volledige werkweek; ${nl(input.contractHoursPerWeek)} contracturen tellen tot ${nl(p.fullTimeHours)})`
    : `${nl(countedHours)} uur per week`;
  // domain.md: monthly = hourly × hours/week × 52/12; hours are in tenths, so divide by 10 × 12.
  const monthly = line(`Minimumloon per maand voor ${hoursText} (uurloon × uren × 52/12)`,
    roundHalfUp(applicable.hourlyCents * counted * 52, 120), 'Wet minimumloon en minimumvakantiebijslag');
  const holiday = line(`Vakantiebijslag ${nl(p.holidayPayPct)}%`, percentOf(monthly, p.holidayPayPct), 'Wet minimumloon en minimumvakantiebijslag art. 15');
  const basisAmount = line(youth ? 'Minimumjeugdloon met vakantiebijslag' : 'Minimumloon met vakantiebijslag', monthly + holiday, 'Participatiewet art. 10d');

  let basis: SubsidyBasis;
  let beforeAllowance: number;
  if (input.wageValuePct !== null) {
    basis = 'wage_value';
    const value = line(`Loonwaarde ${input.wageValuePct}% van het minimumloon met vakantiebijslag`, percentOf(basisAmount, input.wageValuePct), 'Participatiewet art. 10d (loonwaarde)');
    const difference = line('Verschil tussen minimumloon en loonwaarde', basisAmount - value, 'Participatiewet art. 10d');
    const cap = line(`Ten hoogste ${nl(p.maxPct)}% van het minimumloon met vakantiebijslag`, percentOf(basisAmount, p.maxPct), 'Participatiewet art. 10d (maximum)');
    beforeAllowance = line('Loonkostensubsidie vóór werkgeverslasten (het laagste van verschil en maximum)', Math.min(difference, cap), 'Participatiewet art. 10d');  // D1
  } else {
    const month = monthIndex(input.placementStart, input.on) + 1;
    if (month <= p.flatMaxMonths) {
      basis = 'flat_rate';
      beforeAllowance = line(`Forfaitair ${nl(p.flatPctWithoutWageValue)}% zolang er geen loonwaarde is (maand ${month} van ten hoogste ${p.flatMaxMonths})`,
        percentOf(basisAmount, p.flatPctWithoutWageValue), 'Participatiewet art. 10d (forfaitaire loonkostensubsidie)');
    } else {
      basis = 'flat_rate_expired';
      beforeAllowance = line(`Geen forfaitaire subsidie meer: de ${p.flatMaxMonths} maanden zijn voorbij en er is nog geen loonwaarde vastgesteld`, 0,
        'Participatiewet art. 10d (forfaitaire loonkostensubsidie)');
    }
  }
  const allowance = line(`Tegemoetkoming werkgeverslasten ${nl(p.employerCostAllowancePct)}%`, percentOf(beforeAllowance, p.employerCostAllowancePct),
    'Participatiewet art. 10d; Regeling loonwaardebepaling en werkgeverslasten');
  const total = line('Loonkostensubsidie per maand', beforeAllowance + allowance, 'Participatiewet art. 10d');

  return {
    ok: true,
    calculation: {
      on: input.on, basis, wageValuePct: input.wageValuePct, contractHoursPerWeek: input.contractHoursPerWeek, countedHoursPerWeek: countedHours,
      monthlyCents: total, lines,
      tables: {
        minimumWage: { id: wage.id ?? null, validFrom: wage.validFrom, hourlyCents: wage.hourlyCents, source: wage.source },
        youthWage: youth ? { id: youth.id ?? null, validFrom: youth.validFrom, age: youth.age, pct: youth.pct, source: youth.source } : null,
        parameters: { id: p.id ?? null, validFrom: p.validFrom, source: p.source },
      },
    },
  };
}
