import { useState, type ReactNode } from 'react';
import { ApiError } from './api.ts';

/** Today in the Netherlands as YYYY-MM-DD (the UTC date lags behind after midnight). */
export const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** Runs a save, keeps its Dutch error or success message, and calls onSaved after success. */
export function useSubmit(onSaved: () => void) {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(work: () => Promise<unknown>, message: string) {
    setBusy(true); setError(null); setDone(null);
    try { await work(); setDone(message); onSaved(); } catch (e) { setError(e instanceof ApiError ? errorText(e) : 'Opslaan lukt nu niet.'); } finally { setBusy(false); }
  }
  return { error, done, busy, run };
}

/** A 412 means someone else changed the record first: say so and ask to reload rather than overwrite. */
function errorText(e: ApiError) {
  if (e.status === 412) return `${e.detail} Laad de pagina opnieuw om de nieuwste gegevens te zien.`;
  return e.detail;
}

export function Feedback({ error, done }: { error: string | null; done: string | null }): ReactNode {
  return (
    <div aria-live="polite">
      {error && <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{error}</p></div>}
      {done && <p className="utrecht-paragraph success">{done}</p>}
    </div>
  );
}

/** A labelled form field in the NL Design System markup. */
export function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={id}>{label}</label>
      {hint && <p className="utrecht-form-field-description" id={`${id}-hint`}>{hint}</p>}
      {children}
    </div>
  );
}
