import { z } from 'zod';
import { cents, isoDate, units } from '../common.ts';

const statuses = ['proposed', 'approved', 'rejected', 'started', 'ended', 'cancelled'] as const;
const outcomes = ['paid_work', 'higher_ladder_step', 'other_instrument', 'dropped_out'] as const;
const ref = z.object({ id: z.string().uuid(), name: z.string() });

export const reportSchema = z.object({
  id: z.string().uuid(), kind: z.enum(['attendance', 'progress']), kindLabel: z.string(), periodFrom: z.string(), periodTo: z.string(),
  hoursPlanned: z.number().int().nullable(), hoursAttended: z.number().int().nullable(), summary: z.string(),
  reportedBy: z.string(), reportedAt: z.string(),
}).meta({ id: 'TrajectoryReport' });

/** What every reader sees: the order itself. Amounts and decisions are for the municipality's staff only. */
const base = {
  id: z.string().uuid(), version: z.number().int(), status: z.enum(statuses), statusLabel: z.string(),
  title: z.string().describe('Instrumentnaam, of de omschrijving bij maatwerk'),
  instrument: ref.nullable(), provider: ref, maatwerk: z.boolean(),
  units: z.number().int(), unit: z.enum(units), unitLabel: z.string(),
  plannedStartOn: z.string(), plannedEndOn: z.string(), startedOn: z.string().nullable(), endedOn: z.string().nullable(),
  outcome: z.enum(outcomes).nullable(), outcomeLabel: z.string().nullable(),
  reports: z.array(reportSchema),
};

export const trajectorySchema = z.object({
  ...base,
  resident: z.object({ id: z.string().uuid(), fullName: z.string() }),
  customReason: z.string().nullable().describe('Waarom maatwerk buiten de catalogus'),
  goalId: z.string().uuid().nullable(),
  unitPriceCents: z.number().int(), amountCents: z.number().int(), budgetYear: z.number().int(),
  needsSecondApproval: z.boolean(), fourEyesThresholdCents: z.number().int(),
  proposedBy: z.string(), proposedById: z.string().uuid(), proposedAt: z.string(), decidedBy: z.string().nullable(), decidedById: z.string().uuid().nullable(), decidedAt: z.string().nullable(), decisionNote: z.string(),
  outcomeReason: z.string().describe('Reden bij voortijdig stoppen of bij annuleren'), realisedCents: z.number().int().nullable(),
}).meta({ id: 'Trajectory' });

/** A partner coach's view: the order and the person to guide — never BSN, income, health or money. */
export const partnerTrajectorySchema = z.object({
  ...base,
  resident: z.object({
    fullName: z.string(), phone: z.string().nullable(), email: z.string().nullable(), preferredLanguage: z.string(),
    contactPerson: z.string().nullable().describe('De vaste contactpersoon bij de gemeente'),
  }),
}).meta({ id: 'PartnerTrajectory' });

export const trajectoryNew = z.object({
  offerId: z.string().uuid('Kies een aanbod uit de catalogus').nullable().default(null),
  // maatwerk: outside the catalogue, with a provider, price, and a reason
  providerId: z.string().uuid('Kies een aanbieder').nullable().default(null),
  customTitle: z.string().trim().min(3, 'Beschrijf het maatwerk in minstens 3 tekens').max(200).nullable().default(null),
  customReason: z.string().trim().min(10, 'Geef bij maatwerk een reden van minstens 10 tekens').max(2000).nullable().default(null),
  unit: z.enum(units).nullable().default(null),
  unitPriceCents: cents.nullable().default(null),
  units: z.number().int('Aantal eenheden is een heel getal').min(1, 'Bestel minstens 1 eenheid').max(10_000),
  plannedStartOn: isoDate,
  plannedEndOn: isoDate,
  goalId: z.string().uuid().nullable().default(null),
  confirmBudgetOverrun: z.boolean().default(false).describe('true: bestellen ook als het re-integratiebudget daardoor wordt overschreden'),
}).strict().meta({ id: 'TrajectoryOrder' });

export const decisionNew = z.object({
  decision: z.enum(['approve', 'reject']),
  note: z.string().trim().max(2000).default(''),
}).strict().meta({ id: 'TrajectoryDecision' });
export const startNew = z.object({ startedOn: isoDate }).strict().meta({ id: 'TrajectoryStart' });
export const endNew = z.object({
  endedOn: isoDate,
  outcome: z.enum(outcomes),
  outcomeReason: z.string().trim().max(2000).default(''),
  realisedCents: cents.describe('Wat het traject werkelijk heeft gekost; de rest van de verplichting valt vrij'),
}).strict().meta({ id: 'TrajectoryEnd' });
export const cancelNew = z.object({ reason: z.string().trim().min(5, 'Geef een reden van minstens 5 tekens').max(2000) }).strict().meta({ id: 'TrajectoryCancel' });
export const reportNew = z.object({
  kind: z.enum(['attendance', 'progress']),
  periodFrom: isoDate, periodTo: isoDate,
  hoursPlanned: z.number().int().min(0).max(744).nullable().default(null),
  hoursAttended: z.number().int().min(0).max(744).nullable().default(null),
  summary: z.string().trim().max(4000).default(''),
}).strict().meta({ id: 'TrajectoryReportNew' });

export const trajectoryQuery = z.object({
  status: z.enum(statuses).optional(),
  awaitingApproval: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('true: alleen voorstellen die op een tweede goedkeuring wachten en die u zelf kunt beoordelen (niet uw eigen voorstellen)'),
});
