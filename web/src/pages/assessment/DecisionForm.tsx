import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { Feedback, Field, useSubmit } from '../../forms.tsx';
import type { Assessment } from './types.ts';

/** Administrators: answer every must-pass criterion, score every weighted one, and record the decision with reasons. */
export function DecisionForm({ assessment, onSaved }: { assessment: Assessment; onSaved: () => void }) {
  const framework = assessment.frameworkDetail;
  const mustPass = framework.criteria.filter((c) => c.kind === 'must_pass');
  const weighted = framework.criteria.filter((c) => c.kind === 'weighted');
  const [passed, setPassed] = useState<Record<string, boolean | undefined>>({});
  const [explanations, setExplanations] = useState<Record<string, string>>({});
  const [scores, setScores] = useState<Record<string, string>>({});
  const [decision, setDecision] = useState<'approved' | 'rejected' | ''>('');
  const [reasons, setReasons] = useState('');
  const s = useSubmit(onSaved);

  const failed = mustPass.filter((c) => passed[c.id] === false);
  const total = weighted.reduce((sum, c) => sum + (scores[c.id] ? Number(scores[c.id]) * (c.weight ?? 1) : 0), 0);
  const max = weighted.reduce((sum, c) => sum + framework.maxScore * (c.weight ?? 1), 0);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const json = {
      mustPass: mustPass.filter((c) => passed[c.id] !== undefined)
        .map((c) => ({ criterionId: c.id, passed: passed[c.id], explanation: explanations[c.id] ?? '' })),
      scores: weighted.filter((c) => scores[c.id] !== undefined && scores[c.id] !== '')
        .map((c) => ({ criterionId: c.id, score: Number(scores[c.id]), explanation: explanations[c.id] ?? '' })),
      decision: decision || undefined,
      reasons,
    };
    void s.run(() => api(`/assessments/${assessment.id}/decision`, { method: 'POST', json, ifMatch: `"v${assessment.version}"` }), 'Besluit vastgelegd.');
  };
  const explanation = (id: string, label: string, required: boolean) => (
    <Field id={`toelichting-${id}`} label={label}>
      <textarea id={`toelichting-${id}`} className="utrecht-textarea" value={explanations[id] ?? ''} maxLength={2000} aria-required={required || undefined}
        onChange={(e) => setExplanations((x) => ({ ...x, [id]: e.target.value }))} />
    </Field>
  );

  return (
    <form onSubmit={submit} aria-labelledby="besluit-kop" noValidate>
      <h3 className="utrecht-heading-3" id="besluit-kop">Besluit vastleggen</h3>
      <h4 className="utrecht-heading-4">Harde eisen</h4>
      <p className="utrecht-paragraph">Een voorstel dat één harde eis niet haalt, kan niet worden goedgekeurd.</p>
      {mustPass.map((c) => (
        <fieldset className="utrecht-form-fieldset" key={c.id}>
          <legend className="utrecht-form-fieldset__legend">{c.title}</legend>
          {c.description && <p className="utrecht-paragraph source-note">{c.description}</p>}
          <div className="button-row">
            <div className="checkbox-field">
              <input type="radio" id={`eis-${c.id}-ja`} name={`eis-${c.id}`} checked={passed[c.id] === true} onChange={() => setPassed((p) => ({ ...p, [c.id]: true }))} />
              <label className="utrecht-form-label" htmlFor={`eis-${c.id}-ja`}>Voldoet</label>
            </div>
            <div className="checkbox-field">
              <input type="radio" id={`eis-${c.id}-nee`} name={`eis-${c.id}`} checked={passed[c.id] === false} onChange={() => setPassed((p) => ({ ...p, [c.id]: false }))} />
              <label className="utrecht-form-label" htmlFor={`eis-${c.id}-nee`}>Voldoet niet</label>
            </div>
          </div>
          {explanation(c.id, 'Toelichting', true)}
        </fieldset>
      ))}

      <h4 className="utrecht-heading-4">Wegingscriteria</h4>
      <p className="utrecht-paragraph">Geef elk criterium een score van 0 (slecht) tot en met {framework.maxScore} (uitstekend); de score telt mee naar zijn weging.</p>
      {weighted.map((c) => (
        <fieldset className="utrecht-form-fieldset" key={c.id}>
          <legend className="utrecht-form-fieldset__legend">{c.title} (weging {c.weight})</legend>
          {c.description && <p className="utrecht-paragraph source-note">{c.description}</p>}
          <Field id={`score-${c.id}`} label={`Score (0 tot en met ${framework.maxScore})`}>
            <select id={`score-${c.id}`} className="utrecht-select" value={scores[c.id] ?? ''} aria-required="true"
              onChange={(e) => setScores((x) => ({ ...x, [c.id]: e.target.value }))}>
              <option value="">Kies een score</option>
              {Array.from({ length: framework.maxScore + 1 }, (_, n) => <option key={n} value={n}>{n}</option>)}
            </select>
          </Field>
          {explanation(c.id, 'Toelichting (optioneel)', false)}
        </fieldset>
      ))}
      <p className="utrecht-paragraph" aria-live="polite"><strong>Totaal: {total} van {max} punten</strong></p>

      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">Besluit</legend>
        {failed.length > 0 && (
          <p className="utrecht-paragraph notice">
            Het voorstel haalt {failed.length === 1 ? 'de harde eis' : 'de harde eisen'} {failed.map((c) => `‘${c.title}’`).join(', ')} niet en kan alleen worden afgewezen.
          </p>
        )}
        <div className="button-row">
          <div className="checkbox-field">
            <input type="radio" id="besluit-goed" name="besluit" checked={decision === 'approved'} onChange={() => setDecision('approved')} />
            <label className="utrecht-form-label" htmlFor="besluit-goed">Goedkeuren</label>
          </div>
          <div className="checkbox-field">
            <input type="radio" id="besluit-af" name="besluit" checked={decision === 'rejected'} onChange={() => setDecision('rejected')} />
            <label className="utrecht-form-label" htmlFor="besluit-af">Afwijzen</label>
          </div>
        </div>
        <Field id="redenen" label="Redenen van het besluit">
          <textarea id="redenen" className="utrecht-textarea" value={reasons} maxLength={4000} aria-required="true" onChange={(e) => setReasons(e.target.value)} />
        </Field>
      </fieldset>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Besluit vastleggen</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}
