import type { Kysely } from 'kysely';
import { appVersion } from '../../../config.ts';
import type { DB } from '../../../db/types.ts';
import { firstDay, lastDay } from '../../../rules/dashboards/periods.ts';
import { appendAuditEvent, type AuditContext } from '../../access/audit/store.ts';
import { busDetail, busDetailLayout } from './bus.ts';
import { deliveryFile, municipalityNumber, yyyymm } from './layout.ts';
import { srgDetail, srgDetailLayout } from './srg.ts';
import { benefitsInMonth, municipalityCbs, provisionsInMonth } from './store.ts';

export const cbsKinds = ['bus', 'srg'] as const;
export type CbsKind = (typeof cbsKinds)[number];

/** Every export is audited with this purpose: the file holds BSNs, which only a statutory delivery justifies. */
const cbsPurposes: Record<CbsKind, string> = {
  bus: 'Wettelijke maandlevering aan het CBS: bijstandsuitkeringenstatistiek (BUS)',
  srg: 'Wettelijke maandlevering aan het CBS: statistiek re-integratie gemeenten (SRG)',
};

export interface CbsExport { fileName: string; content: string; records: number; residents: number }

/**
 * The delivery of one municipality for one month, read and audited in one transaction: the audit row names every
 * resident in the file, so each of them can see that their data went to the CBS, and the file exists only if the
 * row was written.
 */
export async function cbsExport(db: Kysely<DB>, ctx: AuditContext, kind: CbsKind, month: string, today: string): Promise<CbsExport> {
  const first = firstDay(month);
  const last = lastDay(month);
  return db.transaction().execute(async (tx) => {
    const municipality = await municipalityCbs(tx, ctx.municipalityId);
    const delivery = { statistic: kind === 'bus' ? 'BUS' as const : 'SRG' as const, cbsCode: municipality.cbsCode, month, createdOn: today, software: `MEEDOEN ${appVersion}` };
    let content: string;
    let records: number;
    let residentIds: string[];
    if (kind === 'bus') {
      const benefits = await benefitsInMonth(tx, ctx.municipalityId, first, last);
      content = deliveryFile(delivery, busDetailLayout, benefits.map((b) => busDetail(b, first, last)));
      records = benefits.length;
      residentIds = benefits.flatMap((b) => b.residentIds);
    } else {
      const items = await provisionsInMonth(tx, ctx.municipalityId, first, last);
      content = deliveryFile(delivery, srgDetailLayout, items.map((i) => srgDetail(i, first, last)));
      records = items.length;
      residentIds = items.map((i) => i.residentId);
    }
    const unique = [...new Set(residentIds)];
    const fileName = `${delivery.statistic}_GM${municipalityNumber(municipality.cbsCode)}_${yyyymm(month)}.txt`;
    await appendAuditEvent(tx, ctx, {
      action: `cbs_export.${kind}`, result: 'success', residentIds: unique, objectType: 'cbs_delivery', objectId: `${delivery.statistic} ${month}`, purpose: cbsPurposes[kind],
    });
    return { fileName, content, records, residents: unique.length };
  });
}
