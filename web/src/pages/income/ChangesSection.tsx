import { Fragment, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field } from '../../forms.tsx';
import { ErrorMessage } from '../../layout/Layout.tsx';
import { euros } from '../../money.ts';
import { useApi } from '../../useApi.ts';
import { formatDate, formatMonth, type HouseholdReport, type IncomeReport, type List, type MonthComparison } from './types.ts';

/** Changes residents reported, each with its recalculation; the consultant turns one into a change decision. */
export function ChangesSection({ onDecided }: { onDecided: () => void }) {
  const income = useApi<List<IncomeReport>>('/benefit-income-reports?status=received');
  const household = useApi<List<HouseholdReport>>('/benefit-household-reports?status=received');
  const reload = () => { income.reload(); household.reload(); onDecided(); };
  const count = (income.data?.items.length ?? 0) + (household.data?.items.length ?? 0);
  return (
    <section aria-labelledby="wijzigingen">
      <h2 className="utrecht-heading-2" id="wijzigingen">Doorgegeven wijzigingen</h2>
      {(income.error || household.error) && <ErrorMessage error={(income.error ?? household.error)!} />}
      {income.data && household.data && count === 0 && <p className="utrecht-paragraph">Er wachten geen wijzigingen op verwerking.</p>}
      <ul className="record-list">
        {income.data?.items.map((r) => (
          <ChangeItem key={r.id} id={r.id} title={`Inkomsten ${formatMonth(r.month)} van ${r.residentName}`} rows={r.recalculation} problem={r.recalculationProblem}
            facts={[['Inkomsten uit werk', euros(r.earningsApplicantCents ?? 0)], ['Inkomsten partner', euros(r.earningsPartnerCents ?? 0)],
              ['Ander inkomen', euros(r.otherIncomeCents ?? 0)], ['Giften', euros(r.giftsCents ?? 0)], ['Toelichting', r.note || '—']]}
            decision={{ kind: 'change', benefitId: r.benefitId, incomeReportId: r.id }}
            reasoning={`U heeft uw inkomsten over ${formatMonth(r.month)} doorgegeven. Wij hebben uw bijstand over die maand daarmee opnieuw berekend.`} onDecided={reload} />
        ))}
        {household.data?.items.map((r) => (
          <ChangeItem key={r.id} id={r.id} title={`Nieuwe huisgenoot bij ${r.residentName}`} rows={r.recalculation} problem={r.recalculationProblem}
            facts={[['Sinds', formatDate(r.effectiveDate)], ['Huisgenoot', `${r.givenNames}, geboren ${formatDate(r.birthDate)}`], ['Deelt kosten', r.sharesCosts ? 'Ja' : 'Nee'], ['Toelichting', r.note || '—']]}
            decision={{ kind: 'change', benefitId: r.benefitId, householdReportId: r.id }}
            reasoning={`Er woont sinds ${formatDate(r.effectiveDate)} een huisgenoot bij u. Wij hebben uw bijstand vanaf die datum opnieuw berekend.`} onDecided={reload} />
        ))}
      </ul>
    </section>
  );
}

function ChangeItem({ id, title, facts, rows, problem, decision, reasoning: initial, onDecided }: {
  id: string; title: string; facts: [string, string][]; rows: MonthComparison[] | null; problem: string | null;
  decision: object; reasoning: string; onDecided: () => void;
}) {
  const [reasoning, setReasoning] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = `wijziging-${id}`;
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true); setError(null);
    try {
      await api('/benefit-decisions', { method: 'POST', json: { ...decision, reasoning } });
      onDecided();
    } catch (err) {
      setError(err instanceof ApiError ? err.detail : 'Opslaan lukt nu niet.');
      setBusy(false);
    }
  }
  return (
    <li aria-labelledby={titleId} data-testid="change-report">
      <h3 className="utrecht-heading-3" id={titleId}>{title}</h3>
      <dl className="facts">{facts.map(([k, v]) => <Fragment key={k}><dt>{k}</dt><dd>{v}</dd></Fragment>)}</dl>
      {problem && <p className="utrecht-paragraph notice">{problem}</p>}
      {rows && (
        <div className="table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">Herberekening per maand</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Maand</th>
                <th scope="col" className="utrecht-table__header-cell numeric">Nu</th>
                <th scope="col" className="utrecht-table__header-cell numeric">Nieuw</th>
                <th scope="col" className="utrecht-table__header-cell numeric">Verschil</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rows.map((m) => (
                <tr key={m.month} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">{formatMonth(m.month)}</th>
                  <td className="utrecht-table__cell numeric">{euros(m.currentCents)}</td>
                  <td className="utrecht-table__cell numeric">{euros(m.proposedCents)}</td>
                  <td className={`utrecht-table__cell numeric${m.differenceCents < 0 ? ' amount-negative' : ''}`}>{euros(m.differenceCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="trajectory-form" onSubmit={(e) => void submit(e)} aria-labelledby={titleId}>
        <Field id={`${titleId}-motivering`} label="Motivering van het wijzigingsbesluit">
          <textarea id={`${titleId}-motivering`} className="utrecht-textarea" maxLength={5000} value={reasoning} onChange={(e) => setReasoning(e.target.value)} />
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy || !rows} aria-describedby={titleId}>Wijzigingsbesluit vastleggen</button>
        <Feedback error={error} done={null} />
      </form>
    </li>
  );
}
