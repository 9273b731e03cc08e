import { z } from 'zod';

// Prognoses: caseload scenarios with their effect on the budget. Aggregates only; amounts in whole cents.
const twoDecimals = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;
const cents = z.number().int('Bedragen zijn hele centen').min(0, 'Een bedrag kan niet negatief zijn').max(100_000_000_00, 'Dit bedrag is te groot');
const source = (example: string) => z.string().trim().min(3, `Noem de bron, bijvoorbeeld ${example}`).max(300, 'De bron is te lang (hoogstens 300 tekens)');

export const scenarioParams = z.object({ scenarioId: z.string().uuid('Ongeldig scenario-id') });

const fields = {
  name: z.string().trim().min(1, 'Geef het scenario een naam').max(100, 'De naam is te lang (hoogstens 100 tekens)'),
  description: z.string().trim().max(1000, 'De toelichting is te lang (hoogstens 1000 tekens)'),
  startMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Geef de eerste maand als JJJJ-MM, bijvoorbeeld 2027-01')
    .refine((m) => m >= '2000-01' && m <= '2100-12', 'Kies een maand tussen 2000 en 2100').describe('De eerste maand, JJJJ-MM'),
  horizonMonths: z.number().int('Hele maanden').min(1, 'Minstens 1 maand').max(120, 'Hoogstens 120 maanden (10 jaar)'),
  startCaseload: z.number().int('Een heel aantal huishoudens').min(0, 'Het aantal kan niet negatief zijn').max(1_000_000, 'Hoogstens 1.000.000 huishoudens'),
  inflowPerMonth: z.number().min(0, 'De instroom kan niet negatief zijn').max(100_000, 'Hoogstens 100.000 per maand')
    .refine(twoDecimals, 'Gebruik hoogstens twee decimalen').describe('Nieuwe uitkeringen (huishoudens) per maand'),
  outflowPctPerMonth: z.number().min(0, 'De uitstroom is minstens 0%').max(100, 'De uitstroom is hoogstens 100%')
    .refine(twoDecimals, 'Gebruik hoogstens twee decimalen').describe('Deel van het aantal uitkeringen dat per maand uitstroomt, in procenten'),
  benefitCostPerHouseholdCents: cents.describe('Gemiddelde kosten van een uitkering per huishouden per jaar'),
  benefitCostSource: source('de jaarrekening of de BUIG-beschikking'),
  shelteredGrowthPct: z.number().min(-50, 'Hoogstens 50% krimp').max(100, 'Hoogstens 100% groei')
    .refine(twoDecimals, 'Gebruik hoogstens twee decimalen').describe('Groei van de taakstelling beschut werk per jaar, in procenten'),
  shelteredCostPerPlaceCents: cents.describe('Kosten van een plaats beschut werk per jaar'),
  shelteredCostSource: source('de begroting van het sociaal werkbedrijf'),
};
export const scenarioInput = z.object({ ...fields, description: fields.description.default('') }).strict().meta({ id: 'ForecastScenarioCreate' });
export const scenarioChange = z.object(fields).partial().strict().meta({ id: 'ForecastScenarioChange' });

const parameters = {
  id: z.string().uuid(), name: z.string(), description: z.string(), startMonth: z.string(), endMonth: z.string(), horizonMonths: z.number().int(),
  startCaseload: z.number().int(), inflowPerMonth: z.number(), outflowPctPerMonth: z.number(), endCaseload: z.number().int(), version: z.number().int(),
};
export const scenarioSummarySchema = z.object(parameters).meta({ id: 'ForecastScenarioSummary' });

export const budgetYearSchema = z.object({
  year: z.number().int(), months: z.number().int().describe('Maanden van dit jaar binnen het scenario'),
  averageCaseload: z.number(), endCaseload: z.number().int(),
  benefitCostCents: z.number().int(), shelteredPlacements: z.number().nullable().describe('Taakstelling in plaatsingen; null: geen taakstelling bekend'),
  shelteredProjected: z.boolean().describe('true: doorgerekend vanaf een eerdere taakstelling met de groei van het scenario'),
  shelteredCostCents: z.number().int(), totalCents: z.number().int(),
}).meta({ id: 'ForecastBudgetYear' });

