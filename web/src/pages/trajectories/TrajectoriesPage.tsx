import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { euros as formatEuros } from '../../money.ts';
import { formatDate, statusLabels, unitCount, type List, type Trajectory, type TrajectoryStatus } from './types.ts';

/** Trajecten of the team: proposals waiting for a team lead's approval, and all trajectories with a status filter. */
export function TrajectoriesPage() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? '') as TrajectoryStatus | '';
  const all = useApi<List<Trajectory>>(`/trajectories${status ? `?status=${status}` : ''}`);
  const isLead = user?.role === 'team_lead';
  const awaiting = useApi<List<Trajectory>>(isLead ? '/trajectories?awaitingApproval=true' : null);
  const [decided, setDecided] = useState<string | null>(null);
  const refresh = (message: string) => { setDecided(message); all.reload(); awaiting.reload(); };

  return (
    <Page title="Trajecten">
      <h1 className="utrecht-heading-1">Trajecten</h1>
      {isLead && (
        <section aria-labelledby="goedkeuren">
          <h2 className="utrecht-heading-2" id="goedkeuren">Wacht op uw goedkeuring</h2>
          <p className="utrecht-paragraph">Trajecten boven het grensbedrag van de gemeente worden pas besteld als een teamleider die het niet zelf voorstelde ze goedkeurt (vier ogen).</p>
          <Feedback error={null} done={decided} />
          {awaiting.error && <ErrorMessage error={awaiting.error} />}
          {!awaiting.data && !awaiting.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
          {awaiting.data && awaiting.data.items.length === 0 && <p className="utrecht-paragraph">Er wachten geen voorstellen op goedkeuring.</p>}
          {awaiting.data && awaiting.data.items.length > 0 && (
            <ul className="record-list" aria-labelledby="goedkeuren">
              {awaiting.data.items.map((t) => <Proposal key={t.id} t={t} ownId={user!.userId} onDecided={refresh} />)}
            </ul>
          )}
        </section>
      )}
      <section aria-labelledby="team-trajecten">
        <h2 className="utrecht-heading-2" id="team-trajecten">Trajecten van het team</h2>
        <div className="filters">
          <Field id="filter-status" label="Status">
            <select id="filter-status" className="utrecht-select" value={status}
              onChange={(e) => setParams((p) => { if (e.target.value) p.set('status', e.target.value); else p.delete('status'); return p; })}>
              <option value="">Alle statussen</option>
              {Object.entries(statusLabels).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
            </select>
          </Field>
        </div>
        {all.error && <ErrorMessage error={all.error} />}
        {!all.data && !all.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
        {all.data && (
          <>
            <p className="utrecht-paragraph" role="status">
              {all.data.items.length === 1 ? '1 traject' : `${all.data.items.length} trajecten`}{status ? ` met status ${statusLabels[status].toLowerCase()}` : ''}
              {all.loading ? ' (bijwerken…)' : ''}
            </p>
            {all.data.items.length > 0 && <TrajectoryTable items={all.data.items} />}
          </>
        )}
      </section>
    </Page>
  );
}

function TrajectoryTable({ items }: { items: Trajectory[] }) {
  return (
    <div className="table-scroll">
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">Trajecten van inwoners van uw team, nieuwste geplande start eerst</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Inwoner</th>
            <th scope="col" className="utrecht-table__header-cell">Traject</th>
            <th scope="col" className="utrecht-table__header-cell">Aanbieder</th>
            <th scope="col" className="utrecht-table__header-cell">Status</th>
            <th scope="col" className="utrecht-table__header-cell">Gepland</th>
            <th scope="col" className="utrecht-table__header-cell numeric">Bedrag</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {items.map((t) => (
            <tr key={t.id} className="utrecht-table__row">
              <td className="utrecht-table__cell"><Link className="utrecht-link" to={`/inwoners/${t.resident.id}/trajecten`}>{t.resident.fullName}</Link></td>
              <td className="utrecht-table__cell">{t.title}{t.maatwerk && <span className="badge">Maatwerk</span>}</td>
              <td className="utrecht-table__cell">{t.provider.name}</td>
              <td className="utrecht-table__cell">{t.statusLabel}{t.status === 'proposed' && t.needsSecondApproval && <span className="badge badge--warn">Vier ogen</span>}</td>
              <td className="utrecht-table__cell"><time dateTime={t.plannedStartOn}>{formatDate(t.plannedStartOn)}</time> – <time dateTime={t.plannedEndOn}>{formatDate(t.plannedEndOn)}</time></td>
              <td className="utrecht-table__cell numeric">{formatEuros(t.amountCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One proposal with approve and reject; a note is required to reject. The proposer cannot decide on their own proposal. */
function Proposal({ t, ownId, onDecided }: { t: Trajectory; ownId: string; onDecided: (message: string) => void }) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = `voorstel-${t.id}`;
  const noteId = `voorstel-toelichting-${t.id}`;
  // The list leaves out one's own proposals already; the server refuses a self-approval in any case.
  const own = t.proposedById === ownId;
  async function decide(decision: 'approve' | 'reject') {
    setError(null);
    if (decision === 'reject' && note.trim().length < 5) { setError('Geef bij afwijzen een toelichting van minstens 5 tekens.'); return; }
    setBusy(true);
    try {
      await api(`/trajectories/${t.id}/decision`, { method: 'POST', json: { decision, note }, ifMatch: `"v${t.version}"` });
      onDecided(decision === 'approve'
        ? `${t.title} voor ${t.resident.fullName} is goedgekeurd.`
        : `${t.title} voor ${t.resident.fullName} is afgewezen; het bedrag valt vrij in het budget.`);
    } catch (e) {
      setError(e instanceof ApiError
        ? (e.status === 412 ? `${e.detail} Laad de pagina opnieuw om de nieuwste gegevens te zien.` : e.detail)
        : 'Opslaan lukt nu niet.');
      setBusy(false);
    }
  }
  const submit = (e: FormEvent) => { e.preventDefault(); void decide('approve'); };
  return (
    <li data-testid="proposal" aria-labelledby={titleId}>
      <h3 className="utrecht-heading-3" id={titleId}>
        {t.title} voor <Link className="utrecht-link" to={`/inwoners/${t.resident.id}/trajecten`}>{t.resident.fullName}</Link>
      </h3>
      <dl className="facts">
        <dt>Aanbieder</dt><dd>{t.provider.name}</dd>
        <dt>Bedrag</dt><dd>{formatEuros(t.amountCents)} ({unitCount(t.units, t.unit)} × {formatEuros(t.unitPriceCents)} per {t.unitLabel}); grensbedrag {formatEuros(t.fourEyesThresholdCents)}</dd>
        <dt>Gepland</dt><dd><time dateTime={t.plannedStartOn}>{formatDate(t.plannedStartOn)}</time> tot en met <time dateTime={t.plannedEndOn}>{formatDate(t.plannedEndOn)}</time></dd>
        <dt>Voorgesteld door</dt><dd>{t.proposedBy} op {formatDate(t.proposedAt)}</dd>
        {t.maatwerk && t.customReason && <><dt>Reden maatwerk</dt><dd className="note">{t.customReason}</dd></>}
      </dl>
      {own ? (
        <p className="utrecht-paragraph notice">U heeft dit traject zelf voorgesteld. Een andere teamleider beslist erover.</p>
      ) : (
        <form onSubmit={submit} aria-labelledby={titleId} className="trajectory-form">
          <Field id={noteId} label="Toelichting" hint="Verplicht bij afwijzen (minstens 5 tekens).">
            <textarea id={noteId} className="utrecht-textarea" value={note} aria-describedby={`${noteId}-hint`} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
          </Field>
          <div className="button-row">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy} aria-describedby={titleId}>Goedkeuren</button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={busy} aria-describedby={titleId} onClick={() => void decide('reject')}>Afwijzen</button>
          </div>
          <Feedback error={error} done={null} />
        </form>
      )}
    </li>
  );
}
