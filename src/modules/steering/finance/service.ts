import { sql, type Kysely } from 'kysely';
import { requireTenant } from '../../../db/tenant.ts';
import type { DB } from '../../../db/types.ts';
import { reserveFlow, reserveWarning, type ReserveYear } from '../../../rules/finance/reserve.ts';
import { basisLabels, streamLabels, type Basis, type Stream } from '../../../rules/finance/streams.ts';
import { financeYears, resultsOf, type FinanceYear } from '../../../rules/finance/table.ts';
import { euros } from '../../../rules/trajectory.ts';
import { staleVersion } from '../../../server/etag.ts';
import { badRequest } from '../../../server/problem.ts';
import { appendAuditEvent, type AuditContext } from '../../access/audit/store.ts';
import type { FinanceTableView, FinanceYearView } from './schema.ts';
import { enteredFigures, figureYears, paymentsRealised, reserveOf, trajectoryRealised } from './store.ts';

export const FINANCE_PURPOSE = 'Sturing op de financiën van het sociaal domein';
/** Streams whose realised expenditure Meedoen registers itself: benefits (payment runs) and re-integration (trajectories). */
export const STREAMS_FROM_MEEDOEN: readonly Stream[] = ['benefits', 'reintegration'];
const MAX_YEARS = 30;

const basisLabel = (b: FinanceYear['basis']) =>
  (b === null ? 'Geen cijfers' : b === 'mixed' ? 'Deels realisatie, deels begroting' : basisLabels[b]);

function noticesOf(y: FinanceYear): string[] {
  if (y.missingStreams.length === 0) return [];
  if (y.missingStreams.length === 3) return [`Voor ${y.year} zijn nog geen cijfers ingevoerd; het saldo telt als nul.`];
  return [`Voor ${y.year} zijn nog geen cijfers ingevoerd voor ${y.missingStreams.map((s) => streamLabels[s]).join(' en ')}; die tellen als nul.`];
}

function present(y: FinanceYear, line: ReserveYear | undefined): FinanceYearView {
  return {
    ...y, basisLabel: basisLabel(y.basis),
    streams: y.streams.map((c) => ({
      ...c, label: streamLabels[c.stream],
      budget: c.budget && { incomeCents: c.budget.incomeCents, expenditureCents: c.budget.expenditureCents, source: c.budget.source, version: c.budget.version },
      realised: c.realised && { incomeCents: c.realised.incomeCents, expenditureCents: c.realised.expenditureCents, source: c.realised.source, version: c.realised.version },
      meedoen: c.meedoen && { expenditureCents: c.meedoen.expenditureCents, source: c.meedoen.source },
    })),
    notices: noticesOf(y),
    reserve: line ? { ...line } : null,
    warning: line ? reserveWarning(line, euros) : null,
  };
}

/** The table from..to with the reserve, which is computed from its opening year even when that lies before `from`. */
export async function financeTable(db: Kysely<DB>, municipalityId: string, range: { from?: number; to?: number }, today: string): Promise<FinanceTableView> {
  const m = requireTenant(municipalityId);
  const [reserve, known] = await Promise.all([reserveOf(db, m), figureYears(db, m)]);
  const current = Number(today.slice(0, 4));
  const from = range.from ?? Math.min(known?.first ?? current, reserve?.openingYear ?? current);
  const to = range.to ?? Math.max(known?.last ?? current, current);
  if (from > to) throw badRequest(`Het eerste jaar (${from}) ligt na het laatste jaar (${to}).`);
  if (to - from + 1 > MAX_YEARS) throw badRequest(`Kies hoogstens ${MAX_YEARS} jaren tegelijk.`);
  const start = reserve ? Math.min(from, reserve.openingYear) : from;
  const [entered, payments, trajectories] = await Promise.all([
    enteredFigures(db, m, start, to), paymentsRealised(db, m, start, to), trajectoryRealised(db, m, start, to),
  ]);
  const years = financeYears(start, to, entered, [...payments, ...trajectories]);
  const flow = reserve
    ? reserveFlow(reserve.openingBalanceCents, years.filter((y) => y.year >= reserve.openingYear).map((y) => ({ year: y.year, results: resultsOf(y) })))
    : [];
  const shown = years.filter((y) => y.year >= from).map((y) => present(y, flow.find((l) => l.year === y.year)));
  return {
    from, to, years: shown,
    reserve: reserve
      ? { set: true, openingYear: reserve.openingYear, openingBalanceCents: reserve.openingBalanceCents, source: reserve.source, version: reserve.version }
      : { set: false, openingYear: null, openingBalanceCents: null, source: '', version: 0 },
    warning: shown.find((y) => y.warning)?.warning ?? null,
  };
}

