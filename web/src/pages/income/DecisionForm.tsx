import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field } from '../../forms.tsx';
import type { Application } from './types.ts';

/** Toekennen or afwijzen, with motivation (and the start date for a grant). Four eyes decide whether it is final at once. */
export function DecisionForm({ a, onDecided }: { a: Application; onDecided: () => void }) {
  const [kind, setKind] = useState<'grant' | 'refuse'>('grant');
  const [effectiveDate, setEffectiveDate] = useState(a.requestedStartDate);
  const [legalGround, setLegalGround] = useState('');
  const [reasoning, setReasoning] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true); setError(null); setDone(null);
    const json = { kind, applicationId: a.id, reasoning, ...(legalGround.trim() ? { legalGround } : {}), ...(kind === 'grant' ? { effectiveDate } : {}) };
    try {
      const d = await api<{ status: string }>('/benefit-decisions', { method: 'POST', json });
      setDone(d.status === 'proposed'
        ? 'Het besluit is voorgesteld en wacht op een tweede beoordelaar (vier ogen).'
        : kind === 'grant' ? 'De bijstand is toegekend; het besluit is vastgesteld.' : 'De aanvraag is afgewezen; het besluit is vastgesteld.');
      onDecided();
    } catch (err) {
      setError(err instanceof ApiError ? err.detail : 'Opslaan lukt nu niet.');
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="trajectory-form" onSubmit={(e) => void submit(e)} aria-labelledby="besluit-nemen">
      <h3 className="utrecht-heading-3" id="besluit-nemen">Besluit nemen</h3>
      <fieldset>
        <legend className="utrecht-form-label">Besluit</legend>
        <div className="checkbox-field">
          <input id="besluit-toekennen" type="radio" name="besluit-soort" className="utrecht-radio-button" checked={kind === 'grant'} onChange={() => setKind('grant')} />
          <label className="utrecht-form-label" htmlFor="besluit-toekennen">Toekennen</label>
        </div>
        <div className="checkbox-field">
          <input id="besluit-afwijzen" type="radio" name="besluit-soort" className="utrecht-radio-button" checked={kind === 'refuse'} onChange={() => setKind('refuse')} />
          <label className="utrecht-form-label" htmlFor="besluit-afwijzen">Afwijzen</label>
        </div>
      </fieldset>
      {kind === 'grant' && (
        <Field id="besluit-ingang" label="Ingangsdatum">
          <input id="besluit-ingang" type="date" className="utrecht-textbox" value={effectiveDate} onChange={(e) => setEffectiveDate(e.target.value)} />
        </Field>
      )}
      <Field id="besluit-grondslag" label="Wettelijke grondslag (optioneel)" hint="Leeg: de grondslag die bij de soort besluit hoort, bijvoorbeeld art. 11 en 43 Participatiewet bij toekennen.">
        <input id="besluit-grondslag" className="utrecht-textbox wide-input" aria-describedby="besluit-grondslag-hint" value={legalGround} onChange={(e) => setLegalGround(e.target.value)} />
      </Field>
      <Field id="besluit-motivering" label="Motivering" hint="Minstens 20 tekens; komt in de brief onder 'Waarom dit besluit'.">
        <textarea id="besluit-motivering" className="utrecht-textarea" aria-describedby="besluit-motivering-hint" maxLength={5000} value={reasoning} onChange={(e) => setReasoning(e.target.value)} />
      </Field>
      {kind === 'grant' && (a.advanceRequested
        ? <p className="utrecht-paragraph notice">Er is een voorschot gevraagd: een tweede persoon moet de toekenning goedkeuren (vier ogen).</p>
        : <p className="utrecht-paragraph">Vier ogen: is het bedrag per maand hoger dan het grensbedrag van uw gemeente, dan wacht de toekenning op een tweede persoon (een teamleider of een andere consulent inkomen).</p>)}
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>Besluit vastleggen</button>
      <Feedback error={error} done={done} />
    </form>
  );
}
