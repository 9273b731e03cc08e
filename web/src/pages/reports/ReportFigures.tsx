import { FigureChart, Legend } from '../dashboards/charts.tsx';
import type { Figure } from '../dashboards/types.ts';
import { euros } from '../../money.ts';
import type { ReportFigures as Figures } from './types.ts';

const th = (text: string) => <th key={text} scope="col" className="utrecht-table__header-cell">{text}</th>;

/** One dashboard figure in the report: the chart and, one click away, the same numbers as a table. */
function ReportFigure({ figure }: { figure: Figure }) {
  const id = `rapport-${figure.id}`;
  return (
    <section className="figure-card" aria-labelledby={`${id}-kop`} data-testid={`figure-${figure.id}`}>
      <h3 className="utrecht-heading-3" id={`${id}-kop`}>{figure.title}</h3>
      <FigureChart id={id} figure={figure} />
      <Legend figure={figure} />
      <details>
        <summary>Toon als tabel</summary>
        <div className="table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">{figure.title}</caption>
            <thead className="utrecht-table__header"><tr className="utrecht-table__row">{th(figure.dimension)}{figure.series.map((s) => th(s.label))}</tr></thead>
            <tbody className="utrecht-table__body">
              {figure.rows.map((r) => (
                <tr key={r.key} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">{r.label}</th>
                  {r.cells.map((c, i) => <td key={figure.series[i].key} className="utrecht-table__cell numeric">{c.display}</td>)}
                </tr>
              ))}
              {figure.total && (
                <tr className="utrecht-table__row figure-card__total">
                  <th scope="row" className="utrecht-table__header-cell">{figure.total.label}</th>
                  {figure.total.cells.map((c, i) => <td key={figure.series[i].key} className="utrecht-table__cell numeric">{c.display}</td>)}
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </details>
      {figure.notes.length > 0 && <ul className="figure-card__notes source-note">{figure.notes.map((n) => <li key={n}>{n}</li>)}</ul>}
    </section>
  );
}

const groups: { heading: string; ids: string[] }[] = [
  { heading: 'Caseload op de participatieladder', ids: ['ladder-steps', 'ladder-categories'] },
  { heading: 'Doelgroepen en uitkeringen', ids: ['target-groups', 'benefits-per-1000'] },
  { heading: 'In- en uitstroom', ids: ['in-outflow', 'outflow-reasons'] },
  { heading: 'Trajecten en plaatsingen', ids: ['trajectories', 'placements'] },
  { heading: 'Taakstelling nieuw beschut werk', ids: ['sheltered-work'] },
];

/** Every figure of the report: the dashboard figures by theme, then the money. */
export function ReportFigures({ figures }: { figures: Figures }) {
  const f = figures.finance;
  const b = figures.budget;
  return (
    <>
      {groups.map((g, k) => {
        const shown = figures.dashboard.filter((x) => g.ids.includes(x.id));
        return shown.length === 0 ? null : (
          <section key={g.heading} aria-labelledby={`thema-${k}`}>
            <h2 className="utrecht-heading-2" id={`thema-${k}`}>{g.heading}</h2>
            <div className="figure-grid">{shown.map((x) => <ReportFigure key={x.id} figure={x} />)}</div>
          </section>
        );
      })}
      <section aria-labelledby="rapport-financien">
        <h2 className="utrecht-heading-2" id="rapport-financien">Financiën {f.year}</h2>
        {f.warning && <p className="utrecht-paragraph notice">{f.warning}</p>}
        <div className="table-scroll">
          <table className="utrecht-table" data-testid="report-finance">
            <caption className="utrecht-table__caption">Inkomsten en uitgaven per stroom, {f.year} ({f.basisLabel.toLowerCase()})</caption>
            <thead className="utrecht-table__header"><tr className="utrecht-table__row">{['Stroom', 'Inkomsten', 'Uitgaven', 'Saldo'].map(th)}</tr></thead>
            <tbody className="utrecht-table__body">
              {f.streams.map((s) => (
                <tr key={s.label} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">{s.label}</th>
                  <td className="utrecht-table__cell numeric">{euros(s.incomeCents)}</td>
                  <td className="utrecht-table__cell numeric">{euros(s.expenditureCents)}</td>
                  <td className="utrecht-table__cell numeric">{euros(s.resultCents)}</td>
                </tr>
              ))}
              <tr className="utrecht-table__row figure-card__total">
                <th scope="row" className="utrecht-table__header-cell">Totaal</th>
                <td className="utrecht-table__cell numeric">{euros(f.incomeCents)}</td>
                <td className="utrecht-table__cell numeric">{euros(f.expenditureCents)}</td>
                <td className="utrecht-table__cell numeric">{euros(f.balanceCents)}</td>
              </tr>
            </tbody>
          </table>
        </div>
        {f.reserve && (
          <p className="utrecht-paragraph">
            Reserve sociaal domein: begin {euros(f.reserve.openingCents)}, eind {euros(f.reserve.closingCents)}; uit de reserve {euros(f.reserve.fromReserveCents)},
            uit de algemene middelen {euros(f.reserve.fromGeneralFundsCents)}.
          </p>
        )}
        {f.notices.map((n) => <p key={n} className="utrecht-paragraph muted-text">{n}</p>)}
        <p className="utrecht-paragraph">
          {b.set
            ? <>Re-integratiebudget {b.year}: {euros(b.budgetCents)}; verplicht {euros(b.committedCents)}, gerealiseerd {euros(b.realisedCents)}, vrij {euros(b.remainingCents)}.</>
            : <>Voor {b.year} is nog geen re-integratiebudget vastgesteld; verplicht {euros(b.committedCents)}, gerealiseerd {euros(b.realisedCents)}.</>}
        </p>
      </section>
    </>
  );
}
