// Dashboard figures: counts in, rows and series out, ready for a chart, a table and a CSV. Pure.
// Suppression (src/rules/dashboards/suppression.ts) is applied here, per table, with the sums each figure shows.
import { ladderCategoryLabels, ladderSteps, type LadderCategory } from '../ladder.ts';
import { contactBucketLabels, contactBuckets, type ContactBucket } from './contact.ts';
import { monthLabel } from './periods.ts';
import { suppressTable, type CountTable, type SuppressedTable, type Suppression } from './suppression.ts';

export type ChartKind = 'bars' | 'stacked-bars' | 'grouped-columns' | 'stacked-columns' | 'progress';

export interface Cell { value: number | null; display: string; suppressed: Suppression | null }
export interface FigureRow { key: string; label: string; cells: Cell[] }
export interface Figure {
  id: string; title: string; description: string;
  /** What one count is: "inwoners", "uitkeringen", "trajecten" … */
  unit: string;
  /** Header of the first column (what a row is). */
  dimension: string;
  chart: ChartKind;
  /** The series the chart draws (keys of `series`); the table shows them all. */
  chartSeries: string[];
  series: { key: string; label: string }[];
  rows: FigureRow[];
  total: FigureRow | null;
  reference: { label: string; value: number; display: string; source: string; validFrom: string } | null;
  notes: string[];
}

/** Counts 1 … threshold − 1 are suppressed; null: nothing is (a role that sees the real numbers). */
export type Threshold = number | null;

const formatters = new Map<number, Intl.NumberFormat>();
export function formatNumber(value: number, decimals = 0): string {
  let f = formatters.get(decimals);
  if (!f) formatters.set(decimals, f = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }));
  return f.format(value);
}

/** A count, or what stands in its place when it is suppressed: "<5" for a small count, "x" for a protecting one. */
function countCell(value: number, suppressed: Suppression | null, threshold: Threshold): Cell {
  if (suppressed === 'small') return { value: null, display: `<${threshold}`, suppressed };
  if (suppressed === 'secondary') return { value: null, display: 'x', suppressed };
  return { value, display: formatNumber(value), suppressed: null };
}
/** A number that is not about persons (inhabitants, target hours): never suppressed. */
function plainCell(value: number | null, decimals = 0): Cell {
  return value === null ? { value: null, display: '–', suppressed: null } : { value, display: formatNumber(value, decimals), suppressed: null };
}
/** A number computed from a count (a rate, a share, hours of the persons counted): hidden when that count is. */
function derivedCell(value: number | null, decimals: number, from: Suppression | null, suffix = ''): Cell {
  if (from) return { value: null, display: 'x', suppressed: 'secondary' };
  return value === null ? { value: null, display: '–', suppressed: null } : { value, display: `${formatNumber(value, decimals)}${suffix}`, suppressed: null };
}

/** Suppression of one table, or none at all (threshold 0: no count is small, so nothing is hidden; the sums remain). */
function protect(table: CountTable, threshold: Threshold): SuppressedTable {
  return suppressTable(table, threshold ?? 0);
}

