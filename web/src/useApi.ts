import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiError } from './api.ts';
import { useSession } from './session.tsx';

/** Loads a resource; a 401 sends the user to the log-in page. */
export function useApi<T>(path: string | null) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [tick, setTick] = useState(0);
  const navigate = useNavigate();
  const { setUser } = useSession();
  useEffect(() => {
    if (!path) return;
    let live = true;
    setLoading(true);
    api<T>(path)
      .then((d) => { if (live) { setData(d); setError(null); } })
      .catch((e: ApiError) => {
        if (!live) return;
        if (e.status === 401) { setUser(null); navigate('/inloggen'); return; }
        setError(e);
      })
      .finally(() => live && setLoading(false));
    return () => { live = false; };
  }, [path, tick, navigate, setUser]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}