const streamEnum = z.enum(['benefits', 'reintegration', 'sheltered_employment']);
export const scenarioBudgetYearSchema = z.object({
  year: z.number().int(), months: z.number().int().describe('Maanden van dit jaar binnen het scenario; de andere maanden tellen met de ingevoerde uitgaven'),
  streams: z.array(z.object({
    stream: streamEnum, label: z.string(),
    incomeCents: z.number().int().describe('Begrote (of gerealiseerde) inkomsten van de stroom in dit jaar'),
    expenditureCents: z.number().int().describe('Verwachte uitgaven volgens het scenario'),
    resultCents: z.number().int(),
    figuresYear: z.number().int().nullable().describe('Het jaar waarvan de ingevoerde cijfers zijn gebruikt; null: geen cijfers, telt als nul'),
  })),
  incomeCents: z.number().int(), expenditureCents: z.number().int(), balanceCents: z.number().int(),
  reserve: z.object({
    openingCents: z.number().int(), closingCents: z.number().int(), fromReserveCents: z.number().int(), fromGeneralFundsCents: z.number().int(),
    shelteredFence: z.object({ deficitCents: z.number().int(), fromReserveCents: z.number().int(), fromGeneralFundsCents: z.number().int() }),
    exhausted: z.boolean(),
  }).nullable().describe('Verloop van de reserve sociaal domein; null: geen reserve vastgelegd of vóór het beginjaar'),
  warning: z.string().nullable().describe('Waarschuwing als de reserve in dit jaar op raakt'),
}).meta({ id: 'ForecastScenarioBudgetYear' });
export const scenarioBudgetSchema = z.object({
  reserveSet: z.boolean(), years: z.array(scenarioBudgetYearSchema), notices: z.array(z.string()),
  warning: z.string().nullable().describe('De eerste waarschuwing over de reserve, of null'),
}).meta({ id: 'ForecastScenarioBudget' });

export const scenarioSchema = z.object({
  ...parameters,
  benefitCostPerHouseholdCents: z.number().int(), benefitCostSource: z.string(),
  shelteredGrowthPct: z.number(), shelteredCostPerPlaceCents: z.number().int(), shelteredCostSource: z.string(),
  months: z.array(z.object({ month: z.string(), caseload: z.number().int() })).describe('Aantal uitkeringen aan het eind van elke maand'),
  years: z.array(budgetYearSchema),
  notices: z.array(z.string()),
  budget: scenarioBudgetSchema.describe('Het scenario naast de ingevoerde begroting en door de reserve sociaal domein'),
}).meta({ id: 'ForecastScenario' });
export type ScenarioView = z.infer<typeof scenarioSchema>;

export const comparisonQuery = z.object({
  ids: z.string().describe('Twee tot zes scenario-id\'s, gescheiden door komma\'s')
    .transform((s) => s.split(',').map((id) => id.trim()).filter(Boolean))
    .pipe(z.array(z.string().uuid('Ongeldig scenario-id')).min(2, 'Kies minstens twee scenario\'s').max(6, 'Kies hoogstens zes scenario\'s')),
});
const perScenario = <T extends z.ZodType>(t: T) => z.array(t.nullable()).describe('Per scenario, in de volgorde van scenarios; null: buiten de periode van dat scenario');
export const comparisonSchema = z.object({
  scenarios: z.array(scenarioSchema),
  months: z.array(z.object({ month: z.string(), caseload: perScenario(z.number().int()) })),
  years: z.array(z.object({
    year: z.number().int(), averageCaseload: perScenario(z.number()), endCaseload: perScenario(z.number().int()),
    benefitCostCents: perScenario(z.number().int()), shelteredCostCents: perScenario(z.number().int()), totalCents: perScenario(z.number().int()),
    incomeCents: perScenario(z.number().int()), expenditureCents: perScenario(z.number().int()), balanceCents: perScenario(z.number().int()),
    reserveClosingCents: perScenario(z.number().int()), warning: perScenario(z.string()),
  })),
}).meta({ id: 'ForecastComparison' });
