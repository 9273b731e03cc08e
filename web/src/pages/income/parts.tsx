import { euros } from '../../money.ts';
import { formatDate, formatMonth, termLabels, type Calculation, type Term } from './types.ts';

/** Every line of a benefit calculation with its article, and the table version it used. */
export function CalculationTable({ calculation, id }: { calculation: Calculation; id: string }) {
  return (
    <div className="table-scroll">
      <table className="utrecht-table" data-testid="calculation">
        <caption className="utrecht-table__caption" id={id}>
          Berekening {formatMonth(calculation.month)} — normtabel {calculation.table.id} (geldig vanaf {formatDate(calculation.table.validFrom)})
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Onderdeel</th>
            <th scope="col" className="utrecht-table__header-cell">Artikel</th>
            <th scope="col" className="utrecht-table__header-cell numeric">Bedrag</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {calculation.lines.map((l, i) => (
            <tr key={`${l.code}-${i}`} className="utrecht-table__row">
              <td className="utrecht-table__cell">{l.label}</td>
              <td className="utrecht-table__cell">{l.article}</td>
              <td className="utrecht-table__cell numeric">{euros(l.amountCents)}</td>
            </tr>
          ))}
          <tr className="utrecht-table__row">
            <th scope="row" className="utrecht-table__cell">Uit te betalen per maand</th>
            <td className="utrecht-table__cell" />
            <td className="utrecht-table__cell numeric"><strong>{euros(calculation.payableCents)}</strong></td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** A term with its deadline and state; warning states stand out. */
export function TermText({ term }: { term: Term }) {
  const warn = term.state === 'soon' || term.state === 'overdue' || term.state === 'late';
  return (
    <span>
      <time dateTime={term.deadline}>{formatDate(term.deadline)}</time>{' '}
      <span className={warn ? 'badge badge--overdue' : 'badge'}>{termLabels[term.state]}</span>
    </span>
  );
}
