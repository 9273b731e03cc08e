import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { Feedback, Field, today, useSubmit } from '../../forms.tsx';
import { endReasonLabels, type EndReason, type Placement } from './types.ts';

const ifMatch = (p: Placement) => `"v${p.version}"`;

/** What an active placement allows: a follow-up moment, recalculating the subsidy, ending it. */
export function PlacementActions({ p, onSaved }: { p: Placement; onSaved: () => void }) {
  return (
    <div className="trajectory-actions trajectory-form">
      <FollowupForm p={p} onSaved={onSaved} />
      {p.wageCostSubsidy && <RecalculateForm p={p} onSaved={onSaved} />}
      <EndForm p={p} onSaved={onSaved} />
    </div>
  );
}

function FollowupForm({ p, onSaved }: { p: Placement; onSaved: () => void }) {
  const [followedUpOn, setDate] = useState(today());
  const [note, setNote] = useState('');
  const s = useSubmit(() => { setNote(''); onSaved(); });
  const id = (f: string) => `nazorg-${f}-${p.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(`/placements/${p.id}/followups`, { method: 'POST', json: { followedUpOn, note } }), 'Nazorgmoment vastgelegd.');
  };
  return (
    <details>
      <summary>Nazorgmoment vastleggen</summary>
      <form onSubmit={submit} aria-label={`Nazorg bij ${p.employer.name}`}>
        <Field id={id('datum')} label="Datum">
          <input id={id('datum')} type="date" className="utrecht-textbox" value={followedUpOn} min={p.startDate} max={today()} required onChange={(e) => setDate(e.target.value)} />
        </Field>
        <Field id={id('notitie')} label="Verslag" hint="Minstens 5 tekens.">
          <textarea id={id('notitie')} className="utrecht-textarea" value={note} aria-required="true" aria-describedby={`${id('notitie')}-hint`} maxLength={4000}
            onChange={(e) => setNote(e.target.value)} />
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Nazorg vastleggen</button>
      </form>
      <Feedback error={s.error} done={s.done} />
    </details>
  );
}

function RecalculateForm({ p, onSaved }: { p: Placement; onSaved: () => void }) {
  const s = useSubmit(onSaved);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(`/placements/${p.id}`, { method: 'PATCH', json: { recalculateSubsidy: true }, ifMatch: ifMatch(p) }),
      'Loonkostensubsidie opnieuw berekend met de loonwaarde en tabellen van vandaag.');
  };
  return (
    <details>
      <summary>Loonkostensubsidie opnieuw berekenen</summary>
      <form onSubmit={submit} aria-label={`Loonkostensubsidie ${p.employer.name} opnieuw berekenen`}>
        <p className="utrecht-paragraph">Bijvoorbeeld na een nieuwe loonwaardemeting in het werkprofiel. De berekening gebruikt de loonwaarde en de tabellen die vandaag gelden.</p>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={s.busy}>Opnieuw berekenen</button>
      </form>
      <Feedback error={s.error} done={s.done} />
    </details>
  );
}

function EndForm({ p, onSaved }: { p: Placement; onSaved: () => void }) {
  const [endedOn, setEndedOn] = useState(today());
  const [reason, setReason] = useState<EndReason | ''>('');
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const s = useSubmit(onSaved);
  const id = (f: string) => `einde-${f}-${p.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason) { setLocal('Kies de reden van beëindigen.'); return; }
    setLocal(null);
    void s.run(() => api(`/placements/${p.id}/end`, { method: 'POST', json: { endedOn, reason, note }, ifMatch: ifMatch(p) }), 'Beëindiging van de plaatsing vastgelegd.');
  };
  return (
    <details>
      <summary>Plaatsing beëindigen</summary>
      <form onSubmit={submit} aria-label={`Plaatsing bij ${p.employer.name} beëindigen`}>
        <Field id={id('datum')} label="Einddatum">
          <input id={id('datum')} type="date" className="utrecht-textbox" value={endedOn} min={p.startDate} max={today()} required onChange={(e) => setEndedOn(e.target.value)} />
        </Field>
        <Field id={id('reden')} label="Reden">
          <select id={id('reden')} className="utrecht-select" value={reason} aria-required="true" onChange={(e) => setReason(e.target.value as EndReason)}>
            <option value="">Kies een reden</option>
            {Object.entries(endReasonLabels).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
        </Field>
        <Field id={id('toelichting')} label="Toelichting" hint="Verplicht bij Anders (minstens 5 tekens).">
          <textarea id={id('toelichting')} className="utrecht-textarea" value={note} aria-describedby={`${id('toelichting')}-hint`} maxLength={2000}
            aria-required={reason === 'other'} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Beëindiging vastleggen</button>
      </form>
      <Feedback error={local ?? s.error} done={s.done} />
    </details>
  );
}
