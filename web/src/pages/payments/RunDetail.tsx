import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../../api.ts';
import { Feedback } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { euros } from '../../money.ts';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { formatDate, type PaymentRun, type PaymentRunDetail, type RunPayment } from './types.ts';

const monthNames = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** One run: live progress while it computes, then reconcile (income consultant), approve (a second person), download SEPA. */
export function RunDetailPage() {
  const { runId } = useParams();
  const { user } = useSession();
  const { data: run, error, reload } = useApi<PaymentRunDetail>(`/payment-runs/${runId}`);
  const running = run?.status === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(reload, 1000);
    return () => clearInterval(timer);
  }, [running, reload]);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function act(work: () => Promise<PaymentRun>, done: (r: PaymentRun) => string) {
    setBusy(true); setActionError(null); setMessage(null);
    try { setMessage(done(await work())); reload(); } catch (e) {
      setActionError(e instanceof ApiError ? (e.status === 412 ? `${e.detail} Laad de pagina opnieuw.` : e.detail) : 'Dat lukt nu niet.');
    } finally { setBusy(false); }
  }
  const reconcile = () => act(() => api<PaymentRun>(`/payment-runs/${runId}/reconciliation`, { method: 'POST' }),
    (r) => (r.status === 'reconciled' ? 'De run is aangesloten: aantal en totaal kloppen. Een tweede persoon kan hem nu goedkeuren.' : 'De aansluiting klopt niet; zie de verschillen.'));
  const approve = (r: PaymentRun) => act(() => api<PaymentRun>(`/payment-runs/${runId}/approval`, { method: 'POST', ifMatch: `"v${r.version}"` }),
    (a) => `De run is goedgekeurd; uitvoeringsdatum ${formatDate(a.executionDate)}. Het SEPA-bestand staat klaar.`);

  const title = run ? `Betaalrun ${run.monthLabel}` : 'Betaalrun';
  return (
    <Page title={title}>
      <p className="utrecht-paragraph"><Link className="utrecht-link" to="/inkomen/betalingen">← Alle betaalruns</Link></p>
      <h1 className="utrecht-heading-1">{title}{run && run.sequence > 1 ? ` (aanvullende run ${run.sequence})` : ''}</h1>
      {error && <ErrorMessage error={error} />}
      {!run && !error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {run && (
        <>
          <section aria-labelledby="voortgang-kop">
            <h2 className="utrecht-heading-2" id="voortgang-kop">Voortgang</h2>
            <label className="utrecht-form-label" htmlFor="run-voortgang">Berekende uitkeringen</label>
            <progress id="run-voortgang" className="run-progress" max={Math.max(run.progress.total, 1)} value={run.progress.processed}>{run.progress.percent}%</progress>
            <p className="utrecht-paragraph" role="status" aria-live="polite" data-testid="run-progress">
              {run.progress.processed} van {run.progress.total} uitkeringen berekend ({run.progress.percent}%) — <strong data-testid="run-status">{run.statusLabel}</strong>
            </p>
            {run.lastError && <div className="utrecht-alert utrecht-alert--warning" role="alert"><p className="utrecht-paragraph">Onderbroken: {run.lastError}. De run gaat vanzelf verder na de laatste opgeslagen batch.</p></div>}
          </section>
          <section aria-labelledby="bedragen-kop">
            <h2 className="utrecht-heading-2" id="bedragen-kop">Bedragen</h2>
            <dl className="facts">
              <dt>Betalingen</dt><dd data-testid="run-count">{run.payments.count}</dd>
              <dt>Totaal</dt><dd data-testid="run-total">{euros(run.payments.totalCents)}</dd>
              <dt>Handmatig te berekenen</dt><dd>{run.exceptionCount}</dd>
              <dt>Vakantietoeslag</dt><dd>{run.paysHolidayAllowance ? 'Wordt deze maand uitbetaald (aparte betaling)' : `Wordt gereserveerd; uitbetaling in ${monthNames[run.holidayPayoutMonth - 1]}`}</dd>
              <dt>Geplande betaaldatum</dt><dd>{formatDate(run.plannedPayDate)}</dd>
              {run.executionDate && <><dt>Uitvoeringsdatum bank</dt><dd>{formatDate(run.executionDate)}</dd></>}
              <dt>Gestart door</dt><dd>{run.startedBy} op {formatDate(run.startedAt)}</dd>
              {run.approvedBy && <><dt>Goedgekeurd door</dt><dd>{run.approvedBy} op {formatDate(run.approvedAt)}</dd></>}
            </dl>
          </section>
          <section aria-labelledby="aansluiting-kop">
            <h2 className="utrecht-heading-2" id="aansluiting-kop">Aansluiting en goedkeuring</h2>
            {run.reconciliation && (
              run.reconciliation.ok
                ? <p className="utrecht-paragraph success" data-testid="reconciliation">Aangesloten door {run.reconciliation.by}: {run.reconciliation.count} betaalregels, {euros(run.reconciliation.totalCents)} — gelijk aan de tellers van de run.</p>
                : <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">De aansluiting klopt niet:</p><ul>{run.reconciliation.differences.map((d) => <li key={d}>{d}</li>)}</ul></div>
            )}
            <div className="button-row">
              {user?.role === 'income_consultant' && (run.status === 'computed' || run.status === 'reconciled') && (
                <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={busy} onClick={() => void reconcile()}>Aansluiten</button>
              )}
              {user?.role === 'team_lead' && run.status === 'reconciled' && run.startedById !== user.userId && (
                <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={busy} onClick={() => void approve(run)}>Goedkeuren</button>
              )}
              {run.status === 'approved' && (
                <a className="utrecht-button utrecht-button--primary-action download-link" href={`/api/v1/payment-runs/${run.id}/sepa.xml`} download>SEPA-bestand downloaden</a>
              )}
            </div>
            {user?.role === 'team_lead' && run.status === 'reconciled' && run.startedById === user.userId && (
              <p className="utrecht-paragraph notice">U heeft deze run zelf gestart. Een andere teamleider keurt hem goed.</p>
            )}
            {run.status !== 'approved' && <p className="utrecht-paragraph muted-text">Het SEPA-bestand komt vrij nadat een tweede persoon de aangesloten run heeft goedgekeurd.</p>}
            <Feedback error={actionError} done={message} />
          </section>
          {run.exceptions.length > 0 && (
            <section aria-labelledby="uitzonderingen-kop">
              <h2 className="utrecht-heading-2" id="uitzonderingen-kop">Handmatig te berekenen</h2>
              <ul>{run.exceptions.map((x) => <li key={x.residentId}><Link className="utrecht-link" to={`/inwoners/${x.residentId}`}>{x.fullName}</Link>: {x.reason}</li>)}</ul>
            </section>
          )}
          {run.status !== 'running' && <RunPayments runId={run.id} count={run.payments.count} />}
        </>
      )}
    </Page>
  );
}

