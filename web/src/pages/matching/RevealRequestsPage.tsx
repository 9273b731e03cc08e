import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useApi } from '../../useApi.ts';
import { ExclusionList, FactorList } from './FactorList.tsx';
import { MatchingNav } from './MatchingNav.tsx';
import { OpportunitySummary } from './OpportunitySummary.tsx';
import type { RevealRequest } from './types.ts';

/** /kandidaten/verzoeken: requests to get to know residents of the consultant's team; approve or decline each. */
export function RevealRequestsPage() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'pending';
  const list = useApi<{ items: RevealRequest[] }>(`/reveal-requests?status=${status}`);
  const [done, setDone] = useState<string | null>(null);
  return (
    <Page title="Verzoeken om kennismaking">
      <h1 className="utrecht-heading-1">Verzoeken om kennismaking</h1>
      <MatchingNav />
      <p className="utrecht-paragraph">
        Een accountmanager of consulent vraagt om kennis te maken met een inwoner van uw team die als geanonimiseerde kandidaat bij een kans staat.
        Keurt u goed, dan ziet de vragende gemeente naam en contactpersoon, alleen bij die kans. Bespreek het eerst met de inwoner.
      </p>
      <div className="filters">
        <Field id="verzoek-status" label="Toon">
          <select id="verzoek-status" className="utrecht-select" value={status} onChange={(e) => { setDone(null); setParams({ status: e.target.value }); }}>
            <option value="pending">Openstaande verzoeken</option>
            <option value="all">Alle verzoeken</option>
          </select>
        </Field>
      </div>
      <Feedback error={null} done={done} />
      {list.error && <ErrorMessage error={list.error} />}
      {!list.data && !list.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {list.data && list.data.items.length === 0 && <p className="utrecht-paragraph">Er zijn geen {status === 'pending' ? 'openstaande ' : ''}verzoeken.</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="record-list" aria-label="Verzoeken">
          {list.data.items.map((r) => <RequestCard key={r.id} r={r} onDecided={(m) => { setDone(m); list.reload(); }} />)}
        </ul>
      )}
    </Page>
  );
}

function RequestCard({ r, onDecided }: { r: RevealRequest; onDecided: (message: string) => void }) {
  const head = `verzoek-${r.id}`;
  const reasonId = `verzoek-reden-${r.id}`;
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const who = r.resident?.name ?? 'de inwoner';
  async function decide(decision: 'approve' | 'decline') {
    setError(null);
    if (decision === 'decline' && reason.trim().length < 5) { setError('Geef bij afwijzen een reden van minstens 5 tekens.'); return; }
    setBusy(true);
    try {
      await api(`/reveal-requests/${r.id}/decision`, { method: 'POST', json: { decision, reason } });
      onDecided(decision === 'approve' ? `U heeft ingestemd: ${r.requester.municipality} ziet nu wie ${who} is, bij ${r.opportunity.title}.` : `Het verzoek over ${who} is afgewezen.`);
    } catch (e) {
      setError(e instanceof ApiError ? e.detail : 'Opslaan lukt nu niet.');
      setBusy(false);
    }
  }
  const submit = (e: FormEvent) => { e.preventDefault(); void decide('approve'); };
  return (
    <li data-testid="reveal-request">
      <article aria-labelledby={head}>
        <h2 className="utrecht-heading-3" id={head}>
          {r.resident ? <Link className="utrecht-link" to={`/inwoners/${r.resident.id}`}>{r.resident.name}</Link> : 'Inwoner'} — {r.opportunity.title} bij {r.opportunity.employerName}
          {' '}<span className="badge badge--status">{r.statusLabel}</span>
        </h2>
        <dl className="facts">
          <dt>Gevraagd door</dt><dd>{r.requester.name} (gemeente {r.requester.municipality}) op {new Date(r.requestedAt).toLocaleDateString('nl-NL')}</dd>
          {r.message && <><dt>Bericht</dt><dd className="note">{r.message}</dd></>}
          {r.decision && <><dt>Besluit</dt><dd>{r.decision.by}{r.decision.reason ? `: ${r.decision.reason}` : ''}</dd></>}
        </dl>
        <details>
          <summary>De kans</summary>
          <OpportunitySummary o={r.opportunity} />
        </details>
        {r.match && (
          <>
            <p className="utrecht-paragraph">Score bij deze kans: <strong>{r.match.score}</strong></p>
            <FactorList factors={r.match.factors} label={`Waarom ${who} past bij ${r.opportunity.title}`} />
            {r.match.exclusions.length > 0 && <ExclusionList exclusions={r.match.exclusions} label="Harde eisen waaraan de inwoner nu niet voldoet" />}
          </>
        )}
        {r.status === 'pending' && (
          <form onSubmit={submit} aria-labelledby={head}>
            <Field id={reasonId} label="Toelichting" hint="Verplicht bij afwijzen (minstens 5 tekens).">
              <textarea id={reasonId} className="utrecht-textarea" aria-describedby={`${reasonId}-hint`} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
            </Field>
            <div className="button-row">
              <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy} aria-describedby={head}>Goedkeuren</button>
              <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={busy} aria-describedby={head} onClick={() => void decide('decline')}>Afwijzen</button>
            </div>
            <Feedback error={error} done={null} />
          </form>
        )}
      </article>
    </li>
  );
}
