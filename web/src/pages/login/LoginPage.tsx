import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiError, type CurrentUser } from '../../api.ts';
import { Page } from '../../layout/Layout.tsx';
import { useSession } from '../../session.tsx';

export function LoginPage() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Which fields the error is about, for aria-invalid: the empty ones, or both when the combination was refused.
  const [invalid, setInvalid] = useState({ username: false, password: false });
  const [busy, setBusy] = useState(false);
  const { setUser } = useSession();
  const navigate = useNavigate();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!username.trim() || !password) {
      setInvalid({ username: !username.trim(), password: !password });
      setError('Vul uw gebruikersnaam en wachtwoord in.');
      return;
    }
    setBusy(true);
    try {
      const user = await api<CurrentUser>('/sessions', { method: 'POST', json: { username, password } });
      setUser(user);
      // No caseload: a partner coach starts at the trajectories of their organisation, an account manager at the employers,
      // a resident at Mijn Meedoen.
      navigate(user.role === 'partner_coach' ? '/partner' : user.role === 'employer_account_manager' ? '/werkgevers' : user.role === 'resident' ? '/mijn/aanvraag' : '/');
    } catch (err) {
      const refused = err instanceof ApiError && err.status === 401;
      setInvalid({ username: refused, password: refused });
      setError(err instanceof ApiError ? err.detail : 'Inloggen lukt nu niet. Probeer het later opnieuw.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title="Inloggen">
      <div className="utrecht-page login">
        <main id="inhoud" className="site-main login__box">
          <h1 className="utrecht-heading-1">Inloggen bij Meedoen</h1>
          <form onSubmit={submit} noValidate>
            {error && <div className="utrecht-alert utrecht-alert--error" role="alert" id="inloggen-fout"><p className="utrecht-paragraph">{error}</p></div>}
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor="username">Gebruikersnaam</label>
              <input id="username" className="utrecht-textbox" autoComplete="username"
                aria-invalid={invalid.username || undefined} aria-describedby={invalid.username ? 'inloggen-fout' : undefined} value={username} onChange={(e) => setUsername(e.target.value)} />
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor="password">Wachtwoord</label>
              <input id="password" type="password" className="utrecht-textbox" autoComplete="current-password"
                aria-invalid={invalid.password || undefined} aria-describedby={invalid.password ? 'inloggen-fout' : undefined} value={password} onChange={(e) => setPassword(e.target.value)} />
            </div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>{busy ? 'Bezig…' : 'Inloggen'}</button>
          </form>
        </main>
      </div>
    </Page>
  );
}
