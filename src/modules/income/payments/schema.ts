import { z } from 'zod';
import { monthPattern } from '../../../rules/payments/payment.ts';

// Betaalruns en betaalspecificaties: what the API takes and gives.

export const monthSchema = z.string().regex(monthPattern, 'Geef de maand als JJJJ-MM, bijvoorbeeld 2026-03');
export const runNew = z.object({ month: monthSchema }).strict().meta({ id: 'PaymentRunNew' });
const statuses = ['running', 'computed', 'reconciled', 'approved'] as const;

const line = z.object({ code: z.string(), label: z.string(), article: z.string(), amountCents: z.number().int() });

export const runSchema = z.object({
  id: z.string().uuid(), month: z.string(), monthLabel: z.string(),
  sequence: z.number().int().describe('1 = de run van de maand; 2, 3, … = aanvullende run voor wie daarna recht kreeg'),
  status: z.enum(statuses), statusLabel: z.string(), version: z.number().int(),
  progress: z.object({ processed: z.number().int(), total: z.number().int(), percent: z.number().int() }).describe('Berekende uitkeringen van het totaal'),
  payments: z.object({ count: z.number().int(), totalCents: z.number().int() }).describe('Geschreven betalingen volgens de run zelf'),
  exceptionCount: z.number().int().describe('Uitkeringen die niet automatisch te berekenen waren'),
  plannedPayDate: z.string(), executionDate: z.string().nullable().describe('Uitvoeringsdatum in het SEPA-bestand, vastgelegd bij goedkeuring'),
  holidayPayoutMonth: z.number().int(), paysHolidayAllowance: z.boolean(),
  startedBy: z.string(), startedById: z.string().uuid().nullable(), startedAt: z.string(), computedAt: z.string().nullable(),
  reconciliation: z.object({
    ok: z.boolean(), by: z.string(), at: z.string(), count: z.number().int(), totalCents: z.number().int(), differences: z.array(z.string()),
  }).nullable(),
  approvedBy: z.string().nullable(), approvedById: z.string().uuid().nullable(), approvedAt: z.string().nullable(),
  lastError: z.string().nullable().describe('Waarom de berekening onderbroken werd; een volgende poging gaat verder na de laatste opgeslagen batch'),
}).meta({ id: 'PaymentRun' });

export const runDetailSchema = runSchema.extend({
  exceptions: z.array(z.object({ residentId: z.string().uuid(), fullName: z.string(), reason: z.string() })),
}).meta({ id: 'PaymentRunDetail' });

export const runPaymentsQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const kinds = ['benefit', 'holiday_allowance', 'correction'] as const;
export const runPaymentSchema = z.object({
  id: z.string().uuid(), kind: z.enum(kinds), kindLabel: z.string(), amountCents: z.number().int(),
  basis: z.enum(['standing', 'report']), tableId: z.string(), resident: z.object({ id: z.string().uuid(), fullName: z.string() }),
}).meta({ id: 'PaymentRunPayment' });

export const payslipQuery = z.object({
  residentId: z.string().uuid('Ongeldige inwoner-id').optional().describe('Verplicht voor medewerkers; een inwoner ziet altijd alleen de eigen betalingen'),
});

export const payslipSummarySchema = z.object({
  id: z.string().uuid(), month: z.string(), monthLabel: z.string(), kind: z.enum(kinds), kindLabel: z.string(),
  amountCents: z.number().int(), paid: z.boolean().describe('De run is goedgekeurd en uitbetaald'), payDate: z.string(),
}).meta({ id: 'PayslipSummary' });

export const payslipSchema = payslipSummarySchema.extend({
  resident: z.object({ fullName: z.string() }),
  iban: z.string(), accountHolder: z.string(), endToEndId: z.string().describe('Betalingskenmerk op het bankafschrift'),
  basis: z.enum(['standing', 'report']), basisLabel: z.string(),
  table: z.object({ id: z.string(), validFrom: z.string(), source: z.string() }).describe('De versie van de normtabel die is gebruikt'),
  lines: z.array(line),
}).meta({ id: 'Payslip' });
