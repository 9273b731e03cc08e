import { useState } from 'react';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useApi } from '../../useApi.ts';

// GET /supply-need-reports/{year} (src/modules/provisions/supply/routes.ts). null counts are suppressed (< 5).
interface Fit {
  instrumentId: string; code: string; name: string; placesPerYear: number; inUse: number | null; waiting: number | null; free: number;
  shortestWaitDays: number | null; need: number | null; needByTargetGroup: { code: string; label: string; residents: number | null }[]; mismatches: string[];
}
interface Report { year: number; maxWaitDays: number; suppressedBelow: number | null; instruments: Fit[]; unservedNeeds: { need: string; label: string; residents: number | null }[] }

const shown = (n: number | null, below: number | null) => (n === null ? `<${below ?? 5}` : String(n));

/** Aansluiting aanbod en behoefte: for the yearly execution plan, with an XLSX download. */
export function SupplyNeedPage() {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [maxWaitDays, setMaxWaitDays] = useState(30);
  const query = `maxWaitDays=${maxWaitDays}`;
  const { data, error, loading } = useApi<Report>(`/supply-need-reports/${year}?${query}`);
  const problems = data?.instruments.filter((i) => i.mismatches.length > 0) ?? [];
  return (
    <Page title="Aanbod en behoefte">
      <h1 className="utrecht-heading-1">Aanbod en behoefte</h1>
      <p className="utrecht-paragraph">
        De behoefte uit plannen van aanpak en belemmeringen naast de plaatsen en wachttijden in de catalogus, per instrument en doelgroep.
        Voor het uitvoeringsplan.
      </p>
      <form className="filters" aria-label="Rapport kiezen" onSubmit={(e) => e.preventDefault()}>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="jaar">Jaar</label>
          <select id="jaar" className="utrecht-select" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {[thisYear - 1, thisYear, thisYear + 1].map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="wachttijd">Wachttijdgrens in dagen</label>
          <input id="wachttijd" className="utrecht-textbox" type="number" min={0} max={365} value={maxWaitDays}
            onChange={(e) => setMaxWaitDays(Math.max(0, Math.min(365, Number(e.target.value) || 0)))} />
        </div>
        <a className="utrecht-button utrecht-button--secondary-action download-link" href={`/api/v1/supply-need-reports/${year}/export?${query}`} download>
          Download als Excel (XLSX)
        </a>
      </form>
      {error && <ErrorMessage error={error} />}
      {loading && !data && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {data && (
        <>
          {data.suppressedBelow && <p className="utrecht-paragraph notice">Aantallen onder {data.suppressedBelow} zijn afgeschermd, zodat niemand herkenbaar is.</p>}
          <section aria-labelledby="knelpunten">
            <h2 className="utrecht-heading-2" id="knelpunten">Knelpunten ({problems.length})</h2>
            {problems.length === 0 ? <p className="utrecht-paragraph">Geen knelpunten gevonden.</p> : (
              <ul className="utrecht-unordered-list">
                {problems.map((i) => <li key={i.instrumentId}><strong>{i.name}:</strong> {i.mismatches.join(' ')}</li>)}
              </ul>
            )}
          </section>
          <section aria-labelledby="per-instrument">
            <h2 className="utrecht-heading-2" id="per-instrument">Per instrument</h2>
            <div className="table-scroll">
              <table className="utrecht-table">
                <caption className="visually-hidden">Aanbod en behoefte per instrument in {data.year}</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    {['Instrument', 'Plaatsen per jaar', 'In gebruik', 'Wachtend', 'Vrij', 'Kortste wachttijd', 'Behoefte', 'Behoefte per doelgroep'].map((h) => (
                      <th key={h} className="utrecht-table__header-cell" scope="col">{h}</th>
                    ))}
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {data.instruments.map((i) => (
                    <tr key={i.instrumentId} className={`utrecht-table__row${i.mismatches.length ? ' mismatch' : ''}`}>
                      <th className="utrecht-table__header-cell" scope="row">{i.name}{i.mismatches.length > 0 && <span className="badge badge--warn"> knelpunt</span>}</th>
                      <td className="utrecht-table__cell">{i.placesPerYear}</td>
                      <td className="utrecht-table__cell">{shown(i.inUse, data.suppressedBelow)}</td>
                      <td className="utrecht-table__cell">{shown(i.waiting, data.suppressedBelow)}</td>
                      <td className="utrecht-table__cell">{i.free}</td>
                      <td className="utrecht-table__cell">{i.shortestWaitDays === null ? '–' : `${i.shortestWaitDays} dagen`}</td>
                      <td className="utrecht-table__cell">{shown(i.need, data.suppressedBelow)}</td>
                      <td className="utrecht-table__cell">{i.needByTargetGroup.map((g) => `${g.label}: ${shown(g.residents, data.suppressedBelow)}`).join('; ') || '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="zonder-aanbod">
            <h2 className="utrecht-heading-2" id="zonder-aanbod">Behoefte zonder aanbod</h2>
            {data.unservedNeeds.length === 0 ? <p className="utrecht-paragraph">Voor elke vastgelegde behoefte is er aanbod.</p> : (
              <ul className="utrecht-unordered-list">
                {data.unservedNeeds.map((u) => <li key={u.need}>{u.label}: {shown(u.residents, data.suppressedBelow)} inwoners</li>)}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
