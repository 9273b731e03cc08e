import { Link } from 'react-router';
import type { ReportDeadline } from './types.ts';

/**
 * Due dates: next year's execution plan (by 1 September) and the quarterly report of the last ended quarter, each
 * with its status ("nog niet gemaakt", "concept", "gepubliceerd") and a warning when time runs short or has run out.
 */
export function Deadlines({ deadlines }: { deadlines: ReportDeadline[] }) {
  if (deadlines.length === 0) return null;
  return (
    <section aria-labelledby="termijnen">
      <h2 className="utrecht-heading-2" id="termijnen">Termijnen</h2>
      {deadlines.filter((d) => d.warning).map((d) => (
        <div key={d.kind} className="utrecht-alert utrecht-alert--warning" role="alert"><p className="utrecht-paragraph">{d.warning}</p></div>
      ))}
      <div className="table-scroll">
        <table className="utrecht-table" data-testid="rapportage-termijnen">
          <caption className="visually-hidden">Termijnen van de raadsrapportages</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {['Rapportage', 'Status', 'Termijn'].map((h) => <th key={h} scope="col" className="utrecht-table__header-cell">{h}</th>)}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {deadlines.map((d) => (
              <tr key={d.kind} className="utrecht-table__row" data-testid={`termijn-${d.kind}`}>
                <th scope="row" className="utrecht-table__header-cell">
                  {d.reportId ? <Link className="utrecht-link" to={`/raadsrapportages/${d.reportId}`}>{d.title}</Link> : d.title}
                </th>
                <td className="utrecht-table__cell"><span className="badge badge--status">{d.stateLabel}</span></td>
                <td className="utrecht-table__cell">{d.dueText}{d.overdue ? ' (verstreken)' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
