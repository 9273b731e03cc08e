import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../../api.ts';
import { Feedback, Field, today, useSubmit } from '../../../forms.tsx';
import { ErrorMessage } from '../../../layout/Layout.tsx';
import { useApi } from '../../../useApi.ts';
import { useDossier } from '../DossierLayout.tsx';
import { ContactMomentForm } from '../forms.tsx';

// The shapes of GET /residents/{id}/contact-moments and /referrals (src/modules/residents/dossier/).
interface ContactMoment { id: string; version: number; occurredOn: string; channel: string; channelLabel: string; note: string; recordedBy: string | null }
type ReferralDomain = 'wmo' | 'youth_care' | 'debt_assistance' | 'compulsory_education';
type ReferralStatus = 'referred' | 'in_progress' | 'completed' | 'declined';
interface Referral {
  id: string; version: number; domain: ReferralDomain; domainLabel: string; referredOn: string; status: ReferralStatus; statusLabel: string; note: string;
}
interface List<T> { items: T[] }

const referralDomains: Record<ReferralDomain, string> = {
  wmo: 'Wmo (maatschappelijke ondersteuning)', youth_care: 'Jeugdhulp', debt_assistance: 'Schuldhulpverlening', compulsory_education: 'Leerplicht / RMC',
};
const referralStatuses: Record<ReferralStatus, string> = { referred: 'Aangemeld', in_progress: 'In behandeling', completed: 'Afgerond', declined: 'Afgewezen' };

