import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field } from '../../forms.tsx';
import { euros } from '../../money.ts';
import { CalculationTable } from './parts.tsx';
import { formatDate, formatMonth, type Decision } from './types.ts';

/** Decisions with their status, the calculation, the letter, and — for a second person — approve or send back. */
export function DecisionList({ items, onReviewed, showResident = false }: { items: Decision[]; onReviewed: () => void; showResident?: boolean }) {
  if (items.length === 0) return <p className="utrecht-paragraph">Nog geen besluiten.</p>;
  return (
    <ul className="record-list">
      {items.map((d) => <DecisionItem key={d.id} d={d} onReviewed={onReviewed} showResident={showResident} />)}
    </ul>
  );
}

function DecisionItem({ d, onReviewed, showResident }: { d: Decision; onReviewed: () => void; showResident: boolean }) {
  const titleId = `besluit-${d.id}`;
  return (
    <li data-testid="decision" aria-labelledby={titleId}>
      <h3 className="utrecht-heading-3" id={titleId}>
        {d.kindLabel}{showResident && <> — <Link className="utrecht-link" to={d.applicationId ? `/inkomen/aanvragen/${d.applicationId}` : `/inkomen/uitkeringen/${d.residentId}`}>{d.residentName}</Link></>}
        {' '}<span className={`status status--${d.status === 'final' ? 'approved' : d.status}`} data-testid="decision-status">{d.statusLabel}</span>
      </h3>
      <dl className="facts">
        {d.kind === 'recover' && d.recoveryFrom && d.recoveryTo
          ? <><dt>Periode</dt><dd>{formatDate(d.recoveryFrom)} tot en met {formatDate(d.recoveryTo)}</dd></>
          : <><dt>{d.kind === 'end' ? 'Laatste dag' : 'Ingangsdatum'}</dt><dd>{d.periodMonth ? formatMonth(d.periodMonth) : formatDate(d.effectiveDate)}</dd></>}
        <dt>Grondslag</dt><dd>{d.legalGround}</dd>
        <dt>Motivering</dt><dd className="note">{d.reasoning}</dd>
        {d.endReasonLabel && <><dt>Reden</dt><dd>{d.endReasonLabel}</dd></>}
        {d.recoveryCents !== null && <><dt>Terug te vorderen</dt><dd>{euros(d.recoveryCents)}</dd></>}
        {d.previousPayableCents !== null && d.calculation && <><dt>Was / wordt</dt><dd>{euros(d.previousPayableCents)} → {euros(d.calculation.payableCents)} per maand</dd></>}
        <dt>Voorgesteld door</dt><dd>{d.proposedBy.name} op {formatDate(d.proposedAt)}</dd>
        <dt>Vier ogen</dt><dd>{d.needsSecondApproval ? (d.reviewedBy ? `${d.status === 'rejected' ? 'Teruggestuurd' : 'Goedgekeurd'} door ${d.reviewedBy.name}${d.reviewNote ? `: ${d.reviewNote}` : ''}` : 'Nodig: wacht op een tweede beoordelaar') : 'Niet nodig'}</dd>
        {d.decidedOn && <><dt>Vastgesteld op</dt><dd>{formatDate(d.decidedOn)}</dd></>}
      </dl>
      {d.calculation && <CalculationTable calculation={d.calculation} id={`berekening-${d.id}`} />}
      {!d.amountsHidden && d.status !== 'rejected' && (
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={`/api/v1/benefit-decisions/${d.id}/letter.pdf`} target="_blank" rel="noreferrer">
            {d.status === 'final' ? 'Brief openen (PDF)' : 'Conceptbrief openen (PDF)'}<span className="visually-hidden"> — {d.kindLabel.toLowerCase()} {d.residentName}</span>
          </a>
        </p>
      )}
      {d.mayReview && <Review d={d} titleId={titleId} onReviewed={onReviewed} />}
    </li>
  );
}

function Review({ d, titleId, onReviewed }: { d: Decision; titleId: string; onReviewed: () => void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noteId = `beoordeling-${d.id}`;
  async function review(verdict: 'approve' | 'reject') {
    setError(null);
    if (verdict === 'reject' && note.trim().length < 5) { setError('Geef bij terugsturen een toelichting van minstens 5 tekens.'); return; }
    setBusy(true);
    try {
      await api(`/benefit-decisions/${d.id}/review`, { method: 'POST', json: { verdict, note }, ifMatch: `"v${d.version}"` });
      onReviewed();
    } catch (e) {
      setError(e instanceof ApiError ? (e.status === 412 ? `${e.detail} Laad de pagina opnieuw.` : e.detail) : 'Opslaan lukt nu niet.');
      setBusy(false);
    }
  }
  const submit = (e: FormEvent) => { e.preventDefault(); void review('approve'); };
  return (
    <form onSubmit={submit} className="trajectory-form" aria-labelledby={titleId}>
      <Field id={noteId} label="Toelichting" hint="Verplicht bij terugsturen (minstens 5 tekens).">
        <textarea id={noteId} className="utrecht-textarea" aria-describedby={`${noteId}-hint`} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div className="button-row">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy} aria-describedby={titleId}>Goedkeuren</button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={busy} aria-describedby={titleId} onClick={() => void review('reject')}>Terugsturen</button>
      </div>
      <Feedback error={error} done={null} />
    </form>
  );
}
