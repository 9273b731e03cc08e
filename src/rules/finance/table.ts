// The finance table: per year and stream the figures that count. Pure. Rules (docs/decisions/0016-finance-and-forecasts.md):
//  - a stream counts with its realised figures (jaarrekening) once they are entered for that year, else with its budget;
//  - a realised entry may leave the expenditure empty: then Meedoen's own registration supplies it (benefits: the
//    payments of approved payment runs; re-integration: the realised cost of the trajectories charged to that year);
//  - Meedoen's own realised figure is always shown next to the cell ("tot nu toe"), also while the budget counts;
//  - a stream without any entry counts as zero and the year says which streams have no figures.
import { streams, type Basis, type Stream } from './streams.ts';

export interface EnteredFigure {
  year: number; stream: Stream; basis: Basis; incomeCents: number; expenditureCents: number | null; source: string; version: number;
}
/** A realised expenditure from Meedoen's own registration (trajectories; payments when they exist). */
export interface OwnRealised { year: number; stream: Stream; expenditureCents: number; source: string }

export interface StreamCell {
  stream: Stream;
  basis: Basis | null;                       // which figures count; null: nothing entered
  incomeCents: number; expenditureCents: number; resultCents: number;
  expenditureFrom: 'entered' | 'meedoen' | null;
  budget: EnteredFigure | null; realised: EnteredFigure | null; meedoen: OwnRealised | null;
}
export interface FinanceYear {
  year: number;
  basis: Basis | 'mixed' | null;             // all streams the same basis, or mixed; null: no figures at all
  streams: StreamCell[];
  incomeCents: number; expenditureCents: number; balanceCents: number;
  missingStreams: Stream[];
}

function cell(stream: Stream, budget: EnteredFigure | null, realised: EnteredFigure | null, meedoen: OwnRealised | null): StreamCell {
  const base = { stream, budget, realised, meedoen };
  if (realised) {
    const fromMeedoen = realised.expenditureCents === null;
    const expenditure = realised.expenditureCents ?? meedoen?.expenditureCents ?? 0;
    return { ...base, basis: 'realised', incomeCents: realised.incomeCents, expenditureCents: expenditure, resultCents: realised.incomeCents - expenditure, expenditureFrom: fromMeedoen ? 'meedoen' : 'entered' };
  }
  if (budget) {
    const expenditure = budget.expenditureCents ?? 0;  // a budget always has its expenditure (database CHECK)
    return { ...base, basis: 'budget', incomeCents: budget.incomeCents, expenditureCents: expenditure, resultCents: budget.incomeCents - expenditure, expenditureFrom: 'entered' };
  }
  return { ...base, basis: null, incomeCents: 0, expenditureCents: 0, resultCents: 0, expenditureFrom: null };
}

/** The years from..to (inclusive) with their streams, totals and balance. */
export function financeYears(from: number, to: number, entered: readonly EnteredFigure[], own: readonly OwnRealised[]): FinanceYear[] {
  const find = <T extends { year: number; stream: Stream }>(rows: readonly T[], year: number, stream: Stream, pick: (r: T) => boolean = () => true) =>
    rows.find((r) => r.year === year && r.stream === stream && pick(r)) ?? null;
  const out: FinanceYear[] = [];
  for (let year = from; year <= to; year++) {
    const cells = streams.map((s) => cell(s, find(entered, year, s, (r) => r.basis === 'budget'), find(entered, year, s, (r) => r.basis === 'realised'), find(own, year, s)));
    const kinds = new Set(cells.map((c) => c.basis).filter((b) => b !== null));
    const income = cells.reduce((sum, c) => sum + c.incomeCents, 0);
    const expenditure = cells.reduce((sum, c) => sum + c.expenditureCents, 0);
    out.push({
      year, streams: cells, incomeCents: income, expenditureCents: expenditure, balanceCents: income - expenditure,
      basis: kinds.size === 0 ? null : kinds.size === 1 && !cells.some((c) => c.basis === null) ? [...kinds][0] : 'mixed',
      missingStreams: cells.filter((c) => c.basis === null).map((c) => c.stream),
    });
  }
  return out;
}

/** The stream results of a year, as the reserve takes them. */
export const resultsOf = (y: FinanceYear) => Object.fromEntries(y.streams.map((c) => [c.stream, c.resultCents])) as Record<Stream, number>;
