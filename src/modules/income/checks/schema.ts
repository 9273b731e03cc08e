import { z } from 'zod';
import { monthSchema } from '../payments/schema.ts';

export const drawNew = z.object({ month: monthSchema }).strict().meta({ id: 'CheckDrawNew' });
const outcomes = ['no_finding', 'correction', 'recovery_proposal'] as const;

export const drawSchema = z.object({
  id: z.string().uuid(), month: z.string(), monthLabel: z.string(),
  samplePercentage: z.number().describe('Percentage van de betalingen en besluiten van de maand, uit de beleidsinstelling'),
  seed: z.string().describe('Zaad van 256 bits uit een cryptografische bron; met dit zaad is de trekking na te doen'),
  prng: z.string().describe('Werkwijze: SHA-256 in tellermodus, Fisher–Yates over de gesorteerde sleutels'),
  populationCount: z.number().int(), populationHash: z.string().describe('SHA-256 van de gesorteerde sleutels van de populatie, één per regel'),
  sampleCount: z.number().int(), signalCount: z.number().int(), openCases: z.number().int(),
  drawnBy: z.string().describe('Wie trok: de naam van de gebruiker, "automatisch" (de maandelijkse trekking van de server) of "opdrachtregel"'), drawnAt: z.string(),
}).meta({ id: 'CheckDraw' });

export const caseSchema = z.object({
  id: z.string().uuid(), version: z.number().int(), subjectType: z.enum(['payment', 'decision']), subjectId: z.string().uuid(),
  resident: z.object({ id: z.string().uuid(), fullName: z.string() }), paymentCents: z.number().int().nullable(),
  reasons: z.array(z.object({ code: z.string(), label: z.string(), detail: z.string() })).describe('Steekproef en/of een concreet signaal, elk apart benoemd'),
  drawPosition: z.number().int().nullable(), status: z.enum(['open', 'closed']), outcome: z.enum(outcomes).nullable(), outcomeLabel: z.string().nullable(),
  finding: z.string(), reviewedBy: z.string().nullable(), reviewedAt: z.string().nullable(),
}).meta({ id: 'CheckCase' });

export const drawDetailSchema = drawSchema.extend({ cases: z.array(caseSchema) }).meta({ id: 'CheckDrawDetail' });

export const verificationSchema = z.object({
  populationCount: z.number().int(), populationHash: z.string(), populationMatches: z.boolean(), sampleMatches: z.boolean(),
  explanation: z.string(),
}).meta({ id: 'CheckDrawVerification' });

export const reviewNew = z.object({
  outcome: z.enum(outcomes),
  finding: z.string().trim().min(5, 'Beschrijf de bevinding in minstens 5 tekens').max(4000),
}).strict().meta({ id: 'CheckCaseReview' });

export const outcomeLabels: Record<(typeof outcomes)[number], string> = {
  no_finding: 'Geen bevinding', correction: 'Correctie', recovery_proposal: 'Voorstel terugvordering',
};
