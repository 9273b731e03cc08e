import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useApi } from '../../useApi.ts';
import { FactorList } from './FactorList.tsx';
import { MatchingNav } from './MatchingNav.tsx';
import { candidateName, type AssignmentProposal } from './types.ts';

interface OpenOpportunity { id: string; title: string; kindLabel: string; places: number; placesOpen: number; employer: { id: string; name: string } }

/** /kandidaten/batch: the open places of an employer (initiative), proposed to the candidates with the best total fit. */
export function BatchPage() {
  const list = useApi<{ items: OpenOpportunity[] }>('/opportunities?status=open&pageSize=100');
  const employers = [...new Map((list.data?.items ?? []).map((o) => [o.employer.id, o.employer.name])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'nl'));
  const [employerId, setEmployerId] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [proposal, setProposal] = useState<AssignmentProposal | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ofEmployer = (list.data?.items ?? []).filter((o) => o.employer.id === employerId);
  const pickEmployer = (id: string) => {
    setEmployerId(id);
    setChosen((list.data?.items ?? []).filter((o) => o.employer.id === id).map((o) => o.id));
    setProposal(null);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null); setProposal(null);
    if (chosen.length === 0) { setError('Kies minstens één kans.'); return; }
    setBusy(true);
    try {
      setProposal(await api<AssignmentProposal>('/matching/assignments', { method: 'POST', json: { opportunityIds: chosen } }));
    } catch (err) {
      setError(err instanceof ApiError ? err.detail : 'Een voorstel maken lukt nu niet.');
    } finally { setBusy(false); }
  };
  return (
    <Page title="Plaatsingsvoorstel">
      <h1 className="utrecht-heading-1">Plaatsingsvoorstel</h1>
      <MatchingNav />
      <p className="utrecht-paragraph">
        Kies de open kansen van een werkgever of werkgeversinitiatief. Meedoen verdeelt de plaatsen over de kandidaten uit de regio zo dat zoveel mogelijk
        plaatsen gevuld worden met de hoogste totale score: exact berekend, niet de beste per kans na elkaar. Het is een voorstel; er wordt niets vastgelegd.
      </p>
      {list.error && <ErrorMessage error={list.error} />}
      {!list.data && !list.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {list.data && (
        <form onSubmit={(e) => void submit(e)} aria-label="Kansen kiezen">
          <Field id="batch-werkgever" label="Werkgever">
            <select id="batch-werkgever" className="utrecht-select" value={employerId} onChange={(e) => pickEmployer(e.target.value)}>
              <option value="">Kies een werkgever</option>
              {employers.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
            </select>
          </Field>
          {ofEmployer.length > 0 && (
            <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">Open kansen</legend>
              {ofEmployer.map((o) => (
                <div className="utrecht-form-field checkbox-field" key={o.id}>
                  <input id={`batch-${o.id}`} type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={chosen.includes(o.id)}
                    onChange={(e) => setChosen((c) => (e.target.checked ? [...c, o.id] : c.filter((x) => x !== o.id)))} />
                  <label className="utrecht-form-label" htmlFor={`batch-${o.id}`}>{o.title} ({o.kindLabel}, nog {o.placesOpen} van {o.places} {o.places === 1 ? 'plaats' : 'plaatsen'} open)</label>
                </div>
              ))}
            </fieldset>
          )}
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy || !employerId}>Voorstel maken</button>
          <Feedback error={error} done={null} />
        </form>
      )}
      {busy && <p className="utrecht-paragraph" role="status">Voorstel wordt berekend…</p>}
      {proposal && <ProposalView p={proposal} />}
    </Page>
  );
}

function ProposalView({ p }: { p: AssignmentProposal }) {
  return (
    <section aria-labelledby="voorstel">
      <h2 className="utrecht-heading-2" id="voorstel">Voorstel</h2>
      <p className="utrecht-paragraph" role="status" data-testid="proposal-total">
        {p.placesFilled} van {p.placesTotal} {p.placesTotal === 1 ? 'plaats' : 'plaatsen'} gevuld, totale score {p.totalScore} (uit {p.poolSize} kandidaten).
      </p>
      {p.noPlacesLeft.length > 0 && (
        <p className="utrecht-paragraph notice">Niet meegenomen, alle plaatsen al bezet: {p.noPlacesLeft.map((u) => u.title).join(', ')}.</p>
      )}
      {p.unfilled.length > 0 && (
        <p className="utrecht-paragraph notice">Niet gevuld: {p.unfilled.map((u) => `${u.title} (${u.open})`).join(', ')} — er zijn niet genoeg kandidaten die aan de harde eisen voldoen.</p>
      )}
      {p.pairs.length > 0 && (
        <div className="table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">Voorgestelde koppelingen met de uitleg per factor</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Kans</th>
                <th scope="col" className="utrecht-table__header-cell">Kandidaat</th>
                <th scope="col" className="utrecht-table__header-cell numeric">Score</th>
                <th scope="col" className="utrecht-table__header-cell">Waarom</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {p.pairs.map(({ opportunity, candidate }) => (
                <tr key={`${opportunity.id}-${candidate.token}`} className="utrecht-table__row" data-testid="proposal-pair">
                  <td className="utrecht-table__cell">{opportunity.title}</td>
                  <td className="utrecht-table__cell">{candidateName(candidate)}{candidate.distanceKm === null ? '' : `, ${candidate.distanceKm} km`}</td>
                  <td className="utrecht-table__cell numeric">{candidate.score}</td>
                  <td className="utrecht-table__cell"><FactorList factors={candidate.factors} label={`Waarom ${candidateName(candidate)} bij ${opportunity.title}`} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="utrecht-paragraph source-note">{p.method}</p>
    </section>
  );
}
