import { useParams } from 'react-router';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useApi } from '../../useApi.ts';
import { CandidateCard } from './CandidateCard.tsx';
import { MatchingNav } from './MatchingNav.tsx';
import { OpportunitySummary } from './OpportunitySummary.tsx';
import { dutchDate, type CandidateList } from './types.ts';

/** /kandidaten/kans/{id}: the best candidates for one opportunity, each with the reasons, factor by factor. */
export function CandidatesPage() {
  const { opportunityId } = useParams();
  const list = useApi<CandidateList>(`/opportunities/${opportunityId}/candidates?limit=20`);
  const d = list.data;
  return (
    <Page title={d ? `Kandidaten: ${d.opportunity.title}` : 'Kandidaten'}>
      <h1 className="utrecht-heading-1">{d ? `Kandidaten voor ${d.opportunity.title}` : 'Kandidaten'}</h1>
      <MatchingNav />
      {list.error && <ErrorMessage error={list.error} />}
      {!d && !list.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {d && (
        <>
          <section aria-labelledby="kans">
            <h2 className="utrecht-heading-2" id="kans">De kans</h2>
            <OpportunitySummary o={d.opportunity} />
          </section>
          <section aria-labelledby="kandidaten">
            <h2 className="utrecht-heading-2" id="kandidaten">Best passende kandidaten</h2>
            <p className="utrecht-paragraph" role="status">
              {d.eligible === 0 ? 'Niemand voldoet aan alle harde eisen.' : `${d.eligible} ${d.eligible === 1 ? 'inwoner voldoet' : 'inwoners voldoen'} aan alle harde eisen (uren, reisafstand, rijbewijs, beschikbaarheid, minimumleeftijd); de beste ${d.items.length} staan hieronder.`}
              {' '}Gezocht in: {d.searchedMunicipalities.join(', ')}.
            </p>
            <p className="utrecht-paragraph">
              Inwoners van een andere gemeente, of buiten uw team, ziet u als geanonimiseerd profiel. Met “Vraag consulent om kennismaking”
              vraagt u hun eigen consulent om naam en contactpersoon te tonen.
            </p>
            {d.items.length > 0 && (
              <ol className="record-list" aria-labelledby="kandidaten">
                {d.items.map((c) => <CandidateCard key={c.token} c={c} opportunityId={d.opportunity.id} onChanged={list.reload} />)}
              </ol>
            )}
            <p className="utrecht-paragraph source-note">
              Regels van {dutchDate(d.rules.validFrom)}: minimumleeftijd {d.rules.minimumAgeYears} jaar, reisafstand zonder eigen opgave {d.rules.defaultMaxTravelKm} km. Bron: {d.rules.source}
              {' '}Nationaliteit, afkomst, geloof, geslacht en leeftijd (boven de minimumleeftijd) tellen nooit mee.
            </p>
          </section>
        </>
      )}
    </Page>
  );
}
