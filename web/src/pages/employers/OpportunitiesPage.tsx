import { useSearchParams } from 'react-router';
import { Field } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { EmployersNav } from './EmployersNav.tsx';
import { OpportunityItem } from './OpportunityItem.tsx';
import { managesEmployers, opportunityKindLabels, opportunityKinds, type Opportunity, type PageOf } from './types.ts';

/** /werkgevers/kansen: every open opportunity of the municipality, optionally with those the region shares. */
export function OpportunitiesPage() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? '';
  const region = params.get('regio') === 'ja';
  const page = Number(params.get('page') ?? '1');
  const query = new URLSearchParams({ status: 'open', pageSize: '25', page: String(page) });
  if (kind) query.set('kind', kind);
  if (region) query.set('includeRegion', 'true');
  const list = useApi<PageOf<Opportunity>>(`/opportunities?${query}`);
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  const set = (key: string, value: string | null) => setParams((old) => {
    const n = new URLSearchParams(old);
    if (value) n.set(key, value); else n.delete(key);
    if (key !== 'page') n.delete('page');
    return n;
  });

  return (
    <Page title="Kansen">
      <h1 className="utrecht-heading-1">Open kansen</h1>
      <EmployersNav />
      <div className="filters" role="group" aria-label="Kansen filteren">
        <Field id="kansen-soort" label="Soort kans">
          <select id="kansen-soort" className="utrecht-select" value={kind} onChange={(e) => set('kind', e.target.value)}>
            <option value="">Alle soorten</option>
            {opportunityKinds.map((k) => <option key={k} value={k}>{opportunityKindLabels[k]}</option>)}
          </select>
        </Field>
        <div className="utrecht-form-field checkbox-field">
          <input id="kansen-regio" type="checkbox" className="utrecht-checkbox" checked={region} onChange={(e) => set('regio', e.target.checked ? 'ja' : null)} />
          <label className="utrecht-form-label" htmlFor="kansen-regio">Ook gedeelde kansen uit de regio tonen</label>
        </div>
      </div>
      <section aria-labelledby="kansen-gevonden">
        <h2 className="utrecht-heading-2" id="kansen-gevonden">Gevonden kansen</h2>
        {list.error && <ErrorMessage error={list.error} />}
        <p className="utrecht-paragraph" role="status">
          {!list.data ? (list.error ? '' : 'Laden…') : `${list.data.total} open ${list.data.total === 1 ? 'kans' : 'kansen'}${region ? ' in de regio' : ' in uw gemeente'}.`}
          {list.loading && list.data ? ' (bijwerken…)' : ''}
        </p>
        {list.data && list.data.items.length > 0 && (
          <ul className="record-list" aria-labelledby="kansen-gevonden">
            {list.data.items.map((o) => <OpportunityItem key={o.id} o={o} showEmployer manage={managesEmployers(user?.role)} onSaved={list.reload} />)}
          </ul>
        )}
        {list.data && pages > 1 && (
          <nav aria-label="Paginering" className="pagination">
            <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={page <= 1} onClick={() => set('page', String(page - 1))}>Vorige</button>
            <span>Pagina {page} van {pages}</span>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={page >= pages} onClick={() => set('page', String(page + 1))}>Volgende</button>
          </nav>
        )}
      </section>
    </Page>
  );
}
