import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../../api.ts';
import { Field } from '../../forms.tsx';
import { Page } from '../../layout/Layout.tsx';
import { useSession } from '../../session.tsx';
import { OutflowSignals } from './OutflowSignals.tsx';

interface Found { id: string; fullName: string; bsn: string; birthDate: string }

/** Uitkeringen: find a resident by name, postcode or BSN, then open their benefit to change, end or recover. */
export function BenefitsPage() {
  const { user } = useSession();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function search(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (q.trim().length < 2) { setFound(null); setError('Typ minstens 2 tekens van de naam, de postcode of het BSN.'); return; }
    // A team lead searches their team; an income consultant the whole municipality.
    const view = user?.role === 'income_consultant' ? 'view=all&' : '';
    try {
      setFound((await api<{ items: Found[] }>(`/residents?${view}pageSize=20&q=${encodeURIComponent(q.trim())}`)).items);
    } catch (err) { setFound(null); setError(err instanceof ApiError ? err.detail : 'Zoeken lukt nu niet.'); }
  }

  return (
    <Page title="Uitkeringen">
      <h1 className="utrecht-heading-1">Uitkeringen</h1>
      <p className="utrecht-paragraph">
        Zoek de inwoner om de lopende uitkering te zien en een besluit te nemen: wijzigen (nieuwe gezinssituatie of inkomsten), beëindigen of
        terugvorderen. Een aanvraag toekennen of afwijzen doet u bij de <Link className="utrecht-link" to="/inkomen/aanvragen">aanvraag</Link>;
        doorgegeven inkomsten en huisgenoten verwerkt u bij de <Link className="utrecht-link" to="/inkomen/besluiten">besluiten</Link>.
      </p>
      <form className="inline-form" onSubmit={(e) => void search(e)} role="search" aria-label="Inwoner met uitkering zoeken" noValidate>
        <Field id="uitkering-zoek" label="Naam, postcode of BSN">
          <input id="uitkering-zoek" className="utrecht-textbox" aria-invalid={error ? true : undefined} aria-describedby={error ? 'uitkering-zoek-fout' : undefined}
            value={q} onChange={(e) => setQ(e.target.value)} />
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">Zoeken</button>
      </form>
      {error && <p className="utrecht-form-field-error-message" id="uitkering-zoek-fout" role="alert">{error}</p>}
      {found && found.length === 0 && <p className="utrecht-paragraph" role="status">Geen inwoner gevonden.</p>}
      {found && found.length > 0 && (
        <>
          <p className="utrecht-paragraph" role="status">{found.length === 1 ? '1 inwoner gevonden' : `${found.length} inwoners gevonden`}</p>
          <ul className="timeline" aria-label="Gevonden inwoners">
            {found.map((r) => (
              <li key={r.id}>
                <Link className="utrecht-link" to={`/inkomen/uitkeringen/${r.id}`}>{r.fullName}</Link> (geboren {r.birthDate.split('-').reverse().join('-')}, BSN {r.bsn})
              </li>
            ))}
          </ul>
        </>
      )}
      <OutflowSignals />
    </Page>
  );
}
