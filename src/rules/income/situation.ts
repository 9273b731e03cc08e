import type { HouseholdSituation } from '../benefit/calculate.ts';

// The household situation a benefit is calculated on (HouseholdSituation without the month), built from the dossier
// and changed by what the resident reports. Pure: no database.
export type Situation = Omit<HouseholdSituation, 'month'>;

export interface HouseholdFacts {
  applicant: { birthDate: string };
  partner: { birthDate: string } | null;
  members: { kind: 'child' | 'housemate'; birthDate: string; costSharer: boolean }[];
}

/** Prefill from the dossier: partner, children at home, and housemates the dossier marks as cost-sharers. No income yet. */
export function situationFromHousehold(h: HouseholdFacts): Situation {
  return {
    applicant: { birthDate: h.applicant.birthDate, earningsCents: 0, generalReleaseMonthsUsed: 0, singleParentReleaseMonthsUsed: 0 },
    partner: h.partner ? { birthDate: h.partner.birthDate, earningsCents: 0, generalReleaseMonthsUsed: 0 } : null,
    children: h.members.filter((m) => m.kind === 'child').map((m) => ({ birthDate: m.birthDate })),
    costSharers: h.members.filter((m) => m.kind === 'housemate' && m.costSharer).map((m) => ({ birthDate: m.birthDate })),
    intensiveInformalCare: false, otherIncomeCents: 0, giftsCents: 0, giftsEarlierThisYearCents: 0,
  };
}

/** A new housemate: a cost-sharer unless the resident says they do not share costs (student, commercial tenant). */
export function withHousemate(s: Situation, housemate: { birthDate: string; sharesCosts: boolean }): Situation {
  if (!housemate.sharesCosts) return s;
  return { ...s, costSharers: [...s.costSharers, { birthDate: housemate.birthDate }] };
}

export interface ReportedIncome {
  earningsApplicantCents: number; earningsPartnerCents: number; otherIncomeCents: number; giftsCents: number;
}

/**
 * The situation of one month with the income the resident reported for it instead of the standing figures.
 * `giftsEarlierThisYearCents`: gifts already counted in earlier months of the same calendar year.
 */
export function withReportedIncome(s: Situation, r: ReportedIncome, giftsEarlierThisYearCents: number): Situation {
  return {
    ...s,
    applicant: { ...s.applicant, earningsCents: r.earningsApplicantCents },
    partner: s.partner ? { ...s.partner, earningsCents: r.earningsPartnerCents } : null,
    otherIncomeCents: r.otherIncomeCents,
    giftsCents: r.giftsCents,
    giftsEarlierThisYearCents,
  };
}
