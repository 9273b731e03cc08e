import { sql, type Insertable, type Kysely } from 'kysely';
import { requireTenant } from '../../../db/tenant.ts';
import type { BenefitPaymentsTable, BenefitRetroDifferencesTable, BenefitSituation, DB } from '../../../db/types.ts';
import { CalculationRefused } from '../../../rules/benefit/norm.ts';
import { tableValidOn, type BenefitRuleTable } from '../../../rules/benefit/tables.ts';
import { monthLabel, paymentsForMonth } from '../../../rules/payments/payment.ts';
import { endToEndId } from '../../../rules/payments/sepa.ts';
import { incomeReportsFor, releaseMonthsBefore, type DueBenefit } from './store.ts';

// Changes reaching back (decision 0019): a dated situation recorded after a month was paid in an approved run, and
// valid for that month. The run that next pays the benefit recomputes the month on it: underpaid → a correction
// payment (nabetaling) in this run; overpaid → a recovery signal for the consultant, nothing deducted.

export const CORRECTION_ARTICLE = 'art. 43 lid 1 Participatiewet (het college stelt het recht op bijstand vast); wijziging met terugwerkende kracht';

interface Candidate {
  benefitId: string; month: string; paidGross: number; corrected: number; situationId: string; situation: BenefitSituation;
  startDate: string; endDate: string | null;
}

/** Months of these benefits paid in an approved run whose valid situation was recorded after that payment, not yet looked at. */
async function candidates(db: Kysely<DB>, municipalityId: string, benefitIds: string[], before: string): Promise<Candidate[]> {
  if (benefitIds.length === 0) return [];
  const m = requireTenant(municipalityId);
  const rows = await sql<Record<string, unknown>>`
    SELECT p.benefit_id, p.month, p.amount_cents + p.holiday_reserved_cents AS paid_gross, s.id AS situation_id, s.situation,
           to_char(b.start_date, 'YYYY-MM-DD') AS start_date, to_char(b.end_date, 'YYYY-MM-DD') AS end_date,
           coalesce((SELECT sum(x.due_cents - x.paid_cents) FROM benefit_retro_differences x
                     WHERE x.benefit_id = p.benefit_id AND x.month = p.month AND x.outcome = 'correction'), 0) AS corrected
    FROM benefit_payments p
    JOIN payment_runs r ON r.id = p.run_id AND r.status = 'approved'
    JOIN benefits b ON b.id = p.benefit_id
    JOIN LATERAL (SELECT s.id, s.situation, s.created_at FROM benefit_situations s
                  WHERE s.benefit_id = p.benefit_id AND s.valid_from <= greatest(b.start_date, (p.month || '-01')::date)
                  ORDER BY s.valid_from DESC, s.created_at DESC LIMIT 1) s ON true
    WHERE p.municipality_id = ${m} AND p.kind = 'benefit' AND p.month < ${before}
      AND p.benefit_id IN (${sql.join(benefitIds)}) AND s.created_at > p.created_at
      AND NOT EXISTS (SELECT 1 FROM benefit_retro_differences x WHERE x.benefit_id = p.benefit_id AND x.month = p.month AND x.situation_id = s.id)
    ORDER BY p.benefit_id, p.month`.execute(db);
  return rows.rows.map((r) => ({
    benefitId: String(r.benefitId), month: String(r.month), paidGross: Number(r.paidGross), corrected: Number(r.corrected),
    situationId: String(r.situationId), situation: r.situation as BenefitSituation, startDate: String(r.startDate), endDate: r.endDate === null ? null : String(r.endDate),
  }));
}

/** What the month is due now, gross (paid + reserved), with its lines; null when the calculation refuses. */
async function dueNow(db: Kysely<DB>, municipalityId: string, tables: BenefitRuleTable[], c: Candidate) {
  const table = tableValidOn(tables, `${c.month}-01`);
  if (!table) return null;
  const { reports, giftsEarlier } = await incomeReportsFor(db, municipalityId, [c.benefitId], c.month);
  const used = await releaseMonthsBefore(db, municipalityId, [c.benefitId], c.month);
  try {
    const [p] = paymentsForMonth({
      table, month: c.month, payoutMonth: 0, reservedEarlier: [], releaseMonthsUsed: used.get(c.benefitId),
      benefit: { id: c.benefitId, startDate: c.startDate, endDate: c.endDate, situation: c.situation },
      report: reports.get(c.benefitId) ?? null, giftsEarlierFromReports: reports.has(c.benefitId) ? (giftsEarlier.get(c.benefitId) ?? 0) : null,
    });
    return { gross: p.amountCents + p.holidayReservedCents, lines: p.lines };
  } catch (error) {
    if (error instanceof CalculationRefused) return null;
    throw error;
  }
}

const euro = (cents: number) => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;

/** The correction payments and the differences (corrections, recovery signals, none) of a batch. */
export async function retroDifferences(db: Kysely<DB>, run: { id: string; municipalityId: string; month: string }, tableId: string,
  batch: DueBenefit[], tables: BenefitRuleTable[]) {
  const payments: Insertable<BenefitPaymentsTable>[] = [];
  const differences: Insertable<BenefitRetroDifferencesTable>[] = [];
  const found = await candidates(db, run.municipalityId, batch.map((b) => b.id), run.month);
  for (const b of batch) {
    const lines: { code: string; label: string; article: string; amountCents: number }[] = [];
    for (const c of found.filter((x) => x.benefitId === b.id)) {
      const due = await dueNow(db, run.municipalityId, tables, c);
      if (!due) continue;
      const paid = c.paidGross + c.corrected;
      const outcome = due.gross > paid ? 'correction' : due.gross < paid ? 'recovery_signal' : 'none';
      differences.push({
        municipalityId: run.municipalityId, benefitId: b.id, month: c.month, situationId: c.situationId, runId: run.id,
        paidCents: paid, dueCents: due.gross, outcome, lines: JSON.stringify(due.lines),
      });
      if (outcome === 'correction') {
        lines.push({
          code: 'correction', article: CORRECTION_ARTICLE, amountCents: due.gross - paid,
          label: `Nabetaling over ${monthLabel(c.month)}: recht ${euro(due.gross)}, betaald ${euro(paid)} (inclusief vakantietoeslag)`,
        });
      }
    }
    if (lines.length === 0) continue;
    payments.push({
      municipalityId: run.municipalityId, runId: run.id, benefitId: b.id, month: run.month, kind: 'correction',
      amountCents: lines.reduce((s, l) => s + l.amountCents, 0), holidayReservedCents: 0, basis: 'standing', tableId,
      lines: JSON.stringify(lines), iban: b.iban, accountHolder: b.accountHolder, endToEndId: endToEndId(b.id, run.month, 'correction'),
    });
  }
  return { payments, differences };
}
