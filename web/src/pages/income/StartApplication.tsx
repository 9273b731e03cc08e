import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field, today } from '../../forms.tsx';

interface Found { id: string; fullName: string; bsn: string; birthDate: string }

/** A consultant enters an application for a resident (e.g. received on paper): find the resident, then the details. */
export function StartApplication() {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  const [chosen, setChosen] = useState<Found | null>(null);
  const [form, setForm] = useState({ iban: '', accountHolder: '', requestedStartDate: today(), receivedOn: today(), advanceRequested: false });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function search(e: FormEvent) {
    e.preventDefault();
    setError(null); setChosen(null);
    if (q.trim().length < 2) { setError('Typ minstens 2 tekens van de naam, of het BSN.'); return; }
    try {
      setFound((await api<{ items: Found[] }>(`/residents?view=all&pageSize=10&q=${encodeURIComponent(q.trim())}`)).items);
    } catch (err) { setError(err instanceof ApiError ? err.detail : 'Zoeken lukt nu niet.'); }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!chosen) return;
    setBusy(true); setError(null);
    try {
      const created = await api<{ id: string }>('/benefit-applications', { method: 'POST', json: { residentId: chosen.id, ...form } });
      navigate(`/inkomen/aanvragen/${created.id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err.detail : 'Opslaan lukt nu niet.');
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="invoeren">
      <h2 className="utrecht-heading-2" id="invoeren">Aanvraag invoeren</h2>
      <p className="utrecht-paragraph">Voor een aanvraag die op papier of aan de balie binnenkwam. De gezinssituatie komt uit het dossier.</p>
      <form className="inline-form" onSubmit={search} role="search" aria-label="Inwoner zoeken voor een aanvraag">
        <Field id="zoek-inwoner" label="Naam, postcode of BSN">
          <input id="zoek-inwoner" className="utrecht-textbox" value={q} onChange={(e) => setQ(e.target.value)} />
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">Zoeken</button>
      </form>
      {found && found.length === 0 && <p className="utrecht-paragraph" role="status">Geen inwoner gevonden.</p>}
      {found && found.length > 0 && !chosen && (
        <ul className="timeline" aria-label="Gevonden inwoners">
          {found.map((r) => (
            <li key={r.id}>
              {r.fullName} (geboren {r.birthDate.split('-').reverse().join('-')}, BSN {r.bsn}){' '}
              <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => setChosen(r)}>Kiezen</button>
            </li>
          ))}
        </ul>
      )}
      {chosen && (
        <form className="trajectory-form" onSubmit={submit} aria-label={`Aanvraag voor ${chosen.fullName}`}>
          <p className="utrecht-paragraph"><strong>Aanvraag voor {chosen.fullName}</strong></p>
          <Field id="nieuw-iban" label="IBAN">
            <input id="nieuw-iban" className="utrecht-textbox" autoComplete="off" value={form.iban} onChange={(e) => setForm({ ...form, iban: e.target.value })} />
          </Field>
          <Field id="nieuw-houder" label="Naam rekeninghouder">
            <input id="nieuw-houder" className="utrecht-textbox" value={form.accountHolder} onChange={(e) => setForm({ ...form, accountHolder: e.target.value })} />
          </Field>
          <Field id="nieuw-ontvangen" label="Datum van ontvangst">
            <input id="nieuw-ontvangen" type="date" className="utrecht-textbox" max={today()} value={form.receivedOn} onChange={(e) => setForm({ ...form, receivedOn: e.target.value })} />
          </Field>
          <Field id="nieuw-start" label="Gewenste ingangsdatum">
            <input id="nieuw-start" type="date" className="utrecht-textbox" value={form.requestedStartDate} onChange={(e) => setForm({ ...form, requestedStartDate: e.target.value })} />
          </Field>
          <div className="checkbox-field">
            <input id="nieuw-voorschot" type="checkbox" className="utrecht-checkbox" checked={form.advanceRequested} onChange={(e) => setForm({ ...form, advanceRequested: e.target.checked })} />
            <label className="utrecht-form-label" htmlFor="nieuw-voorschot">Voorschot gevraagd</label>
          </div>
          <div className="button-row">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>Aanvraag opslaan</button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setChosen(null)}>Andere inwoner</button>
          </div>
        </form>
      )}
      <Feedback error={error} done={null} />
    </section>
  );
}
