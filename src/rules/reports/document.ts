// The text of a council report as headings, paragraphs and tables: one model for the PDF (pdf.ts renders it). Pure.
import { monthLabel } from '../dashboards/periods.ts';
import type { Figure } from '../dashboards/figures.ts';
import { euros } from '../trajectory.ts';
import type { ReportFigures } from './figures.ts';
import { goalMeasureLabels, priorityGroupLabel, type Narrative } from './narrative.ts';
import { reportTitle, type ReportKind } from './periods.ts';

export interface DocTable { caption: string; columns: string[]; rows: string[][]; totalRow: string[] | null }
export interface DocSection { heading: string; paragraphs: string[]; tables: DocTable[] }
export interface ReportDocument { title: string; lines: string[]; sections: DocSection[] }

export interface DocumentInput {
  municipalityName: string; kind: ReportKind; period: string; edition: number; correctionReason: string | null;
  status: 'draft' | 'published'; publishedOn: string | null; narrative: Narrative; figures: ReportFigures;
}

const dutchDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  return `${d} ${months[m - 1]} ${y}`;
};
const months = (m: { from: string; to: string }) => `${monthLabel(m.from)} tot en met ${monthLabel(m.to)}`;
const count = (n: number | null) => (n === null ? '–' : n.toLocaleString('nl-NL'));

/** A dashboard figure as a table: the same cells the dashboard shows, "<5" and "x" included. */
export function figureTable(f: Figure): DocTable {
  return {
    caption: f.title,
    columns: [f.dimension, ...f.series.map((s) => s.label)],
    rows: f.rows.map((r) => [r.label, ...r.cells.map((c) => c.display)]),
    totalRow: f.total ? [f.total.label, ...f.total.cells.map((c) => c.display)] : null,
  };
}

/** The full title, with CONCEPT while a draft and the edition for a correction. */
export function documentTitle(i: Pick<DocumentInput, 'kind' | 'period' | 'municipalityName' | 'status' | 'edition'>): string {
  const title = `${reportTitle(i.kind, i.period)} – Gemeente ${i.municipalityName}`;
  const edition = i.edition > 1 ? ` (herziene versie ${i.edition})` : '';
  return `${i.status === 'draft' ? 'CONCEPT – ' : ''}${title}${edition}`;
}

function figureSection(heading: string, intro: string, figures: Figure[]): DocSection {
  return { heading, paragraphs: [intro, ...figures.flatMap((f) => f.notes)].filter((p, k, all) => all.indexOf(p) === k), tables: figures.map(figureTable) };
}

function financeSection(f: ReportFigures): DocSection {
  const fin = f.finance;
  const b = f.budget;
  const paragraphs = [
    `Financiën ${fin.year} (${fin.basisLabel.toLowerCase()}): inkomsten ${euros(fin.incomeCents)}, uitgaven ${euros(fin.expenditureCents)}, saldo ${euros(fin.balanceCents)}.`,
    ...(fin.reserve ? [`Reserve sociaal domein: begin ${euros(fin.reserve.openingCents)}, eind ${euros(fin.reserve.closingCents)}; uit de reserve ${euros(fin.reserve.fromReserveCents)}, uit de algemene middelen ${euros(fin.reserve.fromGeneralFundsCents)}.`] : []),
    ...(fin.warning ? [`Let op: ${fin.warning}`] : []),
    ...fin.notices,
    b.set
      ? `Re-integratiebudget ${b.year}: ${euros(b.budgetCents)}; verplicht ${euros(b.committedCents)}, gerealiseerd ${euros(b.realisedCents)}, vrij ${euros(b.remainingCents)}.`
      : `Voor ${b.year} is nog geen re-integratiebudget vastgesteld; verplicht ${euros(b.committedCents)}, gerealiseerd ${euros(b.realisedCents)}.`,
  ];
  return {
    heading: 'Financiën', paragraphs,
    tables: [{
      caption: `Inkomsten en uitgaven per stroom, ${fin.year}`, columns: ['Stroom', 'Inkomsten', 'Uitgaven', 'Saldo'],
      rows: fin.streams.map((s) => [s.label, euros(s.incomeCents), euros(s.expenditureCents), euros(s.resultCents)]),
      totalRow: ['Totaal', euros(fin.incomeCents), euros(fin.expenditureCents), euros(fin.balanceCents)],
    }],
  };
}

