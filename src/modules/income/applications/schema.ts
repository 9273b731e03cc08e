import { z } from 'zod';
import { applicationStatusLabels, documentCodes } from '../../../rules/income/application-status.ts';
import { isoDate } from '../../residents/dossier/common.ts';
import { calculationRequest } from '../calculations/schema.ts';

// Aanvraag bijstand: what the API takes and returns.

/** The household situation in the shape of the calculation, without the month. */
export const situationSchema = calculationRequest.omit({ month: true }).meta({ id: 'BenefitSituation' });

const statusCodes = Object.keys(applicationStatusLabels) as [keyof typeof applicationStatusLabels, ...(keyof typeof applicationStatusLabels)[]];
const applicationStatus = z.enum(statusCodes);
const iban = z.string().trim().min(1, 'Vul uw IBAN in').max(42);
const accountHolder = z.string().trim().min(2, 'Vul de naam van de rekeninghouder in').max(120);

export const applicationNew = z.object({
  residentId: z.string().uuid('Ongeldige inwoner-id').optional().describe('Verplicht voor een consulent; een inwoner vraagt voor zichzelf aan'),
  receivedOn: isoDate.optional().describe('Datum van ontvangst (een consulent die een papieren aanvraag invoert); standaard vandaag'),
  requestedStartDate: isoDate.describe('Gewenste ingangsdatum'),
  iban, accountHolder,
  advanceRequested: z.boolean().default(false).describe('Voorschot gevraagd (art. 52 Participatiewet)'),
  situation: situationSchema.optional().describe('Zonder: overgenomen uit het dossier (partner, kinderen, kostendelers)'),
}).strict().meta({ id: 'BenefitApplicationNew' });

const documentSchema = z.object({ code: z.enum(documentCodes), received: z.boolean() });

export const applicationPatch = z.object({
  documents: z.array(documentSchema).max(documentCodes.length).optional(),
  requestedStartDate: isoDate.optional(),
  iban: iban.optional(), accountHolder: accountHolder.optional(),
  advanceRequested: z.boolean().optional(),
  advancePaidOn: isoDate.nullable().optional().describe('Voorschot verstrekt op'),
  advanceCents: z.number().int().min(1, 'Een voorschot is meer dan € 0').max(10_000_000).nullable().optional(),
  situation: situationSchema.optional(),
}).strict().meta({ id: 'BenefitApplicationChange' });

export const statusNew = z.object({
  status: z.enum(['in_treatment', 'repair_period']),
  repairDeadline: isoDate.nullable().default(null).describe('Bij hersteltermijn: uiterste datum'),
  missing: z.string().trim().max(2000).nullable().default(null).describe('Bij hersteltermijn: wat ontbreekt'),
  note: z.string().trim().max(2000).default(''),
}).strict().meta({ id: 'BenefitApplicationStatusChange' });

export const applicationQuery = z.object({
  status: z.enum(['open', 'all', ...statusCodes]).default('open'),
  warning: z.enum(['any', 'decision_term', 'advance']).optional().describe('Alleen aanvragen waarvan een termijn bijna of al verstreken is'),
  residentId: z.string().uuid('Ongeldige inwoner-id').optional(),
});

const term = z.object({
  deadline: z.string(), daysLeft: z.number().int(), state: z.enum(['running', 'soon', 'overdue', 'suspended', 'met', 'late']),
  weeks: z.number().int(), article: z.string(),
});

export const applicationSchema = z.object({
  id: z.string().uuid(), residentId: z.string().uuid(), residentName: z.string(), partnerResidentId: z.string().uuid().nullable(),
  channel: z.enum(['portal', 'consultant']), receivedOn: z.string(), requestedStartDate: z.string(),
  status: applicationStatus, statusLabel: z.string(),
  repair: z.object({ deadline: z.string(), missing: z.string() }).nullable(),
  decidedOn: z.string().nullable(),
  advanceRequested: z.boolean(), advancePaidOn: z.string().nullable(),
  documents: z.array(z.object({ code: z.string(), label: z.string(), received: z.boolean() })),
  decisionTerm: term, advanceTerm: term.nullable(),
  warnings: z.array(z.object({ kind: z.enum(['decision_term', 'advance']), state: z.string(), text: z.string() })),
  events: z.array(z.object({ status: applicationStatus, statusLabel: z.string(), occurredOn: z.string(), repairDeadline: z.string().nullable(), repairMissing: z.string().nullable(), note: z.string() })),
  amountsHidden: z.boolean().describe('Waar: uw rol ziet geen bedragen, IBAN of gezinsinkomen (veldset income)'),
  situation: situationSchema.nullable(), iban: z.string().nullable(), accountHolder: z.string().nullable(), advanceCents: z.number().int().nullable(),
  version: z.number().int(),
}).meta({ id: 'BenefitApplication' });
export type ApplicationView = z.infer<typeof applicationSchema>;
