import Holidays from 'date-holidays';

// Betaaldatum: on which day a month's benefit reaches the bank. A Dutch working day is a day that is not a Saturday,
// a Sunday, a Dutch public holiday (date-holidays, country NL, type public) or a TARGET2 closing day on which banks do
// not settle SEPA credit transfers (Good Friday and 1 May; the others are Dutch public holidays already).

const calendar = new Holidays('NL', { types: ['public'] });
calendar.setHoliday('easter -2', { name: { nl: 'Goede Vrijdag (TARGET2-sluitingsdag)' }, type: 'public' });
calendar.setHoliday('05-01', { name: { nl: 'Dag van de Arbeid (TARGET2-sluitingsdag)' }, type: 'public' });

const byYear = new Map<number, Map<string, string>>();

/** The non-working holidays of a year: 'YYYY-MM-DD' → Dutch name. */
export function holidaysOf(year: number): Map<string, string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Map(calendar.getHolidays(year).map((h) => [h.date.slice(0, 10), h.name]));
    byYear.set(year, days);
  }
  return days;
}

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();  // 0 Sunday … 6 Saturday

export function isDutchWorkingDay(day: string): boolean {
  const w = weekday(day);
  return w !== 0 && w !== 6 && !holidaysOf(Number(day.slice(0, 4))).has(day);
}

function shift(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The working day itself, or the nearest one before it. */
export function workingDayOnOrBefore(day: string): string {
  let d = day;
  while (!isDutchWorkingDay(d)) d = shift(d, -1);
  return d;
}

/** The working day itself, or the nearest one after it. */
export function workingDayOnOrAfter(day: string): string {
  let d = day;
  while (!isDutchWorkingDay(d)) d = shift(d, 1);
  return d;
}

/**
 * The planned pay date of a month: the last Dutch working day on or before the municipality's pay day (a day of the
 * month, 1–31, clamped to the month's length); without a pay day set, the last working day of the month. Only when the
 * month has no working day up to the pay day, the first working day after it.
 */
export function plannedPayDate(month: string, payDay: number | null): string {
  const last = lastDayOfMonth(month);
  const day = payDay === null ? Number(last.slice(8)) : Math.min(Math.max(1, payDay), Number(last.slice(8)));
  const target = `${month}-${String(day).padStart(2, '0')}`;
  const before = workingDayOnOrBefore(target);
  // A pay day at the very start of a month (e.g. 1 January) has no working day before it in the month: then the first after.
  return before.startsWith(month) ? before : workingDayOnOrAfter(target);
}

/**
 * The requested execution date (ReqdExctnDt) fixed when a run is approved: the planned date, or — when that day has
 * passed by the time of approval — the first working day from the approval day on, so the bank never gets a date in the past.
 */
export function executionDate(planned: string, approvedOn: string): string {
  return planned >= approvedOn ? planned : workingDayOnOrAfter(approvedOn);
}
