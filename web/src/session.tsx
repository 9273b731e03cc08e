import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, ApiError, type CurrentUser } from './api.ts';

interface Session { user: CurrentUser | null; loading: boolean; setUser(u: CurrentUser | null): void; logout(): Promise<void> }
const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    api<CurrentUser>('/sessions/current')
      .then(setUser)
      .catch((e) => { if (!(e instanceof ApiError && e.status === 401)) console.error(e); })
      .finally(() => setLoading(false));
  }, []);
  const logout = useCallback(async () => {
    await api('/sessions/current', { method: 'DELETE' }).catch(() => undefined);
    setUser(null);
  }, []);
  return <SessionContext.Provider value={{ user, loading, setUser, logout }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
