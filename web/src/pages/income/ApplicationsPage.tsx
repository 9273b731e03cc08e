import { Link, useSearchParams } from 'react-router';
import { Field } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { TermText } from './parts.tsx';
import { StartApplication } from './StartApplication.tsx';
import { formatDate, type Application, type List } from './types.ts';

const statusOptions: [string, string][] = [
  ['open', 'Lopend (nog niet besloten)'], ['received', 'Ontvangen'], ['in_treatment', 'In behandeling'], ['repair_period', 'Hersteltermijn'],
  ['decided', 'Besloten'], ['all', 'Alle'],
];
const warningOptions: [string, string][] = [['', 'Alle aanvragen'], ['any', 'Met een termijn die (bijna) verloopt'], ['decision_term', 'Beslistermijn (bijna) verlopen'], ['advance', 'Voorschot (bijna) te laat']];

/** Aanvragen bijstand: the most urgent first, with the decision term and the advance payment term and their warnings. */
export function ApplicationsPage() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'open';
  const warning = params.get('signaal') ?? '';
  const query = new URLSearchParams({ status, ...(warning ? { warning } : {}) });
  const list = useApi<List<Application>>(`/benefit-applications?${query}`);
  const set = (key: string, value: string, empty: string) => setParams((p) => { if (value && value !== empty) p.set(key, value); else p.delete(key); return p; });

  return (
    <Page title="Aanvragen bijstand">
      <h1 className="utrecht-heading-1">Aanvragen bijstand</h1>
      <p className="utrecht-paragraph">
        De beslistermijn is 8 weken na ontvangst en staat stil tijdens een hersteltermijn. Een gevraagd voorschot moet binnen 4 weken na ontvangst
        verstrekt zijn. Een termijn die binnen 7 dagen verloopt of verlopen is, staat bij de signalen.
      </p>
      <section aria-labelledby="lijst">
        <h2 className="utrecht-heading-2" id="lijst">Aanvragen</h2>
        <div className="filters">
          <Field id="filter-status" label="Status">
            <select id="filter-status" className="utrecht-select" value={status} onChange={(e) => set('status', e.target.value, 'open')}>
              {statusOptions.map(([code, label]) => <option key={code} value={code}>{label}</option>)}
            </select>
          </Field>
          <Field id="filter-signaal" label="Signalen">
            <select id="filter-signaal" className="utrecht-select" value={warning} onChange={(e) => set('signaal', e.target.value, '')}>
              {warningOptions.map(([code, label]) => <option key={code} value={code}>{label}</option>)}
            </select>
          </Field>
        </div>
        {list.error && <ErrorMessage error={list.error} />}
        {!list.data && !list.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
        {list.data && (
          <>
            <p className="utrecht-paragraph" role="status">
              {list.data.items.length === 1 ? '1 aanvraag' : `${list.data.items.length} aanvragen`}{list.loading ? ' (bijwerken…)' : ''}
            </p>
            {list.data.items.length > 0 && <ApplicationTable items={list.data.items} />}
          </>
        )}
      </section>
      {user?.role === 'income_consultant' && <StartApplication />}
    </Page>
  );
}

function ApplicationTable({ items }: { items: Application[] }) {
  return (
    <div className="table-scroll">
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">Aanvragen, de eerst verlopende beslistermijn bovenaan</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Aanvrager</th>
            <th scope="col" className="utrecht-table__header-cell">Ontvangen</th>
            <th scope="col" className="utrecht-table__header-cell">Status</th>
            <th scope="col" className="utrecht-table__header-cell">Beslissen uiterlijk</th>
            <th scope="col" className="utrecht-table__header-cell">Voorschot uiterlijk</th>
            <th scope="col" className="utrecht-table__header-cell">Signalen</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {items.map((a) => (
            <tr key={a.id} className="utrecht-table__row" data-testid="application-row">
              <td className="utrecht-table__cell"><Link className="utrecht-link" to={`/inkomen/aanvragen/${a.id}`}>{a.residentName}</Link></td>
              <td className="utrecht-table__cell"><time dateTime={a.receivedOn}>{formatDate(a.receivedOn)}</time></td>
              <td className="utrecht-table__cell">{a.statusLabel}</td>
              <td className="utrecht-table__cell"><TermText term={a.decisionTerm} /></td>
              <td className="utrecht-table__cell">{a.advanceTerm ? <TermText term={a.advanceTerm} /> : 'Niet gevraagd'}</td>
              <td className="utrecht-table__cell">{a.warnings.length ? <ul className="timeline">{a.warnings.map((w) => <li key={w.kind}>{w.text}</li>)}</ul> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
