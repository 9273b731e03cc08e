// BSN (burgerservicenummer): 9 digits, 8 are padded with a leading 0; valid when
// 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11) — the "elfproef".

export function normaliseBsn(input: string): string | null {
  const digits = input.replace(/[\s.-]/g, '');
  if (!/^\d{8,9}$/.test(digits)) return null;
  return digits.padStart(9, '0');
}

export function bsnChecksum(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(nineDigits[i]);
  return sum - Number(nineDigits[8]);
}

export function isValidBsn(input: string): boolean {
  const bsn = normaliseBsn(input);
  if (bsn === null || bsn === '000000000') return false;
  return bsnChecksum(bsn) % 11 === 0;
}

/** Completes 8 leading digits with the check digit, or null when no digit 0–9 fits. */
export function completeBsn(firstEight: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(firstEight[i]);
  const check = sum % 11;
  return check <= 9 ? firstEight + String(check) : null;
}

/** Shown to roles without the `bsn` field set: only the last three digits. */
export function maskBsn(bsn: string): string {
  return `******${bsn.slice(-3)}`;
}
