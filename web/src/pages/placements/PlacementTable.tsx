import { Link } from 'react-router';
import { euros } from '../../money.ts';
import { formatDate } from '../trajectories/types.ts';
import { hoursText, type Placement } from './types.ts';

/** The placements in scope, newest start first; each row opens the placement. */
export function PlacementTable({ items }: { items: Placement[] }) {
  return (
    <div className="table-scroll">
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">Plaatsingen van inwoners in uw werkgebied, nieuwste start eerst</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Inwoner</th>
            <th scope="col" className="utrecht-table__header-cell">Soort</th>
            <th scope="col" className="utrecht-table__header-cell">Werkgever</th>
            <th scope="col" className="utrecht-table__header-cell numeric">Uren per week</th>
            <th scope="col" className="utrecht-table__header-cell">Start</th>
            <th scope="col" className="utrecht-table__header-cell">Status</th>
            <th scope="col" className="utrecht-table__header-cell numeric">Loonkostensubsidie per maand</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {items.map((p) => (
            <tr key={p.id} className="utrecht-table__row">
              <td className="utrecht-table__cell"><Link className="utrecht-link" to={`/plaatsingen/${p.id}`}>{p.resident.fullName}</Link></td>
              <td className="utrecht-table__cell">{p.kindLabel}</td>
              <td className="utrecht-table__cell">{p.employer.name}{p.employer.ownMunicipality ? '' : ` (${p.employer.municipality})`}</td>
              <td className="utrecht-table__cell numeric">{hoursText(p.contractHoursPerWeek)}</td>
              <td className="utrecht-table__cell"><time dateTime={p.startDate}>{formatDate(p.startDate)}</time></td>
              <td className="utrecht-table__cell">{p.statusLabel}</td>
              <td className="utrecht-table__cell numeric">{p.wageCostSubsidy ? euros(p.wageCostSubsidy.monthlyCents) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
