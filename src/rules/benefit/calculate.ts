import { ageOn } from '../dates.ts';
import { ageBand, CalculationRefused, normCodeFor, normLabels, shareOf, type AgeBand } from './norm.ts';
import type { BenefitRuleTable, NormCode } from './tables.ts';

/** One person of the benefit household (aanvrager or partner) with their earnings this month. */
export interface EarningPerson {
  birthDate: string;
  earningsCents: number;               // net income from work this month (inkomsten uit arbeid)
  generalReleaseMonthsUsed: number;    // months of the art. 31 lid 2 n release already used
}

/** The household situation for one month: what the income consultant records, nothing more. */
export interface HouseholdSituation {
  month: string;                                       // 'YYYY-MM'
  applicant: EarningPerson & { singleParentReleaseMonthsUsed: number };
  partner: EarningPerson | null;
  children: { birthDate: string }[];                   // children living at home
  costSharers: { birthDate: string }[];                // housemates who share costs (not students, not commercial tenants)
  intensiveInformalCare: boolean;                      // mantelzorg: from 2026 no cost-sharers' norm
  otherIncomeCents: number;                            // other net income counted in full (e.g. alimony, other benefits)
  giftsCents: number;                                  // gifts received this month
  giftsEarlierThisYearCents: number;                   // gifts received earlier this calendar year
}

export interface CalculationLine { code: string; label: string; article: string; amountCents: number }

export interface BenefitCalculation {
  month: string;
  referenceDate: string;          // ages and the table are taken on the first day of the month
  table: { id: string; validFrom: string; source: string };
  normCode: NormCode;
  normCents: number;              // the norm after the cost-sharers' norm
  countedIncomeCents: number;
  grossBenefitCents: number;      // incl. holiday allowance
  holidayAllowanceReservedCents: number;
  payableCents: number;           // paid this month; the lines add up to it
  lines: CalculationLine[];
}

const art = {
  costSharers: 'art. 22a Participatiewet',
  income: 'art. 32 Participatiewet',
  generalRelease: 'art. 31 lid 2 onderdeel n Participatiewet',
  singleParentRelease: 'art. 31 lid 2 onderdeel r Participatiewet',
  gifts: 'art. 31 lid 2 onderdeel m Participatiewet',
  holiday: 'art. 19 Participatiewet (de normen zijn inclusief vakantietoeslag)',
} as const;

const euro = (cents: number) => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;

/**
 * The benefit (bijstand) of one household for one month on the given rule table: norm, cost-sharers' norm,
 * income with its releases, gifts, and the holiday allowance reserved. Pure: no clock, no database.
 */
export function calculateBenefit(table: BenefitRuleTable, s: HouseholdSituation): BenefitCalculation {
  const day = `${s.month}-01`;
  const applicantBand = ageBand(table, s.applicant.birthDate, day);
  const partnerBand = s.partner ? ageBand(table, s.partner.birthDate, day) : null;
  const minorChildren = s.children.filter((c) => ageOn(c.birthDate, day) < 18);
  const normCode = normCodeFor(applicantBand, partnerBand, minorChildren.length > 0);
  const norm = table.norms[normCode];
  const lines: CalculationLine[] = [{ code: 'norm', label: normLabels[normCode], article: norm.article, amountCents: norm.amountCents }];

  const normCents = costSharersNorm(table, s, day, applicantBand, partnerBand, norm.amountCents, lines);
  const counted = countedIncome(table, s, day, minorChildren, lines);

  const beforeClamp = normCents - counted;
  if (beforeClamp < 0) {
    lines.push({ code: 'income_above_norm', label: 'Inkomen hoger dan de norm: geen bijstand deze maand', article: art.income, amountCents: -beforeClamp });
  }
  const gross = Math.max(0, beforeClamp);
  const reserved = shareOf(gross, table.holidayAllowanceBp);
  lines.push({ code: 'holiday_allowance_reserved', label: `Vakantietoeslag gereserveerd (${table.holidayAllowanceBp / 100}%), wordt eens per jaar uitbetaald`, article: art.holiday, amountCents: -reserved });

  return {
    month: s.month, referenceDate: day, table: { id: table.id, validFrom: table.validFrom, source: table.source },
    normCode, normCents, countedIncomeCents: counted, grossBenefitCents: gross, holidayAllowanceReservedCents: reserved,
    payableCents: gross - reserved, lines,
  };
}