/** A one-column table with its total shown: the figure's counts in one call. */
function oneColumn(values: number[], threshold: Threshold, withTotal = true) {
  const t = protect({ values: values.map((v) => [v]), publishes: { rowTotals: false, columnTotals: withTotal, grandTotal: false } }, threshold);
  return {
    cells: values.map((v, i) => countCell(v, t.cells[i][0], threshold)),
    total: countCell(t.sums.columns[0] ?? 0, t.columnTotals[0] ?? null, threshold),
    statuses: t.cells.map((c) => c[0]),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const share = (n: number, total: number) => (total > 0 ? round1((100 * n) / total) : null);
const noteSuppressed = (threshold: Threshold) => threshold === null ? [] : [
  `Aantallen van 1 tot ${threshold} staan er als “<${threshold}”; “x” is afgeschermd omdat het verborgen aantal anders uit een totaal te berekenen is.`,
];

// ---------------------------------------------------------------------------------------------------------------
// Caseload op de participatieladder, in twee weergaven die samen één tabel zijn: the category "betaald werk" is
// step 5 + step 6, so the categories are the row totals of a table of steps (decision 0003 for the mapping).

const categoryOrder: { category: LadderCategory; steps: (number | null)[] }[] = [
  { category: 'geen', steps: [null] }, { category: 'zorg', steps: [1] }, { category: 'maatschappelijke_activering', steps: [2] },
  { category: 'arbeidsactivering', steps: [3] }, { category: 'arbeidstoeleiding', steps: [4] }, { category: 'betaald_werk', steps: [5, 6] },
];

export function ladderFigures(byStep: ReadonlyMap<number | null, number>, threshold: Threshold): [Figure, Figure] {
  const count = (s: number | null) => byStep.get(s) ?? 0;
  const table: CountTable = {
    values: categoryOrder.map((c) => [count(c.steps[0]), c.steps.length > 1 ? count(c.steps[1]) : null]),
    publishes: { rowTotals: true, columnTotals: false, grandTotal: true },
  };
  const t = protect(table, threshold);
  const total = t.sums.grand;
  const grand = countCell(total, t.grandTotal, threshold);
  const shareCell = (n: number, s: Suppression | null) => derivedCell(share(n, total), 1, s, '%');
  const stepRows: FigureRow[] = [];
  categoryOrder.forEach((c, i) => c.steps.forEach((step, k) => {
    const n = count(step);
    const s = t.cells[i][k];
    stepRows.push({
      key: step === null ? 'none' : String(step),
      label: step === null ? 'Nog niet gemeten' : `${step} ${ladderSteps[step - 1].name}`,
      cells: [countCell(n, s, threshold), shareCell(n, s)],
    });
  }));
  const categoryRows: FigureRow[] = categoryOrder.map((c, i) => ({
    key: c.category, label: ladderCategoryLabels[c.category],
    cells: [countCell(t.sums.rows[i], t.rowTotals[i], threshold), shareCell(t.sums.rows[i], t.rowTotals[i])],
  }));
  const series = [{ key: 'count', label: 'Aantal' }, { key: 'share', label: 'Aandeel' }];
  const totalRow = { key: 'total', label: 'Totaal', cells: [grand, derivedCell(total > 0 ? 100 : null, 1, t.grandTotal, '%')] };
  const common = { unit: 'inwoners', chart: 'bars' as const, chartSeries: ['count'], series, total: totalRow, reference: null, notes: noteSuppressed(threshold) };
  return [
    { ...common, id: 'ladder-steps', title: 'Caseload op de participatieladder', dimension: 'Trede',
      description: 'Inwoners naar hun laatst gemeten trede op de participatieladder (Divosa/Regioplan).', rows: stepRows },
    { ...common, id: 'ladder-categories', title: 'Caseload in de gemeentelijke categorieën', dimension: 'Categorie',
      description: 'Dezelfde inwoners in de eigen categorieën van de gemeente; trede 5 en 6 vormen samen “betaald werk”.', rows: categoryRows },
  ];
}

// ---------------------------------------------------------------------------------------------------------------

export function targetGroupFigure(rows: { key: string; label: string; n: number }[], threshold: Threshold, day: string): Figure {
  // No total: one resident can be in several target groups, so the counts do not add up to anyone.
  const c = oneColumn(rows.map((r) => r.n), threshold, false);
  return {
    id: 'target-groups', title: 'Inwoners per doelgroep', description: `Inwoners met een lopende doelgroep op ${day}.`,
    unit: 'inwoners', dimension: 'Doelgroep', chart: 'bars', chartSeries: ['count'], series: [{ key: 'count', label: 'Aantal' }],
    rows: rows.map((r, i) => ({ key: r.key, label: r.label, cells: [c.cells[i]] })), total: null, reference: null,
    notes: ['Een inwoner kan in meer dan één doelgroep zitten; daarom is er geen totaal.', ...noteSuppressed(threshold)],
  };
}

// ---------------------------------------------------------------------------------------------------------------

export interface BenefitArea {
  key: string; label: string; benefits: number;
  inhabitants: { value: number; validFrom: string | null; source: string } | null;
}
export interface NationalReference { perThousand: number; validFrom: string; source: string }

/** Uitkeringen per 1.000 inwoners: one row per municipality; with more than one, a region total. */
export function benefitsPer1000Figure(areas: BenefitArea[], regionLabel: string | null, reference: NationalReference | null, threshold: Threshold, day: string): Figure {
  const c = oneColumn(areas.map((a) => a.benefits), threshold, regionLabel !== null);
  const rate = (n: number, inhabitants: number | null) => (inhabitants ? round1((1000 * n) / inhabitants) : null);
  const rows: FigureRow[] = areas.map((a, i) => ({
    key: a.key, label: a.label,
    cells: [c.cells[i], plainCell(a.inhabitants?.value ?? null), derivedCell(rate(a.benefits, a.inhabitants?.value ?? null), 1, c.statuses[i])],
  }));
  let total: FigureRow | null = null;
  if (regionLabel !== null) {
    const all = areas.every((a) => a.inhabitants) ? areas.reduce((s, a) => s + a.inhabitants!.value, 0) : null;
    const sum = areas.reduce((s, a) => s + a.benefits, 0);
    total = { key: 'region', label: regionLabel, cells: [c.total, plainCell(all), derivedCell(rate(sum, all), 1, c.total.suppressed)] };
  }
  const notes = areas.map((a) => (a.inhabitants
    ? `Inwoners ${a.label}: ${formatNumber(a.inhabitants.value)}${a.inhabitants.validFrom ? ` (peildatum ${a.inhabitants.validFrom})` : ''}; bron: ${a.inhabitants.source}.`
    : `Het inwonertal van ${a.label} is niet ingevoerd: zonder inwonertal geen cijfer per 1.000 inwoners.`));
  if (reference) notes.push(`Landelijk referentiecijfer ${formatNumber(reference.perThousand, 1)} per 1.000 inwoners (geldig vanaf ${reference.validFrom}); bron: ${reference.source}.`);
  else notes.push('Er is geen landelijk referentiecijfer ingevoerd.');
  return {
    id: 'benefits-per-1000', title: 'Uitkeringen per 1.000 inwoners',
    description: `Lopende bijstandsuitkeringen (per huishouden) op ${day}, per 1.000 inwoners, naast het landelijke cijfer.`,
    unit: 'uitkeringen', dimension: 'Gebied', chart: 'bars', chartSeries: ['perThousand'],
    series: [{ key: 'benefits', label: 'Uitkeringen' }, { key: 'inhabitants', label: 'Inwoners' }, { key: 'perThousand', label: 'Per 1.000 inwoners' }],
    rows, total,
    reference: reference && { label: 'Landelijk', value: reference.perThousand, display: formatNumber(reference.perThousand, 1), source: reference.source, validFrom: reference.validFrom },
    notes: [...notes, ...noteSuppressed(threshold)],
  };
}

// ---------------------------------------------------------------------------------------------------------------

export interface Coded { key: string; label: string }

/** In- en uitstroom per maand, en de uitstroom naar reden: the second is the first's outflow split by reason. */
export function flowFigures(months: string[], inflow: ReadonlyMap<string, number>, outflow: { month: string; reason: string; n: number }[], reasons: Coded[], threshold: Threshold): [Figure, Figure] {
  const out = new Map(outflow.map((o) => [`${o.month}|${o.reason}`, o.n]));
  // Reasons that never occur in the period are left out: a column of zeros says nothing and adds nothing up.
  const used = reasons.filter((r) => months.some((m) => (out.get(`${m}|${r.key}`) ?? 0) > 0));
  const inn = oneColumn(months.map((m) => inflow.get(m) ?? 0), threshold);
  const t = protect({
    values: months.map((m) => used.map((r) => out.get(`${m}|${r.key}`) ?? 0)),
    publishes: { rowTotals: true, columnTotals: true, grandTotal: true },
  }, threshold);
  const label = (m: string) => monthLabel(m);
  const outCell = (i: number) => countCell(t.sums.rows[i], t.rowTotals[i], threshold);
  const grand = countCell(t.sums.grand, t.grandTotal, threshold);
  const notes = noteSuppressed(threshold);
  const flows: Figure = {
    id: 'in-outflow', title: 'In- en uitstroom per maand',
    description: 'Bijstandsuitkeringen die in de maand begonnen (instroom) en eindigden (uitstroom).',
    unit: 'uitkeringen', dimension: 'Maand', chart: 'grouped-columns', chartSeries: ['inflow', 'outflow'],
    series: [{ key: 'inflow', label: 'Instroom' }, { key: 'outflow', label: 'Uitstroom' }],
    rows: months.map((m, i) => ({ key: m, label: label(m), cells: [inn.cells[i], outCell(i)] })),
    total: { key: 'total', label: 'Totaal', cells: [inn.total, grand] }, reference: null, notes,
  };
  const byReason: Figure = {
    id: 'outflow-reasons', title: 'Uitstroom per maand naar reden',
    description: 'De uitstroom uit de bijstand naar de reden van beëindiging.',
    unit: 'uitkeringen', dimension: 'Maand', chart: 'stacked-columns', chartSeries: used.map((r) => r.key),
    series: [...used, { key: 'total', label: 'Totaal' }],
    rows: months.map((m, i) => ({ key: m, label: label(m), cells: [...used.map((r, j) => countCell(out.get(`${m}|${r.key}`) ?? 0, t.cells[i][j], threshold)), outCell(i)] })),
    total: { key: 'total', label: 'Totaal', cells: [...used.map((_, j) => countCell(t.sums.columns[j], t.columnTotals[j], threshold)), grand] },
    reference: null, notes: used.length ? notes : ['Geen uitstroom in deze periode.'],
  };
  return [flows, byReason];
}

// ---------------------------------------------------------------------------------------------------------------

export interface TrajectoryCounts { key: string; label: string; started: number; running: number; ended: Record<string, number> }

/** Trajecten per instrument: started in the period, running on the day, and ended in the period by outcome. */
export function trajectoryFigure(rows: TrajectoryCounts[], outcomes: Coded[], threshold: Threshold): Figure {
  const started = oneColumn(rows.map((r) => r.started), threshold);
  const running = oneColumn(rows.map((r) => r.running), threshold);
  const t = protect({ values: rows.map((r) => outcomes.map((o) => r.ended[o.key] ?? 0)), publishes: { rowTotals: true, columnTotals: true, grandTotal: true } }, threshold);
  return {
    id: 'trajectories', title: 'Trajecten per instrument en resultaat',
    description: 'Trajecten die in de periode begonnen, die nu lopen, en die in de periode eindigden, naar resultaat.',
    unit: 'trajecten', dimension: 'Instrument', chart: 'stacked-bars', chartSeries: ['running', ...outcomes.map((o) => o.key)],
    series: [{ key: 'started', label: 'Gestart' }, { key: 'running', label: 'Lopend' }, ...outcomes.map((o) => ({ key: o.key, label: `Beëindigd: ${o.label}` })), { key: 'ended', label: 'Beëindigd' }],
    rows: rows.map((r, i) => ({
      key: r.key, label: r.label,
      cells: [started.cells[i], running.cells[i], ...outcomes.map((o, j) => countCell(r.ended[o.key] ?? 0, t.cells[i][j], threshold)), countCell(t.sums.rows[i], t.rowTotals[i], threshold)],
    })),
    total: {
      key: 'total', label: 'Totaal',
      cells: [started.total, running.total, ...outcomes.map((_, j) => countCell(t.sums.columns[j] ?? 0, t.columnTotals[j] ?? null, threshold)), countCell(t.sums.grand, t.grandTotal, threshold)],
    },
    reference: null, notes: noteSuppressed(threshold),
  };
}

// ---------------------------------------------------------------------------------------------------------------

export interface PlacementCounts { key: string; label: string; started: number; ended: number; active: number; withSubsidy: number }

export function placementFigure(rows: PlacementCounts[], threshold: Threshold, day: string): Figure {
  const cols = (['started', 'ended', 'active', 'withSubsidy'] as const).map((k) => oneColumn(rows.map((r) => r[k]), threshold));
  return {
    id: 'placements', title: 'Plaatsingen bij werkgevers',
    description: `Plaatsingen die in de periode begonnen en eindigden, en die op ${day} lopen (waarvan met loonkostensubsidie).`,
    unit: 'plaatsingen', dimension: 'Soort plaatsing', chart: 'bars', chartSeries: ['started', 'ended'],
    series: [{ key: 'started', label: 'Gestart' }, { key: 'ended', label: 'Beëindigd' }, { key: 'active', label: 'Lopend' }, { key: 'withSubsidy', label: 'Lopend met loonkostensubsidie' }],
    rows: rows.map((r, i) => ({ key: r.key, label: r.label, cells: cols.map((c) => c.cells[i]) })),
    total: { key: 'total', label: 'Totaal', cells: cols.map((c) => c.total) }, reference: null,
    notes: ['Een plaatsing telt bij de gemeente van de inwoner, ook als de werkgever in een andere gemeente van de regio zit.', ...noteSuppressed(threshold)],
  };
}

// ---------------------------------------------------------------------------------------------------------------

export interface ShelteredCounts {
  key: string; label: string; targetHoursPerWeek: number | null; targetPlacements: number | null;
  persons: number; filledHoursPerWeek: number; openHoursPerWeek: number | null;
}

/** Taakstelling nieuw beschut werk: the target (public), and who fills it (persons, and hours that follow from them). */
export function shelteredFigure(rows: ShelteredCounts[], regionLabel: string | null, year: number, day: string, threshold: Threshold): Figure {
  const persons = oneColumn(rows.map((r) => r.persons), threshold, regionLabel !== null);
  const cellsOf = (r: Omit<ShelteredCounts, 'key' | 'label'>, p: Cell) => [
    plainCell(r.targetHoursPerWeek, 1), plainCell(r.targetPlacements, 1), p,
    derivedCell(r.filledHoursPerWeek, 1, p.suppressed), derivedCell(r.openHoursPerWeek, 1, p.suppressed),
  ];
  let total: FigureRow | null = null;
  if (regionLabel !== null) {
    const sum = (f: (r: ShelteredCounts) => number | null) => (rows.every((r) => f(r) !== null) ? round1(rows.reduce((s, r) => s + f(r)!, 0)) : null);
    total = { key: 'region', label: regionLabel, cells: cellsOf({
      targetHoursPerWeek: sum((r) => r.targetHoursPerWeek), targetPlacements: sum((r) => r.targetPlacements), persons: rows.reduce((s, r) => s + r.persons, 0),
      filledHoursPerWeek: round1(rows.reduce((s, r) => s + r.filledHoursPerWeek, 0)), openHoursPerWeek: sum((r) => r.openHoursPerWeek),
    }, persons.total) };
  }
  return {
    id: 'sheltered-work', title: `Taakstelling nieuw beschut werk ${year}`,
    description: `De taakstelling in uren per week en hoeveel daarvan op ${day} is ingevuld door lopende plaatsingen in beschut werk.`,
    unit: 'personen', dimension: 'Gemeente', chart: 'progress', chartSeries: ['filledHours', 'targetHours'],
    series: [{ key: 'targetHours', label: 'Taakstelling (uren per week)' }, { key: 'targetPlacements', label: 'Taakstelling (plaatsen)' },
      { key: 'persons', label: 'Ingevuld door (personen)' }, { key: 'filledHours', label: 'Ingevuld (uren per week)' }, { key: 'openHours', label: 'Nog open (uren per week)' }],
    rows: rows.map((r, i) => ({ key: r.key, label: r.label, cells: cellsOf(r, persons.cells[i]) })), total, reference: null,
    notes: threshold === null ? [] : [`Uren van minder dan ${threshold} personen zijn afgeschermd: ze zouden iemands contracturen tonen.`, ...noteSuppressed(threshold)],
  };
}

// ---------------------------------------------------------------------------------------------------------------

/** Caseload per consultant (or team, or municipality) by days since the last contact; and the distribution alone. */
export function contactFigures(rows: { key: string; label: string; buckets: Record<ContactBucket, number> }[], dimension: string, threshold: Threshold, day: string): [Figure, Figure] {
  const t = protect({ values: rows.map((r) => contactBuckets.map((b) => r.buckets[b])), publishes: { rowTotals: true, columnTotals: true, grandTotal: true } }, threshold);
  const series = contactBuckets.map((b) => ({ key: b, label: contactBucketLabels[b] }));
  const grand = countCell(t.sums.grand, t.grandTotal, threshold);
  const notes = noteSuppressed(threshold);
  const perRow: Figure = {
    id: 'caseload-per-consultant', title: `Caseload per ${dimension.toLowerCase()} en dagen sinds het laatste contact`,
    description: `Inwoners per ${dimension.toLowerCase()}, naar het aantal dagen tussen het laatste contactmoment en ${day}.`,
    unit: 'inwoners', dimension, chart: 'stacked-bars', chartSeries: [...contactBuckets],
    series: [...series, { key: 'caseload', label: 'Caseload' }],
    rows: rows.map((r, i) => ({
      key: r.key, label: r.label,
      cells: [...contactBuckets.map((b, j) => countCell(r.buckets[b], t.cells[i][j], threshold)), countCell(t.sums.rows[i], t.rowTotals[i], threshold)],
    })),
    total: { key: 'total', label: 'Totaal', cells: [...contactBuckets.map((_, j) => countCell(t.sums.columns[j], t.columnTotals[j], threshold)), grand] },
    reference: null, notes,
  };
  const distribution: Figure = {
    id: 'last-contact', title: 'Dagen sinds het laatste contact',
    description: `Alle inwoners naar het aantal dagen tussen het laatste contactmoment en ${day}.`,
    unit: 'inwoners', dimension: 'Dagen sinds contact', chart: 'bars', chartSeries: ['count'], series: [{ key: 'count', label: 'Aantal' }],
    rows: contactBuckets.map((b, j) => ({ key: b, label: contactBucketLabels[b], cells: [countCell(t.sums.columns[j], t.columnTotals[j], threshold)] })),
    total: { key: 'total', label: 'Totaal', cells: [grand] }, reference: null, notes,
  };
  return [perRow, distribution];
}
