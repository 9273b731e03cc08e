import { useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../../api.ts';
import { Feedback } from '../../forms.tsx';
import { FactorList } from './FactorList.tsx';
import { candidateName, type Candidate } from './types.ts';

const revealTexts = {
  pending: 'Kennismakingsverzoek verstuurd; de consulent van deze inwoner beslist.',
  approved: 'De consulent heeft ingestemd: u ziet naam en contactpersoon, alleen bij deze kans.',
  declined: 'De consulent heeft het verzoek om kennis te maken afgewezen.',
} as const;

/** One ranked candidate: who (or an anonymous profile), the facts, why factor by factor, and the reveal request. */
export function CandidateCard({ c, opportunityId, onChanged }: { c: Candidate; opportunityId: string; onChanged: () => void }) {
  const head = `kandidaat-${c.rank}`;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function ask() {
    setBusy(true); setError(null);
    try {
      await api(`/opportunities/${opportunityId}/candidates/${c.token}/reveal-requests`, { method: 'POST', json: {} });
      onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? e.detail : 'Versturen lukt nu niet.');
    } finally { setBusy(false); }
  }
  return (
    <li data-testid="candidate">
      <article aria-labelledby={head}>
        <h3 className="utrecht-heading-3" id={head}>
          {c.rank}. {c.person?.residentId
            ? <Link className="utrecht-link" to={`/inwoners/${c.person.residentId}`}>{c.person.name}</Link>
            : candidateName(c)}
          {' '}<span className="badge badge--status">score {c.score}</span>
        </h3>
        <dl className="facts">
          <dt>Gemeente</dt><dd>{c.municipality.name}</dd>
          {c.person && <><dt>Contactpersoon</dt><dd>{c.person.contactPerson ?? 'Onbekend'} (gemeente {c.person.contactMunicipality})</dd></>}
          <dt>Trede</dt><dd>{c.ladderStep ?? 'Onbekend'}</dd>
          <dt>Uren per week</dt><dd>{c.hoursPerWeek ?? 'Onbekend'}</dd>
          <dt>Reisafstand</dt><dd>{c.distanceKm === null ? 'Onbekend' : `${c.distanceKm} km`}</dd>
          <dt>Beroep</dt><dd>{c.matchedOccupations.map((o) => o.label).join(', ') || '—'}</dd>
          <dt>Vaardigheden</dt><dd>{c.matchedSkills.map((s) => s.label).join(', ') || '—'}</dd>
        </dl>
        {c.placed && <p className="utrecht-paragraph notice" data-testid="placed-note">{c.placed.note}.</p>}
        <FactorList factors={c.factors} label={`Uitleg per factor voor ${candidateName(c)}`} />
        {c.person?.residentId && c.municipality.own && (
          // Only the resident's own municipality records a placement; a revealed candidate from elsewhere is placed by theirs.
          <p className="utrecht-paragraph">
            <Link className="utrecht-link" to={`/plaatsingen/nieuw/${c.person.residentId}?kans=${opportunityId}`}>
              Plaatsing vastleggen<span className="visually-hidden"> voor {c.person.name}</span>
            </Link>
          </p>
        )}
        {c.reveal.status !== 'none' && <p className="utrecht-paragraph notice" data-testid="reveal-status">{revealTexts[c.reveal.status]}</p>}
        {c.reveal.canRequest && (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={busy} aria-describedby={head} onClick={() => void ask()}>
            Vraag consulent om kennismaking
          </button>
        )}
        <Feedback error={error} done={null} />
      </article>
    </li>
  );
}
