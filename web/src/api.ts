// A small fetch client: JSON in and out, the session cookie sent along, problem+json turned into ApiError.
export class ApiError extends Error {
  constructor(readonly status: number, readonly title: string, readonly detail: string) {
    super(detail);
  }
}

export async function api<T>(path: string, init: RequestInit & { json?: unknown; ifMatch?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  if (init.ifMatch) headers['if-match'] = init.ifMatch;
  const res = await fetch(`/api/v1${path}`, {
    ...init, credentials: 'same-origin', headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  });
  if (res.status === 204) return undefined as T;
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    throw new ApiError(res.status, body.title ?? 'Fout', body.detail ?? 'Er ging iets mis. Probeer het opnieuw.');
  }
  return body as T;
}

export interface CurrentUser {
  userId: string; username: string; displayName: string; role: string; roleLabel: string; municipalityName: string; organisationName: string; teamId: string | null;
}
