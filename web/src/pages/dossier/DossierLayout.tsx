import { Link, NavLink, Outlet, useOutletContext, useParams } from 'react-router';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import type { ResidentDetail } from './types.ts';

export interface DossierContext { resident: ResidentDetail; reload: () => void }
export const useDossier = () => useOutletContext<DossierContext>();

// Every dossier page shows the resident's name, the fixed contact person and the dossier menu.
const sections = [
  { to: '', label: 'Overzicht', end: true },
  { to: 'persoon', label: 'Persoon en huishouden' },
  { to: 'plan', label: 'Plan van aanpak' },
  { to: 'trajecten', label: 'Trajecten' },
  { to: 'plaatsingen', label: 'Plaatsingen' },
  { to: 'werkprofiel', label: 'Werkprofiel' },
  { to: 'belemmeringen', label: 'Belemmeringen' },
  { to: 'contact', label: 'Contact en verwijzingen' },
  { to: 'contactpersoon', label: 'Contactpersoon' },
];

export function DossierLayout() {
  const { id } = useParams();
  const { data: resident, error, reload } = useApi<ResidentDetail>(`/residents/${id}`);
  const { user } = useSession();
  if (error) return <Page title="Dossier"><h1 className="utrecht-heading-1">Dossier</h1><ErrorMessage error={error} /></Page>;
  if (!resident) return <Page title="Dossier"><p className="utrecht-paragraph" role="status">Laden…</p></Page>;
  return (
    <Page title={`Dossier ${resident.fullName}`}>
      <p className="contact-banner"><strong>Vaste contactpersoon:</strong> {resident.contactPerson?.displayName ?? 'nog niet toegewezen'}</p>
      <h1 className="utrecht-heading-1">{resident.fullName}</h1>
      {/* Income work lives under Inkomen; from the dossier one link to this resident's benefit and decisions. */}
      {(user?.role === 'income_consultant' || user?.role === 'team_lead') && (
        <p className="utrecht-paragraph"><Link className="utrecht-link" to={`/inkomen/uitkeringen/${resident.id}`}>Uitkering en besluiten bijstand</Link></p>
      )}
      <nav aria-label="Dossier" className="dossier-nav">
        <ul>
          {sections.map((s) => (
            <li key={s.to}><NavLink className="utrecht-link" to={`/inwoners/${resident.id}${s.to ? `/${s.to}` : ''}`} end={s.end}>{s.label}</NavLink></li>
          ))}
        </ul>
      </nav>
      <Outlet context={{ resident, reload } satisfies DossierContext} />
    </Page>
  );
}
