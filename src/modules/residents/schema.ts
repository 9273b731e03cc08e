import { z } from 'zod';
import { isValidBsn, normaliseBsn } from '../../rules/bsn.ts';
import { targetGroupCodes } from '../../rules/target-groups.ts';

const ladderCategories = ['geen', 'zorg', 'maatschappelijke_activering', 'arbeidsactivering', 'arbeidstoeleiding', 'betaald_werk'] as const;

export const residentListQuerySchema = z.object({
  view: z.enum(['caseload', 'team', 'all']).optional()
    .describe('caseload: waar u contactpersoon bent; team: uw team; all: de hele gemeente (alleen met die bevoegdheid)'),
  q: z.string().trim().min(2, 'Zoek op minstens 2 tekens').max(100).optional()
    .describe('Zoeken op naam, postcode of BSN (zoeken op BSN wordt gelogd)'),
  targetGroup: z.enum(targetGroupCodes).optional(),
  ladderStep: z.coerce.number().int().min(1).max(6).optional(),
  ladderCategory: z.enum(ladderCategories).optional(),
  contactOlderThanDays: z.coerce.number().int().min(0).max(3650).optional()
    .describe('Alleen inwoners zonder contact in zoveel dagen (of nooit)'),
  overdueSteps: z.enum(['true', 'false']).transform((v) => v === 'true').optional()
    .describe('true: alleen inwoners met een verlopen stap in het plan van aanpak'),
  measurementDue: z.enum(['true', 'false']).transform((v) => v === 'true').optional()
    .describe('true: alleen inwoners bij wie een nieuwe laddermeting nodig is'),
  trajectoryStatus: z.enum(['none', 'proposed', 'approved', 'started', 'ended']).optional()
    .describe('Alleen inwoners met een traject in deze status; none: zonder lopend of aangevraagd traject'),
  sort: z.enum(['name', 'ladderStep', 'lastContact', 'overdueSteps']).default('name'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ResidentListQuery = z.infer<typeof residentListQuerySchema>;

const personRef = z.object({ id: z.string().uuid(), displayName: z.string() }).meta({ id: 'PersonReference' });

export const ladderSchema = z.object({
  step: z.number().int().min(1).max(6).nullable(),
  stepName: z.string().nullable(),
  category: z.enum(ladderCategories),
  categoryLabel: z.string(),
  measuredOn: z.string().nullable(),
  measurementDue: z.boolean().describe('Laatste meting ouder dan zes maanden, of nog nooit gemeten'),
}).meta({ id: 'LadderPosition' });

export const residentSummarySchema = z.object({
  id: z.string().uuid(),
  fullName: z.string(),
  bsn: z.string().describe('Gemaskeerd tenzij uw rol het volledige BSN mag zien'),
  birthDate: z.string(),
  age: z.number().int(),
  postcode: z.string(),
  city: z.string(),
  targetGroups: z.array(z.enum(targetGroupCodes)),
  ladder: ladderSchema,
  contactPerson: personRef.nullable(),
  lastContactOn: z.string().nullable(),
  daysSinceLastContact: z.number().int().nullable(),
  overdueSteps: z.number().int().describe('Aantal open stappen in het plan van aanpak waarvan de datum voorbij is'),
}).meta({ id: 'ResidentSummary' });

export const residentPageSchema = z.object({
  items: z.array(residentSummarySchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  view: z.enum(['caseload', 'team', 'all', 'self']),
}).meta({ id: 'ResidentPage' });

const targetGroupSchema = z.object({
  id: z.string().uuid(),
  code: z.enum(targetGroupCodes),
  label: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
}).meta({ id: 'TargetGroupMembership' });

const householdMemberSchema = z.object({
  kind: z.enum(['partner', 'child', 'housemate']),
  kindLabel: z.string(),
  name: z.string(),
  age: z.number().int(),
  costSharer: z.boolean(),
  residentId: z.string().uuid().nullable(),
}).meta({ id: 'HouseholdMember' });

export const residentDetailSchema = z.object({
  id: z.string().uuid(),
  bsn: z.string(),
  bsnMasked: z.boolean(),
  givenNames: z.string(),
  surnamePrefix: z.string().nullable(),
  surname: z.string(),
  fullName: z.string(),
  birthDate: z.string(),
  age: z.number().int(),
  address: z.object({
    street: z.string(), houseNumber: z.number().int(), houseNumberSuffix: z.string().nullable(),
    postcode: z.string(), city: z.string(),
  }),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  preferredLanguage: z.string(),
  household: z.object({
    role: z.enum(['primary', 'partner']).nullable(),
    members: z.array(householdMemberSchema),
  }),
  targetGroups: z.array(targetGroupSchema),
  ladder: ladderSchema,
  contactPerson: personRef.nullable(),
  lastContactOn: z.string().nullable(),
  version: z.number().int(),
}).meta({ id: 'ResidentDetail' });
export type ResidentDetail = z.infer<typeof residentDetailSchema>;

export const residentIdParamsSchema = z.object({ id: z.string().uuid('Ongeldige inwoner-id') });

export const residentUpdateSchema = z.object({
  givenNames: z.string().trim().min(1, 'Vul de voornamen in').max(200).optional(),
  surnamePrefix: z.string().trim().max(20).nullable().optional(),
  surname: z.string().trim().min(1, 'Vul de achternaam in').max(200).optional(),
  birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Gebruik de vorm JJJJ-MM-DD').optional(),
  bsn: z.string().trim().refine(isValidBsn, 'Dit BSN voldoet niet aan de elfproef').transform((v) => normaliseBsn(v)!).optional(),
  street: z.string().trim().min(1).max(200).optional(),
  houseNumber: z.number().int().min(1).max(99999).optional(),
  houseNumberSuffix: z.string().trim().max(10).nullable().optional(),
  postcode: z.string().trim().regex(/^[1-9]\d{3}\s?[A-Za-z]{2}$/, 'Gebruik een postcode als 1234 AB').transform((v) => v.replace(/\s/, '').toUpperCase()).optional(),
  city: z.string().trim().min(1).max(100).optional(),
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{10,20}$/, 'Geen geldig telefoonnummer').nullable().optional(),
  email: z.string().trim().email('Geen geldig e-mailadres').max(200).nullable().optional(),
  preferredLanguage: z.string().trim().regex(/^[a-z]{2,3}$/, 'Gebruik een taalcode zoals nl, en of ar').optional(),
}).strict().refine((v) => Object.keys(v).length > 0, 'Geef minstens één veld om te wijzigen').meta({ id: 'ResidentUpdate' });
