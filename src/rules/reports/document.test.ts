import { describe, expect, it } from 'vitest';
import type { Figure } from '../dashboards/figures.ts';
import { documentTitle, figureTable, reportDocument, type DocumentInput } from './document.ts';
import type { ReportFigures } from './figures.ts';
import { emptyNarrative } from './narrative.ts';

const cell = (value: number | null, display: string) => ({ value, display, suppressed: value === null ? 'small' as const : null });
const ladder: Figure = {
  id: 'ladder-steps', title: 'Caseload op de participatieladder', description: '', unit: 'inwoners', dimension: 'Trede', chart: 'bars',
  chartSeries: ['n'], series: [{ key: 'n', label: 'Aantal' }],
  rows: [{ key: '1', label: '1 Geïsoleerd', cells: [cell(12, '12')] }, { key: '2', label: '2 Sociale contacten', cells: [cell(null, '<5')] }],
  total: { key: 'total', label: 'Totaal', cells: [cell(null, 'x')] }, reference: null, notes: ['Aantallen van 1 tot 5 staan er als “<5”.'],
};
const figures: ReportFigures = {
  day: '2026-11-23', months: { from: '2026-07', to: '2026-09' }, suppressedBelow: 5, dashboard: [ladder],
  finance: {
    year: 2026, basisLabel: 'Begroting', streams: [{ label: 'Uitkeringen (BUIG)', incomeCents: 100_00, expenditureCents: 150_00, resultCents: -50_00 }],
    incomeCents: 100_00, expenditureCents: 150_00, balanceCents: -50_00, reserve: null, warning: 'De reserve raakt op.', notices: [],
  },
  budget: { year: 2026, set: true, budgetCents: 1_000_00, committedCents: 200_00, realisedCents: 100_00, remainingCents: 700_00 },
  shelteredPlan: null, forecast: null,
};
const input: DocumentInput = {
  municipalityName: 'Voorbeeld', kind: 'quarterly', period: '2026-Q3', edition: 1, correctionReason: null, status: 'published',
  publishedOn: '2026-10-05', narrative: { ...emptyNarrative(), summary: 'Eerste alinea.\n\nTweede alinea.' }, figures,
};

describe('the report document', () => {
  it('turns a dashboard figure into a table with the displayed cells, "<5" and "x" included', () => {
    expect(figureTable(ladder)).toEqual({
      caption: 'Caseload op de participatieladder', columns: ['Trede', 'Aantal'],
      rows: [['1 Geïsoleerd', '12'], ['2 Sociale contacten', '<5']], totalRow: ['Totaal', 'x'],
    });
  });

  it('titles drafts CONCEPT and corrections with their edition', () => {
    expect(documentTitle(input)).toBe('Kwartaalrapportage Participatiewet derde kwartaal 2026 – Gemeente Voorbeeld');
    expect(documentTitle({ ...input, status: 'draft', edition: 2 })).toBe('CONCEPT – Kwartaalrapportage Participatiewet derde kwartaal 2026 – Gemeente Voorbeeld (herziene versie 2)');
  });

  it('has the narrative in paragraphs, the publication date, the period, every figure and the money', () => {
    const doc = reportDocument(input);
    expect(doc.lines).toContain('Gepubliceerd op 5 oktober 2026');
    expect(doc.lines).toContain('Stand op 23 november 2026; in- en uitstroom, trajecten en plaatsingen over jul 2026 tot en met sep 2026.');
    expect(doc.sections[0]).toEqual({ heading: 'Toelichting', paragraphs: ['Eerste alinea.', 'Tweede alinea.'], tables: [] });
    const ladderSection = doc.sections.find((s) => s.heading === 'Caseload op de participatieladder')!;
    expect(ladderSection.tables).toHaveLength(1);
    expect(ladderSection.paragraphs).toContain('Aantallen van 1 tot 5 staan er als “<5”.');
    const money = doc.sections.find((s) => s.heading === 'Financiën')!;
    expect(money.paragraphs).toContain('Let op: De reserve raakt op.');
    expect(money.paragraphs).toContain('Re-integratiebudget 2026: € 1.000,00; verplicht € 200,00, gerealiseerd € 100,00, vrij € 700,00.');
    expect(money.tables[0].totalRow).toEqual(['Totaal', '€ 100,00', '€ 150,00', '-€ 50,00']);
    expect(doc.sections.some((s) => s.heading === 'Prioritaire doelgroepen')).toBe(false);
  });

  it('a plan adds priority groups, goals with their target and the budget split', () => {
    const doc = reportDocument({
      ...input, kind: 'execution_plan', period: '2027',
      narrative: {
        summary: 'Plan', priorityGroups: ['nug', 'statushouder'], goals: [{ text: 'Jongeren aan het werk', measure: 'placements', target: 25 }],
        budgetSplit: { shelteredWorkCents: 300_00, otherGroupsCents: 700_00, differenceExplanation: '' }, forecastScenarioId: null,
      },
      figures: { ...figures, shelteredPlan: { year: 2027, targetHoursPerWeek: 400, targetPlacements: 12.9, projected: true, note: 'Doorgerekend.' } },
    });
    expect(doc.title).toBe('Uitvoeringsplan Participatiewet 2027 – Gemeente Voorbeeld');
    expect(doc.sections.find((s) => s.heading === 'Prioritaire doelgroepen')!.paragraphs).toEqual(['Niet-uitkeringsgerechtigde (NUG), Statushouder.']);
    expect(doc.sections.find((s) => s.heading === 'Doelen')!.tables[0].rows).toEqual([['Jongeren aan het werk', '25', 'plaatsingen bij werkgevers']]);
    const split = doc.sections.find((s) => s.heading === 'Verdeling van het re-integratiebudget')!;
    expect(split.tables[0].totalRow).toEqual(['Totaal verdeeld', '€ 1.000,00']);
    expect(split.paragraphs[0]).toBe('Taakstelling nieuw beschut werk 2027: 400 uur per week, 12,9 plaatsingen (doorgerekend). Doorgerekend.');
  });
});
