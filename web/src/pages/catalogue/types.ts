// Shapes of GET /instruments and GET /providers (src/modules/provisions/catalogue/schema.ts).
export type CapacityPeriod = 'month' | 'quarter' | 'year';
export type Unit = 'hour' | 'day' | 'week' | 'month' | 'trajectory';

export interface Offer {
  id: string; version: number; instrumentId: string; provider: { id: string; name: string }; contractId: string | null;
  unitPriceCents: number; capacity: number; capacityPeriod: CapacityPeriod; expectedWaitDays: number;
  activeFrom: string; activeUntil: string | null; active: boolean; inUse: number;
}
export interface Labelled { code: string; label: string }
export interface Instrument {
  id: string; version: number; code: string; name: string; description: string; legalBasis: string; unit: Unit; unitLabel: string;
  targetGroups: Labelled[]; needs: Labelled[]; activeFrom: string; activeUntil: string | null; active: boolean; offers: Offer[];
}
export interface Contract { id: string; version: number; reference: string; description: string; startsOn: string; endsOn: string | null }
export interface Provider {
  id: string; version: number; name: string; providerType: string | null; providerTypeLabel: string; kvkNumber: string | null;
  contactEmail: string | null; description: string; contracts: Contract[]; offers: (Offer & { instrumentName: string })[];
  coaches: { id: string; username: string; displayName: string; active: boolean }[];
}
export interface List<T> { items: T[] }

export const units: Record<Unit, string> = { hour: 'uur', day: 'dag', week: 'week', month: 'maand', trajectory: 'traject' };
export const periods: Record<CapacityPeriod, string> = { month: 'per maand', quarter: 'per kwartaal', year: 'per jaar' };

/** "2026-03-09" → "9-3-2026". */
export function dutchDate(iso: string | null): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[3])}-${Number(m[2])}-${m[1]}` : iso;
}
export const validity = (from: string, until: string | null) => (until ? `${dutchDate(from)} tot en met ${dutchDate(until)}` : `vanaf ${dutchDate(from)}`);
export const days = (n: number) => (n === 1 ? '1 dag' : `${n} dagen`);