/** Contact en verwijzingen: contact moments (note editable) and referrals to other domains. */
export function ContactSection() {
  const { resident, reload } = useDossier();
  const base = `/residents/${resident.id}`;
  const moments = useApi<List<ContactMoment>>(`${base}/contact-moments`);
  const referrals = useApi<List<Referral>>(`${base}/referrals`);
  // Newest first; the API lists them oldest first.
  const momentItems = moments.data ? [...moments.data.items].reverse() : [];
  const referralItems = referrals.data ? [...referrals.data.items].reverse() : [];

  return (
    <>
      <section aria-labelledby="contact-momenten">
        <h2 className="utrecht-heading-2" id="contact-momenten">Contactmomenten</h2>
        {moments.error && <ErrorMessage error={moments.error} />}
        {!moments.data && !moments.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
        {moments.data && (momentItems.length === 0
          ? <p className="utrecht-paragraph">Nog geen contactmomenten vastgelegd.</p>
          : (
            <ul className="record-list">
              {momentItems.map((m) => <MomentItem key={m.id} moment={m} path={`${base}/contact-moments/${m.id}`} onSaved={moments.reload} />)}
            </ul>
          ))}
      </section>
      <section aria-labelledby="contact-vastleggen">
        <h2 className="utrecht-heading-2" id="contact-vastleggen">Contactmoment vastleggen</h2>
        <ContactMomentForm residentId={resident.id} onSaved={() => { moments.reload(); reload(); }} />
      </section>
      <section aria-labelledby="contact-verwijzingen">
        <h2 className="utrecht-heading-2" id="contact-verwijzingen">Verwijzingen</h2>
        {referrals.error && <ErrorMessage error={referrals.error} />}
        {!referrals.data && !referrals.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
        {referrals.data && (referralItems.length === 0
          ? <p className="utrecht-paragraph">Nog geen verwijzingen naar andere domeinen.</p>
          : (
            <ul className="record-list">
              {referralItems.map((r) => <ReferralItem key={r.id} referral={r} path={`${base}/referrals/${r.id}`} onSaved={referrals.reload} />)}
            </ul>
          ))}
      </section>
      <section aria-labelledby="contact-verwijzing-toevoegen">
        <h2 className="utrecht-heading-2" id="contact-verwijzing-toevoegen">Verwijzing toevoegen</h2>
        <ReferralForm path={`${base}/referrals`} onSaved={referrals.reload} />
      </section>
    </>
  );
}

function MomentItem({ moment, path, onSaved }: { moment: ContactMoment; path: string; onSaved: () => void }) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(moment.note);
  useEffect(() => setNote(moment.note), [moment.note, moment.version]);
  // Keyboard focus follows the switch between reading and editing the note.
  const field = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const switched = useRef(false);
  useEffect(() => {
    if (!switched.current) return;
    (editing ? field.current : opener.current)?.focus();
  }, [editing]);
  const toggle = (on: boolean) => { switched.current = true; setEditing(on); };
  const s = useSubmit(() => { toggle(false); onSaved(); });
  const titleId = `contactmoment-${moment.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(path, { method: 'PATCH', json: { note }, ifMatch: `"v${moment.version}"` }), 'Notitie opgeslagen.');
  };
  return (
    <li>
      <p className="utrecht-paragraph" id={titleId}>
        <strong><time dateTime={moment.occurredOn}>{moment.occurredOn}</time> — {moment.channelLabel}</strong>
      </p>
      {!editing && <p className="utrecht-paragraph note">{moment.note}</p>}
      {editing ? (
        <form onSubmit={submit} aria-label={`Notitie van ${moment.occurredOn} wijzigen`}>
          <Field id={`notitie-${moment.id}`} label="Notitie aanpassen">
            <textarea ref={field} id={`notitie-${moment.id}`} className="utrecht-textarea" value={note} aria-describedby={titleId} aria-required="true"
              onChange={(e) => setNote(e.target.value)} maxLength={4000} />
          </Field>
          <div className="button-row">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Notitie opslaan</button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action"
              onClick={() => { toggle(false); setNote(moment.note); }}>Annuleren</button>
          </div>
        </form>
      ) : (
        <button ref={opener} type="button" className="utrecht-button utrecht-button--secondary-action" aria-describedby={titleId}
          onClick={() => toggle(true)}>Notitie wijzigen</button>
      )}
      <Feedback error={s.error} done={s.done} />
    </li>
  );
}

function ReferralItem({ referral, path, onSaved }: { referral: Referral; path: string; onSaved: () => void }) {
  const [status, setStatus] = useState<ReferralStatus>(referral.status);
  useEffect(() => setStatus(referral.status), [referral.status, referral.version]);
  const s = useSubmit(onSaved);
  const titleId = `verwijzing-${referral.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(path, { method: 'PATCH', json: { status }, ifMatch: `"v${referral.version}"` }), 'Status van de verwijzing opgeslagen.');
  };
  return (
    <li data-testid="referral">
      <p className="utrecht-paragraph" id={titleId}>
        <strong>{referral.domainLabel}</strong>, verwezen op <time dateTime={referral.referredOn}>{referral.referredOn}</time>
      </p>
      <p className="utrecht-paragraph">Status: <strong>{referral.statusLabel}</strong></p>
      {referral.note && <p className="utrecht-paragraph note">{referral.note}</p>}
      <form onSubmit={submit} aria-label={`Status van verwijzing ${referral.domainLabel} wijzigen`} className="inline-form">
        <Field id={`verwijzing-status-${referral.id}`} label="Status van de verwijzing">
          <select id={`verwijzing-status-${referral.id}`} className="utrecht-select" value={status} aria-describedby={titleId}
            onChange={(e) => setStatus(e.target.value as ReferralStatus)}>
            {Object.entries(referralStatuses).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={s.busy} aria-describedby={titleId}>Status verwijzing opslaan</button>
        <Feedback error={s.error} done={s.done} />
      </form>
    </li>
  );
}

function ReferralForm({ path, onSaved }: { path: string; onSaved: () => void }) {
  const [domain, setDomain] = useState('');
  const [referredOn, setReferredOn] = useState(today());
  const [status, setStatus] = useState<ReferralStatus>('referred');
  const [note, setNote] = useState('');
  const s = useSubmit(() => { setDomain(''); setNote(''); setStatus('referred'); onSaved(); });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(path, { method: 'POST', json: { domain, referredOn, status, note } }), 'Verwijzing opgeslagen.');
  };
  return (
    <form onSubmit={submit} aria-label="Verwijzing toevoegen">
      <Field id="verwijzing-domein" label="Verwezen naar">
        <select id="verwijzing-domein" className="utrecht-select" value={domain} aria-required="true" onChange={(e) => setDomain(e.target.value)}>
          <option value="">Kies een domein</option>
          {Object.entries(referralDomains).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
        </select>
      </Field>
      <Field id="verwijzing-datum" label="Datum van verwijzing">
        <input id="verwijzing-datum" type="date" className="utrecht-textbox" value={referredOn} max={today()} aria-required="true"
          onChange={(e) => setReferredOn(e.target.value)} />
      </Field>
      <Field id="verwijzing-status" label="Status">
        <select id="verwijzing-status" className="utrecht-select" value={status} onChange={(e) => setStatus(e.target.value as ReferralStatus)}>
          {Object.entries(referralStatuses).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
        </select>
      </Field>
      <Field id="verwijzing-toelichting" label="Toelichting">
        <textarea id="verwijzing-toelichting" className="utrecht-textarea" value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} />
      </Field>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Verwijzing toevoegen</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}
