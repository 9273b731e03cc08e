import { z } from 'zod';
import { bases, streams } from '../../../rules/finance/streams.ts';

// Financiën: the table per year and stream, the reserve line and the SW fence. Amounts in whole cents.
const year = z.coerce.number().int('Ongeldig jaar').min(2000, 'Ongeldig jaar').max(2100, 'Ongeldig jaar');
export const yearParams = z.object({ year });
export const figureParams = z.object({
  year,
  basis: z.enum(bases, 'Kies begroting (budget) of realisatie (realised)').describe('budget: begroting; realised: jaarrekening'),
  stream: z.enum(streams, 'Onbekende stroom: kies benefits, reintegration of sheltered_employment'),
});
export const rangeQuery = z.object({
  from: year.optional().describe('Eerste jaar; standaard het eerste jaar met cijfers of de beginstand van de reserve'),
  to: year.optional().describe('Laatste jaar; standaard het laatste jaar met cijfers, of dit jaar als dat later is'),
});

const cents = z.number().int('Bedragen zijn hele centen').min(0, 'Een bedrag kan niet negatief zijn').max(100_000_000_000_00, 'Dit bedrag is te groot');
const source = z.string().trim().min(3, 'Noem de bron, bijvoorbeeld de begroting of de jaarrekening').max(300, 'De bron is te lang (hoogstens 300 tekens)');

export const figureChange = z.object({
  incomeCents: cents.describe('Inkomsten (rijksbijdrage) in centen'),
  expenditureCents: cents.nullable().describe('Uitgaven in centen; bij realisatie van BUIG of re-integratie mag dit leeg (null): dan telt Meedoen de betalingen uit goedgekeurde betaalruns of de werkelijke kosten van de trajecten'),
  source,
}).strict().meta({ id: 'FinanceFigureChange' });

export const reserveChange = z.object({
  openingYear: year.describe('Het jaar waarmee de reserve begint'),
  openingBalanceCents: cents.describe('Stand van de reserve sociaal domein op 1 januari van dat jaar'),
  source,
}).strict().meta({ id: 'SocialDomainReserveChange' });

const entered = z.object({
  incomeCents: z.number().int(), expenditureCents: z.number().int().nullable(), source: z.string(), version: z.number().int(),
}).nullable();

export const streamSchema = z.object({
  stream: z.enum(streams), label: z.string(),
  basis: z.enum(bases).nullable().describe('Welke cijfers tellen: realisatie zodra ingevoerd, anders begroting; null: nog niets ingevoerd'),
  incomeCents: z.number().int(), expenditureCents: z.number().int(), resultCents: z.number().int(),
  expenditureFrom: z.enum(['entered', 'meedoen']).nullable().describe('meedoen: de uitgaven komen uit de registratie in Meedoen'),
  budget: entered, realised: entered,
  meedoen: z.object({ expenditureCents: z.number().int(), source: z.string() }).nullable().describe('Gerealiseerd volgens Meedoen (tot nu toe)'),
}).meta({ id: 'FinanceStream' });

export const reserveLineSchema = z.object({
  openingCents: z.number().int(), returnedCents: z.number().int().describe('Overschotten terug naar de reserve'),
  deficitCents: z.number().int(), fromReserveCents: z.number().int(), fromGeneralFundsCents: z.number().int().describe('Uit de algemene middelen'),
  closingCents: z.number().int(),
  shelteredFence: z.object({ deficitCents: z.number().int(), fromReserveCents: z.number().int(), fromGeneralFundsCents: z.number().int() })
    .describe('Hekje om de SW: het SW-tekort eerst uit de reserve, daarna uit de algemene middelen'),
  exhausted: z.boolean(),
}).meta({ id: 'SocialDomainReserveLine' });

export const financeYearSchema = z.object({
  year: z.number().int(), basis: z.enum([...bases, 'mixed']).nullable(), basisLabel: z.string(),
  streams: z.array(streamSchema),
  incomeCents: z.number().int(), expenditureCents: z.number().int(), balanceCents: z.number().int().describe('Inkomsten min uitgaven'),
  missingStreams: z.array(z.enum(streams)).describe('Stromen zonder ingevoerde cijfers; die tellen als nul'),
  notices: z.array(z.string()),
  reserve: reserveLineSchema.nullable().describe('null: vóór de beginstand van de reserve, of geen beginstand vastgelegd'),
  warning: z.string().nullable().describe('Nederlandse waarschuwing als de reserve in dit jaar op raakt'),
}).meta({ id: 'FinanceYear' });

export const reserveSettingSchema = z.object({
  set: z.boolean(), openingYear: z.number().int().nullable(), openingBalanceCents: z.number().int().nullable(), source: z.string(), version: z.number().int(),
}).meta({ id: 'SocialDomainReserve' });

export const financeTableSchema = z.object({
  from: z.number().int(), to: z.number().int(),
  years: z.array(financeYearSchema),
  reserve: reserveSettingSchema,
  warning: z.string().nullable().describe('De eerste waarschuwing in de gekozen jaren'),
}).meta({ id: 'FinanceTable' });
export type FinanceTableView = z.infer<typeof financeTableSchema>;
export type FinanceYearView = z.infer<typeof financeYearSchema>;
