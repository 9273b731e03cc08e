import { useState } from 'react';
import { api, ApiError } from '../../api.ts';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { Comparison } from './Comparison.tsx';
import { ScenarioForm } from './ScenarioForm.tsx';
import { decimal, monthLabel, type Comparison as ComparisonData, type Scenario, type ScenarioSummary } from './types.ts';

/** Prognoses: saved caseload scenarios, compared side by side; policy analysts create and change them. */
export function ForecastsPage() {
  const { user } = useSession();
  const canEdit = user?.role === 'policy_analyst';
  const list = useApi<{ items: ScenarioSummary[] }>('/forecast-scenarios');
  const [selected, setSelected] = useState<string[]>([]);
  const [compared, setCompared] = useState<string[] | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const comparison = useApi<ComparisonData>(compared ? `/forecast-scenarios/comparison?ids=${compared.join(',')}` : null);
  const [editing, setEditing] = useState<Scenario | 'new' | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);

  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const compare = () => {
    if (selected.length < 2 || selected.length > 6) { setHint('Kies twee tot zes scenario’s om te vergelijken.'); return; }
    setHint(null);
    setCompared([...selected]);
  };
  const edit = async (id: string) => {
    try { setEditing(await api<Scenario>(`/forecast-scenarios/${id}`)); setLoadError(null); } catch (e) { setLoadError(e as ApiError); }
  };
  const [message, setMessage] = useState<string | null>(null);
  const saved = (s: Scenario) => { setMessage(`Scenario ‘${s.name}’ opgeslagen.`); setEditing(null); list.reload(); comparison.reload(); };

  return (
    <Page title="Prognoses">
      <h1 className="utrecht-heading-1">Prognoses</h1>
      <p className="utrecht-paragraph">
        Scenario’s voor het aantal uitkeringen met hun instroom en uitstroom per maand, en wat dat en de groei van de taakstelling
        beschut werk betekenen voor de begroting. Kies scenario’s om ze naast elkaar te zetten.
      </p>
      {list.error && <ErrorMessage error={list.error} />}
      {loadError && <ErrorMessage error={loadError} />}
      {!list.data && !list.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {list.data && (
        <section aria-labelledby="scenarios">
          <h2 className="utrecht-heading-2" id="scenarios">Scenario’s</h2>
          <div className="table-scroll">
            <table className="utrecht-table" data-testid="scenario-list">
              <caption className="visually-hidden">Opgeslagen scenario’s; kies er twee of meer om te vergelijken</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  {['Vergelijken', 'Scenario', 'Periode', 'Begin', 'Instroom per maand', 'Uitstroom per maand', 'Aan het eind', ...(canEdit ? ['Wijzigen'] : [])].map((h) => (
                    <th key={h} className="utrecht-table__header-cell" scope="col">{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {list.data.items.map((s) => (
                  <tr key={s.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell">
                      <input type="checkbox" className="utrecht-checkbox" id={`kies-${s.id}`} checked={selected.includes(s.id)} onChange={() => toggle(s.id)}
                        aria-label={`${s.name} vergelijken`} />
                    </td>
                    <th className="utrecht-table__header-cell" scope="row">{s.name}{s.description && <span className="muted-text"><br />{s.description}</span>}</th>
                    <td className="utrecht-table__cell">{monthLabel(s.startMonth)} – {monthLabel(s.endMonth)}</td>
                    <td className="utrecht-table__cell numeric">{s.startCaseload}</td>
                    <td className="utrecht-table__cell numeric">{decimal(s.inflowPerMonth)}</td>
                    <td className="utrecht-table__cell numeric">{decimal(s.outflowPctPerMonth)}%</td>
                    <td className="utrecht-table__cell numeric">{s.endCaseload}</td>
                    {canEdit && (
                      <td className="utrecht-table__cell">
                        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void edit(s.id)}>
                          Wijzigen<span className="visually-hidden"> {s.name}</span>
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="button-row">
            <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={compare}>Vergelijk gekozen scenario’s</button>
            {canEdit && editing === null && <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => { setMessage(null); setEditing('new'); }}>Nieuw scenario</button>}
          </div>
          <div aria-live="polite">
            {hint && <p className="utrecht-paragraph notice">{hint}</p>}
            {message && <p className="utrecht-paragraph success">{message}</p>}
          </div>
        </section>
      )}
      {canEdit && editing !== null && (
        <ScenarioForm key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`} scenario={editing === 'new' ? null : editing}
          onSaved={saved} onCancel={() => setEditing(null)} />
      )}
      {comparison.error && <ErrorMessage error={comparison.error} />}
      {compared && comparison.loading && !comparison.data && <p className="utrecht-paragraph" role="status">Vergelijking laden…</p>}
      {comparison.data && <Comparison data={comparison.data} />}
    </Page>
  );
}
