import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { Feedback, today, useSubmit } from '../../forms.tsx';

export function LadderForm({ residentId, onSaved }: { residentId: string; onSaved: () => void }) {
  const [step, setStep] = useState('');
  const [measuredOn, setMeasuredOn] = useState(today());
  const [motivation, setMotivation] = useState('');
  const s = useSubmit(onSaved);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(`/residents/${residentId}/ladder-measurements`, { method: 'POST', json: { step: Number(step), measuredOn, motivation } }), 'Meting opgeslagen.');
  };
  return (
    <form onSubmit={submit} aria-label="Trede meten" className="inline-form">
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="trede">Trede</label>
        <select id="trede" className="utrecht-select" value={step} onChange={(e) => setStep(e.target.value)} required>
          <option value="">Kies een trede</option>
          {[1, 2, 3, 4, 5, 6].map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </div>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="meetdatum">Datum</label>
        <input id="meetdatum" type="date" className="utrecht-textbox" value={measuredOn} max={today()} onChange={(e) => setMeasuredOn(e.target.value)} />
      </div>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="motivatie">Motivatie</label>
        <textarea id="motivatie" className="utrecht-textarea" value={motivation} onChange={(e) => setMotivation(e.target.value)} />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Meting opslaan</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}

export function ContactMomentForm({ residentId, onSaved }: { residentId: string; onSaved: () => void }) {
  const [occurredOn, setOccurredOn] = useState(today());
  const [channel, setChannel] = useState('meeting');
  const [note, setNote] = useState('');
  const s = useSubmit(onSaved);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(`/residents/${residentId}/contact-moments`, { method: 'POST', json: { occurredOn, channel, note } }), 'Contactmoment opgeslagen.');
  };
  return (
    <form onSubmit={submit} aria-label="Contactmoment vastleggen" className="inline-form">
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="contactdatum">Datum</label>
        <input id="contactdatum" type="date" className="utrecht-textbox" value={occurredOn} max={today()} onChange={(e) => setOccurredOn(e.target.value)} />
      </div>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="kanaal">Kanaal</label>
        <select id="kanaal" className="utrecht-select" value={channel} onChange={(e) => setChannel(e.target.value)}>
          <option value="meeting">Gesprek op kantoor</option><option value="phone">Telefoon</option><option value="email">E-mail</option>
          <option value="home_visit">Huisbezoek</option><option value="video">Beeldbellen</option><option value="letter">Brief</option>
        </select>
      </div>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="notitie">Notitie</label>
        <textarea id="notitie" className="utrecht-textarea" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Contactmoment opslaan</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}
