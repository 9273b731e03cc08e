// Euros as people read and type them; the API carries whole cents.

/** 4750 → "€ 47,50"; 123456789 → "€ 1.234.567,89". No Intl, so the output is the same everywhere. */
export function euros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}€ ${whole},${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Parses a typed amount into whole cents by reading the digits, never by float maths: "47,50", "€ 1.234,5",
 * "1234", "47.50" (a single dot with one or two decimals). Returns null for anything else, or a negative amount.
 */
export function parseEuros(text: string): number | null {
  const s = text.replace(/[\s\u00a0]/g, '').replace(/^€/, '');
  let whole: string; let fraction = '';
  let m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(s); // Dutch: dots group thousands, comma for cents
  if (m) { whole = m[1].replace(/\./g, ''); fraction = m[2] ?? ''; } else {
    m = /^(\d+)\.(\d{1,2})$/.exec(s); // "47.50" typed with a decimal point
    if (!m) return null;
    whole = m[1]; fraction = m[2];
  }
  whole = whole.replace(/^0+(?=\d)/, '');
  if (whole.length > 13) return null;
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Euros as typed without the sign, for prefilling an input: 275000 → "2750,00". */
export function centsToInput(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}
