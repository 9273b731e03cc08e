import { NavLink, Navigate, Route, Routes, useParams, useSearchParams } from 'react-router';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { PlacementCard } from './PlacementCard.tsx';
import { PlacementForm } from './PlacementForm.tsx';
import { PlacementTable } from './PlacementTable.tsx';
import { RegionalFigures } from './RegionalFigures.tsx';
import { kindLabels, type Placement, type PlacementKind } from './types.ts';

const mayRecord = ['work_consultant', 'team_lead', 'employer_account_manager'];

/** /plaatsingen: the placements in the caller's scope, one placement, recording one for a resident, and the regional figures. */
export function PlacementsPage() {
  const { user } = useSession();
  const figuresOnly = user?.role === 'policy_analyst';
  return (
    <>
      {!figuresOnly && (
        <nav aria-label="Plaatsingen" className="dossier-nav">
          <ul>
            <li><NavLink className="utrecht-link" to="/plaatsingen" end>Overzicht</NavLink></li>
            <li><NavLink className="utrecht-link" to="/plaatsingen/regio">Regionale cijfers</NavLink></li>
          </ul>
        </nav>
      )}
      <Routes>
        <Route index element={figuresOnly ? <Navigate to="/plaatsingen/regio" replace /> : <PlacementList />} />
        <Route path="regio" element={<RegionalFigures />} />
        <Route path="nieuw/:residentId" element={<NewPlacement />} />
        <Route path=":placementId" element={<PlacementDetail />} />
      </Routes>
    </>
  );
}

function PlacementList() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const kind = (params.get('kind') ?? '') as PlacementKind | '';
  const query = new URLSearchParams({ pageSize: '200', ...(status ? { status } : {}), ...(kind ? { kind } : {}) });
  const list = useApi<{ items: Placement[]; total: number }>(`/placements?${query}`);
  const set = (name: string, value: string) => setParams((p) => { if (value) p.set(name, value); else p.delete(name); return p; });
  return (
    <Page title="Plaatsingen">
      <h1 className="utrecht-heading-1">Plaatsingen</h1>
      <p className="utrecht-paragraph">Een plaatsing legt u vast vanuit het dossier van de inwoner (Dossier › Plaatsingen).</p>
      <div className="filters">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="filter-status">Status</label>
          <select id="filter-status" className="utrecht-select" value={status} onChange={(e) => set('status', e.target.value)}>
            <option value="">Alle</option><option value="active">Lopend</option><option value="ended">Beëindigd</option>
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="filter-soort">Soort</label>
          <select id="filter-soort" className="utrecht-select" value={kind} onChange={(e) => set('kind', e.target.value)}>
            <option value="">Alle soorten</option>
            {Object.entries(kindLabels).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
        </div>
      </div>
      {list.error && <ErrorMessage error={list.error} />}
      {!list.data && !list.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {list.data && (
        <>
          <p className="utrecht-paragraph" role="status">{list.data.total === 1 ? '1 plaatsing' : `${list.data.total} plaatsingen`}{list.loading ? ' (bijwerken…)' : ''}</p>
          {list.data.items.length > 0 && <PlacementTable items={list.data.items} />}
        </>
      )}
    </Page>
  );
}

function PlacementDetail() {
  const { placementId } = useParams();
  const { user } = useSession();
  const { data, error, reload } = useApi<Placement>(`/placements/${placementId}`);
  return (
    <Page title="Plaatsing">
      <h1 className="utrecht-heading-1">{data ? `Plaatsing van ${data.resident.fullName}` : 'Plaatsing'}</h1>
      {error && <ErrorMessage error={error} />}
      {!data && !error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {data && (
        <ul className="record-list">
          <PlacementCard p={data} mayAct={mayRecord.includes(user?.role ?? '')} residentLink={user?.role !== 'employer_account_manager'} onSaved={reload} />
        </ul>
      )}
    </Page>
  );
}

/** For roles without access to the dossier (the account manager, e.g. after a match): recording for a known resident. */
function NewPlacement() {
  const { residentId } = useParams();
  const [params, setParams] = useSearchParams();
  const saved = params.get('vastgelegd');
  return (
    <Page title="Plaatsing vastleggen">
      <h1 className="utrecht-heading-1" id="plaatsing-vastleggen">Plaatsing vastleggen</h1>
      {saved && <p className="utrecht-paragraph success" role="status">Vastgelegd. <NavLink className="utrecht-link" to={`/plaatsingen/${saved}`}>Bekijk de plaatsing</NavLink>.</p>}
      <PlacementForm residentId={residentId!} initialOpportunityId={params.get('kans') ?? undefined} onSaved={(p) => setParams({ vastgelegd: p.id })} />
    </Page>
  );
}
