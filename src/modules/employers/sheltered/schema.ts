import { z } from 'zod';

const hours = (what: string) => z.number().min(0, `${what} kan niet negatief zijn`)
  .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9, 'Gebruik hoogstens één decimaal');

export const targetSchema = z.object({
  set: z.boolean().describe('false: voor dit jaar is nog geen taakstelling vastgelegd'),
  targetHoursPerWeek: z.number().nullable(), hoursPerPlacement: z.number(), targetPlacements: z.number().nullable(),
  growthRatePct: z.number(), source: z.string(), version: z.number().int(),
}).meta({ id: 'ShelteredWorkTarget' });

export const waitingEntrySchema = z.object({
  position: z.number().int(),
  resident: z.object({ id: z.string().uuid(), fullName: z.string() }).nullable().describe('null: inwoner buiten uw team (alleen de plaats op de lijst)'),
  uwvIndicationDate: z.string(), waitingDays: z.number().int(),
  plannedStartDate: z.string().nullable().describe('Start van een al vastgelegde plaatsing in beschut werk'),
}).meta({ id: 'ShelteredWorkWaitingEntry' });

export const overviewSchema = z.object({
  year: z.number().int(), referenceDate: z.string().describe('De dag waarop de cijfers van het jaar zijn genomen'),
  target: targetSchema,
  filledHoursPerWeek: z.number(), openHoursPerWeek: z.number().nullable(), openPlacements: z.number().nullable(),
  overTargetHoursPerWeek: z.number().nullable(), persons: z.number().int().describe('Personen in een plaatsing beschut werk'),
  waitingCount: z.number().int(),
  waitingList: z.array(waitingEntrySchema).nullable().describe('null: uw rol ziet alleen aantallen, geen inwoners'),
}).meta({ id: 'ShelteredWorkOverview' });

export const targetChange = z.object({
  targetHoursPerWeek: hours('De taakstelling').refine((v) => v <= 100_000, 'Hoogstens 100.000 uur per week'),
  hoursPerPlacement: z.number().min(1, 'Minstens 1 uur per plaatsing').max(40, 'Hoogstens 40 uur per plaatsing').default(31),
  growthRatePct: z.number().min(-50).max(100).default(7.5).describe('Groei per jaar voor de prognose, in procenten'),
  source: z.string().trim().min(3, 'Noem de bron, bijvoorbeeld de brief van SZW over de taakstelling').max(300),
}).strict().meta({ id: 'ShelteredWorkTargetChange' });

export const forecastQuery = z.object({
  years: z.coerce.number().int().min(1).max(15).default(5),
  growthRatePct: z.coerce.number().min(-50).max(100).optional().describe('Andere groei dan de vastgelegde, om te verkennen (wordt niet opgeslagen)'),
});

export const forecastSchema = z.object({
  fromYear: z.number().int(), growthRatePct: z.number(), hoursPerPlacement: z.number(),
  years: z.array(z.object({
    year: z.number().int(), targetHoursPerWeek: z.number(), targetPlacements: z.number(),
    setTargetHoursPerWeek: z.number().nullable().describe('De vastgelegde taakstelling van dat jaar, als die er is'),
  })),
}).meta({ id: 'ShelteredWorkForecast' });
