import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { Feedback, Field, today, useSubmit } from '../../forms.tsx';
import { parseEuros } from '../../money.ts';
import type { Application } from './types.ts';

/** The consultant's work on an open application: the documents checklist, the status, and the advance payment. */
export function ApplicationWork({ a, onSaved }: { a: Application; onSaved: () => void }) {
  return (
    <>
      <Checklist a={a} onSaved={onSaved} />
      <StatusChange a={a} onSaved={onSaved} />
      {a.advanceRequested && !a.advancePaidOn && <AdvancePaid a={a} onSaved={onSaved} />}
    </>
  );
}

const ifMatch = (a: Application) => `"v${a.version}"`;

function Checklist({ a, onSaved }: { a: Application; onSaved: () => void }) {
  const [received, setReceived] = useState(() => Object.fromEntries(a.documents.map((d) => [d.code, d.received])));
  const { error, done, busy, run } = useSubmit(onSaved);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => api(`/benefit-applications/${a.id}`, { method: 'PATCH', ifMatch: ifMatch(a), json: { documents: a.documents.map((d) => ({ code: d.code, received: received[d.code] })) } }), 'De checklist is opgeslagen.');
  };
  return (
    <section aria-labelledby="checklist">
      <h2 className="utrecht-heading-2" id="checklist">Bewijsstukken</h2>
      <form onSubmit={submit}>
        <fieldset className="checkbox-grid">
          <legend>Ontvangen</legend>
          {a.documents.map((d) => (
            <div className="checkbox-field" key={d.code}>
              <input id={`doc-${d.code}`} type="checkbox" className="utrecht-checkbox" checked={received[d.code]} onChange={(e) => setReceived({ ...received, [d.code]: e.target.checked })} />
              <label className="utrecht-form-label" htmlFor={`doc-${d.code}`}>{d.label}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={busy}>Checklist opslaan</button>
        <Feedback error={error} done={done} />
      </form>
    </section>
  );
}

function StatusChange({ a, onSaved }: { a: Application; onSaved: () => void }) {
  const missingDocs = a.documents.filter((d) => !d.received).map((d) => d.label).join('; ');
  const [deadline, setDeadline] = useState('');
  const [missing, setMissing] = useState(missingDocs);
  const { error, done, busy, run } = useSubmit(onSaved);
  const post = (json: object, message: string) => run(() => api(`/benefit-applications/${a.id}/status`, { method: 'POST', ifMatch: ifMatch(a), json }), message);
  const repair = (e: FormEvent) => { e.preventDefault(); void post({ status: 'repair_period', repairDeadline: deadline || null, missing }, 'De hersteltermijn is vastgelegd; de beslistermijn staat stil.'); };
  return (
    <section aria-labelledby="status">
      <h2 className="utrecht-heading-2" id="status">Status</h2>
      {a.status !== 'in_treatment' && (
        <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={busy}
          onClick={() => void post({ status: 'in_treatment' }, a.status === 'repair_period' ? 'De aanvraag is aangevuld en weer in behandeling.' : 'De aanvraag is in behandeling.')}>
          {a.status === 'repair_period' ? 'Aangevuld: weer in behandeling' : 'In behandeling nemen'}
        </button>
      )}
      {a.status !== 'repair_period' && (
        <form className="trajectory-form" onSubmit={repair} aria-labelledby="hersteltermijn">
          <h3 className="utrecht-heading-3" id="hersteltermijn">Hersteltermijn geven</h3>
          <Field id="herstel-datum" label="Uiterste datum">
            <input id="herstel-datum" type="date" className="utrecht-textbox" min={today()} value={deadline} onChange={(e) => setDeadline(e.target.value)} />
          </Field>
          <Field id="herstel-ontbreekt" label="Wat ontbreekt">
            <textarea id="herstel-ontbreekt" className="utrecht-textarea" maxLength={2000} value={missing} onChange={(e) => setMissing(e.target.value)} />
          </Field>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={busy}>Hersteltermijn vastleggen</button>
        </form>
      )}
      <Feedback error={error} done={done} />
    </section>
  );
}

function AdvancePaid({ a, onSaved }: { a: Application; onSaved: () => void }) {
  const [paidOn, setPaidOn] = useState(today());
  const [amount, setAmount] = useState('');
  const { error, done, busy, run } = useSubmit(onSaved);
  const [local, setLocal] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const cents = parseEuros(amount);
    if (!cents) { setLocal('Vul het bedrag van het voorschot in, bijvoorbeeld 500,00.'); return; }
    setLocal(null);
    void run(() => api(`/benefit-applications/${a.id}`, { method: 'PATCH', ifMatch: ifMatch(a), json: { advancePaidOn: paidOn, advanceCents: cents } }), 'Het voorschot is vastgelegd.');
  };
  return (
    <section aria-labelledby="voorschot">
      <h2 className="utrecht-heading-2" id="voorschot">Voorschot verstrekt</h2>
      <form className="inline-form" onSubmit={submit} aria-labelledby="voorschot">
        <Field id="voorschot-datum" label="Verstrekt op">
          <input id="voorschot-datum" type="date" className="utrecht-textbox" max={today()} value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
        </Field>
        <Field id="voorschot-bedrag" label="Bedrag in euro">
          <input id="voorschot-bedrag" className="utrecht-textbox money-input" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={busy}>Voorschot vastleggen</button>
      </form>
      <Feedback error={local ?? error} done={done} />
    </section>
  );
}
