import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { normCodes, type BenefitRuleTable, type NormCode } from '../../../rules/benefit/tables.ts';

/** Every published version of the benefit rule tables, with their norms (a handful of rows). */
export async function loadBenefitTables(db: Kysely<DB>): Promise<BenefitRuleTable[]> {
  const [tables, norms] = await Promise.all([
    db.selectFrom('benefitRuleTables').selectAll().orderBy('validFrom').execute(),
    db.selectFrom('benefitNorms').selectAll().execute(),
  ]);
  return tables.map((t) => {
    const own = norms.filter((n) => n.tableId === t.id);
    const missing = normCodes.filter((c) => !own.some((n) => n.code === c));
    if (missing.length) throw new Error(`Normtabel ${t.id} mist normen: ${missing.join(', ')}`);
    return {
      id: t.id, validFrom: t.validFrom, source: t.source,
      norms: Object.fromEntries(own.map((n) => [n.code, { amountCents: n.amountCents, article: n.article }])) as Record<NormCode, { amountCents: number; article: string }>,
      aowAge: { years: t.aowAgeYears, months: t.aowAgeMonths },
      holidayAllowanceBp: t.holidayAllowanceBp, costSharerBaseBp: t.costSharerBaseBp, costSharerStepBp: t.costSharerStepBp,
      costSharerMinAge: t.costSharerMinAge, costSharerCareExemption: t.costSharerCareExemption,
      earningsReleaseBp: t.earningsReleaseBp, earningsReleaseCapCents: t.earningsReleaseCapCents, earningsReleaseMonths: t.earningsReleaseMonths,
      earningsReleaseMinAge: t.earningsReleaseMinAge, singleParentReleaseBp: t.singleParentReleaseBp,
      singleParentReleaseCapCents: t.singleParentReleaseCapCents, singleParentReleaseMonths: t.singleParentReleaseMonths,
      singleParentChildMaxAge: t.singleParentChildMaxAge, giftsFreePerYearCents: t.giftsFreePerYearCents,
    };
  });
}
