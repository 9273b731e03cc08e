import { z } from 'zod';
import { isoDate } from '../../residents/dossier/common.ts';
import { MONTH_PATTERN, monthsBetween } from '../../../rules/dashboards/periods.ts';
import { figureIds } from './service.ts';

const MAX_PERIOD_MONTHS = 36;

const cell = z.object({
  value: z.number().nullable().describe('null: afgeschermd of onbekend'),
  display: z.string().describe('Zoals getoond: "12", "<5" (klein aantal), "x" (afgeschermd om een klein aantal te beschermen), "–" (onbekend)'),
  suppressed: z.enum(['small', 'secondary']).nullable(),
});
const row = z.object({ key: z.string(), label: z.string(), cells: z.array(cell) });
export const figureSchema = z.object({
  id: z.string(), title: z.string(), description: z.string(), unit: z.string(), dimension: z.string(),
  chart: z.enum(['bars', 'stacked-bars', 'grouped-columns', 'stacked-columns', 'progress']),
  chartSeries: z.array(z.string()),
  series: z.array(z.object({ key: z.string(), label: z.string() })),
  rows: z.array(row), total: row.nullable(),
  reference: z.object({ label: z.string(), value: z.number(), display: z.string(), source: z.string(), validFrom: z.string() }).nullable(),
  notes: z.array(z.string()),
}).meta({ id: 'DashboardFigure' });

export const dashboardSchema = z.object({
  area: z.object({
    kind: z.enum(['municipality', 'region']), name: z.string(),
    municipalities: z.array(z.object({ code: z.string(), name: z.string() })),
  }),
  period: z.object({ from: z.string(), to: z.string() }),
  day: z.string().describe('Peildatum van de standcijfers'),
  countsRefreshedAt: z.string().nullable().describe('Moment waarop de voorgetelde standcijfers zijn bijgewerkt'),
  suppressedBelow: z.number().int().nullable().describe('Aantallen onder dit getal zijn afgeschermd; null: niets afgeschermd'),
  figures: z.array(figureSchema),
}).meta({ id: 'Dashboard' });

const month = z.string().regex(MONTH_PATTERN, 'Geef een maand als JJJJ-MM');
export const periodQuery = z.object({
  from: month.optional().describe('Eerste maand van de periode (standaard: elf maanden voor de laatste)'),
  to: month.optional().describe('Laatste maand van de periode (standaard: de huidige maand)'),
}).refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'De eerste maand ligt na de laatste', path: ['from'] })
  .refine((q) => !q.from || !q.to || monthsBetween(q.from, q.to).length <= MAX_PERIOD_MONTHS, { message: `Kies hoogstens ${MAX_PERIOD_MONTHS} maanden`, path: ['to'] });

export const areaParams = z.object({ area: z.enum(['municipality', 'region']).describe('municipality: de eigen gemeente; region: alle gemeenten van de regio') });
export const figureParams = areaParams.extend({
  figure: z.enum([...figureIds, ...figureIds.map((f) => `${f}.csv` as const)]).describe('Het cijfer; met .csv erachter als CSV-bestand'),
});

export const referenceKinds = ['inhabitants', 'national_benefits_per_1000'] as const;
export const referenceFigureNew = z.object({
  kind: z.enum(referenceKinds).describe('inhabitants: inwonertal van de gemeente; national_benefits_per_1000: landelijk aantal uitkeringen per 1.000 inwoners'),
  validFrom: isoDate.describe('Geldig vanaf (peildatum)'),
  value: z.number().min(0, 'Een cijfer kan niet negatief zijn').max(10_000_000, 'Dit cijfer is te groot'),
  source: z.string().trim().min(3, 'Noem de bron').max(500),
}).strict().refine((b) => b.kind !== 'inhabitants' || Number.isInteger(b.value), { message: 'Een inwonertal is een geheel getal', path: ['value'] })
  .refine((b) => b.kind !== 'national_benefits_per_1000' || b.value <= 1000, { message: 'Per 1.000 inwoners kan het niet meer dan 1.000 zijn', path: ['value'] })
  .refine((b) => Math.round(b.value * 100) === b.value * 100, { message: 'Hoogstens twee decimalen', path: ['value'] });

const referenceFigure = z.object({
  id: z.string(), kind: z.enum(referenceKinds), validFrom: z.string(), value: z.number(), source: z.string(),
  recordedAt: z.string(), recordedBy: z.string().nullable(),
});
export const settingsSchema = z.object({
  municipality: z.object({ code: z.string(), name: z.string(), inhabitants: z.number().int().nullable() }),
  referenceFigures: z.array(referenceFigure),
}).meta({ id: 'DashboardSettings' });
