import { euros } from '../../money.ts';
import { useApi } from '../../useApi.ts';

interface RecoverySignal { month: string; monthLabel: string; paidCents: number; dueCents: number; overpaidCents: number; foundAt: string }

/**
 * Terugvorderingssignalen (decision 0019): months already paid that a change with retroactive effect made too high.
 * Nothing was deducted; the consultant decides whether to recover. Only for roles that see amounts.
 */
export function RecoverySignals({ benefitId }: { benefitId: string }) {
  const detail = useApi<{ recoverySignals: RecoverySignal[] }>(`/benefits/${benefitId}`);
  const signals = detail.data?.recoverySignals ?? [];
  if (signals.length === 0) return null;
  const headingId = `terugvordering-${benefitId}`;
  return (
    <section aria-labelledby={headingId} className="notice" data-testid="recovery-signals">
      <h3 className="utrecht-heading-3" id={headingId}>Terugvorderingssignalen</h3>
      <p className="utrecht-paragraph">
        Door een wijziging met terugwerkende kracht is over deze maanden te veel betaald. Er is niets verrekend; beoordeel of u terugvordert.
      </p>
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">Te veel betaald per maand (inclusief vakantietoeslag)</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">Maand</th>
            <th className="utrecht-table__header-cell" scope="col">Betaald</th>
            <th className="utrecht-table__header-cell" scope="col">Recht</th>
            <th className="utrecht-table__header-cell" scope="col">Te veel</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {signals.map((s) => (
            <tr className="utrecht-table__row" key={`${s.month}-${s.foundAt}`}>
              <th className="utrecht-table__header-cell" scope="row">{s.monthLabel}</th>
              <td className="utrecht-table__cell">{euros(s.paidCents)}</td>
              <td className="utrecht-table__cell">{euros(s.dueCents)}</td>
              <td className="utrecht-table__cell">{euros(s.overpaidCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
