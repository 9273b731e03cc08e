import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { placementEndReasonLabels, placementKindLabels } from '../../../rules/placements.ts';
import { loadPlacements } from './store.ts';

/** The placements of a resident as dossier timeline entries: start, follow-up moments and end. No wages or amounts. */
export async function placementTimeline(tx: Kysely<DB>, municipalityId: string, residentId: string) {
  const { rows } = await loadPlacements(tx, municipalityId, { residentId });
  return rows.flatMap((p) => {
    const title = `Plaatsing: ${placementKindLabels[p.kind]} bij ${p.employerName}`;
    const hours = `${String(Number(p.contractHoursPerWeek)).replace('.', ',')} uur per week`;
    return [
      { date: p.startDate, kind: 'placement' as const, title, detail: `Gestart, ${hours}${p.endsBenefit ? '; uitkering beëindigd door werk' : ''}`, objectId: p.id },
      ...p.followups.map((f) => ({ date: f.followedUpOn, kind: 'placement' as const, title: `Nazorg ${p.employerName}`, detail: f.note, objectId: f.id })),
      ...(p.status === 'ended' && p.endDate ? [{
        date: p.endDate, kind: 'placement' as const, title, objectId: p.id,
        detail: `Beëindigd: ${p.endReason ? placementEndReasonLabels[p.endReason] : ''}${p.endNote ? ` — ${p.endNote}` : ''}`,
      }] : []),
    ];
  });
}
