// Concrete signals for checks afterwards (controle achteraf): facts about the money, never about who someone is.
// A signal is a labelled reason of its own, next to the random sample.

export interface IncomeFigures { applicantEarningsCents: number; partnerEarningsCents: number; otherIncomeCents: number; giftsCents: number }

export const signalLabels = { income_report_differs: 'Inkomstenopgave wijkt af van de vastgestelde situatie' } as const;
export type SignalCode = keyof typeof signalLabels;

const euro = (cents: number) => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;

/** The Dutch detail when a month's reported income differs from the standing situation; null when it matches. */
export function incomeReportDiffers(standing: IncomeFigures, reported: IncomeFigures): string | null {
  const parts: [string, keyof IncomeFigures][] = [
    ['inkomsten uit arbeid aanvrager', 'applicantEarningsCents'], ['inkomsten uit arbeid partner', 'partnerEarningsCents'],
    ['overig inkomen', 'otherIncomeCents'], ['giften', 'giftsCents'],
  ];
  const differences = parts.filter(([, key]) => standing[key] !== reported[key])
    .map(([label, key]) => `${label}: opgegeven ${euro(reported[key])}, vastgesteld ${euro(standing[key])}`);
  return differences.length ? `Inkomstenopgave wijkt af — ${differences.join('; ')}.` : null;
}