/** Kostendelersnorm: ((base + A × step) / A) of the married norm per person, A = cost-sharers incl. applicant and partner. */
function costSharersNorm(table: BenefitRuleTable, s: HouseholdSituation, day: string, applicant: AgeBand, partner: AgeBand | null, normCents: number, lines: CalculationLine[]): number {
  const housemates = s.costSharers.filter((h) => ageOn(h.birthDate, day) >= table.costSharerMinAge).length;
  if (housemates === 0) return normCents;
  if (table.costSharerCareExemption && s.intensiveInformalCare) {
    lines.push({ code: 'cost_sharers_care', label: 'Geen kostendelersnorm: de aanvrager geeft intensieve mantelzorg', article: art.costSharers, amountCents: 0 });
    return normCents;
  }
  const persons = partner === null ? [applicant] : [applicant, partner];
  if (persons.some((p) => p === 'young')) return normCents;  // the cost-sharers' norm applies from 21; the 18–20 norms are already low
  if (persons.some((p) => p === 'aow')) {
    throw new CalculationRefused('De kostendelersnorm bij AOW-leeftijd wordt nog niet door Meedoen berekend. Bereken deze situatie handmatig.');
  }
  const a = persons.length + housemates;
  const married = table.norms.couple_21.amountCents;
  const perPerson = Math.floor((married * (table.costSharerBaseBp + a * table.costSharerStepBp) + a * 5_000) / (a * 10_000));
  const reduced = perPerson * persons.length;
  const factor = ((table.costSharerBaseBp + a * table.costSharerStepBp) / a / 100).toFixed(2).replace('.', ',');
  lines.push({
    code: 'cost_sharers', label: `Kostendelersnorm: ${a} kostendelers, ${factor}% van de gehuwdennorm per persoon`,
    article: art.costSharers, amountCents: reduced - normCents,
  });
  return reduced;
}

function countedIncome(table: BenefitRuleTable, s: HouseholdSituation, day: string, minorChildren: { birthDate: string }[], lines: CalculationLine[]): number {
  let counted = 0;
  const people: [string, EarningPerson, boolean][] = [['aanvrager', s.applicant, true]];
  if (s.partner) people.push(['partner', s.partner, false]);
  for (const [who, person, isApplicant] of people) {
    if (person.earningsCents <= 0) continue;
    lines.push({ code: `earnings_${isApplicant ? 'applicant' : 'partner'}`, label: `Inkomsten uit arbeid ${who}`, article: art.income, amountCents: -person.earningsCents });
    counted += person.earningsCents;
    const release = earningsRelease(table, s, day, person, isApplicant, minorChildren, who);
    if (release) { lines.push(release); counted -= release.amountCents; }
  }
  if (s.otherIncomeCents > 0) {
    lines.push({ code: 'other_income', label: 'Overig inkomen', article: art.income, amountCents: -s.otherIncomeCents });
    counted += s.otherIncomeCents;
  }
  if (s.giftsCents > 0) {
    const free = table.giftsFreePerYearCents === null ? 0 : Math.max(0, table.giftsFreePerYearCents - s.giftsEarlierThisYearCents);
    const countedGifts = Math.max(0, s.giftsCents - free);
    const label = table.giftsFreePerYearCents === null
      ? 'Giften: deze normtabel kent geen wettelijk vrijgelaten bedrag, de gift telt mee'
      : `Giften boven het vrijgelaten bedrag van ${euro(table.giftsFreePerYearCents)} per kalenderjaar (nog vrij: ${euro(free)})`;
    lines.push({ code: 'gifts', label, article: art.gifts, amountCents: -countedGifts });
    counted += countedGifts;
  }
  return counted;
}

/** Art. 31 lid 2 n (25%, capped, first months) and after it lid 2 r for a single parent with a young child (12.5%). */
function earningsRelease(table: BenefitRuleTable, s: HouseholdSituation, day: string, person: EarningPerson, isApplicant: boolean,
  minorChildren: { birthDate: string }[], who: string): CalculationLine | null {
  if (ageOn(person.birthDate, day) < table.earningsReleaseMinAge) return null;
  if (person.generalReleaseMonthsUsed < table.earningsReleaseMonths) {
    const amount = Math.min(shareOf(person.earningsCents, table.earningsReleaseBp), table.earningsReleaseCapCents);
    const month = person.generalReleaseMonthsUsed + 1;
    return {
      code: 'earnings_release', article: art.generalRelease, amountCents: amount,
      label: `Vrijlating inkomsten uit arbeid ${who}: ${table.earningsReleaseBp / 100}%, ten hoogste ${euro(table.earningsReleaseCapCents)} (maand ${month} van ${table.earningsReleaseMonths})`,
    };
  }
  const singleParent = isApplicant && s.partner === null && minorChildren.some((c) => ageOn(c.birthDate, day) < table.singleParentChildMaxAge);
  if (!singleParent || s.applicant.singleParentReleaseMonthsUsed >= table.singleParentReleaseMonths) return null;
  if (table.singleParentReleaseCapCents === null) {
    throw new CalculationRefused(`Voor de normtabel van ${table.validFrom} is het maximum van de vrijlating voor alleenstaande ouders niet vastgelegd. Bereken deze situatie handmatig.`);
  }
  const amount = Math.min(shareOf(person.earningsCents, table.singleParentReleaseBp), table.singleParentReleaseCapCents);
  return {
    code: 'single_parent_release', article: art.singleParentRelease, amountCents: amount,
    label: `Vrijlating alleenstaande ouder: ${table.singleParentReleaseBp / 100}%, ten hoogste ${euro(table.singleParentReleaseCapCents)} (maand ${s.applicant.singleParentReleaseMonthsUsed + 1} van ${table.singleParentReleaseMonths})`,
  };
}
