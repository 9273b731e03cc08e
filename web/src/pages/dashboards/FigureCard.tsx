import { useState } from 'react';
import { FigureChart, Legend } from './charts.tsx';
import type { Area, Figure } from './types.ts';

/** One figure: the chart, or on request the same numbers as a table; a CSV download; the notes. */
export function FigureCard({ figure, area, period }: { figure: Figure; area: Area; period: { from: string; to: string } }) {
  const [asTable, setAsTable] = useState(false);
  const id = `cijfer-${figure.id}`;
  const csv = `/api/v1/dashboards/${area}/${figure.id}.csv?from=${period.from}&to=${period.to}`;
  return (
    <section className="figure-card" aria-labelledby={`${id}-kop`} data-testid={`figure-${figure.id}`}>
      <h2 className="utrecht-heading-2" id={`${id}-kop`}>{figure.title}</h2>
      <p className="utrecht-paragraph muted-text">{figure.description}</p>
      <div className="button-row figure-card__actions">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" aria-controls={`${id}-inhoud`} aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}>
          {asTable ? 'Toon als grafiek' : 'Toon als tabel'}
        </button>
        <a className="utrecht-link download-link" href={csv} download>Download CSV<span className="visually-hidden"> van {figure.title}</span></a>
      </div>
      <div id={`${id}-inhoud`}>
        {asTable ? <FigureTable figure={figure} /> : (
          <>
            <FigureChart id={id} figure={figure} />
            <Legend figure={figure} />
          </>
        )}
      </div>
      {figure.notes.length > 0 && <ul className="figure-card__notes source-note">{figure.notes.map((n) => <li key={n}>{n}</li>)}</ul>}
    </section>
  );
}

function FigureTable({ figure }: { figure: Figure }) {
  return (
    <div className="table-scroll">
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">{figure.title}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{figure.dimension}</th>
            {figure.series.map((s) => <th key={s.key} scope="col" className="utrecht-table__header-cell numeric">{s.label}</th>)}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {figure.rows.map((r) => (
            <tr key={r.key} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">{r.label}</th>
              {r.cells.map((c, i) => <td key={figure.series[i].key} className="utrecht-table__cell numeric">{c.display}</td>)}
            </tr>
          ))}
        </tbody>
        {(figure.total || figure.reference) && (
          <tfoot>
            {figure.total && (
              <tr className="utrecht-table__row figure-card__total">
                <th scope="row" className="utrecht-table__header-cell">{figure.total.label}</th>
                {figure.total.cells.map((c, i) => <td key={figure.series[i].key} className="utrecht-table__cell numeric">{c.display}</td>)}
              </tr>
            )}
            {figure.reference && (
              <tr className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{figure.reference.label} (referentie)</th>
                {figure.series.map((s) => <td key={s.key} className="utrecht-table__cell numeric">{s.key === figure.chartSeries[0] ? figure.reference!.display : ''}</td>)}
              </tr>
            )}
          </tfoot>
        )}
      </table>
    </div>
  );
}
