/** Age in whole years on a given day; both as 'YYYY-MM-DD'. */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = onDate.split('-').map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

// The calendar day in the Netherlands: between midnight and 01:00/02:00 Dutch time the UTC date is still yesterday.
const dutchDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in the Netherlands as 'YYYY-MM-DD'. */
export function todayIso(now: Date = new Date()): string {
  return dutchDay.format(now);
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
