import { z } from 'zod';
import { patchOf } from '../../../server/patch-schema.ts';
import { needCodes } from '../../../rules/needs.ts';
import { targetGroupCodes } from '../../../rules/target-groups.ts';
import { cents, isoDate, providerTypes, units } from '../common.ts';

const labelled = { code: z.string(), label: z.string() };

export const offerSchema = z.object({
  id: z.string().uuid(), version: z.number().int(), instrumentId: z.string().uuid(),
  provider: z.object({ id: z.string().uuid(), name: z.string() }),
  contractId: z.string().uuid().nullable(), unitPriceCents: z.number().int(), capacity: z.number().int(),
  capacityPeriod: z.enum(['month', 'quarter', 'year']), expectedWaitDays: z.number().int(),
  activeFrom: z.string(), activeUntil: z.string().nullable(), active: z.boolean(),
  inUse: z.number().int().describe('Lopende trajecten (goedgekeurd of gestart) bij dit aanbod'),
}).meta({ id: 'InstrumentOffer' });

export const instrumentSchema = z.object({
  id: z.string().uuid(), version: z.number().int(), code: z.string(), name: z.string(), description: z.string(),
  legalBasis: z.string(), unit: z.enum(units), unitLabel: z.string(),
  targetGroups: z.array(z.object(labelled)), needs: z.array(z.object(labelled)),
  activeFrom: z.string(), activeUntil: z.string().nullable(), active: z.boolean(),
  offers: z.array(offerSchema),
}).meta({ id: 'Instrument' });

export const instrumentNew = z.object({
  code: z.string().trim().regex(/^[a-z][a-z0-9_]*$/, 'Gebruik kleine letters, cijfers en _ (bijvoorbeeld werkervaringsplek)').max(60),
  name: z.string().trim().min(3, 'Geef een naam van minstens 3 tekens').max(200),
  description: z.string().trim().max(4000).default(''),
  legalBasis: z.string().trim().min(3, 'Geef de wettelijke grondslag').max(300),
  unit: z.enum(units),
  targetGroups: z.array(z.enum(targetGroupCodes)).default([]),
  needs: z.array(z.enum(needCodes)).default([]),
  activeFrom: isoDate,
  activeUntil: isoDate.nullable().default(null),
}).strict().meta({ id: 'InstrumentNew' });
export const instrumentChange = patchOf(instrumentNew.omit({ code: true })).strict().meta({ id: 'InstrumentChange' });

export const instrumentQuery = z.object({
  q: z.string().trim().min(2, 'Zoek op minstens 2 tekens').max(100).optional().describe('Zoeken in naam, omschrijving en grondslag'),
  targetGroup: z.enum(targetGroupCodes).optional(),
  need: z.enum(needCodes).optional(),
  activeOn: isoDate.optional().describe('Alleen instrumenten die op deze datum actief zijn; standaard vandaag. Gebruik all=true voor alles.'),
  all: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

export const offerNew = z.object({
  providerId: z.string().uuid('Kies een aanbieder'),
  contractId: z.string().uuid().nullable().default(null),
  unitPriceCents: cents,
  capacity: z.number().int().min(1, 'Capaciteit is minstens 1 plaats'),
  capacityPeriod: z.enum(['month', 'quarter', 'year']),
  expectedWaitDays: z.number().int().min(0).max(730).default(0),
  activeFrom: isoDate,
  activeUntil: isoDate.nullable().default(null),
}).strict().meta({ id: 'InstrumentOfferNew' });
export const offerChange = patchOf(offerNew.omit({ providerId: true })).strict().meta({ id: 'InstrumentOfferChange' });

export const contractSchema = z.object({
  id: z.string().uuid(), version: z.number().int(), reference: z.string(), description: z.string(), startsOn: z.string(), endsOn: z.string().nullable(),
}).meta({ id: 'ProviderContract' });
export const contractNew = z.object({
  reference: z.string().trim().min(2, 'Geef het contractkenmerk').max(100),
  description: z.string().trim().max(2000).default(''),
  startsOn: isoDate, endsOn: isoDate.nullable().default(null),
}).strict().meta({ id: 'ProviderContractNew' });

export const providerSchema = z.object({
  id: z.string().uuid(), version: z.number().int(), name: z.string(), providerType: z.enum(providerTypes).nullable(), providerTypeLabel: z.string(),
  kvkNumber: z.string().nullable(), contactEmail: z.string().nullable(), description: z.string(),
  contracts: z.array(contractSchema), offers: z.array(offerSchema.extend({ instrumentName: z.string() })),
  coaches: z.array(z.object({ id: z.string().uuid(), username: z.string(), displayName: z.string(), active: z.boolean() })),
}).meta({ id: 'Provider' });
export const providerNew = z.object({
  name: z.string().trim().min(2, 'Geef de naam van de aanbieder').max(200),
  providerType: z.enum(providerTypes),
  kvkNumber: z.string().trim().regex(/^\d{8}$/, 'Een KvK-nummer heeft 8 cijfers').nullable().default(null),
  contactEmail: z.string().trim().email('Geen geldig e-mailadres').nullable().default(null),
  description: z.string().trim().max(2000).default(''),
}).strict().meta({ id: 'ProviderNew' });
export const providerChange = patchOf(providerNew).strict().meta({ id: 'ProviderChange' });

export const coachNew = z.object({
  username: z.string().trim().toLowerCase().regex(/^[a-z0-9._-]+@[a-z0-9-]+$/, 'Gebruik de vorm naam@gemeente, bijvoorbeeld j.devries@voorbeeld'),
  displayName: z.string().trim().min(2).max(200),
  password: z.string().min(12, 'Kies een wachtwoord van minstens 12 tekens').max(200),
}).strict().meta({ id: 'PartnerCoachNew' });
