import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { withHousemate, withReportedIncome } from '../../../rules/income/situation.ts';
import type { Caller } from '../../residents/guard.ts';
import { fullName, seesAmounts } from '../scope.ts';
import { reportStatusLabels } from './schema.ts';
import { recalculate } from './service.ts';
import { giftsEarlierInYear, type HouseholdReportRow, type IncomeReportRow } from './store.ts';

// Reports as the API shows them; the recalculation proposal only for roles that see amounts, and only while the
// report waits for processing.

const common = (c: Caller, r: IncomeReportRow | HouseholdReportRow) => ({
  id: r.id, benefitId: r.benefitId, residentId: r.residentId, residentName: fullName(r), note: r.note,
  reportedAt: new Date(r.reportedAt).toISOString(), status: r.status, statusLabel: reportStatusLabels[r.status], amountsHidden: !seesAmounts(c),
});

export async function presentIncomeReport(c: Caller, db: Kysely<DB>, r: IncomeReportRow) {
  const amounts = seesAmounts(c);
  const proposal = amounts && r.status === 'received'
    ? await recalculate(db, r.benefitSituation, {
      situation: withReportedIncome(r.benefitSituation, r, await giftsEarlierInYear(db, r.municipalityId, r.benefitId, r.month)), effectiveDate: `${r.month}-01`, periodMonth: r.month,
    })
    : null;
  return {
    ...common(c, r), month: r.month,
    earningsApplicantCents: amounts ? r.earningsApplicantCents : null, earningsPartnerCents: amounts ? r.earningsPartnerCents : null,
    otherIncomeCents: amounts ? r.otherIncomeCents : null, giftsCents: amounts ? r.giftsCents : null,
    recalculation: proposal?.rows ?? null, recalculationProblem: proposal?.problem ?? null,
  };
}

export async function presentHouseholdReport(c: Caller, db: Kysely<DB>, r: HouseholdReportRow) {
  const proposal = seesAmounts(c) && r.status === 'received'
    ? await recalculate(db, r.benefitSituation, { situation: withHousemate(r.benefitSituation, r), effectiveDate: r.effectiveDate, periodMonth: null })
    : null;
  return {
    ...common(c, r), effectiveDate: r.effectiveDate, givenNames: r.givenNames, birthDate: r.birthDate, sharesCosts: r.sharesCosts,
    recalculation: proposal?.rows ?? null, recalculationProblem: proposal?.problem ?? null,
  };
}
