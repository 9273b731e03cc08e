import { useState } from 'react';
import { today } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useApi } from '../../useApi.ts';

// GET /placement-figures/{year} (src/modules/employers/placements/figures.ts).
interface Figures {
  year: number; region: string | null; suppressedBelow: number; municipalities: { code: string; name: string }[];
  cells: { residentMunicipality: string; employerMunicipality: string; placements: number | null; suppressed: boolean }[];
}

/** Who placed whom: placements started in a year, per municipality of the resident × municipality of the employer. */
export function RegionalFigures() {
  const thisYear = Number(today().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const { data, error } = useApi<Figures>(`/placement-figures/${year}`);
  const shown = data?.year === year ? data : null;
  const cell = (from: string, to: string) => shown!.cells.find((c) => c.residentMunicipality === from && c.employerMunicipality === to);
  return (
    <Page title="Plaatsingen in de regio">
      <h1 className="utrecht-heading-1">Plaatsingen in de regio</h1>
      <div className="filters">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="cijfers-jaar">Jaar</label>
          <select id="cijfers-jaar" className="utrecht-select" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {Array.from({ length: 6 }, (_, k) => thisYear - 5 + k).map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
      </div>
      {error && <ErrorMessage error={error} />}
      {!shown && !error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {shown && (
        <>
          <div className="table-scroll">
            <table className="utrecht-table" data-testid="regional-figures">
              <caption className="utrecht-table__caption">
                Plaatsingen die in {shown.year} begonnen{shown.region ? ` in de ${shown.region}` : ''}: gemeente van de inwoner (rij) bij een werkgever uit gemeente (kolom)
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Inwoner uit</th>
                  {shown.municipalities.map((m) => <th key={m.code} scope="col" className="utrecht-table__header-cell numeric">Werkgever in {m.name}</th>)}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {shown.municipalities.map((from) => (
                  <tr key={from.code} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">{from.name}</th>
                    {shown.municipalities.map((to) => {
                      const c = cell(from.name, to.name);
                      return <td key={to.code} className="utrecht-table__cell numeric">{c?.suppressed ? `<${shown.suppressedBelow}` : c?.placements ?? 0}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="utrecht-paragraph source-note">
            Alleen aantallen, nooit personen. Aantallen van 1 tot {shown.suppressedBelow} over inwoners van een andere gemeente staan er als
            “&lt;{shown.suppressedBelow}”; voor beleidsmedewerkers geldt dat voor alle aantallen van 1 tot {shown.suppressedBelow}.
          </p>
        </>
      )}
    </Page>
  );
}
