import { z } from 'zod';
import { figureSchema } from '../dashboards/schema.ts';
import { goalMeasures } from '../../../rules/reports/narrative.ts';
import { reportKinds } from '../../../rules/reports/periods.ts';
import { targetGroupCodes } from '../../../rules/target-groups.ts';

// Raadsrapportages: kwartaalrapportage and uitvoeringsplan. Amounts in whole cents; counts suppressed as on the dashboard.
export const reportParams = z.object({ reportId: z.string().uuid('Ongeldige rapportage-id') });
export const listQuery = z.object({ kind: z.enum(reportKinds, 'Kies quarterly of execution_plan').optional().describe('Alleen deze soort') });

export const reportNew = z.object({
  kind: z.enum(reportKinds, 'Kies quarterly (kwartaalrapportage) of execution_plan (uitvoeringsplan)'),
  period: z.string().trim().describe('Kwartaal als JJJJ-Qn (kwartaalrapportage) of jaar als JJJJ (uitvoeringsplan)'),
  correctionReason: z.string().trim().min(10, 'Geef de reden van de herziening (minstens 10 tekens)').max(500, 'De reden is te lang (hoogstens 500 tekens)').optional()
    .describe('Alleen voor een herziene versie van een gepubliceerde periode: waarom'),
}).strict().meta({ id: 'CouncilReportCreate' });

const cents = z.number().int('Bedragen zijn hele centen').min(0, 'Een bedrag kan niet negatief zijn').max(100_000_000_000_00, 'Dit bedrag is te groot');
const goal = z.object({
  text: z.string().trim().min(5, 'Beschrijf het doel (minstens 5 tekens)').max(300, 'Het doel is te lang (hoogstens 300 tekens)'),
  measure: z.enum(goalMeasures, 'Kies waarin het doel wordt gemeten'),
  target: z.number().int('Het streefgetal is een geheel getal').min(0, 'Het streefgetal kan niet negatief zijn').max(1_000_000, 'Het streefgetal is te groot'),
}).strict();
export const budgetSplitSchema = z.object({
  shelteredWorkCents: cents.describe('Voor de taakstelling nieuw beschut werk'),
  otherGroupsCents: cents.describe('Voor de andere doelgroepen'),
  differenceExplanation: z.string().trim().max(1000, 'De toelichting is te lang (hoogstens 1.000 tekens)').default('')
    .describe('Verplicht als de verdeling niet optelt tot het re-integratiebudget van het jaar'),
}).strict();

export const reportChange = z.object({
  summary: z.string().max(8000, 'De tekst is te lang (hoogstens 8.000 tekens)').describe('Toelichting (kwartaalrapportage) of inleiding (uitvoeringsplan)'),
  priorityGroups: z.array(z.enum(targetGroupCodes, 'Onbekende doelgroep')).max(targetGroupCodes.length)
    .refine((g) => new Set(g).size === g.length, 'Kies elke doelgroep één keer').describe('Alleen uitvoeringsplan'),
  goals: z.array(goal).max(12, 'Hoogstens 12 doelen').describe('Alleen uitvoeringsplan'),
  budgetSplit: budgetSplitSchema.nullable().describe('Alleen uitvoeringsplan'),
  forecastScenarioId: z.string().uuid('Ongeldig scenario-id').nullable().describe('Alleen uitvoeringsplan: het prognosescenario waarop het plan rekent'),
}).partial().strict().meta({ id: 'CouncilReportChange' });

const narrativeSchema = z.object({
  summary: z.string(), priorityGroups: z.array(z.enum(targetGroupCodes)),
  goals: z.array(z.object({ text: z.string(), measure: z.enum(goalMeasures), target: z.number().int() })),
  budgetSplit: z.object({ shelteredWorkCents: z.number().int(), otherGroupsCents: z.number().int(), differenceExplanation: z.string() }).nullable(),
  forecastScenarioId: z.string().nullable(),
});

