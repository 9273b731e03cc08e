// The shapes of GET /finance and /finance/{year} (src/modules/steering/finance/schema.ts). Amounts in whole cents.
export type Stream = 'benefits' | 'reintegration' | 'sheltered_employment';
export type Basis = 'budget' | 'realised';
export const streamOrder: Stream[] = ['benefits', 'reintegration', 'sheltered_employment'];
export const streamShort: Record<Stream, string> = { benefits: 'BUIG', reintegration: 're-integratie', sheltered_employment: 'SW' };
export const streamLabels: Record<Stream, string> = {
  benefits: 'Uitkeringen (BUIG)', reintegration: 'Re-integratie (participatiebudget)', sheltered_employment: 'Sociale werkvoorziening (Wsw)',
};

interface Entered { incomeCents: number; expenditureCents: number | null; source: string; version: number }
export interface StreamCell {
  stream: Stream; label: string; basis: Basis | null; incomeCents: number; expenditureCents: number; resultCents: number;
  expenditureFrom: 'entered' | 'meedoen' | null; budget: Entered | null; realised: Entered | null;
  meedoen: { expenditureCents: number; source: string } | null;
}
export interface ReserveLine {
  openingCents: number; returnedCents: number; deficitCents: number; fromReserveCents: number; fromGeneralFundsCents: number; closingCents: number;
  shelteredFence: { deficitCents: number; fromReserveCents: number; fromGeneralFundsCents: number }; exhausted: boolean;
}
export interface FinanceYear {
  year: number; basis: Basis | 'mixed' | null; basisLabel: string; streams: StreamCell[];
  incomeCents: number; expenditureCents: number; balanceCents: number; missingStreams: Stream[]; notices: string[];
  reserve: ReserveLine | null; warning: string | null;
}
export interface ReserveSetting { set: boolean; openingYear: number | null; openingBalanceCents: number | null; source: string; version: number }
export interface FinanceTable { from: number; to: number; years: FinanceYear[]; reserve: ReserveSetting; warning: string | null }
