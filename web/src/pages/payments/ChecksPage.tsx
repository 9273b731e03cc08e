import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field, today } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { euros } from '../../money.ts';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { formatDate, type CheckCase, type CheckDraw, type CheckDrawDetail, type List, type Verification } from './types.ts';

const outcomes = [['no_finding', 'Geen bevinding'], ['correction', 'Correctie'], ['recovery_proposal', 'Voorstel terugvordering']] as const;

function previousMonth() {
  const [y, m] = today().slice(0, 7).split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Inkomen › Controle achteraf: monthly random draws with their seed, signals labelled apart, and the review of each case. */
export function ChecksPage() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const draws = useApi<List<CheckDraw>>('/benefit-check-draws');
  const selected = params.get('trekking') ?? draws.data?.items[0]?.id ?? null;
  return (
    <Page title="Controle achteraf">
      <h1 className="utrecht-heading-1">Controle achteraf</h1>
      <p className="utrecht-paragraph">
        Eerst vertrouwen, achteraf controleren. Elke maand gaat een willekeurige steekproef van de betalingen en besluiten naar een beoordelaar.
        Het zaad van de trekking wordt bewaard, zodat iedereen de trekking kan nadoen. Daarnaast komen zaken met een concreet signaal
        (zoals een inkomstenopgave die afwijkt) apart benoemd op de lijst. Er wordt nooit geselecteerd op nationaliteit, afkomst of iets dergelijks.
      </p>
      {user?.role === 'team_lead' && <DrawForm onDrawn={(id) => { draws.reload(); setParams({ trekking: id }); }} />}
      <section aria-labelledby="trekkingen-kop">
        <h2 className="utrecht-heading-2" id="trekkingen-kop">Trekkingen</h2>
        {draws.error && <ErrorMessage error={draws.error} />}
        {draws.data && draws.data.items.length === 0 && <p className="utrecht-paragraph">Er is nog geen steekproef getrokken.</p>}
        {draws.data && draws.data.items.length > 0 && (
          <ul className="record-list">
            {draws.data.items.map((d) => (
              <li key={d.id}>
                <Link className="utrecht-link" to={`?trekking=${d.id}`} aria-current={d.id === selected ? 'true' : undefined}>{d.monthLabel}</Link>
                {' '}— {d.sampleCount} van {d.populationCount} getrokken ({String(d.samplePercentage).replace('.', ',')}%), {d.signalCount} met een signaal, {d.openCases} open
              </li>
            ))}
          </ul>
        )}
      </section>
      {selected && <DrawDetail key={selected} id={selected} />}
    </Page>
  );
}

function DrawForm({ onDrawn }: { onDrawn: (id: string) => void }) {
  const [month, setMonth] = useState(previousMonth());
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try { onDrawn((await api<CheckDrawDetail>('/benefit-check-draws', { method: 'POST', json: { month } })).id); } catch (err) {
      setError(err instanceof ApiError ? err.detail : 'Trekken lukt nu niet.');
    }
  }
  return (
    <section aria-labelledby="trekken-kop">
      <h2 className="utrecht-heading-2" id="trekken-kop">Steekproef trekken</h2>
      <form className="inline-form" onSubmit={submit} aria-labelledby="trekken-kop">
        <Field id="trekking-maand" label="Maand">
          <input id="trekking-maand" type="month" className="utrecht-textbox" required value={month} onChange={(e) => setMonth(e.target.value)} />
        </Field>
        <div className="utrecht-form-field"><button type="submit" className="utrecht-button utrecht-button--primary-action">Steekproef trekken</button></div>
      </form>
      <Feedback error={error} done={null} />
    </section>
  );
}