/**
 * The finance table's years up to `to` — from the reserve's opening year or the first entered year, whichever is
 * earlier — with the reserve setting: what a forecast scenario runs against (src/rules/forecast/reserve.ts).
 */
export async function financeYearsUpTo(db: Kysely<DB>, municipalityId: string, to: number) {
  const m = requireTenant(municipalityId);
  const [reserve, known] = await Promise.all([reserveOf(db, m), figureYears(db, m)]);
  const from = Math.min(known?.first ?? to, reserve?.openingYear ?? to, to);
  const [entered, payments, trajectories] = await Promise.all([
    enteredFigures(db, m, from, to), paymentsRealised(db, m, from, to), trajectoryRealised(db, m, from, to),
  ]);
  return { years: financeYears(from, to, entered, [...payments, ...trajectories]), reserve: reserve ?? null };
}

export interface FigureKey { year: number; basis: Basis; stream: Stream }
export interface FigureInput { incomeCents: number; expenditureCents: number | null; source: string }

/** Enters or changes a budget or realised figure; If-Match version 0 for a new one. Audited in the same transaction. */
export async function setFigure(db: Kysely<DB>, ctx: AuditContext, key: FigureKey, version: number, input: FigureInput) {
  const m = requireTenant(ctx.municipalityId);
  if (input.expenditureCents === null) {
    if (key.basis === 'budget') throw badRequest('Vul de begrote uitgaven in.');
    if (!STREAMS_FROM_MEEDOEN.includes(key.stream)) {
      throw badRequest(`Meedoen registreert de uitgaven voor ${streamLabels[key.stream]} niet zelf; vul de gerealiseerde uitgaven in.`);
    }
  }
  await db.transaction().execute(async (tx) => {
    const current = await tx.selectFrom('financeFigures').select('version')
      .where('municipalityId', '=', m).where('year', '=', key.year).where('basis', '=', key.basis).where('stream', '=', key.stream)
      .forUpdate().executeTakeFirst();
    if ((current?.version ?? 0) !== version) throw staleVersion();
    const values = { ...input, updatedBy: ctx.actorUserId, updatedAt: new Date() };
    if (current) {
      await tx.updateTable('financeFigures').set({ ...values, version: sql`version + 1` })
        .where('municipalityId', '=', m).where('year', '=', key.year).where('basis', '=', key.basis).where('stream', '=', key.stream).execute();
    } else {
      await tx.insertInto('financeFigures').values({ ...values, municipalityId: m, ...key }).execute();
    }
    await appendAuditEvent(tx, ctx, {
      action: 'finance.figure.set', result: 'success', objectType: 'finance_figure', objectId: `${key.year}/${key.basis}/${key.stream}`, purpose: FINANCE_PURPOSE,
    });
  });
}

export interface ReserveInput { openingYear: number; openingBalanceCents: number; source: string }

/** Sets the opening balance of the social-domain reserve; If-Match version 0 when there is none yet. Audited. */
export async function setReserve(db: Kysely<DB>, ctx: AuditContext, version: number, input: ReserveInput) {
  const m = requireTenant(ctx.municipalityId);
  await db.transaction().execute(async (tx) => {
    const current = await tx.selectFrom('socialDomainReserves').select('version').where('municipalityId', '=', m).forUpdate().executeTakeFirst();
    if ((current?.version ?? 0) !== version) throw staleVersion();
    const values = { ...input, updatedBy: ctx.actorUserId, updatedAt: new Date() };
    if (current) {
      await tx.updateTable('socialDomainReserves').set({ ...values, version: sql`version + 1` }).where('municipalityId', '=', m).execute();
    } else {
      await tx.insertInto('socialDomainReserves').values({ ...values, municipalityId: m }).execute();
    }
    await appendAuditEvent(tx, ctx, { action: 'finance.reserve.set', result: 'success', objectType: 'social_domain_reserve', objectId: String(input.openingYear), purpose: FINANCE_PURPOSE });
  });
}
