import type { Kysely } from 'kysely';
import { requireTenant } from '../../../db/tenant.ts';
import type { DB } from '../../../db/types.ts';
import type { DeadlineRule } from '../../../rules/reports/deadlines.ts';
import type { ReportKind } from '../../../rules/reports/periods.ts';

// Council reports of one municipality. Every query is tenant-filtered.
const columns = [
  'r.id', 'r.kind', 'r.period', 'r.edition', 'r.correctionReason', 'r.status', 'r.narrative', 'r.pdfSha256',
  'r.createdAt', 'r.updatedAt', 'r.publishedAt', 'r.version', 'p.displayName as publishedByName',
] as const;

function base(db: Kysely<DB>, municipalityId: string) {
  return db.selectFrom('councilReports as r').leftJoin('users as p', 'p.id', 'r.publishedBy')
    .where('r.municipalityId', '=', requireTenant(municipalityId));
}

export async function listReports(db: Kysely<DB>, municipalityId: string, kind?: ReportKind) {
  let q = base(db, municipalityId).select(columns);
  if (kind) q = q.where('r.kind', '=', kind);
  return q.orderBy('r.kind').orderBy('r.period', 'desc').orderBy('r.edition', 'desc').execute();
}

/** One report with its snapshot (published) but without the PDF bytes. */
export async function findReport(db: Kysely<DB>, municipalityId: string, id: string) {
  return base(db, municipalityId).select([...columns, 'r.snapshot']).where('r.id', '=', id).executeTakeFirst();
}
export type ReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;

export async function publishedPdf(db: Kysely<DB>, municipalityId: string, id: string) {
  const row = await db.selectFrom('councilReports').select(['pdf', 'pdfSha256'])
    .where('municipalityId', '=', requireTenant(municipalityId)).where('id', '=', id).where('status', '=', 'published').executeTakeFirst();
  return row?.pdf ? { pdf: Buffer.from(row.pdf), sha256: row.pdfSha256! } : null;
}

/** The editions of a period: the highest edition, and whether a draft is open. */
export async function editionsOf(db: Kysely<DB>, municipalityId: string, kind: ReportKind, period: string) {
  return db.selectFrom('councilReports').select(['edition', 'status'])
    .where('municipalityId', '=', requireTenant(municipalityId)).where('kind', '=', kind).where('period', '=', period).execute();
}

export async function municipalityName(db: Kysely<DB>, municipalityId: string) {
  return (await db.selectFrom('municipalities').select('name').where('id', '=', requireTenant(municipalityId)).executeTakeFirstOrThrow()).name;
}

/** The editions of a period with their ids, newest first. */
export async function periodEditions(db: Kysely<DB>, municipalityId: string, kind: ReportKind, period: string) {
  return db.selectFrom('councilReports').select(['id', 'edition', 'status'])
    .where('municipalityId', '=', requireTenant(municipalityId)).where('kind', '=', kind).where('period', '=', period)
    .orderBy('edition', 'desc').execute();
}

/** The versioned due-date rules of council reports (national data, migration 0023). */
export async function deadlineRules(db: Kysely<DB>): Promise<DeadlineRule[]> {
  const rows = await db.selectFrom('councilReportDeadlineRules').select(['validFrom', 'planDueMonth', 'planDueDay', 'quarterlyDueDays', 'warningDays', 'source']).execute();
  return rows.map((r) => ({ ...r, validFrom: String(r.validFrom).slice(0, 10) }));
}
