import { z } from 'zod';
import { problemResponses, problemSchema } from '../../../server/problem.ts';
import { MAX_SCORE_LIMIT, MAX_WEIGHT, MIN_WEIGHT } from '../../../rules/assessment.ts';

export const frameworkParams = z.object({ frameworkId: z.string().uuid('Ongeldige id van het afwegingskader') });
export const assessmentParams = z.object({ assessmentId: z.string().uuid('Ongeldige id van de beoordeling') });
export const ifMatchHeader = z.object({ 'if-match': z.string().optional().describe('ETag van de versie die u wijzigt') });

export const readErrors = {
  400: problemResponses[400], 401: problemResponses[401], 403: problemResponses[403], 404: problemResponses[404], 500: problemResponses[500],
};
export const writeErrors = { ...readErrors, 409: problemSchema, 412: problemSchema, 422: problemSchema, 428: problemSchema };

const kind = z.enum(['must_pass', 'weighted']).describe('must_pass = harde eis (moet gehaald worden); weighted = wegingscriterium met score');
const text = (max: number) => z.string().trim().max(max, `Hoogstens ${max} tekens`);

export const criterionWrite = z.object({
  id: z.string().uuid('Ongeldige id van een criterium').optional().describe('Bestaand criterium om te wijzigen; weglaten voor een nieuw criterium'),
  kind,
  title: text(200).min(3, 'Geef het criterium een titel van minstens 3 tekens'),
  description: text(2000).default(''),
  weight: z.number().int('De weging is een geheel getal').min(MIN_WEIGHT, `De weging is minstens ${MIN_WEIGHT}`)
    .max(MAX_WEIGHT, `De weging is hoogstens ${MAX_WEIGHT}`).nullable().optional().describe('Alleen bij een wegingscriterium'),
}).strict().meta({ id: 'AssessmentCriterionWrite' });

const maxScore = z.number().int('De maximale score is een geheel getal').min(1, 'De maximale score is minstens 1')
  .max(MAX_SCORE_LIMIT, `De maximale score is hoogstens ${MAX_SCORE_LIMIT}`);

export const frameworkCreate = z.object({
  name: text(200).min(3, 'Geef het afwegingskader een naam van minstens 3 tekens'),
  description: text(4000).default(''),
  maxScore: maxScore.default(5).describe('Wegingscriteria krijgen een score van 0 tot en met dit getal'),
  criteria: z.array(criterionWrite).min(1, 'Geef minstens één criterium').max(40, 'Hoogstens 40 criteria'),
}).strict().meta({ id: 'AssessmentFrameworkNew' });

export const frameworkUpdate = z.object({
  name: text(200).min(3, 'Geef het afwegingskader een naam van minstens 3 tekens').optional(),
  description: text(4000).optional(),
  maxScore: maxScore.optional(),
  criteria: z.array(criterionWrite).min(1, 'Geef minstens één criterium').max(40, 'Hoogstens 40 criteria').optional()
    .describe('De volledige nieuwe lijst: criteria met id blijven (gewijzigd), zonder id komen erbij, ontbrekende vervallen'),
}).strict().meta({ id: 'AssessmentFrameworkChange' });

export const criterionSchema = z.object({
  id: z.string().uuid(), kind, kindLabel: z.string(), title: z.string(), description: z.string(), weight: z.number().int().nullable(), position: z.number().int(),
}).meta({ id: 'AssessmentCriterion' });

export const frameworkSummarySchema = z.object({
  id: z.string().uuid(), name: z.string(), description: z.string(), maxScore: z.number().int(),
  mustPassCount: z.number().int(), weightedCount: z.number().int(), version: z.number().int(), updatedAt: z.string(),
}).meta({ id: 'AssessmentFrameworkSummary' });

export const frameworkSchema = frameworkSummarySchema.extend({ criteria: z.array(criterionSchema) }).meta({ id: 'AssessmentFramework' });

export const assessmentCreate = z.object({
  frameworkId: z.string().uuid('Kies een afwegingskader'),
  title: text(200).min(3, 'Geef het voorstel een titel van minstens 3 tekens'),
  description: text(4000).default(''),
  submittedBy: text(200).min(2, 'Vul in welke organisatie het voorstel indient'),
}).strict().meta({ id: 'AssessmentNew' });

export const decisionCreate = z.object({
  mustPass: z.array(z.object({
    criterionId: z.string().uuid('Ongeldige id van een criterium'),
    passed: z.boolean(),
    explanation: text(2000).min(3, 'Licht elke harde eis toe (minstens 3 tekens)'),
  }).strict()).max(40),
  scores: z.array(z.object({
    criterionId: z.string().uuid('Ongeldige id van een criterium'),
    score: z.number().int('Een score is een geheel getal').min(0, 'Een score is minstens 0'),
    explanation: text(2000).default(''),
  }).strict()).max(40),
  decision: z.enum(['approved', 'rejected'], 'Kies goedkeuren of afwijzen'),
  reasons: text(4000).min(10, 'Geef de redenen van het besluit (minstens 10 tekens)'),
}).strict().meta({ id: 'AssessmentDecision' });

const status = z.enum(['open', 'approved', 'rejected']);
const userRef = z.object({ id: z.string().uuid(), displayName: z.string() });

export const assessmentSummarySchema = z.object({
  id: z.string().uuid(), title: z.string(), submittedBy: z.string(),
  framework: z.object({ id: z.string().uuid(), name: z.string() }),
  status, statusLabel: z.string(),
  totalScore: z.number().int().nullable(), maxTotalScore: z.number().int().nullable(), percentage: z.number().int().nullable(),
  createdAt: z.string(), decidedAt: z.string().nullable(), version: z.number().int(),
}).meta({ id: 'AssessmentSummary' });

export const lineSchema = z.object({
  id: z.string().uuid(), criterionId: z.string().uuid().nullable(), kind, title: z.string(),
  weight: z.number().int().nullable(), maxScore: z.number().int().nullable(), score: z.number().int().nullable(),
  points: z.number().int().nullable(), passed: z.boolean().nullable(), explanation: z.string(), position: z.number().int(),
}).meta({ id: 'AssessmentLine' });

export const assessmentSchema = assessmentSummarySchema.extend({
  description: z.string(),
  frameworkDetail: frameworkSchema.describe('Het afwegingskader zoals het nu is: de criteria om te beoordelen'),
  decision: z.object({
    decision: z.enum(['approved', 'rejected']), reasons: z.string(), decidedAt: z.string(), decidedBy: userRef.nullable(),
    lines: z.array(lineSchema).describe('Per criterium het antwoord, met het criterium zoals het gold bij het besluit'),
  }).nullable(),
}).meta({ id: 'Assessment' });

export type FrameworkCreate = z.infer<typeof frameworkCreate>;
export type FrameworkUpdate = z.infer<typeof frameworkUpdate>;
export type AssessmentCreate = z.infer<typeof assessmentCreate>;
export type DecisionCreate = z.infer<typeof decisionCreate>;
export type CriterionWrite = z.infer<typeof criterionWrite>;
