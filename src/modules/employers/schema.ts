import { z } from 'zod';
import { problemResponses, problemSchema } from '../../server/problem.ts';
import { isoDate } from '../residents/dossier/common.ts';
import { occupationByCode, skillByCode } from '../residents/dossier/occupations.ts';
import { cefrLevels, licenceCategories } from '../residents/dossier/work-profile.ts';
import { opportunityKinds, opportunityStatuses, sectors } from './labels.ts';

export const errors = {
  400: problemResponses[400], 401: problemResponses[401], 403: problemResponses[403], 404: problemResponses[404], 500: problemResponses[500],
};
export const writeErrors = { ...errors, 409: problemSchema, 412: problemSchema, 428: problemSchema };
export const ifMatchHeader = z.object({ 'if-match': z.string().optional().describe('ETag van de versie die u wijzigt') });
export const employerParams = z.object({ employerId: z.string().uuid('Ongeldige werkgever-id') });
export const contactParams = employerParams.extend({ contactId: z.string().uuid('Ongeldige contactpersoon-id') });
export const opportunityParams = z.object({ opportunityId: z.string().uuid('Ongeldige kans-id') });

const page = z.coerce.number().int().min(1).default(1);
const pageSize = z.coerce.number().int().min(1).max(100).default(25);
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const nonEmpty = (v: object) => Object.keys(v).length > 0;

/** '7491 ab' → '7491AB'. Whether the area is known is checked against postcode_coordinates. */
const postcode = z.string({ error: 'Geef de postcode' }).trim().regex(/^[1-9]\d{3}\s?[A-Za-z]{2}$/, 'Gebruik een postcode als 1234 AB')
  .transform((v) => v.replace(/\s/g, '').toUpperCase());
const kvkNumber = z.string().trim().regex(/^\d{8}$/, 'Een KvK-nummer bestaat uit precies 8 cijfers');
const labelled = z.object({ code: z.string(), label: z.string() });

// ---- Werkgevers ----

export const employerSchema = z.object({
  id: z.string().uuid(), version: z.number().int(), name: z.string(), kvkNumber: z.string().nullable(),
  sector: z.enum(sectors), sectorLabel: z.string(),
  street: z.string().nullable(), houseNumber: z.number().int().nullable(), postcode: z.string(), city: z.string(),
  description: z.string(), socialReturnHoursPerYear: z.number().int().nullable().describe('Afgesproken social return (SROI) in uren per jaar'),
  agreements: z.string().describe('Afspraken met het Werkgeversservicepunt'),
  openOpportunities: z.number().int().describe('Aantal open kansen bij deze werkgever'),
}).meta({ id: 'Employer' });

// Fields without defaults: a change must leave out what it does not change (zod 4 applies defaults inside partial()).
const employerFields = {
  name: z.string({ error: 'Geef de naam van de werkgever' }).trim().min(2, 'Geef de naam van de werkgever').max(200),
  kvkNumber: kvkNumber.nullable(),
  sector: z.enum(sectors, { error: 'Kies een sector uit de lijst' }),
  street: z.string().trim().min(1).max(200).nullable(),
  houseNumber: z.number().int('Een huisnummer is een heel getal').min(1).max(99999).nullable(),
  postcode,
  city: z.string({ error: 'Geef de plaats' }).trim().min(2, 'Geef de plaats').max(100),
  description: z.string().trim().max(4000),
  socialReturnHoursPerYear: z.number().int('Hele uren').min(0, 'Social return kan niet negatief zijn').max(1_000_000).nullable(),
  agreements: z.string().trim().max(4000),
};
export const employerNew = z.object({
  ...employerFields,
  kvkNumber: employerFields.kvkNumber.default(null), street: employerFields.street.default(null), houseNumber: employerFields.houseNumber.default(null),
  description: employerFields.description.default(''), socialReturnHoursPerYear: employerFields.socialReturnHoursPerYear.default(null),
  agreements: employerFields.agreements.default(''),
}).strict().meta({ id: 'EmployerNew' });
export const employerChange = z.object(employerFields).partial().strict().refine(nonEmpty, 'Geef minstens één veld om te wijzigen').meta({ id: 'EmployerChange' });

export const employerQuery = z.object({
  q: z.string().trim().min(2, 'Zoek op minstens 2 tekens').max(100).optional().describe('Zoeken op naam of KvK-nummer'),
  sector: z.enum(sectors, { error: 'Kies een sector uit de lijst' }).optional(),
  kvkNumber: kvkNumber.optional(),
  page, pageSize,
});
export const employerPage = z.object({
  items: z.array(employerSchema), page: z.number().int(), pageSize: z.number().int(), total: z.number().int(),
}).meta({ id: 'EmployerPage' });

// ---- Contactpersonen (persoonsgegevens: lezen en schrijven worden gelogd) ----

export const contactSchema = z.object({
  id: z.string().uuid(), name: z.string(), role: z.string(), phone: z.string().nullable(), email: z.string().nullable(),
}).meta({ id: 'EmployerContact' });
export const contactNew = z.object({
  name: z.string({ error: 'Geef de naam van de contactpersoon' }).trim().min(2, 'Geef de naam van de contactpersoon').max(200),
  role: z.string().trim().max(100).default(''),
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{10,20}$/, 'Geen geldig telefoonnummer').nullable().default(null),
  email: z.string().trim().email('Geen geldig e-mailadres').max(200).nullable().default(null),
}).strict().refine((v) => v.phone || v.email, 'Geef een telefoonnummer of een e-mailadres').meta({ id: 'EmployerContactNew' });

