// Months and days for the dashboards: periods are whole months 'YYYY-MM'; stock figures are counted on one day.

const monthNames = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function addMonths(month: string, k: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + k;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included, oldest first; empty when `to` lies before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The default period: the twelve months up to and including the current one. */
export function defaultPeriod(today: string): { from: string; to: string } {
  const to = today.slice(0, 7);
  return { from: addMonths(to, -11), to };
}

export function firstDay(month: string): string {
  return `${month}-01`;
}

export function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** "mrt 2026" */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${monthNames[m - 1]} ${y}`;
}

/** The day `days` days before `today` ('YYYY-MM-DD'). */
export function daysAgo(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
