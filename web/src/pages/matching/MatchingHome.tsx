import { Link } from 'react-router';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useApi } from '../../useApi.ts';
import { MatchingNav } from './MatchingNav.tsx';
import { dutchDate } from './types.ts';

interface OpenOpportunity { id: string; title: string; kindLabel: string; hoursPerWeek: number; startDate: string; places: number; placesOpen: number; employer: { name: string } }

/** /kandidaten: the municipality's open opportunities, each a link to its candidates. */
export function MatchingHome() {
  const list = useApi<{ items: OpenOpportunity[]; total: number }>('/opportunities?status=open&pageSize=100');
  return (
    <Page title="Matching">
      <h1 className="utrecht-heading-1">Matching</h1>
      <MatchingNav />
      <p className="utrecht-paragraph">
        Kies een kans om de best passende kandidaten uit de regio te zien, met per factor waarom. Harde eisen (uren, reisafstand,
        rijbewijs, beschikbaarheid, minimumleeftijd) sluiten uit; beroep, vaardigheden, wensen, taalniveau, trede en loonwaarde geven punten.
      </p>
      <section aria-labelledby="open-kansen">
        <h2 className="utrecht-heading-2" id="open-kansen">Open kansen van uw gemeente</h2>
        {list.error && <ErrorMessage error={list.error} />}
        {!list.data && !list.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
        {list.data && list.data.items.length === 0 && <p className="utrecht-paragraph">Er zijn geen open kansen.</p>}
        {list.data && list.data.items.length > 0 && (
          <div className="table-scroll">
            <table className="utrecht-table">
              <caption className="utrecht-table__caption">Open kansen, eerstvolgende start eerst</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Kans</th>
                  <th scope="col" className="utrecht-table__header-cell">Werkgever</th>
                  <th scope="col" className="utrecht-table__header-cell">Soort</th>
                  <th scope="col" className="utrecht-table__header-cell numeric">Uren</th>
                  <th scope="col" className="utrecht-table__header-cell numeric">Plaatsen open</th>
                  <th scope="col" className="utrecht-table__header-cell">Start</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {[...list.data.items].sort((a, b) => a.startDate.localeCompare(b.startDate)).map((o) => (
                  <tr key={o.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell"><Link className="utrecht-link" to={`/kandidaten/kans/${o.id}`}>{o.title}<span className="visually-hidden">: kandidaten zoeken</span></Link></td>
                    <td className="utrecht-table__cell">{o.employer.name}</td>
                    <td className="utrecht-table__cell">{o.kindLabel}</td>
                    <td className="utrecht-table__cell numeric">{o.hoursPerWeek}</td>
                    <td className="utrecht-table__cell numeric">{o.placesOpen} van {o.places}</td>
                    <td className="utrecht-table__cell">{dutchDate(o.startDate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Page>
  );
}
