import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { Feedback, Field, useSubmit } from '../../forms.tsx';
import { dutchDate, opportunityStatusLabels, opportunityStatuses, showPostcode, type Opportunity, type OpportunityStatus } from './types.ts';

/**
 * One opportunity with its requirements and the link to search candidates. A shared opportunity of another
 * municipality says whose it is and is read-only; the account manager of the owner changes status and sharing.
 */
export function OpportunityItem({ o, showEmployer, manage, onSaved }: { o: Opportunity; showEmployer: boolean; manage: boolean; onSaved: () => void }) {
  const head = `kans-${o.id}`;
  return (
    <li data-testid="opportunity">
      <article aria-labelledby={head}>
        <h3 className="utrecht-heading-3" id={head}>
          {o.title} <span className="badge badge--status">{o.kindLabel}</span>
          <span className={`badge${o.status === 'open' ? '' : ' badge--inactive'}`} data-testid="opportunity-status">{o.statusLabel}</span>
        </h3>
        {!o.own && <p className="notice" data-testid="shared-by">Gedeeld door gemeente {o.municipality.name} — alleen te bekijken.</p>}
        {o.description && <p className="utrecht-paragraph">{o.description}</p>}
        <dl className="facts">
          {showEmployer && (
            <><dt>Werkgever</dt><dd>{o.own ? <Link className="utrecht-link" to={`/werkgevers/${o.employer.id}`}>{o.employer.name}</Link> : o.employer.name} ({o.employer.sectorLabel})</dd></>
          )}
          <dt>Beroep</dt><dd>{o.occupation.label}</dd>
          <dt>Vaardigheden</dt><dd>{o.requiredSkills.map((s) => s.label).join(', ') || '—'}</dd>
          <dt>Werkplek</dt><dd>{showPostcode(o.postcode)}{o.place ? ` (${o.place})` : ''}</dd>
          <dt>Uren per week</dt><dd>{o.hoursPerWeek}</dd>
          <dt>Start</dt><dd>{dutchDate(o.startDate)}</dd>
          <dt>Plaatsen</dt><dd>{o.places}</dd>
          <dt>Eisen</dt><dd>{requirements(o)}</dd>
          <dt>Regio</dt><dd>{o.sharedWithRegion ? 'Gedeeld met de regio' : 'Alleen eigen gemeente'}</dd>
        </dl>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`/kandidaten/kans/${o.id}`}>Kandidaten zoeken<span className="visually-hidden"> voor {o.title}</span></Link>
        </p>
        {manage && o.own && <OpportunityChange o={o} onSaved={onSaved} />}
      </article>
    </li>
  );
}

function requirements(o: Opportunity): string {
  const parts = [
    o.languageLevel && `Nederlands ${o.languageLevel}`,
    o.drivingLicence && `rijbewijs ${o.drivingLicence}`,
    o.minLadderStep && `vanaf trede ${o.minLadderStep}`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'Geen';
}

/** Status and sharing, guarded by the version the page showed (If-Match). */
function OpportunityChange({ o, onSaved }: { o: Opportunity; onSaved: () => void }) {
  const [status, setStatus] = useState<OpportunityStatus>(o.status);
  const [shared, setShared] = useState(o.sharedWithRegion);
  const s = useSubmit(onSaved);
  const id = (n: string) => `kans-${o.id}-${n}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(`/opportunities/${o.id}`, { method: 'PATCH', ifMatch: `"v${o.version}"`, json: { status, sharedWithRegion: shared } }),
      `${o.title}: ${opportunityStatusLabels[status].toLowerCase()}${shared ? ', gedeeld met de regio' : ''}.`);
  };
  return (
    <details className="admin-details">
      <summary>Status of delen wijzigen<span className="visually-hidden"> van {o.title}</span></summary>
      <form onSubmit={submit} noValidate className="inline-form" aria-label={`Status of delen wijzigen van ${o.title}`}>
        <Field id={id('status')} label="Status">
          <select id={id('status')} className="utrecht-select" value={status} onChange={(e) => setStatus(e.target.value as OpportunityStatus)}>
            {opportunityStatuses.map((c) => <option key={c} value={c}>{opportunityStatusLabels[c]}</option>)}
          </select>
        </Field>
        <div className="utrecht-form-field checkbox-field">
          <input type="checkbox" className="utrecht-checkbox" id={id('delen')} checked={shared} onChange={(e) => setShared(e.target.checked)} />
          <label className="utrecht-form-label" htmlFor={id('delen')}>Delen met de regio</label>
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Opslaan</button>
      </form>
      <Feedback error={s.error} done={s.done} />
    </details>
  );
}
