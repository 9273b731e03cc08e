// The shapes of the placement API as the web app uses them (src/modules/employers/placements/schema.ts).
export type PlacementKind = 'regular_job' | 'trial_placement' | 'work_experience' | 'jobs_agreement' | 'sheltered_work' | 'learn_work';
export type EndReason = 'contract_ended' | 'other_job' | 'resigned' | 'dismissed' | 'trial_not_continued' | 'moved_away' | 'retirement' | 'other';

export interface CalculationLine { label: string; amountCents: number; article: string }
export interface SubsidyCalculation {
  on: string; basis: 'wage_value' | 'flat_rate' | 'flat_rate_expired'; basisLabel: string; wageValuePct: number | null; wageValueMeasuredOn: string | null;
  contractHoursPerWeek: number; countedHoursPerWeek: number; monthlyCents: number; lines: CalculationLine[];
  tables: {
    minimumWage: { validFrom: string; hourlyCents: number; source: string };
    youthWage?: { validFrom: string; age: number; pct: number; source: string } | null;
    parameters: { validFrom: string; source: string };
  };
}

export interface Placement {
  id: string; version: number; resident: { id: string; fullName: string };
  employer: { id: string; name: string; municipality: string; ownMunicipality: boolean }; opportunity: { id: string; title: string } | null;
  kind: PlacementKind; kindLabel: string; sheltered: boolean; contractHoursPerWeek: number; hourlyWageCents: number | null;
  startDate: string; endDate: string | null; status: 'active' | 'ended'; statusLabel: string;
  endReason: EndReason | null; endReasonLabel: string | null; endNote: string;
  wageCostSubsidy: SubsidyCalculation | null; subsidyReview: string[]; hiringSubsidyCents: number | null; jobCoach: boolean; jobCoachHoursPerMonth: number | null;
  endsBenefit: boolean; outflowRecordedOn: string | null;
  followups: { id: string; followedUpOn: string; note: string; recordedBy: string | null; recordedAt: string }[];
  createdBy: string | null; createdAt: string;
}

export interface EmployerOption {
  id: string; name: string; city: string; municipality: string; ownMunicipality: boolean;
  opportunities: { id: string; title: string; kind: string; hoursPerWeek: number }[];
}

export const kindLabels: Record<PlacementKind, string> = {
  regular_job: 'Reguliere baan', trial_placement: 'Proefplaatsing', work_experience: 'Werkervaringsplek',
  jobs_agreement: 'Garantiebaan (banenafspraak)', sheltered_work: 'Beschut werk', learn_work: 'Leerwerkplek',
};
/** Kinds that are an employment contract: with a wage, possibly wage-cost subsidy, possibly ending the benefit. */
export const paidKinds: PlacementKind[] = ['regular_job', 'jobs_agreement', 'sheltered_work', 'learn_work'];
export const opportunityKindToPlacement: Record<string, PlacementKind> = {
  regular_vacancy: 'regular_job', trial_placement: 'trial_placement', work_experience: 'work_experience',
  jobs_agreement: 'jobs_agreement', sheltered_place: 'sheltered_work', learn_work: 'learn_work',
};
export const endReasonLabels: Record<EndReason, string> = {
  contract_ended: 'Contract afgelopen en niet verlengd', other_job: 'Andere baan gevonden', resigned: 'Opgezegd door de werknemer',
  dismissed: 'Ontslag door de werkgever', trial_not_continued: 'Proefplaatsing niet omgezet in een dienstverband', moved_away: 'Verhuisd',
  retirement: 'AOW-leeftijd bereikt', other: 'Anders',
};

/** 22.5 → "22,5" */
export const hoursText = (h: number) => String(h).replace('.', ',');
/** "22,5" or "22.5" → 22.5; null when not a number of hours with at most one decimal. */
export function parseHours(text: string): number | null {
  const m = /^\s*(\d{1,2})(?:[.,](\d))?\s*$/.exec(text);
  return m ? Number(`${m[1]}.${m[2] ?? '0'}`) : null;
}
