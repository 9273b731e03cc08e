// The shape of GET /trajectories for a partner coach (PartnerTrajectory in src/modules/provisions/trajectories/schema.ts):
// the order and the person to guide — never a BSN, income, health or money.
export type TrajectoryStatus = 'proposed' | 'approved' | 'rejected' | 'started' | 'ended' | 'cancelled';

export interface TrajectoryReport {
  id: string; kind: 'attendance' | 'progress'; kindLabel: string; periodFrom: string; periodTo: string;
  hoursPlanned: number | null; hoursAttended: number | null; summary: string; reportedBy: string; reportedAt: string;
}

export interface PartnerTrajectory {
  id: string; version: number; status: TrajectoryStatus; statusLabel: string; title: string;
  instrument: { id: string; name: string } | null; provider: { id: string; name: string }; maatwerk: boolean;
  units: number; unit: string; unitLabel: string;
  plannedStartOn: string; plannedEndOn: string; startedOn: string | null; endedOn: string | null;
  outcome: string | null; outcomeLabel: string | null;
  reports: TrajectoryReport[];
  resident: { fullName: string; phone: string | null; email: string | null; preferredLanguage: string; contactPerson: string | null };
}

/** The order in which status groups appear: work to do first. */
export const statusOrder: TrajectoryStatus[] = ['started', 'approved', 'proposed', 'ended', 'cancelled', 'rejected'];
export const statusLabels: Record<TrajectoryStatus, string> = {
  started: 'Gestart', approved: 'Goedgekeurd, nog niet gestart', proposed: 'Voorgesteld', ended: 'Beëindigd', cancelled: 'Geannuleerd', rejected: 'Afgewezen',
};

const languages: Record<string, string> = {
  nl: 'Nederlands', en: 'Engels', de: 'Duits', fr: 'Frans', ar: 'Arabisch', tr: 'Turks', pl: 'Pools', uk: 'Oekraïens', ru: 'Russisch',
  ti: 'Tigrinya', so: 'Somalisch', fa: 'Perzisch', prs: 'Dari', ps: 'Pasjtoe', es: 'Spaans', pt: 'Portugees', ro: 'Roemeens', bg: 'Bulgaars', zgh: 'Tamazight',
};
export const languageLabel = (code: string) => languages[code.toLowerCase()] ?? code;

/** "2026-03-09" → "9-3-2026"; timestamps are shortened to their date. */
export function dutchDate(iso: string | null): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[3])}-${Number(m[2])}-${m[1]}` : iso;
}
