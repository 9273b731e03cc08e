// SRG (statistiek re-integratie gemeenten): one detail record per re-integration provision that ran in the month —
// every trajectory, and every placement with wage-cost subsidy, sheltered work or a job coach. docs/cbs/srg.md.
import { monthStatus, reference, yyyymmdd, type FieldSpec } from './layout.ts';

export const srgDetailLayout: FieldSpec[] = [
  { name: 'recordsoort', length: 2, format: 'N', description: '02 = detailrecord' },
  { name: 'gemeentecode', length: 4, format: 'N', description: 'CBS-gemeentecode zonder GM' },
  { name: 'verslagmaand', length: 6, format: 'N', description: 'JJJJMM' },
  { name: 'bsn', length: 9, format: 'N', description: 'BSN van de inwoner' },
  { name: 'voorzieningkenmerk', length: 12, format: 'AN', description: 'eigen kenmerk van het traject of de plaatsing in Meedoen' },
  { name: 'bron', length: 1, format: 'AN', description: 'T traject, P plaatsing' },
  { name: 'soortVoorziening', length: 3, format: 'N', description: 'code van de voorziening (zie tabel)' },
  { name: 'uitkeringssituatie', length: 1, format: 'N', description: '1 met bijstandsuitkering in de maand, 2 zonder uitkering (NUG)' },
  { name: 'begindatum', length: 8, format: 'N', description: 'JJJJMMDD' },
  { name: 'einddatum', length: 8, format: 'N', description: 'JJJJMMDD, leeg als de voorziening doorloopt' },
  { name: 'resultaat', length: 2, format: 'N', description: 'code, alleen bij een einddatum (zie tabel)' },
  { name: 'status', length: 1, format: 'AN', description: 'N nieuw in de maand, L lopend, B beëindigd in de maand' },
];

/** Our catalogue codes → provision codes. Unknown catalogue codes and maatwerk are 199. */
export const srgProvisionCodes: Record<string, string> = {
  sociale_activering: '101', maatschappelijke_participatie: '102', werkervaringsplek: '103', ontwikkeltraject: '104',
  participatieplaats: '105', beschut_werk: '106', indienstnemingssubsidie: '107', loonkostensubsidie: '108', scholing: '109',
  proefplaatsing: '110', leerwerktraject: '111', jobcoaching: '112', sw_groen: '113', sw_detachering: '114',
};
const OTHER_PROVISION = '199';

const srgOutcomeCodes: Record<string, string> = {
  paid_work: '01', higher_ladder_step: '02', other_instrument: '03', dropped_out: '04', placement_ended: '05',
};

export interface SrgItem {
  id: string; source: 'trajectory' | 'placement'; bsn: string; provision: string | null;
  startDate: string; endDate: string | null; outcome: string | null; withBenefit: boolean;
}

export function srgDetail(i: SrgItem, first: string, last: string): Record<string, string | number | null> {
  return {
    bsn: i.bsn, voorzieningkenmerk: reference(i.id), bron: i.source === 'trajectory' ? 'T' : 'P',
    soortVoorziening: (i.provision && srgProvisionCodes[i.provision]) || OTHER_PROVISION,
    uitkeringssituatie: i.withBenefit ? 1 : 2,
    begindatum: yyyymmdd(i.startDate), einddatum: yyyymmdd(i.endDate),
    resultaat: i.endDate !== null && i.outcome ? srgOutcomeCodes[i.outcome] ?? null : null,
    status: monthStatus(i.startDate, i.endDate, first, last),
  };
}
