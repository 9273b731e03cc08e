import { z } from 'zod';
import { isoDate } from '../../residents/dossier/common.ts';

// Wijzigingen die de inwoner doorgeeft: de inkomsten van een maand, en een nieuwe huisgenoot.

const cents = (what: string) => z.number().int(`${what}: geef een heel aantal centen`).min(0, `${what} kan niet negatief zijn`).max(100_000_000, `${what} is onwaarschijnlijk hoog`).default(0);

export const incomeReportNew = z.object({
  benefitId: z.string().uuid('Ongeldige uitkering-id').optional().describe('Verplicht voor een consulent; een inwoner geeft door voor de eigen uitkering'),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Geef de maand als JJJJ-MM, bijvoorbeeld 2026-03'),
  earningsApplicantCents: cents('Inkomsten uit werk'),
  earningsPartnerCents: cents('Inkomsten uit werk van uw partner'),
  otherIncomeCents: cents('Ander inkomen'),
  giftsCents: cents('Giften'),
  note: z.string().trim().max(2000).default(''),
}).strict().meta({ id: 'BenefitIncomeReportNew' });

export const householdReportNew = z.object({
  benefitId: z.string().uuid('Ongeldige uitkering-id').optional().describe('Verplicht voor een consulent'),
  effectiveDate: isoDate.describe('Sinds wanneer de huisgenoot bij u woont'),
  givenNames: z.string().trim().min(1, 'Vul de voornaam van de huisgenoot in').max(120),
  birthDate: isoDate,
  sharesCosts: z.boolean().describe('Onwaar voor een student met studiefinanciering of een commerciële huurder'),
  note: z.string().trim().max(2000).default(''),
}).strict().meta({ id: 'BenefitHouseholdReportNew' });

export const reportQuery = z.object({
  status: z.enum(['received', 'processed', 'superseded']).optional(),
  benefitId: z.string().uuid().optional(),
});

const comparison = z.object({
  month: z.string(), tableId: z.string(), currentCents: z.number().int(), proposedCents: z.number().int(), differenceCents: z.number().int(),
});
const common = {
  id: z.string().uuid(), benefitId: z.string().uuid(), residentId: z.string().uuid(), residentName: z.string(),
  note: z.string(), reportedAt: z.string(), status: z.string(), statusLabel: z.string(), amountsHidden: z.boolean(),
  recalculation: z.array(comparison).nullable().describe('Herberekening: per maand het huidige en het nieuwe bedrag en het verschil'),
  recalculationProblem: z.string().nullable(),
};
export const incomeReportSchema = z.object({
  ...common, month: z.string(),
  earningsApplicantCents: z.number().int().nullable(), earningsPartnerCents: z.number().int().nullable(),
  otherIncomeCents: z.number().int().nullable(), giftsCents: z.number().int().nullable(),
}).meta({ id: 'BenefitIncomeReport' });
export const householdReportSchema = z.object({
  ...common, effectiveDate: z.string(), givenNames: z.string(), birthDate: z.string(), sharesCosts: z.boolean(),
}).meta({ id: 'BenefitHouseholdReport' });
export const reportStatusLabels = { received: 'Ontvangen, wacht op verwerking', processed: 'Verwerkt', superseded: 'Vervangen door een nieuwere opgave' } as const;
