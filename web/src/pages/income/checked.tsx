import { useEffect, useRef, useState, type ReactNode } from 'react';
import { api, ApiError } from '../../api.ts';
import type { Decision } from './types.ts';

// Decision forms with their messages at the field: checks in the browser first, then the server's problem+json
// ("veld 'reasoning': …" for schema errors, a plain sentence for rule errors) split out to the field it is about.

export type FieldErrors = Record<string, string>;

/** A labelled field with its hint and, when invalid, its message between label and input (NL Design System order). */
export function CheckedField({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={id}>{label}</label>
      {hint && <p className="utrecht-form-field-description" id={`${id}-hint`}>{hint}</p>}
      {error && <p className="utrecht-form-field-error-message" id={`${id}-error`}>{error}</p>}
      {children}
    </div>
  );
}

/** aria attributes for an input inside CheckedField. */
export const described = (id: string, hint: boolean, error?: string) => ({
  'aria-describedby': [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined,
  'aria-invalid': error ? true : undefined,
});

/** Splits a server detail into messages per field id; what names no known field stays general. */
export function splitProblem(detail: string, fieldOf: (path: string) => string | null, rules: [RegExp, string][] = []): { fields: FieldErrors; general: string | null } {
  const fields: FieldErrors = {};
  const rest: string[] = [];
  const parts = [...detail.matchAll(/veld '([^']+)': (.+?)(?=; veld '|\.?$)/g)];
  for (const [, path, message] of parts) {
    const id = fieldOf(path);
    if (id && !fields[id]) fields[id] = `${message}.`; else rest.push(`${message}.`);
  }
  if (parts.length === 0) {
    const rule = rules.find(([pattern]) => pattern.test(detail));
    if (rule) fields[rule[1]] = detail; else rest.push(detail);
  }
  return { fields, general: rest.length ? rest.join(' ') : null };
}

/** Sends a decision; keeps field messages, a general message, and says whether it waits for a second person. */
export function useDecide(fieldOf: (path: string) => string | null, rules: [RegExp, string][], onDecided: (d: Decision) => void) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const focusFirst = useRef(false);
  useEffect(() => {
    // After a failed send, the keyboard lands on the first field to fix.
    if (!focusFirst.current) return;
    focusFirst.current = false;
    const first = Object.keys(errors)[0];
    if (first) document.getElementById(first)?.focus();
  }, [errors]);

  async function send(json: object, local: FieldErrors) {
    setGeneral(null);
    if (Object.keys(local).length) { focusFirst.current = true; setErrors(local); return; }
    setErrors({});
    setBusy(true);
    try {
      onDecided(await api<Decision>('/benefit-decisions', { method: 'POST', json }));
    } catch (e) {
      if (e instanceof ApiError) {
        const { fields, general: rest } = splitProblem(e.detail, fieldOf, rules);
        focusFirst.current = true;
        setErrors(fields);
        setGeneral(rest);
      } else setGeneral('Opslaan lukt nu niet. Probeer het opnieuw.');
    } finally {
      setBusy(false);
    }
  }
  return { errors, general, busy, send };
}

/** Motivering: the same rule as the server (at least 20 characters), checked before sending. */
export function reasoningProblem(text: string): string | null {
  return text.trim().length < 20 ? 'Motiveer het besluit in minstens 20 tekens.' : null;
}

/** The message after a decision was recorded: final at once, or waiting for a second person. */
export const decidedText = (d: Decision) => d.status === 'proposed'
  ? `${d.kindLabel}: voorgesteld. Het besluit wacht op een tweede beoordelaar (vier ogen) en werkt pas daarna door.`
  : `${d.kindLabel}: vastgesteld. De brief staat bij de besluiten.`;
