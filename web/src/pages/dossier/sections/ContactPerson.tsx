import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../../api.ts';
import { ErrorMessage } from '../../../layout/Layout.tsx';
import { Feedback, Field, useSubmit } from '../../../forms.tsx';
import { useSession } from '../../../session.tsx';
import { useApi } from '../../../useApi.ts';
import { useDossier } from '../DossierLayout.tsx';

// GET /residents/{id}/contact-person-changes (src/modules/residents/dossier/contact-person.ts).
interface PersonRef { id: string; displayName: string }
interface Change { id: string; changedAt: string; reason: string; from: PersonRef | null; to: PersonRef; changedBy: PersonRef | null }

export interface Consultant { id: string; displayName: string }

/** The active consultants of the team lead's team (GET /consultants), including those without residents yet. */
export function useTeamConsultants(enabled: boolean) {
  const [consultants, setConsultants] = useState<Consultant[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    // GET /consultants: the active consultants of the team lead's team, also those without residents yet.
    api<{ items: Consultant[] }>('/consultants').then((r) => r.items)
      .then((list) => { if (live) { setConsultants(list); setError(null); } })
      .catch((e) => { if (live) setError(e instanceof ApiError ? e : new ApiError(0, 'Fout', 'De consulenten van uw team konden niet worden geladen.')); });
    return () => { live = false; };
  }, [enabled]);
  return { consultants, error };
}

const dateTime = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Contactpersoon: the fixed contact person, every change with its reason, and for a team lead a form to assign another. */
export function ContactPersonSection() {
  const { resident, reload } = useDossier();
  const { user } = useSession();
  const history = useApi<{ items: Change[] }>(`/residents/${resident.id}/contact-person-changes`);
  const isLead = user?.role === 'team_lead';
  const saved = () => { reload(); history.reload(); };
  return (
    <>
      <section aria-labelledby="contactpersoon-huidig">
        <h2 className="utrecht-heading-2" id="contactpersoon-huidig">Vaste contactpersoon</h2>
        <p className="utrecht-paragraph" data-testid="contact-person-current">
          {resident.contactPerson ? <><strong>{resident.contactPerson.displayName}</strong> is de vaste contactpersoon van {resident.fullName}.</> : 'Er is nog geen vaste contactpersoon toegewezen.'}
        </p>
      </section>
      <section aria-labelledby="contactpersoon-wisselingen">
        <h2 className="utrecht-heading-2" id="contactpersoon-wisselingen">Wisselingen van contactpersoon</h2>
        {history.error && <ErrorMessage error={history.error} />}
        {!history.data && !history.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
        {history.data && (history.data.items.length === 0 ? <p className="utrecht-paragraph">De contactpersoon is nog niet gewisseld.</p> : (
          <div className="table-scroll">
            <table className="utrecht-table" data-testid="contact-person-history">
              <caption className="visually-hidden">Wisselingen van contactpersoon, nieuwste eerst</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">Datum</th>
                  <th className="utrecht-table__header-cell" scope="col">Van</th>
                  <th className="utrecht-table__header-cell" scope="col">Naar</th>
                  <th className="utrecht-table__header-cell" scope="col">Reden</th>
                  <th className="utrecht-table__header-cell" scope="col">Gewijzigd door</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {history.data.items.map((c) => (
                  <tr className="utrecht-table__row" key={c.id}>
                    <td className="utrecht-table__cell"><time dateTime={c.changedAt}>{dateTime.format(new Date(c.changedAt))}</time></td>
                    <td className="utrecht-table__cell">{c.from?.displayName ?? 'niemand'}</td>
                    <td className="utrecht-table__cell">{c.to.displayName}</td>
                    <td className="utrecht-table__cell note">{c.reason}</td>
                    <td className="utrecht-table__cell">{c.changedBy?.displayName ?? 'onbekend'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>
      {isLead && (
        <section aria-labelledby="contactpersoon-wijzigen">
          <h2 className="utrecht-heading-2" id="contactpersoon-wijzigen">Andere contactpersoon toewijzen</h2>
          <AssignForm residentId={resident.id} currentId={resident.contactPerson ? (resident.contactPerson as PersonRef).id : null} onSaved={saved} />
        </section>
      )}
    </>
  );
}

function AssignForm({ residentId, currentId, onSaved }: { residentId: string; currentId: string | null; onSaved: () => void }) {
  const { consultants, error } = useTeamConsultants(true);
  const [userId, setUserId] = useState('');
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const s = useSubmit(() => { setUserId(''); setReason(''); onSaved(); });
  const choices = consultants?.filter((c) => c.id !== currentId) ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = !userId ? 'Kies een consulent.' : reason.trim().length < 5 ? 'Geef een reden van minstens 5 tekens.' : null;
    setInvalid(problem);
    if (problem) return;
    const name = choices.find((c) => c.id === userId)?.displayName ?? 'de gekozen consulent';
    void s.run(() => api(`/residents/${residentId}/contact-person`, { method: 'PUT', json: { userId, reason: reason.trim() } }), `${name} is nu de vaste contactpersoon.`);
  };
  if (error) return <ErrorMessage error={error} />;
  if (!consultants) return <p className="utrecht-paragraph" role="status">Consulenten laden…</p>;
  return (
    <form onSubmit={submit} aria-labelledby="contactpersoon-wijzigen" noValidate>
      <Field id="contactpersoon-nieuw" label="Nieuwe contactpersoon" hint="Consulenten werk van uw team.">
        <select id="contactpersoon-nieuw" className="utrecht-select" value={userId} aria-required="true" aria-describedby="contactpersoon-nieuw-hint"
          aria-invalid={invalid === 'Kies een consulent.' || undefined} onChange={(e) => setUserId(e.target.value)}>
          <option value="">Kies een consulent</option>
          {choices.map((c) => <option key={c.id} value={c.id}>{c.displayName}</option>)}
        </select>
      </Field>
      <Field id="contactpersoon-reden" label="Reden van de wissel" hint="Verplicht, minstens 5 tekens. De reden wordt bij de wissel bewaard.">
        <textarea id="contactpersoon-reden" className="utrecht-textarea" value={reason} aria-required="true" aria-describedby="contactpersoon-reden-hint"
          aria-invalid={(invalid !== null && invalid !== 'Kies een consulent.') || undefined} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Contactpersoon wijzigen</button>
      <Feedback error={invalid ?? s.error} done={invalid ? null : s.done} />
    </form>
  );
}
