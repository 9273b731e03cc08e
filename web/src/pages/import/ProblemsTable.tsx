import { useState } from 'react';
import { problemsAsCsv, type ImportProblem } from './importApi.ts';

const FIRST = 200;

/** Row, column and Dutch message of every problem; long lists show the first 200 until asked for all. */
export function ProblemsTable({ problems }: { problems: ImportProblem[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? problems : problems.slice(0, FIRST);
  const download = () => {
    const url = URL.createObjectURL(problemsAsCsv(problems));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'meldingen-import.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="meedoen-import-problems">
      <div className="utrecht-table-container utrecht-table-container--overflow-inline">
        <table className="utrecht-table utrecht-table--html-table utrecht-table--alternate-row-color">
          <caption className="utrecht-table__caption">
            Meldingen ({problems.length.toLocaleString('nl-NL')}){shown.length < problems.length ? `, de eerste ${shown.length} getoond` : ''}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Rij</th>
              <th scope="col" className="utrecht-table__header-cell">Kolom</th>
              <th scope="col" className="utrecht-table__header-cell">Melding</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {shown.map((p, i) => (
              <tr className="utrecht-table__row" key={`${p.row}-${p.column ?? ''}-${i}`}>
                <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{p.row}</td>
                <td className="utrecht-table__cell">{p.column ?? '—'}</td>
                <td className="utrecht-table__cell">{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="utrecht-button-group">
        {shown.length < problems.length && (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setAll(true)}>
            Toon alle {problems.length.toLocaleString('nl-NL')} meldingen
          </button>
        )}
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={download}>
          Meldingen downloaden (CSV)
        </button>
      </div>
    </div>
  );
}