// ---- Kansen ----

const occupationCode = z.string({ error: 'Kies een beroep uit de beroepenlijst' }).trim().superRefine((code, ctx) => {
  if (!occupationByCode.has(code)) ctx.addIssue({ code: 'custom', message: `Beroepscode ${code} staat niet in de beroepenlijst (GET /occupations)` });
});
const skillCode = z.string().trim().superRefine((code, ctx) => {
  if (!skillByCode.has(code)) ctx.addIssue({ code: 'custom', message: `Vaardigheidscode ${code} staat niet in de lijst van vaardigheden (GET /occupations)` });
});

const opportunityFields = {
  kind: z.enum(opportunityKinds, { error: 'Kies een soort kans uit de lijst' }),
  title: z.string({ error: 'Geef een titel' }).trim().min(3, 'Geef een titel van minstens 3 tekens').max(200),
  description: z.string().trim().max(4000),
  occupationCode,
  requiredSkills: z.array(skillCode).max(20, 'Hoogstens 20 vaardigheden')
    .refine((codes) => new Set(codes).size === codes.length, 'Noem elke vaardigheid één keer'),
  hoursPerWeek: z.number({ error: 'Geef het aantal uren per week' }).int('Hele uren per week').min(1, 'Minstens 1 uur per week').max(40, 'Hoogstens 40 uur per week'),
  postcode,
  languageLevel: z.enum(cefrLevels.codes, { error: 'Taalniveau is A0, A1, A2, B1, B2, C1 of C2' }).nullable(),
  drivingLicence: z.enum(licenceCategories, { error: `Rijbewijs is een van ${licenceCategories.join(', ')}` }).nullable(),
  minLadderStep: z.number().int('Een trede is een heel getal').min(1, 'De trede ligt tussen 1 en 6').max(6, 'De trede ligt tussen 1 en 6').nullable(),
  startDate: isoDate,
  places: z.number({ error: 'Geef het aantal plaatsen' }).int('Een heel aantal plaatsen').min(1, 'Minstens 1 plaats').max(1000),
  sharedWithRegion: z.boolean().describe('Delen met de andere gemeenten van de regio: zij kunnen de kans lezen en kandidaten voorstellen'),
};
export const opportunityNew = z.object({
  ...opportunityFields,
  description: opportunityFields.description.default(''), requiredSkills: opportunityFields.requiredSkills.default([]),
  languageLevel: opportunityFields.languageLevel.default(null), drivingLicence: opportunityFields.drivingLicence.default(null),
  minLadderStep: opportunityFields.minLadderStep.default(null), sharedWithRegion: opportunityFields.sharedWithRegion.default(false),
}).strict().meta({ id: 'OpportunityNew' });
export const opportunityChange = z.object({
  ...opportunityFields,
  status: z.enum(opportunityStatuses, { error: 'Status is open, filled of closed' }),
}).partial().strict().refine(nonEmpty, 'Geef minstens één veld om te wijzigen').meta({ id: 'OpportunityChange' });

export const opportunitySchema = z.object({
  id: z.string().uuid(), version: z.number().int(),
  kind: z.enum(opportunityKinds), kindLabel: z.string(), title: z.string(), description: z.string(),
  occupation: labelled, requiredSkills: z.array(labelled),
  hoursPerWeek: z.number().int(), postcode: z.string(), place: z.string().nullable().describe('Plaats bij het postcodegebied'),
  languageLevel: z.string().nullable(), drivingLicence: z.string().nullable(), minLadderStep: z.number().int().nullable(),
  startDate: z.string(), places: z.number().int(), sharedWithRegion: z.boolean(),
  placesOpen: z.number().int().describe('Plaatsen die nog open zijn: het aantal plaatsen min de lopende plaatsingen op deze kans'),
  status: z.enum(opportunityStatuses), statusLabel: z.string(),
  employer: z.object({ id: z.string().uuid(), name: z.string(), city: z.string(), sector: z.enum(sectors), sectorLabel: z.string() }),
  municipality: z.object({ id: z.string().uuid(), name: z.string() }).describe('De gemeente die de kans beheert'),
  own: z.boolean().describe('false: een gedeelde kans van een andere gemeente in de regio, alleen te lezen'),
}).meta({ id: 'Opportunity' });

export const opportunityQuery = z.object({
  kind: z.enum(opportunityKinds, { error: 'Kies een soort kans uit de lijst' }).optional(),
  status: z.enum(opportunityStatuses, { error: 'Status is open, filled of closed' }).optional(),
  employerId: z.string().uuid('Ongeldige werkgever-id').optional(),
  includeRegion: flag.optional().describe('true: ook kansen die andere gemeenten van de regio delen (alleen te lezen)'),
  page, pageSize,
});
export const opportunityPage = z.object({
  items: z.array(opportunitySchema), page: z.number().int(), pageSize: z.number().int(), total: z.number().int(),
}).meta({ id: 'OpportunityPage' });
