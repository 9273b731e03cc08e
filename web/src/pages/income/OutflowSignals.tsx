import { Link } from 'react-router';
import { ErrorMessage } from '../../layout/Layout.tsx';
import { useApi } from '../../useApi.ts';
import { formatDate } from './types.ts';

interface Signal {
  id: string; occurredOn: string; residentId: string; residentName: string; benefitId: string;
  employerName: string | null; placementKindLabel: string | null; contractHoursPerWeek: number | null;
}

/**
 * Uitstroom door werk, nog te verwerken: placements recorded as ending the benefit while it still runs. The end
 * decision (reason werk) is the income consultant's; only that counts in the outflow figures.
 */
export function OutflowSignals() {
  const { data, error } = useApi<{ items: Signal[] }>('/benefit-outflow-signals');
  return (
    <section aria-labelledby="uitstroom-kop">
      <h2 className="utrecht-heading-2" id="uitstroom-kop">Uitstroom door werk, nog te verwerken</h2>
      {error && <ErrorMessage error={error} />}
      {data && data.items.length === 0 && <p className="utrecht-paragraph">Er zijn geen plaatsingen die een lopende uitkering beëindigen.</p>}
      {data && data.items.length > 0 && (
        <>
          <p className="utrecht-paragraph">
            Deze inwoners zijn aan het werk gegaan in een baan die de uitkering beëindigt, maar hun uitkering loopt nog. Open de uitkering en
            neem een besluit <em>Uitkering beëindigen</em> met de reden <em>Werk gevonden</em>; dan telt de uitstroom mee in de cijfers.
          </p>
          <div className="table-scroll">
            <table className="utrecht-table">
              <caption className="utrecht-table__caption">Plaatsingen die de uitkering beëindigen, de oudste eerst</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Inwoner</th>
                  <th scope="col" className="utrecht-table__header-cell">Werkgever</th>
                  <th scope="col" className="utrecht-table__header-cell">Soort</th>
                  <th scope="col" className="utrecht-table__header-cell">Uren per week</th>
                  <th scope="col" className="utrecht-table__header-cell">Eerste werkdag</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {data.items.map((s) => (
                  <tr key={s.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell"><Link className="utrecht-link" to={`/inkomen/uitkeringen/${s.residentId}`}>{s.residentName}</Link></td>
                    <td className="utrecht-table__cell">{s.employerName ?? '—'}</td>
                    <td className="utrecht-table__cell">{s.placementKindLabel ?? '—'}</td>
                    <td className="utrecht-table__cell">{s.contractHoursPerWeek ?? '—'}</td>
                    <td className="utrecht-table__cell"><time dateTime={s.occurredOn}>{formatDate(s.occurredOn)}</time></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
