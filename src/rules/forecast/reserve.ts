// What a caseload scenario does to the budget and the reserve sociaal domein, year by year. Pure; whole cents.
// Rules (docs/decisions/0022-forecast-budget-and-report-deadlines.md):
//  - per year and stream the entered figures count as in the finance table (realised once entered, else the budget);
//    a year without figures for a stream takes that stream's figures of the latest earlier year that has them (and says
//    so); with no earlier year the stream counts as zero (and says so);
//  - benefits (BUIG): the scenario's cost for its months of the year, plus the entered expenditure pro rata for the
//    months of that year outside the scenario (half up), against the entered income of the whole year;
//  - sheltered employment (SW): the entered expenditure plus the scenario's target growth, i.e. the scenario's
//    sheltered-work cost minus that cost at the last set target (growth 0); never below zero;
//  - re-integration: not part of a scenario; its entered income and expenditure as they are;
//  - the reserve runs through the finance table's years from its opening year up to the scenario, then through the
//    scenario's years, with the same fence rules (src/rules/finance/reserve.ts) and the same Dutch warning.
import { reserveFlow, reserveWarning, type ReserveYear } from '../finance/reserve.ts';
import { streamLabels, streams, type Stream } from '../finance/streams.ts';
import { resultsOf, type FinanceYear, type StreamCell } from '../finance/table.ts';

export interface ScenarioYearCost {
  year: number;
  months: number;                // months of this year inside the scenario, 1–12
  benefitCostCents: number;      // the scenario's benefit cost for those months
  shelteredGrowthCents: number;  // the scenario's sheltered-work cost above the last set target (negative: shrinkage)
}
export interface ReserveOpening { openingYear: number; openingBalanceCents: number }

export interface ScenarioStream {
  stream: Stream;
  incomeCents: number; expenditureCents: number; resultCents: number;
  figuresYear: number | null;    // the year whose entered figures were used; null: none, counted as zero
}
export interface ScenarioBudgetYear {
  year: number; months: number;
  streams: ScenarioStream[];
  incomeCents: number; expenditureCents: number; balanceCents: number;
  reserve: ReserveYear | null;   // null: no reserve set, or the year lies before its opening year
  warning: string | null;
}
export interface ScenarioBudget { reserveSet: boolean; years: ScenarioBudgetYear[]; notices: string[]; warning: string | null }

/** n × k / d rounded half up, for n, k ≥ 0 and d > 0 whole numbers. */
const halfUp = (n: number, k: number, d: number) => Math.floor((2 * n * k + d) / (2 * d));
/** [2020, 2021, 2022] → "2020, 2021 en 2022". */
const listed = (items: readonly (string | number)[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);

/** The cell that counts for a stream in a year: that year's, else the latest earlier year's with figures. */
function figuresFor(finance: readonly FinanceYear[], year: number, stream: Stream): { cell: StreamCell; year: number } | null {
  const found = finance.filter((y) => y.year <= year)
    .map((y) => ({ year: y.year, cell: y.streams.find((c) => c.stream === stream)! }))
    .filter((f) => f.cell.basis !== null)
    .sort((a, b) => b.year - a.year)[0];
  return found ?? null;
}

function streamOf(stream: Stream, cost: ScenarioYearCost, f: ReturnType<typeof figuresFor>): ScenarioStream {
  const income = f?.cell.incomeCents ?? 0;
  const entered = f?.cell.expenditureCents ?? 0;
  const expenditure = stream === 'benefits' ? cost.benefitCostCents + halfUp(entered, 12 - cost.months, 12)
    : stream === 'sheltered_employment' ? Math.max(0, entered + cost.shelteredGrowthCents)
      : entered;
  return { stream, incomeCents: income, expenditureCents: expenditure, resultCents: income - expenditure, figuresYear: f?.year ?? null };
}

/**
 * The scenario's years against the entered figures, with the reserve. `finance` holds the finance table's years
 * (at least from the reserve's opening year, and any earlier years whose figures may be borrowed).
 */
export function scenarioBudget(costs: readonly ScenarioYearCost[], finance: readonly FinanceYear[], reserve: ReserveOpening | null,
  euros: (cents: number) => string): ScenarioBudget {
  if (costs.length === 0) return { reserveSet: reserve !== null, years: [], notices: [], warning: null };
  const first = costs[0].year;
  const rows = costs.map((cost) => {
    const lines = streams.map((s) => streamOf(s, cost, figuresFor(finance, cost.year, s)));
    const income = lines.reduce((sum, l) => sum + l.incomeCents, 0);
    const expenditure = lines.reduce((sum, l) => sum + l.expenditureCents, 0);
    return { year: cost.year, months: cost.months, streams: lines, incomeCents: income, expenditureCents: expenditure, balanceCents: income - expenditure };
  });
  const flow = reserve
    ? reserveFlow(reserve.openingBalanceCents, [
      ...finance.filter((y) => y.year >= reserve.openingYear && y.year < first).map((y) => ({ year: y.year, results: resultsOf(y) })),
      ...rows.filter((r) => r.year >= reserve.openingYear)
        .map((r) => ({ year: r.year, results: Object.fromEntries(r.streams.map((l) => [l.stream, l.resultCents])) as Record<Stream, number> })),
    ])
    : [];
  const years = rows.map((r) => {
    const line = flow.find((l) => l.year === r.year) ?? null;
    return { ...r, reserve: line, warning: line ? reserveWarning(line, euros) : null };
  });
  return { reserveSet: reserve !== null, years, notices: noticesOf(years, reserve), warning: years.find((y) => y.warning)?.warning ?? null };
}

function noticesOf(years: readonly ScenarioBudgetYear[], reserve: ReserveOpening | null): string[] {
  const notices: string[] = [];
  // Borrowed figures, grouped by the streams and the year they come from.
  const groups = new Map<string, { years: number[]; from: number | null; streams: Stream[] }>();
  for (const y of years) {
    const borrowed = y.streams.filter((l) => l.figuresYear !== y.year);
    for (const from of [...new Set(borrowed.map((l) => l.figuresYear))]) {
      const which = borrowed.filter((l) => l.figuresYear === from).map((l) => l.stream);
      const key = `${from}:${which.join(',')}`;
      const group = groups.get(key) ?? { years: [], from, streams: which };
      group.years.push(y.year);
      groups.set(key, group);
    }
  }
  for (const g of groups.values()) {
    const what = g.streams.length === streams.length ? '' : ` voor ${listed(g.streams.map((s) => streamLabels[s]))}`;
    notices.push(g.from === null
      ? `Voor ${listed(g.years)} zijn geen begroting en geen eerdere cijfers ingevoerd${what}; die tellen als nul.`
      : `Voor ${listed(g.years)} is geen begroting ingevoerd${what}; gerekend met de cijfers van ${g.from}.`);
  }
  const partial = years.filter((y) => y.months < 12);
  if (partial.length) {
    notices.push(`Het scenario beslaat ${listed(partial.map((y) => `${y.months} ${y.months === 1 ? 'maand' : 'maanden'} van ${y.year}`))}; `
      + 'voor de andere maanden tellen de ingevoerde uitgaven voor uitkeringen naar rato.');
  }
  if (!reserve) notices.push('Er is geen stand van de reserve sociaal domein vastgelegd; het verloop van de reserve ontbreekt.');
  else {
    const before = years.filter((y) => y.year < reserve.openingYear).map((y) => y.year);
    if (before.length) notices.push(`De reserve sociaal domein begint op 1 januari ${reserve.openingYear}; voor ${listed(before)} is er geen verloop.`);
  }
  return notices;
}
