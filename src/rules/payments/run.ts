// The life of a payment run (betaalrun), pure: what may happen in which status, and the reconciliation.
//   running     — batches are being computed (resumable: the run row holds the cursor and the counters)
//   computed    — every benefit of the month has been computed; waiting for reconciliation
//   reconciled  — count and total recomputed from the payment rows agree with the run's own counters
//   approved    — a second person (not the one who started it) released it; only now the SEPA file exists

export type RunStatus = 'running' | 'computed' | 'reconciled' | 'approved';

export const runStatusLabels: Record<RunStatus, string> = {
  running: 'Wordt berekend', computed: 'Berekend, nog niet aangesloten', reconciled: 'Aangesloten, wacht op goedkeuring', approved: 'Goedgekeurd',
};

export interface Totals { count: number; totalCents: number }

export interface ReconciliationInput {
  recorded: Totals;          // the run's counters, added up batch by batch as payments were written
  recomputed: Totals;        // count and sum recomputed from the payment rows of the run
  unpaid: number;            // benefits due for the month with neither a payment nor a recorded exception
}

export interface Reconciliation { ok: boolean; differences: string[] }

const euro = (cents: number) => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;

/** Aansluiting: the run's own totals against the payment rows, and nobody due left out. Dutch differences. */
export function reconcile(i: ReconciliationInput): Reconciliation {
  const differences: string[] = [];
  if (i.recorded.count !== i.recomputed.count) {
    differences.push(`Aantal: de run telde ${i.recorded.count} betalingen, in de betaalregels staan er ${i.recomputed.count}.`);
  }
  if (i.recorded.totalCents !== i.recomputed.totalCents) {
    differences.push(`Totaal: de run telde ${euro(i.recorded.totalCents)}, de betaalregels tellen op tot ${euro(i.recomputed.totalCents)}.`);
  }
  if (i.unpaid > 0) {
    differences.push(`${i.unpaid} ${i.unpaid === 1 ? 'uitkering heeft' : 'uitkeringen hebben'} voor deze maand recht op betaling maar geen betaalregel en geen uitzondering.`);
  }
  return { ok: differences.length === 0, differences };
}

export type Verdict = { ok: true } | { ok: false; status: 403 | 409; reason: string };

export function mayReconcile(status: RunStatus): Verdict {
  if (status === 'computed' || status === 'reconciled') return { ok: true };
  if (status === 'running') return { ok: false, status: 409, reason: 'De run wordt nog berekend. Sluit aan als alle uitkeringen berekend zijn.' };
  return { ok: false, status: 409, reason: 'Deze run is al goedgekeurd; aansluiten kan niet meer.' };
}

/** Vier ogen: only a reconciled run, and never by the person who started it. */
export function mayApprove(run: { status: RunStatus; startedBy: string | null }, approverId: string): Verdict {
  if (run.startedBy === approverId) {
    return { ok: false, status: 403, reason: 'U heeft deze betaalrun zelf gestart. Een tweede persoon keurt hem goed (vier ogen).' };
  }
  if (run.status === 'approved') return { ok: false, status: 409, reason: 'Deze run is al goedgekeurd.' };
  if (run.status !== 'reconciled') {
    return { ok: false, status: 409, reason: 'Alleen een aangesloten run kan worden goedgekeurd. Sluit de run eerst aan (aantal en totaal).' };
  }
  return { ok: true };
}
