// The status of an application as the resident follows it: ontvangen → in behandeling ⇄ hersteltermijn → besloten.
// 'decided' is reached only through a final decision (grant or refusal), never by a status change.

export type ApplicationStatus = 'received' | 'in_treatment' | 'repair_period' | 'decided';

export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  received: 'Ontvangen', in_treatment: 'In behandeling', repair_period: 'Hersteltermijn', decided: 'Besloten',
};

const allowed: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  received: ['in_treatment', 'repair_period'],
  in_treatment: ['repair_period'],
  repair_period: ['in_treatment'],
  decided: [],
};

export function statusChange(from: ApplicationStatus, to: ApplicationStatus): { ok: true } | { ok: false; reason: string } {
  if (allowed[from].includes(to)) return { ok: true };
  if (from === 'decided') return { ok: false, reason: 'Op deze aanvraag is al besloten; de status verandert niet meer.' };
  if (to === 'decided') return { ok: false, reason: 'Een aanvraag is besloten zodra het besluit is vastgesteld; maak een besluit.' };
  return { ok: false, reason: `Van '${applicationStatusLabels[from]}' kan de aanvraag niet naar '${applicationStatusLabels[to]}'.` };
}

/** A repair period needs a deadline after today and a description of what is missing. */
export function checkRepairPeriod(input: { deadline: string | null; missing: string | null }, today: string): string | null {
  if (!input.deadline) return 'Geef de uiterste datum van de hersteltermijn.';
  if (input.deadline <= today) return 'De hersteltermijn moet na vandaag aflopen.';
  if (!input.missing || input.missing.trim().length < 5) return 'Beschrijf wat er ontbreekt (minstens 5 tekens), zodat de inwoner weet wat te sturen.';
  return null;
}

/** The documents checklist of an application (bewijsstukken). */
export const documentCodes = ['identity', 'bank_statements', 'rent_contract', 'income_statements', 'assets'] as const;
export type DocumentCode = (typeof documentCodes)[number];
export const documentLabels: Record<DocumentCode, string> = {
  identity: 'Geldig identiteitsbewijs',
  bank_statements: 'Bankafschriften van de laatste drie maanden',
  rent_contract: 'Huurcontract of hypotheekgegevens',
  income_statements: 'Loonstroken of andere inkomensgegevens',
  assets: 'Gegevens over vermogen (spaargeld, auto, bezittingen)',
};
