import { sql, type Kysely } from 'kysely';
import { requireTenant } from '../../../db/tenant.ts';
import type { DB } from '../../../db/types.ts';
import type { EnteredFigure, OwnRealised } from '../../../rules/finance/table.ts';
import { budgetPosition, euros } from '../../../rules/trajectory.ts';

// Finance figures, the reserve setting and Meedoen's own realised figures. Every query is tenant-filtered.

export async function enteredFigures(db: Kysely<DB>, municipalityId: string, from: number, to: number): Promise<EnteredFigure[]> {
  const rows = await db.selectFrom('financeFigures').select(['year', 'stream', 'basis', 'incomeCents', 'expenditureCents', 'source', 'version'])
    .where('municipalityId', '=', requireTenant(municipalityId)).where('year', '>=', from).where('year', '<=', to).execute();
  return rows.map((r) => ({ ...r, incomeCents: Number(r.incomeCents), expenditureCents: r.expenditureCents === null ? null : Number(r.expenditureCents) }));
}

/** The first and last year with entered figures, or null. */
export async function figureYears(db: Kysely<DB>, municipalityId: string) {
  const row = await db.selectFrom('financeFigures').select((eb) => [eb.fn.min('year').as('first'), eb.fn.max('year').as('last')])
    .where('municipalityId', '=', requireTenant(municipalityId)).executeTakeFirst();
  return row?.first == null ? null : { first: Number(row.first), last: Number(row.last) };
}

export async function reserveOf(db: Kysely<DB>, municipalityId: string) {
  const row = await db.selectFrom('socialDomainReserves').select(['openingYear', 'openingBalanceCents', 'source', 'version'])
    .where('municipalityId', '=', requireTenant(municipalityId)).executeTakeFirst();
  return row && { ...row, openingBalanceCents: Number(row.openingBalanceCents) };
}

/**
 * Re-integration realised according to Meedoen: per budget year, the realised cost of ended trajectories (the same
 * arithmetic as the re-integration budget, src/rules/trajectory.ts). Only years to which trajectories are charged.
 */
export async function trajectoryRealised(db: Kysely<DB>, municipalityId: string, from: number, to: number): Promise<OwnRealised[]> {
  const rows = await db.selectFrom('trajectories').select(['budgetYear', 'status', 'amountCents', 'realisedCents'])
    .where('municipalityId', '=', requireTenant(municipalityId)).where('budgetYear', '>=', from).where('budgetYear', '<=', to).execute();
  const years = [...new Set(rows.map((r) => r.budgetYear))].sort();
  return years.map((year) => {
    const items = rows.filter((r) => r.budgetYear === year);
    const p = budgetPosition(0, items.map((t) => ({ status: t.status, amountCents: Number(t.amountCents), realisedCents: t.realisedCents === null ? null : Number(t.realisedCents) })));
    const ended = items.filter((t) => t.status === 'ended').length;
    return {
      year, stream: 'reintegration' as const, expenditureCents: p.realisedCents,
      source: `Meedoen: werkelijke kosten van ${ended} beëindigde ${ended === 1 ? 'traject' : 'trajecten'}; daarnaast ${euros(p.committedCents)} verplicht in lopende trajecten`,
    };
  });
}

/**
 * Benefits (BUIG) realised according to Meedoen: what approved payment runs paid out in the year's months — the
 * monthly benefits and the holiday allowance paid out (cash basis; the reserved 5% counts when it is paid).
 * Runs not yet approved have paid nothing. Only years with such payments.
 */
export async function paymentsRealised(db: Kysely<DB>, municipalityId: string, from: number, to: number): Promise<OwnRealised[]> {
  const m = requireTenant(municipalityId);
  const year = sql<string>`substring(p.month, 1, 4)`;
  const rows = await db.selectFrom('benefitPayments as p').innerJoin('paymentRuns as r', 'r.id', 'p.runId')
    .select([year.as('year'), (eb) => eb.fn.sum<number>('p.amountCents').as('cents'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('p.municipalityId', '=', m).where('r.municipalityId', '=', m).where('r.status', '=', 'approved')
    .where('p.month', '>=', `${from}-01`).where('p.month', '<=', `${to}-12`)
    .groupBy(year).orderBy(year).execute();
  return rows.map((r) => ({
    year: Number(r.year), stream: 'benefits' as const, expenditureCents: Number(r.cents),
    source: `Meedoen: ${Number(r.n)} ${Number(r.n) === 1 ? 'betaling' : 'betalingen'} in goedgekeurde betaalruns`,
  }));
}
