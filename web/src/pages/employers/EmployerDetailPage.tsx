import { Link, useParams } from 'react-router';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { ContactsSection } from './ContactsSection.tsx';
import { EmployerForm } from './EmployerForm.tsx';
import { EmployersNav } from './EmployersNav.tsx';
import { OpportunityForm } from './OpportunityForm.tsx';
import { OpportunityItem } from './OpportunityItem.tsx';
import { managesEmployers, showPostcode, type Employer, type Opportunity, type PageOf } from './types.ts';

/** /werkgevers/{id}: details, contact persons and opportunities of one employer; account managers change them. */
export function EmployerDetailPage() {
  const { employerId } = useParams();
  const { user } = useSession();
  const manage = managesEmployers(user?.role);
  const employer = useApi<Employer>(`/employers/${employerId}`);
  const opportunities = useApi<PageOf<Opportunity>>(`/opportunities?employerId=${employerId}&pageSize=100`);
  const refresh = () => { employer.reload(); opportunities.reload(); };
  if (employer.error) return <Page title="Werkgever"><h1 className="utrecht-heading-1">Werkgever</h1><ErrorMessage error={employer.error} /></Page>;
  if (!employer.data) return <Page title="Werkgever"><p className="utrecht-paragraph" role="status">Laden…</p></Page>;
  const e = employer.data;
  return (
    <Page title={`Werkgever ${e.name}`}>
      <p className="utrecht-paragraph"><Link className="utrecht-link" to="/werkgevers">Alle werkgevers</Link></p>
      <h1 className="utrecht-heading-1">{e.name}</h1>
      <EmployersNav />
      <section aria-labelledby="werkgever-gegevens">
        <h2 className="utrecht-heading-2" id="werkgever-gegevens">Gegevens</h2>
        <dl className="facts">
          <dt>Sector</dt><dd>{e.sectorLabel}</dd>
          <dt>KvK-nummer</dt><dd>{e.kvkNumber ?? '—'}</dd>
          <dt>Adres</dt><dd>{[e.street && `${e.street} ${e.houseNumber ?? ''}`.trim(), `${showPostcode(e.postcode)} ${e.city}`].filter(Boolean).join(', ')}</dd>
          <dt>Omschrijving</dt><dd>{e.description || '—'}</dd>
          <dt>Social return</dt><dd>{e.socialReturnHoursPerYear === null ? 'Geen afspraak' : `${e.socialReturnHoursPerYear} uur per jaar`}</dd>
          <dt>Afspraken</dt><dd className="note">{e.agreements || '—'}</dd>
        </dl>
        {manage && (
          <details className="admin-details">
            <summary>Gegevens wijzigen</summary>
            <EmployerForm employer={e} onSaved={refresh} />
          </details>
        )}
      </section>

      <ContactsSection employerId={e.id} manage={manage} />

      <section aria-labelledby="werkgever-kansen">
        <h2 className="utrecht-heading-2" id="werkgever-kansen">Kansen bij {e.name}</h2>
        {opportunities.error && <ErrorMessage error={opportunities.error} />}
        {!opportunities.data && !opportunities.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
        {opportunities.data && opportunities.data.items.length === 0 && <p className="utrecht-paragraph">Nog geen kansen bij deze werkgever.</p>}
        {opportunities.data && opportunities.data.items.length > 0 && (
          <ul className="record-list" aria-labelledby="werkgever-kansen">
            {opportunities.data.items.map((o) => <OpportunityItem key={o.id} o={o} showEmployer={false} manage={manage} onSaved={refresh} />)}
          </ul>
        )}
        {manage && <OpportunityForm employer={e} onSaved={refresh} />}
      </section>
    </Page>
  );
}
