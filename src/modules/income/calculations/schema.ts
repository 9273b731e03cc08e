import { z } from 'zod';
import { isoDate } from '../../residents/dossier/common.ts';

// Proefberekening bijstand: the household situation of one month in, every line of the calculation out.
const cents = (what: string) => z.number().int(`${what}: geef een heel aantal centen`).min(0, `${what} kan niet negatief zijn`).max(100_000_000, `${what} is onwaarschijnlijk hoog`);
const months = (what: string, max: number) => z.number().int().min(0, `${what} kan niet negatief zijn`).max(max, `${what}: ten hoogste ${max}`).default(0);
const person = z.object({ birthDate: isoDate });

export const calculationRequest = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Geef de maand als JJJJ-MM, bijvoorbeeld 2026-03'),
  applicant: person.extend({
    earningsCents: cents('Inkomsten uit arbeid van de aanvrager').default(0),
    generalReleaseMonthsUsed: months('Gebruikte maanden vrijlating', 1000),
    singleParentReleaseMonthsUsed: months('Gebruikte maanden vrijlating alleenstaande ouder', 1000),
  }).strict(),
  partner: person.extend({
    earningsCents: cents('Inkomsten uit arbeid van de partner').default(0),
    generalReleaseMonthsUsed: months('Gebruikte maanden vrijlating van de partner', 1000),
  }).strict().nullable().default(null),
  children: z.array(person.strict()).max(20, 'Ten hoogste 20 kinderen').default([]),
  costSharers: z.array(person.strict()).max(20, 'Ten hoogste 20 kostendelers').default([])
    .describe('Huisgenoten die kosten delen (geen studenten of commerciële huurders); de leeftijdsgrens past de berekening zelf toe'),
  intensiveInformalCare: z.boolean().default(false).describe('De aanvrager geeft intensieve mantelzorg (vanaf 2026 geen kostendelersnorm)'),
  otherIncomeCents: cents('Overig inkomen').default(0),
  giftsCents: cents('Giften deze maand').default(0),
  giftsEarlierThisYearCents: cents('Giften eerder dit kalenderjaar').default(0),
}).strict().meta({ id: 'BenefitCalculationNew' });

export const calculationSchema = z.object({
  month: z.string(), referenceDate: z.string(),
  table: z.object({ id: z.string(), validFrom: z.string(), source: z.string() }).describe('De versie van de normtabel die is gebruikt'),
  normCode: z.string(), normCents: z.number().int(), countedIncomeCents: z.number().int(), grossBenefitCents: z.number().int(),
  holidayAllowanceReservedCents: z.number().int(), payableCents: z.number().int().describe('Uit te betalen deze maand, in centen'),
  lines: z.array(z.object({ code: z.string(), label: z.string(), article: z.string(), amountCents: z.number().int() })),
}).meta({ id: 'BenefitCalculation' });
