import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field, today } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { euros } from '../../money.ts';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { formatDate, type List, type PaymentRun } from './types.ts';

/** The municipality's payment runs; an income consultant starts the run of a month here. */
export function RunsPage() {
  const { user } = useSession();
  const runs = useApi<List<PaymentRun>>('/payment-runs');
  return (
    <Page title="Betalingen">
      <h1 className="utrecht-heading-1">Betalingen</h1>
      <p className="utrecht-paragraph">
        Elke maand berekent de betaalrun de bijstand van iedereen met een actieve uitkering. Daarna sluit een consulent inkomen de run aan
        (aantal en totaal), keurt een tweede persoon hem goed (vier ogen) en komt het SEPA-bestand voor de bank vrij.
        Zie ook <Link className="utrecht-link" to="/inkomen/controles">controle achteraf</Link>.
      </p>
      {user?.role === 'income_consultant' && <StartRun />}
      <section aria-labelledby="runs-kop">
        <h2 className="utrecht-heading-2" id="runs-kop">Betaalruns</h2>
        {runs.error && <ErrorMessage error={runs.error} />}
        {!runs.data && !runs.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
        {runs.data && runs.data.items.length === 0 && <p className="utrecht-paragraph">Er zijn nog geen betaalruns.</p>}
        {runs.data && runs.data.items.length > 0 && (
          <div className="table-scroll">
            <table className="utrecht-table">
              <caption className="utrecht-table__caption">Betaalruns, nieuwste maand eerst</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Maand</th>
                  <th scope="col" className="utrecht-table__header-cell">Status</th>
                  <th scope="col" className="utrecht-table__header-cell numeric">Berekend</th>
                  <th scope="col" className="utrecht-table__header-cell numeric">Betalingen</th>
                  <th scope="col" className="utrecht-table__header-cell numeric">Totaal</th>
                  <th scope="col" className="utrecht-table__header-cell">Betaaldatum</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {runs.data.items.map((r) => (
                  <tr key={r.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell">
                      <Link className="utrecht-link" to={`/inkomen/betalingen/runs/${r.id}`}>{r.monthLabel}{r.sequence > 1 ? ` (aanvullend ${r.sequence})` : ''}</Link>
                    </td>
                    <td className="utrecht-table__cell">{r.statusLabel}</td>
                    <td className="utrecht-table__cell numeric">{r.progress.processed} van {r.progress.total}</td>
                    <td className="utrecht-table__cell numeric">{r.payments.count}</td>
                    <td className="utrecht-table__cell numeric">{euros(r.payments.totalCents)}</td>
                    <td className="utrecht-table__cell">{formatDate(r.executionDate ?? r.plannedPayDate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Page>
  );
}

function StartRun() {
  const [month, setMonth] = useState(today().slice(0, 7));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true); setError(null);
    try {
      const run = await api<PaymentRun>('/payment-runs', { method: 'POST', json: { month } });
      navigate(`/inkomen/betalingen/runs/${run.id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err.detail : 'Starten lukt nu niet.');
      setBusy(false);
    }
  }
  return (
    <section aria-labelledby="start-kop">
      <h2 className="utrecht-heading-2" id="start-kop">Betaalrun starten</h2>
      <form className="inline-form" onSubmit={submit} aria-labelledby="start-kop">
        <Field id="run-maand" label="Maand" hint="Loopt er voor deze maand al een run, dan gaat die verder waar hij was.">
          <input id="run-maand" type="month" className="utrecht-textbox" required value={month} aria-describedby="run-maand-hint"
            onChange={(e) => setMonth(e.target.value)} />
        </Field>
        <div className="utrecht-form-field">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>Betaalrun starten</button>
        </div>
      </form>
      <Feedback error={error} done={null} />
    </section>
  );
}
