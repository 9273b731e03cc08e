import { useEffect, type ReactNode } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useSession } from '../session.tsx';

export function Page({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => { document.title = `${title} – Meedoen`; }, [title]);
  return <>{children}</>;
}

/** Header, navigation and main area for logged-in users; anonymous users go to the log-in page. */
export function Layout({ children }: { children: ReactNode }) {
  const { user, loading, logout } = useSession();
  const navigate = useNavigate();
  if (loading) return <p className="utrecht-paragraph" role="status">Laden…</p>;
  if (!user) return <Navigate to="/inloggen" replace />;
  return (
    <div className="utrecht-page">
      <a className="skip-link utrecht-link" href="#inhoud">Naar de inhoud</a>
      <header className="site-header">
        <div className="site-header__brand">
          <span className="site-header__logo">Meedoen</span>
          <span>Gemeente {user.municipalityName}</span>
        </div>
        <nav aria-label="Hoofdmenu" className="site-nav">
          <ul>
            {has(['work_consultant', 'team_lead', 'income_consultant'], user.role) && <li><Link className="utrecht-link" to="/">Caseload</Link></li>}
            {has(['work_consultant', 'team_lead'], user.role) && <li><Link className="utrecht-link" to="/trajecten">Trajecten</Link></li>}
            {user.role === 'partner_coach' && <li><Link className="utrecht-link" to="/partner">Trajecten bij uw organisatie</Link></li>}
            {has(['work_consultant', 'team_lead', 'administrator', 'policy_analyst', 'employer_account_manager'], user.role) && <li><Link className="utrecht-link" to="/catalogus">Catalogus</Link></li>}
            {has(['work_consultant', 'team_lead', 'administrator', 'policy_analyst'], user.role) && <li><Link className="utrecht-link" to="/budget">Budget</Link></li>}
            {has(['team_lead', 'administrator', 'policy_analyst'], user.role) && <li><Link className="utrecht-link" to="/aanbod-en-behoefte">Aanbod en behoefte</Link></li>}
            {has(['employer_account_manager', 'work_consultant', 'team_lead'], user.role) && <li><Link className="utrecht-link" to="/werkgevers">Werkgevers</Link></li>}
            {has(['employer_account_manager', 'work_consultant', 'team_lead'], user.role) && <li><Link className="utrecht-link" to="/kandidaten">Matching</Link></li>}
            {has(['employer_account_manager', 'work_consultant', 'team_lead'], user.role) && <li><Link className="utrecht-link" to="/plaatsingen">Plaatsingen</Link></li>}
            {user.role === 'policy_analyst' && <li><Link className="utrecht-link" to="/plaatsingen/regio">Plaatsingen in de regio</Link></li>}
            {has(['employer_account_manager', 'work_consultant', 'team_lead', 'administrator', 'policy_analyst'], user.role) && <li><Link className="utrecht-link" to="/beschut-werk">Beschut werk</Link></li>}
            {has(['policy_analyst', 'team_lead', 'administrator'], user.role) && <li><Link className="utrecht-link" to="/financien">Financiën</Link></li>}
            {has(['policy_analyst', 'team_lead', 'administrator'], user.role) && <li><Link className="utrecht-link" to="/prognoses">Prognoses</Link></li>}
            {user.role === 'income_consultant' && <li><Link className="utrecht-link" to="/inkomen/aanvragen">Aanvragen</Link></li>}
            {has(['income_consultant', 'team_lead'], user.role) && <li><Link className="utrecht-link" to="/inkomen/besluiten">Besluiten</Link></li>}
            {has(['income_consultant', 'team_lead'], user.role) && <li><Link className="utrecht-link" to="/inkomen/uitkeringen">Uitkeringen</Link></li>}
            {user.role === 'resident' && <li><Link className="utrecht-link" to="/mijn/aanvraag">Mijn aanvraag</Link></li>}
            {user.role === 'resident' && <li><Link className="utrecht-link" to="/mijn/besluiten">Mijn besluiten</Link></li>}
            {user.role === 'resident' && <li><Link className="utrecht-link" to="/mijn/inkomsten">Mijn inkomsten</Link></li>}
            {has(['income_consultant', 'team_lead'], user.role) && <li><Link className="utrecht-link" to="/inkomen/betalingen">Betalingen</Link></li>}
            {has(['income_consultant', 'team_lead'], user.role) && <li><Link className="utrecht-link" to="/inkomen/controles">Controle achteraf</Link></li>}
            {user.role === 'resident' && <li><Link className="utrecht-link" to="/inkomen/betalingen">Mijn betalingen</Link></li>}
            {has(['policy_analyst', 'team_lead', 'administrator'], user.role) && <li><Link className="utrecht-link" to="/dashboard">Dashboard</Link></li>}
            {has(['policy_analyst', 'team_lead', 'administrator'], user.role) && <li><Link className="utrecht-link" to="/raadsrapportages">Raadsrapportages</Link></li>}
            {has(['administrator', 'income_consultant'], user.role) && <li><Link className="utrecht-link" to="/cbs">CBS-leveringen</Link></li>}
            {user.role === 'administrator' && <li><Link className="utrecht-link" to="/beheer/import">Inwoners importeren</Link></li>}
            {['administrator', 'team_lead', 'policy_analyst'].includes(user.role) && <li><Link className="utrecht-link" to="/afwegingskaders">Afwegingskaders</Link></li>}
          </ul>
        </nav>
        <div className="site-header__user">
          <span>{user.displayName} <span className="muted">({user.roleLabel})</span></span>
          <button type="button" className="utrecht-button utrecht-button--secondary-action"
            onClick={async () => { await logout(); navigate('/inloggen'); }}>Uitloggen</button>
        </div>
      </header>
      <main id="inhoud" className="site-main" tabIndex={-1}>{children}</main>
    </div>
  );
}

const has = (roles: string[], role: string) => roles.includes(role);

/** An address the app does not know: say so, and offer the way back. */
export function NotFound() {
  return (
    <Page title="Pagina niet gevonden">
      <h1 className="utrecht-heading-1">Pagina niet gevonden</h1>
      <p className="utrecht-paragraph">Deze pagina bestaat niet (meer). Controleer het adres, of ga <Link className="utrecht-link" to="/">naar de startpagina</Link>.</p>
    </Page>
  );
}

export function ErrorMessage({ error }: { error: { status: number; detail: string } }) {
  const text = error.status === 403
    ? `U heeft met uw rol geen toegang tot deze gegevens. ${error.detail}`
    : error.detail;
  return <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{text}</p></div>;
}
