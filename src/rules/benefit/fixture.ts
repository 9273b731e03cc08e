// Test fixture: the 1-1-2025 and 1-1-2026 tables, typed in by hand from ../shared/design/domain.md, so unit tests
// check the rules against the published figures independently of the migration that ships them.
import type { BenefitRuleTable, NormCode } from './tables.ts';

const articles: Record<NormCode, string> = {
  single_21: 'art. 21 onderdeel a', couple_21: 'art. 21 onderdeel b', single_aow: 'art. 22 onderdeel a', couple_aow: 'art. 22 onderdelen b en c',
  single_18_20: 'art. 20 lid 1 onderdeel a', couple_18_20: 'art. 20 lid 1 onderdeel b', couple_mixed_18_20: 'art. 20 lid 1 onderdeel c',
  couple_18_20_children: 'art. 20 lid 2 onderdeel b', couple_mixed_18_20_children: 'art. 20 lid 2 onderdeel c',
};
const norms = (amounts: Record<NormCode, number>) =>
  Object.fromEntries(Object.entries(amounts).map(([code, amountCents]) => [code, { amountCents, article: articles[code as NormCode] }])) as BenefitRuleTable['norms'];

const common = {
  aowAge: { years: 67, months: 0 }, holidayAllowanceBp: 500, costSharerBaseBp: 4000, costSharerStepBp: 3000, costSharerMinAge: 27,
  earningsReleaseBp: 2500, earningsReleaseMonths: 6, earningsReleaseMinAge: 27,
  singleParentReleaseBp: 1250, singleParentReleaseMonths: 30, singleParentChildMaxAge: 12,
};

export const table2025: BenefitRuleTable = {
  ...common, id: 'bijstandsnormen-2025-01-01', validFrom: '2025-01-01', source: 'domain.md', costSharerCareExemption: false,
  earningsReleaseCapCents: 27300, singleParentReleaseCapCents: null, giftsFreePerYearCents: null,
  norms: norms({
    single_21: 134545, couple_21: 192207, single_aow: 150107, couple_aow: 205348, single_18_20: 33217, couple_18_20: 66434,
    couple_mixed_18_20: 129321, couple_18_20_children: 104875, couple_mixed_18_20_children: 167762,
  }),
};

export const table2026: BenefitRuleTable = {
  ...common, id: 'bijstandsnormen-2026-01-01', validFrom: '2026-01-01', source: 'domain.md', costSharerCareExemption: true,
  earningsReleaseCapCents: 28500, singleParentReleaseCapCents: 17766, giftsFreePerYearCents: 120000,
  norms: norms({
    single_21: 140150, couple_21: 200213, single_aow: 156469, couple_aow: 214416, single_18_20: 34599, couple_18_20: 69198,
    couple_mixed_18_20: 134706, couple_18_20_children: 109241, couple_mixed_18_20_children: 174749,
  }),
};
