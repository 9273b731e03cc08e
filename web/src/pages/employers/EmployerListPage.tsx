import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Field } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { EmployerForm } from './EmployerForm.tsx';
import { EmployersNav } from './EmployersNav.tsx';
import { managesEmployers, sectorLabels, sectors, showPostcode, type Employer, type PageOf } from './types.ts';

/** /werkgevers: the municipality's employers, searchable by name or KvK number and by sector; account managers add one. */
export function EmployerListPage() {
  const { user } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [sector, setSector] = useState(params.get('sector') ?? '');
  const page = Number(params.get('page') ?? '1');
  const query = new URLSearchParams({ pageSize: '25', page: String(page) });
  for (const key of ['q', 'sector']) if (params.get(key)) query.set(key, params.get(key)!);
  const list = useApi<PageOf<Employer>>(`/employers?${query}`);
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  const search = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (q.trim()) next.set('q', q.trim());
    if (sector) next.set('sector', sector);
    setParams(next);
  };
  const goTo = (p: number) => setParams((old) => { const n = new URLSearchParams(old); n.set('page', String(p)); return n; });

  return (
    <Page title="Werkgevers">
      <h1 className="utrecht-heading-1">Werkgevers</h1>
      <EmployersNav />
      <form role="search" aria-label="Werkgevers zoeken" onSubmit={search} className="filters">
        <Field id="werkgevers-q" label="Naam of KvK-nummer">
          <input id="werkgevers-q" type="search" className="utrecht-textbox" value={q} onChange={(e) => setQ(e.target.value)} />
        </Field>
        <Field id="werkgevers-sector" label="Sector">
          <select id="werkgevers-sector" className="utrecht-select" value={sector} onChange={(e) => setSector(e.target.value)}>
            <option value="">Alle sectoren</option>
            {sectors.map((c) => <option key={c} value={c}>{sectorLabels[c]}</option>)}
          </select>
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">Zoeken</button>
      </form>

      {list.error && <ErrorMessage error={list.error} />}
      <p className="utrecht-paragraph" role="status">
        {!list.data ? (list.error ? '' : 'Laden…') : `${list.data.total} ${list.data.total === 1 ? 'werkgever' : 'werkgevers'} gevonden.`}
      </p>
      {list.data && list.data.items.length > 0 && (
        <div className="table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">Werkgevers van de gemeente</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Naam</th>
                <th scope="col" className="utrecht-table__header-cell">Sector</th>
                <th scope="col" className="utrecht-table__header-cell">KvK-nummer</th>
                <th scope="col" className="utrecht-table__header-cell">Vestiging</th>
                <th scope="col" className="utrecht-table__header-cell numeric">Open kansen</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {list.data.items.map((e) => (
                <tr key={e.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell"><Link className="utrecht-link" to={`/werkgevers/${e.id}`}>{e.name}</Link></th>
                  <td className="utrecht-table__cell">{e.sectorLabel}</td>
                  <td className="utrecht-table__cell">{e.kvkNumber ?? '—'}</td>
                  <td className="utrecht-table__cell">{showPostcode(e.postcode)} {e.city}</td>
                  <td className="utrecht-table__cell numeric">{e.openOpportunities}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && pages > 1 && (
        <nav aria-label="Paginering" className="pagination">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={page <= 1} onClick={() => goTo(page - 1)}>Vorige</button>
          <span>Pagina {page} van {pages}</span>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={page >= pages} onClick={() => goTo(page + 1)}>Volgende</button>
        </nav>
      )}

      {managesEmployers(user?.role) && (
        <section aria-labelledby="werkgever-toevoegen">
          <h2 className="utrecht-heading-2" id="werkgever-toevoegen">Werkgever toevoegen</h2>
          <EmployerForm onSaved={(e) => navigate(`/werkgevers/${e.id}`)} />
        </section>
      )}
    </Page>
  );
}
