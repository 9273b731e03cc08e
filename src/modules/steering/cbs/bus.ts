// BUS (bijstandsuitkeringenstatistiek): one detail record per benefit that ran in the month. docs/cbs/bus.md.
import { monthStatus, reference, yyyymmdd, type FieldSpec } from './layout.ts';

export const busDetailLayout: FieldSpec[] = [
  { name: 'recordsoort', length: 2, format: 'N', description: '02 = detailrecord' },
  { name: 'gemeentecode', length: 4, format: 'N', description: 'CBS-gemeentecode zonder GM' },
  { name: 'verslagmaand', length: 6, format: 'N', description: 'JJJJMM' },
  { name: 'bsn', length: 9, format: 'N', description: 'BSN van de aanvrager (hoofdontvanger)' },
  { name: 'bsnPartner', length: 9, format: 'N', description: 'BSN van de partner, leeg als er geen partner is' },
  { name: 'uitkeringskenmerk', length: 12, format: 'AN', description: 'eigen kenmerk van de uitkering in Meedoen' },
  { name: 'regeling', length: 2, format: 'N', description: '01 = Participatiewet, algemene bijstand' },
  { name: 'leefvorm', length: 1, format: 'N', description: '1 alleenstaande, 2 alleenstaande ouder, 3 paar zonder kinderen, 4 paar met kinderen' },
  { name: 'begindatum', length: 8, format: 'N', description: 'JJJJMMDD' },
  { name: 'einddatum', length: 8, format: 'N', description: 'JJJJMMDD, leeg als de uitkering doorloopt' },
  { name: 'redenBeeindiging', length: 2, format: 'N', description: 'code, alleen bij een einddatum (zie tabel)' },
  { name: 'status', length: 1, format: 'AN', description: 'N nieuw in de maand, L lopend, B beëindigd in de maand' },
];

const busEndReasonCodes: Record<string, string> = {
  work: '01', moved: '02', other_income: '03', partner_income: '04', detention: '05', death: '06', other: '99',
};

export interface BusBenefit {
  id: string; bsn: string; partnerBsn: string | null; startDate: string; endDate: string | null; endReason: string | null;
  hasPartner: boolean; children: number;
}

export function householdCode(b: Pick<BusBenefit, 'hasPartner' | 'children'>): number {
  if (b.hasPartner) return b.children > 0 ? 4 : 3;
  return b.children > 0 ? 2 : 1;
}

export function busDetail(b: BusBenefit, first: string, last: string): Record<string, string | number | null> {
  const endsInRecord = b.endDate !== null;
  return {
    bsn: b.bsn, bsnPartner: b.partnerBsn, uitkeringskenmerk: reference(b.id), regeling: 1, leefvorm: householdCode(b),
    begindatum: yyyymmdd(b.startDate), einddatum: yyyymmdd(b.endDate),
    redenBeeindiging: endsInRecord ? busEndReasonCodes[b.endReason ?? 'other'] ?? '99' : null,
    status: monthStatus(b.startDate, b.endDate, first, last),
  };
}
