// Prognose van het aantal uitkeringen: a caseload scenario month by month. Pure.
// Model (docs/decisions/0016-finance-and-forecasts.md): each month, outflow takes a fixed share of the caseload at
// the start of that month and inflow adds a fixed number of households:
//     next = current × (1 − outflow% / 100) + inflow
// Computed unrounded (double precision) from the start; each month's end figure is then rounded to whole households,
// half up, so rounding never accumulates. With inflow i and outflow o > 0 the caseload tends to i / o.

export interface CaseloadScenario {
  startMonth: string;           // 'YYYY-MM', the first month
  horizonMonths: number;        // 1–120
  startCaseload: number;        // households at the start of the first month
  inflowPerMonth: number;       // new households per month, ≥ 0
  outflowPctPerMonth: number;   // share of the caseload leaving per month, 0–100
}
export interface CaseloadMonth { month: string; caseload: number }

/** 'YYYY-MM' plus k months. */
export function addMonths(month: string, k: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + k;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function check(s: CaseloadScenario) {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(s.startMonth)) throw new RangeError('startMonth must be YYYY-MM');
  if (!Number.isInteger(s.horizonMonths) || s.horizonMonths < 1 || s.horizonMonths > 120) throw new RangeError('horizon must be 1–120 months');
  if (!Number.isInteger(s.startCaseload) || s.startCaseload < 0) throw new RangeError('start caseload must be a whole number ≥ 0');
  if (!(s.inflowPerMonth >= 0) || !Number.isFinite(s.inflowPerMonth)) throw new RangeError('inflow must be ≥ 0');
  if (!(s.outflowPctPerMonth >= 0 && s.outflowPctPerMonth <= 100)) throw new RangeError('outflow must be 0–100%');
}

/** The caseload at the end of each month of the horizon. */
export function projectCaseload(s: CaseloadScenario): CaseloadMonth[] {
  check(s);
  const keep = 1 - s.outflowPctPerMonth / 100;
  let exact = s.startCaseload;
  const out: CaseloadMonth[] = [];
  for (let k = 0; k < s.horizonMonths; k++) {
    exact = exact * keep + s.inflowPerMonth;
    out.push({ month: addMonths(s.startMonth, k), caseload: Math.floor(exact + 0.5) });
  }
  return out;
}
