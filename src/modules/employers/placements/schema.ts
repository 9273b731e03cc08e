import { z } from 'zod';
import { placementEndReasons, placementKinds } from '../../../rules/placements.ts';
import { cents, isoDate } from '../../provisions/common.ts';

const ref = z.object({ id: z.string().uuid(), name: z.string() });
const hours = z.number().min(0.5, 'Minstens een half uur per week').max(40, 'Hoogstens 40 uur per week')
  .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9, 'Gebruik hoogstens één decimaal, bijvoorbeeld 22,5');

export const calculationSchema = z.object({
  on: z.string().describe('De dag waarvoor is gerekend: bepaalt de tabelversies en de maand van de forfaitaire periode'),
  basis: z.enum(['wage_value', 'flat_rate', 'flat_rate_expired']), basisLabel: z.string(),
  wageValuePct: z.number().int().nullable(), wageValueMeasuredOn: z.string().nullable(),
  contractHoursPerWeek: z.number(), countedHoursPerWeek: z.number(),
  monthlyCents: z.number().int(),
  lines: z.array(z.object({ label: z.string(), amountCents: z.number().int(), article: z.string() })),
  tables: z.object({
    minimumWage: z.object({ id: z.string().nullable(), validFrom: z.string(), hourlyCents: z.number().int(), source: z.string() }),
    youthWage: z.object({ id: z.string().nullable(), validFrom: z.string(), age: z.number().int(), pct: z.number(), source: z.string() }).nullable().optional()
      .describe('Minimumjeugdloon (onder 21 jaar): het percentage voor de leeftijd op de rekendag; leeg bij 21 jaar en ouder'),
    parameters: z.object({ id: z.string().nullable(), validFrom: z.string(), source: z.string() }),
  }).describe('De versies van de wettelijke tabellen die de berekening gebruikte'),
}).meta({ id: 'WageCostSubsidyCalculation' });

export const followupSchema = z.object({
  id: z.string().uuid(), followedUpOn: z.string(), note: z.string(), recordedBy: z.string().nullable(), recordedAt: z.string(),
}).meta({ id: 'PlacementFollowup' });

export const placementSchema = z.object({
  id: z.string().uuid(), version: z.number().int(),
  resident: z.object({ id: z.string().uuid(), fullName: z.string() }),
  employer: ref.extend({ municipality: z.string(), ownMunicipality: z.boolean().describe('false: een werkgever uit een andere gemeente van de regio') }),
  opportunity: z.object({ id: z.string().uuid(), title: z.string() }).nullable(),
  kind: z.enum(placementKinds), kindLabel: z.string(), sheltered: z.boolean(),
  contractHoursPerWeek: z.number(),
  hourlyWageCents: z.number().int().nullable().describe('Bruto uurloon: arbeidsgegevens, geen uitkeringsinkomen'),
  startDate: z.string(), endDate: z.string().nullable(),
  status: z.enum(['active', 'ended']), statusLabel: z.string(),
  endReason: z.enum(placementEndReasons).nullable(), endReasonLabel: z.string().nullable(), endNote: z.string(),
  wageCostSubsidy: calculationSchema.nullable(),
  subsidyReview: z.array(z.string()).describe('Waarom de loonkostensubsidie opnieuw berekend moet worden (nieuw minimumloon, forfaitaire periode voorbij, verjaardag onder 21); leeg als de berekening nog klopt'),
  hiringSubsidyCents: z.number().int().nullable().describe('Indienstnemingssubsidie'),
  jobCoach: z.boolean(), jobCoachHoursPerMonth: z.number().int().nullable(),
  endsBenefit: z.boolean(), outflowRecordedOn: z.string().nullable().describe('Datum van de uitstroom uit de uitkering door deze plaatsing'),
  followups: z.array(followupSchema),
  createdBy: z.string().nullable(), createdAt: z.string(),
}).meta({ id: 'Placement' });

export const placementNew = z.object({
  employerId: z.string().uuid('Kies een werkgever'),
  opportunityId: z.string().uuid('Ongeldige kans').nullable().default(null),
  kind: z.enum(placementKinds).nullable().default(null).describe('Mag leeg blijven bij een kans: dan volgt het soort uit de kans'),
  contractHoursPerWeek: hours,
  hourlyWageCents: cents.nullable().default(null),
  startDate: isoDate,
  endDate: isoDate.nullable().default(null),
  wageCostSubsidy: z.boolean().default(false).describe('true: loonkostensubsidie berekenen op de loonwaarde uit het werkprofiel (of forfaitair)'),
  hiringSubsidyCents: cents.nullable().default(null),
  jobCoach: z.boolean().default(false),
  jobCoachHoursPerMonth: z.number().int().min(1, 'Minstens 1 uur per maand').max(200).nullable().default(null),
  endsBenefit: z.boolean().default(false).describe('true: de uitkering stopt door dit werk; legt een uitstroom vast op de startdatum'),
}).strict().meta({ id: 'PlacementNew' });

export const placementChange = z.object({
  contractHoursPerWeek: hours,
  hourlyWageCents: cents.nullable(),
  endDate: isoDate.nullable(),
  wageCostSubsidy: z.boolean(),
  hiringSubsidyCents: cents.nullable(),
  jobCoach: z.boolean(),
  jobCoachHoursPerMonth: z.number().int().min(1).max(200).nullable(),
  recalculateSubsidy: z.boolean().describe('true: de loonkostensubsidie opnieuw berekenen, bijvoorbeeld na een nieuwe loonwaardemeting'),
}).partial().strict().meta({ id: 'PlacementChange' });

export const followupNew = z.object({
  followedUpOn: isoDate,
  note: z.string().trim().min(5, 'Beschrijf het nazorgmoment in minstens 5 tekens').max(4000),
}).strict().meta({ id: 'PlacementFollowupNew' });

export const endNew = z.object({
  endedOn: isoDate,
  reason: z.enum(placementEndReasons),
  note: z.string().trim().max(2000).default(''),
}).strict().meta({ id: 'PlacementEnd' });

export const placementQuery = z.object({
  status: z.enum(['active', 'ended']).optional(),
  kind: z.enum(placementKinds).optional(),
  employerId: z.string().uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const employerOptionSchema = z.object({
  id: z.string().uuid(), name: z.string(), city: z.string(), municipality: z.string(), ownMunicipality: z.boolean(),
  opportunities: z.array(z.object({ id: z.string().uuid(), title: z.string(), kind: z.string(), hoursPerWeek: z.number().int() })),
}).meta({ id: 'PlacementEmployerOption' });

const count = z.number().int().nullable().describe('null: minder dan 5, afgeschermd');
export const figuresSchema = z.object({
  year: z.number().int(), region: z.string().nullable(), suppressedBelow: z.number().int(),
  municipalities: z.array(z.object({ code: z.string(), name: z.string() })),
  cells: z.array(z.object({
    residentMunicipality: z.string(), employerMunicipality: z.string(), placements: count, suppressed: z.boolean(),
  })).describe('Plaatsingen die in het jaar begonnen, per gemeente van de inwoner × gemeente van de werkgever'),
}).meta({ id: 'PlacementFigures' });