function DrawDetail({ id }: { id: string }) {
  const { data: d, error, reload } = useApi<CheckDrawDetail>(`/benefit-check-draws/${id}`);
  const [verification, setVerification] = useState<Verification | null>(null);
  if (error) return <ErrorMessage error={error} />;
  if (!d) return <p className="utrecht-paragraph" role="status">Laden…</p>;
  return (
    <section aria-labelledby="trekking-kop">
      <h2 className="utrecht-heading-2" id="trekking-kop">Steekproef {d.monthLabel}</h2>
      <dl className="facts">
        <dt>Getrokken</dt><dd>{d.sampleCount} van {d.populationCount} betalingen en besluiten ({String(d.samplePercentage).replace('.', ',')}%), door {d.drawnBy} op {formatDate(d.drawnAt)}</dd>
        <dt>Zaad</dt><dd><code className="seed">{d.seed}</code></dd>
        <dt>Werkwijze</dt><dd>{d.prng}: SHA-256 van zaad en teller, Fisher–Yates over de gesorteerde sleutels</dd>
        <dt>Vingerafdruk populatie</dt><dd><code className="seed">{d.populationHash}</code></dd>
      </dl>
      <button type="button" className="utrecht-button utrecht-button--secondary-action"
        onClick={async () => setVerification(await api<Verification>(`/benefit-check-draws/${id}/verification`))}>Trekking narekenen</button>
      <div aria-live="polite">{verification && <p className={`utrecht-paragraph ${verification.populationMatches && verification.sampleMatches ? 'success' : 'notice'}`}>{verification.explanation}</p>}</div>
      <ul className="record-list">
        {d.cases.map((c) => <CaseItem key={c.id} c={c} onReviewed={reload} />)}
      </ul>
    </section>
  );
}

function CaseItem({ c, onReviewed }: { c: CheckCase; onReviewed: () => void }) {
  const [outcome, setOutcome] = useState<(typeof outcomes)[number][0]>('no_finding');
  const [finding, setFinding] = useState('');
  const [error, setError] = useState<string | null>(null);
  const headingId = `zaak-${c.id}`;
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await api(`/benefit-check-cases/${c.id}/review`, { method: 'POST', json: { outcome, finding }, ifMatch: `"v${c.version}"` });
      onReviewed();
    } catch (err) { setError(err instanceof ApiError ? err.detail : 'Opslaan lukt nu niet.'); }
  }
  return (
    <li aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3" id={headingId}>
        <Link className="utrecht-link" to={`/inwoners/${c.resident.id}`}>{c.resident.fullName}</Link>
        {' '}— {c.subjectType === 'payment' ? `betaling${c.paymentCents !== null ? ` ${euros(c.paymentCents)}` : ''}` : 'besluit'}
      </h3>
      <ul>{c.reasons.map((r) => <li key={r.code}><span className={`badge ${r.code === 'random_sample' ? '' : 'badge--warn'}`}>{r.label}</span> {r.detail}</li>)}</ul>
      {c.subjectType === 'payment' && <p className="utrecht-paragraph"><Link className="utrecht-link" to={`/inkomen/betalingen/specificatie/${c.subjectId}`}>Betaalspecificatie bekijken</Link></p>}
      {c.status === 'closed' ? (
        <p className="utrecht-paragraph"><strong>{c.outcomeLabel}</strong> — {c.finding} ({c.reviewedBy}, {formatDate(c.reviewedAt)})</p>
      ) : (
        <form onSubmit={submit} className="trajectory-form" aria-labelledby={headingId}>
          <Field id={`uitkomst-${c.id}`} label="Uitkomst">
            <select id={`uitkomst-${c.id}`} className="utrecht-select" value={outcome} onChange={(e) => setOutcome(e.target.value as typeof outcome)}>
              {outcomes.map(([code, label]) => <option key={code} value={code}>{label}</option>)}
            </select>
          </Field>
          <Field id={`bevinding-${c.id}`} label="Bevinding" hint="Wat is nagegaan en wat is gevonden (minstens 5 tekens).">
            <textarea id={`bevinding-${c.id}`} className="utrecht-textarea" required minLength={5} maxLength={4000} value={finding}
              aria-describedby={`bevinding-${c.id}-hint`} onChange={(e) => setFinding(e.target.value)} />
          </Field>
          <button type="submit" className="utrecht-button utrecht-button--primary-action">Beoordeling vastleggen</button>
          <Feedback error={error} done={null} />
        </form>
      )}
    </li>
  );
}
