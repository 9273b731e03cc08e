import { Link, useParams } from 'react-router';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useApi } from '../../useApi.ts';
import { ExclusionList, FactorList } from './FactorList.tsx';
import { MatchingNav } from './MatchingNav.tsx';
import { dutchDate, type ResidentOpportunities } from './types.ts';

/** /kandidaten/inwoner/{id}: open opportunities of the municipality and shared ones of the region for one resident. */
export function ResidentOpportunitiesPage() {
  const { residentId } = useParams();
  const list = useApi<ResidentOpportunities>(`/residents/${residentId}/opportunities?limit=50`);
  const d = list.data;
  const fitting = d?.items.filter((i) => i.eligible) ?? [];
  const other = d?.items.filter((i) => !i.eligible) ?? [];
  return (
    <Page title={d ? `Kansen voor ${d.resident.name}` : 'Kansen voor een inwoner'}>
      <h1 className="utrecht-heading-1">{d ? `Kansen voor ${d.resident.name}` : 'Kansen voor een inwoner'}</h1>
      <MatchingNav />
      {d && <p className="utrecht-paragraph"><Link className="utrecht-link" to={`/inwoners/${d.resident.id}/werkprofiel`}>Naar het werkprofiel van {d.resident.name}</Link></p>}
      {list.error && <ErrorMessage error={list.error} />}
      {!d && !list.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {d && (
        <>
          <section aria-labelledby="passend">
            <h2 className="utrecht-heading-2" id="passend">Passende kansen</h2>
            {fitting.length === 0 ? <p className="utrecht-paragraph">Geen open kans voldoet aan alle harde eisen.</p> : (
              <ol className="record-list" aria-labelledby="passend">
                {fitting.map(({ opportunity: o, score, distanceKm, factors }) => (
                  <li key={o.id} data-testid="resident-opportunity">
                    <h3 className="utrecht-heading-3">{o.title} <span className="badge badge--status">score {score}</span></h3>
                    <p className="utrecht-paragraph">
                      {o.kindLabel} bij {o.employerName}{o.municipality.own ? '' : ` (gedeeld door gemeente ${o.municipality.name})`}, {o.hoursPerWeek} uur per week,
                      start {dutchDate(o.startDate)}{distanceKm === null ? '' : `, ${distanceKm} km`}.
                    </p>
                    <FactorList factors={factors} label={`Waarom ${o.title} past`} />
                  </li>
                ))}
              </ol>
            )}
          </section>
          {other.length > 0 && (
            <section aria-labelledby="niet-passend">
              <h2 className="utrecht-heading-2" id="niet-passend">Kansen die nu niet passen</h2>
              <ul className="record-list" aria-labelledby="niet-passend">
                {other.map(({ opportunity: o, exclusions }) => (
                  <li key={o.id}>
                    <h3 className="utrecht-heading-3">{o.title}</h3>
                    <ExclusionList exclusions={exclusions} label={`Waarom ${o.title} niet past`} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </Page>
  );
}