function RunPayments({ runId, count }: { runId: string; count: number }) {
  const [page, setPage] = useState(1);
  const { data, error } = useApi<{ items: RunPayment[]; total: number }>(`/payment-runs/${runId}/payments?page=${page}&pageSize=25`);
  const pages = Math.max(1, Math.ceil(count / 25));
  return (
    <section aria-labelledby="betalingen-kop">
      <h2 className="utrecht-heading-2" id="betalingen-kop">Betalingen</h2>
      {error && <ErrorMessage error={error} />}
      {data && (
        <>
          <div className="table-scroll">
            <table className="utrecht-table">
              <caption className="utrecht-table__caption">Betalingen van deze run, op achternaam (pagina {page} van {pages})</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Inwoner</th>
                  <th scope="col" className="utrecht-table__header-cell">Soort</th>
                  <th scope="col" className="utrecht-table__header-cell">Grondslag</th>
                  <th scope="col" className="utrecht-table__header-cell numeric">Bedrag</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {data.items.map((p) => (
                  <tr key={p.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell"><Link className="utrecht-link" to={`/inkomen/betalingen/specificatie/${p.id}`}>{p.resident.fullName}</Link></td>
                    <td className="utrecht-table__cell">{p.kindLabel}</td>
                    <td className="utrecht-table__cell">{p.basis === 'report' ? 'Inkomstenopgave' : 'Vastgestelde situatie'}</td>
                    <td className="utrecht-table__cell numeric">{euros(p.amountCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="pagination" aria-label="Pagina's betalingen">
            <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={page <= 1} onClick={() => setPage(page - 1)}>Vorige</button>
            <span>Pagina {page} van {pages}</span>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={page >= pages} onClick={() => setPage(page + 1)}>Volgende</button>
          </nav>
        </>
      )}
    </section>
  );
}