function planSections(n: Narrative, f: ReportFigures, year: number): DocSection[] {
  const split = n.budgetSplit;
  const sheltered = f.shelteredPlan;
  const sections: DocSection[] = [
    { heading: 'Prioritaire doelgroepen', paragraphs: n.priorityGroups.length ? [n.priorityGroups.map(priorityGroupLabel).join(', ') + '.'] : ['Nog geen doelgroepen gekozen.'], tables: [] },
    {
      heading: 'Doelen', paragraphs: n.goals.length ? [] : ['Nog geen doelen vastgelegd.'],
      tables: n.goals.length ? [{
        caption: `Doelen ${year} met streefgetal`, columns: ['Doel', 'Streefgetal', 'Gemeten in'],
        rows: n.goals.map((g) => [g.text, g.target.toLocaleString('nl-NL'), goalMeasureLabels[g.measure]]), totalRow: null,
      }] : [],
    },
    {
      heading: 'Verdeling van het re-integratiebudget',
      paragraphs: [
        ...(sheltered ? [sheltered.targetHoursPerWeek === null ? sheltered.note
          : `Taakstelling nieuw beschut werk ${sheltered.year}: ${count(sheltered.targetHoursPerWeek)} uur per week, ${count(sheltered.targetPlacements)} plaatsingen${sheltered.projected ? ' (doorgerekend)' : ''}. ${sheltered.note}`.trim()] : []),
        ...(split?.differenceExplanation.trim() ? [`Toelichting op de verdeling: ${split.differenceExplanation.trim()}`] : []),
        ...(split ? [] : ['Nog geen verdeling vastgelegd.']),
      ],
      tables: split ? [{
        caption: `Verdeling re-integratiebudget ${year}`, columns: ['Bestemming', 'Bedrag'],
        rows: [['Taakstelling nieuw beschut werk', euros(split.shelteredWorkCents)], ['Andere doelgroepen', euros(split.otherGroupsCents)]],
        totalRow: ['Totaal verdeeld', euros(split.shelteredWorkCents + split.otherGroupsCents)],
      }] : [],
    },
  ];
  if (f.forecast) {
    const p = f.forecast;
    sections.push({
      heading: 'Prognose',
      paragraphs: [`Scenario “${p.scenarioName}”: in ${p.year} gemiddeld ${p.averageCaseload.toLocaleString('nl-NL')} uitkeringen, ${count(p.endCaseload)} aan het eind van het jaar; kosten uitkeringen ${euros(p.benefitCostCents)}, beschut werk ${count(p.shelteredPlacements)} plaatsen voor ${euros(p.shelteredCostCents)}.`, ...p.notices],
      tables: [],
    });
  }
  return sections;
}

/** The whole report as a document: title, meta lines, the narrative and every figure as a table. */
export function reportDocument(i: DocumentInput): ReportDocument {
  const f = i.figures;
  const byId = (ids: string[]) => f.dashboard.filter((x) => ids.includes(x.id));
  const lines = [
    `Gemeente ${i.municipalityName}`,
    i.status === 'published' && i.publishedOn ? `Gepubliceerd op ${dutchDate(i.publishedOn)}` : 'Concept: de cijfers worden bijgewerkt tot de rapportage is gepubliceerd.',
    `Stand op ${dutchDate(f.day)}; in- en uitstroom, trajecten en plaatsingen over ${months(f.months)}.`,
    ...(f.suppressedBelow !== null ? [`Alleen aantallen, nooit personen: aantallen van 1 tot ${f.suppressedBelow} staan er als “<${f.suppressedBelow}”, “x” is afgeschermd.`] : []),
    ...(i.correctionReason ? [`Herziene versie ${i.edition}: ${i.correctionReason}`] : []),
  ];
  const year = i.kind === 'quarterly' ? Number(i.period.slice(0, 4)) : Number(i.period);
  const summary: DocSection = { heading: i.kind === 'quarterly' ? 'Toelichting' : 'Inleiding', paragraphs: i.narrative.summary.trim() ? i.narrative.summary.trim().split(/\n\s*\n/) : ['(nog geen tekst)'], tables: [] };
  const sections: DocSection[] = [
    summary,
    ...(i.kind === 'execution_plan' ? planSections(i.narrative, f, year) : []),
    figureSection('Caseload op de participatieladder', 'Het aantal inwoners per trede en per gemeentelijke categorie.', byId(['ladder-steps', 'ladder-categories'])),
    figureSection('Doelgroepen en uitkeringen', 'Inwoners per doelgroep en het aantal uitkeringen per 1.000 inwoners.', byId(['target-groups', 'benefits-per-1000'])),
    figureSection('In- en uitstroom', `Instroom en uitstroom per maand en de redenen van uitstroom, ${months(f.months)}.`, byId(['in-outflow', 'outflow-reasons'])),
    figureSection('Trajecten en plaatsingen', 'Trajecten per instrument en resultaat, en plaatsingen bij werkgevers.', byId(['trajectories', 'placements'])),
    figureSection('Taakstelling nieuw beschut werk', 'Hoe ver de taakstelling is gevuld.', byId(['sheltered-work'])),
    financeSection(f),
  ];
  return { title: documentTitle(i), lines, sections };
}