const figuresSchema = z.object({
  day: z.string().describe('Peildatum van de standcijfers'),
  months: z.object({ from: z.string(), to: z.string() }).describe('Maanden van de stroomcijfers'),
  suppressedBelow: z.number().int().nullable(),
  dashboard: z.array(figureSchema),
  finance: z.object({
    year: z.number().int(), basisLabel: z.string(),
    streams: z.array(z.object({ label: z.string(), incomeCents: z.number().int(), expenditureCents: z.number().int(), resultCents: z.number().int() })),
    incomeCents: z.number().int(), expenditureCents: z.number().int(), balanceCents: z.number().int(),
    reserve: z.object({ openingCents: z.number().int(), closingCents: z.number().int(), fromReserveCents: z.number().int(), fromGeneralFundsCents: z.number().int() }).nullable(),
    warning: z.string().nullable(), notices: z.array(z.string()),
  }),
  budget: z.object({ year: z.number().int(), set: z.boolean(), budgetCents: z.number().int(), committedCents: z.number().int(), realisedCents: z.number().int(), remainingCents: z.number().int() }),
  shelteredPlan: z.object({ year: z.number().int(), targetHoursPerWeek: z.number().nullable(), targetPlacements: z.number().nullable(), projected: z.boolean(), note: z.string() }).nullable(),
  forecast: z.object({
    scenarioName: z.string(), year: z.number().int(), endCaseload: z.number(), averageCaseload: z.number(),
    benefitCostCents: z.number().int(), shelteredPlacements: z.number().nullable(), shelteredCostCents: z.number().int(), notices: z.array(z.string()),
  }).nullable(),
}).meta({ id: 'CouncilReportFigures' });

const summaryFields = {
  id: z.string().uuid(), kind: z.enum(reportKinds), kindLabel: z.string(), period: z.string(), periodLabel: z.string(), title: z.string(),
  edition: z.number().int(), correctionReason: z.string().nullable(),
  status: z.enum(['draft', 'published']), statusLabel: z.string(),
  createdAt: z.string(), updatedAt: z.string(), publishedAt: z.string().nullable(), publishedBy: z.string().nullable().describe('Naam van wie publiceerde'),
  version: z.number().int(),
};
export const reportSummarySchema = z.object(summaryFields).meta({ id: 'CouncilReportSummary' });
export const reportDeadlineSchema = z.object({
  kind: z.enum(reportKinds), kindLabel: z.string(), period: z.string(), periodLabel: z.string(), title: z.string(),
  dueOn: z.string().describe('Uiterlijke datum (JJJJ-MM-DD) volgens de geldende termijnregel'), dueText: z.string().describe('Bijvoorbeeld "uiterlijk 1 september 2026"'),
  state: z.enum(['missing', 'draft', 'published']), stateLabel: z.string().describe('nog niet gemaakt, concept of gepubliceerd'),
  daysLeft: z.number().int().describe('Dagen tot de uiterlijke datum; negatief: verstreken'),
  overdue: z.boolean().describe('true: de datum is verstreken zonder gepubliceerde rapportage'),
  warning: z.string().nullable().describe('Waarschuwing als er minder dagen resten dan de termijnregel noemt (30), of de datum is verstreken zonder publicatie'),
  reportId: z.string().uuid().nullable().describe('De nieuwste versie van deze periode, als die er is'),
}).meta({ id: 'CouncilReportDeadline' });
export const reportListSchema = z.object({
  items: z.array(reportSummarySchema),
  deadlines: z.array(reportDeadlineSchema).describe('Het uitvoeringsplan voor volgend jaar en de kwartaalrapportage over het laatst afgelopen kwartaal'),
}).meta({ id: 'CouncilReportList' });

export const reportSchema = z.object({
  ...summaryFields,
  municipalityName: z.string(),
  narrative: narrativeSchema,
  figures: figuresSchema,
  figuresFrozen: z.boolean().describe('true: gepubliceerd; de cijfers zijn bevroren en veranderen niet meer'),
  publishProblems: z.array(z.string()).describe('Wat publiceren nog in de weg staat; leeg als de rapportage klaar is'),
  pdfSha256: z.string().nullable().describe('SHA-256 van de gepubliceerde PDF'),
}).meta({ id: 'CouncilReport' });
export type ReportView = z.infer<typeof reportSchema>;
