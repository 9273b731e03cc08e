// The law's figures for the benefit calculation (bijstandsnormen en vrijlatingen), as one versioned table.
// Values come from the database (migration 0011, rows per valid-from date with their source); the rules only read them.

/** The norm categories of art. 20–22 Participatiewet; amounts are per month incl. holiday allowance. */
export const normCodes = [
  'single_21',                   // art. 21 a: alleenstaande (ouder), 21 tot AOW-leeftijd
  'couple_21',                   // art. 21 b: gehuwden, beiden 21 tot AOW-leeftijd
  'single_aow',                  // art. 22 a: alleenstaande (ouder), AOW-leeftijd
  'couple_aow',                  // art. 22 b/c: gehuwden, één of beiden AOW-leeftijd
  'single_18_20',                // art. 20 lid 1 a (and lid 2 a for a single parent: same amount, see decision 0013)
  'couple_18_20',                // art. 20 lid 1 b: gehuwden, beiden 18–20, geen kinderen
  'couple_mixed_18_20',          // art. 20 lid 1 c: gehuwden, één 18–20 en één 21+, geen kinderen
  'couple_18_20_children',       // art. 20 lid 2 b: gehuwden, beiden 18–20, met kinderen
  'couple_mixed_18_20_children', // art. 20 lid 2 c: gehuwden, één 18–20 en één 21+, met kinderen
] as const;
export type NormCode = (typeof normCodes)[number];

export interface Norm { amountCents: number; article: string }

/** Percentages are basis points (2500 = 25%), money is cents, so every figure is an integer. */
export interface BenefitRuleTable {
  id: string;                          // e.g. 'normen-2026-01-01'
  validFrom: string;                   // 'YYYY-MM-DD'
  source: string;
  norms: Record<NormCode, Norm>;
  aowAge: { years: number; months: number };
  holidayAllowanceBp: number;          // vakantietoeslag: share of the norm that is reserved and paid once a year
  costSharerBaseBp: number;            // kostendelersnorm: (base + A × step) / A of the married norm
  costSharerStepBp: number;
  costSharerMinAge: number;            // housemates count from this age
  costSharerCareExemption: boolean;    // from 2026: not while giving intensive informal care
  earningsReleaseBp: number;           // art. 31 lid 2 n
  earningsReleaseCapCents: number;
  earningsReleaseMonths: number;
  earningsReleaseMinAge: number;
  singleParentReleaseBp: number;       // art. 31 lid 2 r
  singleParentReleaseCapCents: number | null;  // null: no verified figure for this version, the release is not computed
  singleParentReleaseMonths: number;
  singleParentChildMaxAge: number;     // a child younger than this
  giftsFreePerYearCents: number | null;        // art. 31 lid 2 m (from 2026); null: no statutory free amount
}

/** The version valid on a day: the latest valid_from on or before it. */
export function tableValidOn(tables: readonly BenefitRuleTable[], day: string): BenefitRuleTable | undefined {
  return [...tables].filter((t) => t.validFrom <= day).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
}
