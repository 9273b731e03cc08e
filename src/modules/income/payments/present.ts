import type { z } from 'zod';
import { formatIban } from '../../../rules/iban.ts';
import { monthLabel } from '../../../rules/payments/payment.ts';
import { runStatusLabels } from '../../../rules/payments/run.ts';
import { fullName } from '../../residents/present.ts';
import type { payslipSchema, payslipSummarySchema, runSchema } from './schema.ts';
import type { findPayment, payslipsOf, RunRow } from './store.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
export const kindLabels = { benefit: 'Bijstand', holiday_allowance: 'Vakantietoeslag', correction: 'Nabetaling' } as const;
const basisLabels = { standing: 'Uw vastgestelde situatie', report: 'Uw inkomstenopgave over deze maand' } as const;

export function presentRun(r: RunRow): z.infer<typeof runSchema> {
  const differences = r.reconciliationDifferences;  // jsonb arrives parsed
  return {
    id: r.id, month: r.month, monthLabel: monthLabel(r.month), sequence: r.sequence, status: r.status, statusLabel: runStatusLabels[r.status], version: r.version,
    progress: {
      processed: r.processedBenefits, total: r.totalBenefits,
      percent: r.totalBenefits === 0 ? 100 : Math.floor((r.processedBenefits / r.totalBenefits) * 100),
    },
    payments: { count: r.paymentCount, totalCents: Number(r.paymentTotalCents) }, exceptionCount: r.exceptionCount,
    plannedPayDate: r.plannedPayDate, executionDate: r.executionDate,
    holidayPayoutMonth: r.holidayPayoutMonth, paysHolidayAllowance: Number(r.month.slice(5)) === r.holidayPayoutMonth,
    startedBy: r.startedByName ?? r.startedVia, startedById: r.startedBy, startedAt: iso(r.startedAt)!, computedAt: iso(r.computedAt),
    reconciliation: r.reconciledAt === null ? null : {
      ok: differences?.length === 0, by: r.reconciledByName ?? 'opdrachtregel', at: iso(r.reconciledAt)!,
      count: r.reconciledCount ?? 0, totalCents: Number(r.reconciledTotalCents ?? 0), differences: differences ?? [],
    },
    approvedBy: r.approvedByName, approvedById: r.approvedBy, approvedAt: iso(r.approvedAt), lastError: r.status === 'running' ? r.lastError : null,
  };
}

type SummaryRow = Awaited<ReturnType<typeof payslipsOf>>[number];
export function presentPayslipSummary(p: SummaryRow): z.infer<typeof payslipSummarySchema> {
  return {
    id: p.id, month: p.month, monthLabel: monthLabel(p.month), kind: p.kind, kindLabel: kindLabels[p.kind], amountCents: Number(p.amountCents),
    paid: p.runStatus === 'approved', payDate: p.executionDate ?? p.plannedPayDate,
  };
}

type PaymentRow = NonNullable<Awaited<ReturnType<typeof findPayment>>>;
export function presentPayslip(p: PaymentRow): z.infer<typeof payslipSchema> {
  return {
    ...presentPayslipSummary(p),
    resident: { fullName: fullName(p) }, iban: formatIban(p.iban), accountHolder: p.accountHolder, endToEndId: p.endToEndId,
    basis: p.basis, basisLabel: basisLabels[p.basis],
    table: { id: p.tableId, validFrom: p.tableValidFrom, source: p.tableSource },
    lines: p.lines,
  };
}
