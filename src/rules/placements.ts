import type { OpportunityKind, PlacementEndReason, PlacementKind } from '../db/types.ts';

// Plaatsingen: kinds, end reasons and what each kind allows. Codes are stored; labels are what people read.
export const placementKinds = ['regular_job', 'trial_placement', 'work_experience', 'jobs_agreement', 'sheltered_work', 'learn_work'] as const satisfies readonly PlacementKind[];
export const placementKindLabels: Record<PlacementKind, string> = {
  regular_job: 'Reguliere baan',
  trial_placement: 'Proefplaatsing',
  work_experience: 'Werkervaringsplek',
  jobs_agreement: 'Garantiebaan (banenafspraak)',
  sheltered_work: 'Beschut werk',
  learn_work: 'Leerwerkplek',
};

/** The kind of placement an opportunity leads to. */
export const kindOfOpportunity: Record<OpportunityKind, PlacementKind> = {
  regular_vacancy: 'regular_job', trial_placement: 'trial_placement', work_experience: 'work_experience',
  jobs_agreement: 'jobs_agreement', sheltered_place: 'sheltered_work', learn_work: 'learn_work',
};

/**
 * Kinds that are an employment contract (dienstbetrekking): they carry a wage, may carry loonkostensubsidie and can
 * end a benefit. A trial placement and a work-experience place are unpaid, with the benefit continuing.
 */
export const paidKinds: ReadonlySet<PlacementKind> = new Set(['regular_job', 'jobs_agreement', 'sheltered_work', 'learn_work']);

export const placementEndReasons = ['contract_ended', 'other_job', 'resigned', 'dismissed', 'trial_not_continued', 'moved_away', 'retirement', 'other'] as const satisfies readonly PlacementEndReason[];
export const placementEndReasonLabels: Record<PlacementEndReason, string> = {
  contract_ended: 'Contract afgelopen en niet verlengd',
  other_job: 'Andere baan gevonden',
  resigned: 'Opgezegd door de werknemer',
  dismissed: 'Ontslag door de werkgever',
  trial_not_continued: 'Proefplaatsing niet omgezet in een dienstverband',
  moved_away: 'Verhuisd',
  retirement: 'AOW-leeftijd bereikt',
  other: 'Anders',
};

export const placementStatusLabels = { active: 'Lopend', ended: 'Beëindigd' } as const;

export interface PlacementFacts {
  kind: PlacementKind;
  hourlyWageCents: number | null;
  wageCostSubsidy: boolean;
  endsBenefit: boolean;
  jobCoach: boolean;
  jobCoachHoursPerMonth: number | null;
  startDate: string;
  endDate: string | null;
}

/** What a placement must satisfy whatever the tables say; the first problem in Dutch, or null. */
export function placementProblem(p: PlacementFacts, minimumHourlyCents: number | null): string | null {
  const label = placementKindLabels[p.kind];
  if (p.endDate !== null && p.endDate < p.startDate) return 'De einddatum ligt vóór de startdatum.';
  if (paidKinds.has(p.kind) && (p.hourlyWageCents === null || p.hourlyWageCents <= 0)) return `Vul bij ${label.toLowerCase()} het bruto uurloon in.`;
  if (!paidKinds.has(p.kind) && p.wageCostSubsidy) return `Loonkostensubsidie hoort bij een dienstverband; een ${label.toLowerCase()} is onbetaald.`;
  if (!paidKinds.has(p.kind) && p.endsBenefit) return `Een ${label.toLowerCase()} is onbetaald en beëindigt de uitkering niet.`;
  // With loonkostensubsidie the employer pays at least the minimum wage; the subsidy makes up for the lower output.
  if (p.wageCostSubsidy && minimumHourlyCents !== null && (p.hourlyWageCents ?? 0) < minimumHourlyCents) {
    return `Met loonkostensubsidie betaalt de werkgever ten minste het wettelijk minimumloon (${euro(minimumHourlyCents)} per uur).`;
  }
  if (!p.jobCoach && p.jobCoachHoursPerMonth !== null) return 'Geef alleen uren jobcoaching op als er een jobcoach is.';
  return null;
}

const euro = (cents: number) => `€ ${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

/** Counts from 1 to 4 could point at a person: shown as "<5" where the caller may see aggregates only. */
export const SMALL_COUNT = 5;
export function suppressed(count: number, suppress: boolean): number | null {
  return suppress && count > 0 && count < SMALL_COUNT ? null : count;
}
