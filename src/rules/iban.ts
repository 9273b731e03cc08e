// IBAN (ISO 13616): move the first four characters to the end, letters → 10..35, the number mod 97 must be 1.

const lengths: Record<string, number> = { NL: 18, BE: 16, DE: 22 };

/** Normalised form: upper case, no spaces. */
export function normaliseIban(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

function mod97(digits: string): number {
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

const asDigits = (s: string) => [...s].map((c) => (c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c)).join('');

/** True when the text is a well-formed IBAN with correct check digits (and the right length for NL, BE, DE). */
export function isValidIban(text: string): boolean {
  const iban = normaliseIban(text);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const expected = lengths[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  return mod97(asDigits(iban.slice(4) + iban.slice(0, 4))) === 1;
}

/** A Dutch IBAN for a 4-letter bank code and a 10-digit account number, with its check digits computed. */
export function dutchIban(bankCode: string, account: string): string {
  const bban = `${bankCode}${account.padStart(10, '0')}`;
  const check = 98 - mod97(asDigits(`${bban}NL00`));
  return `NL${String(check).padStart(2, '0')}${bban}`;
}

/** "NL91ABNA0417164300" → "NL91 ABNA 0417 1643 00", as people read it. */
export function formatIban(iban: string): string {
  return normaliseIban(iban).replace(/(.{4})/g, '$1 ').trim();
}
