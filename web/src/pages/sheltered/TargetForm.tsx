import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { Feedback, Field, useSubmit } from '../../forms.tsx';
import { nl, parseDecimal, type ShelteredOverview } from './types.ts';

/** The administrator records the year's target (from the State's letter), hours per placement and the growth for the forecast. */
export function TargetForm({ o, onSaved }: { o: ShelteredOverview; onSaved: () => void }) {
  const t = o.target;
  const [target, setTarget] = useState(t.targetHoursPerWeek !== null ? nl(t.targetHoursPerWeek) : '');
  const [perPlacement, setPerPlacement] = useState(nl(t.hoursPerPlacement));
  const [growth, setGrowth] = useState(nl(t.growthRatePct));
  const [source, setSource] = useState(t.source);
  const [local, setLocal] = useState<string | null>(null);
  const s = useSubmit(onSaved);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const [targetHoursPerWeek, hoursPerPlacement, growthRatePct] = [parseDecimal(target), parseDecimal(perPlacement), parseDecimal(growth)];
    if (targetHoursPerWeek === null || hoursPerPlacement === null || growthRatePct === null) { setLocal('Vul de uren en de groei in als getal, bijvoorbeeld 372 en 7,5.'); return; }
    setLocal(null);
    void s.run(() => api(`/sheltered-work/${o.year}/target`, {
      method: 'PUT', json: { targetHoursPerWeek, hoursPerPlacement, growthRatePct, source }, ifMatch: `"v${t.version}"`,
    }), `Taakstelling ${o.year} vastgelegd.`);
  };
  return (
    <form onSubmit={submit} aria-labelledby="taakstelling-vastleggen" className="trajectory-form">
      <div className="inline-form">
        <Field id="doel-uren" label="Taakstelling in uren per week">
          <input id="doel-uren" className="utrecht-textbox number-input" inputMode="decimal" value={target} aria-required="true" onChange={(e) => setTarget(e.target.value)} />
        </Field>
        <Field id="doel-per-plaatsing" label="Uren per plaatsing">
          <input id="doel-per-plaatsing" className="utrecht-textbox number-input" inputMode="decimal" value={perPlacement} aria-required="true" onChange={(e) => setPerPlacement(e.target.value)} />
        </Field>
        <Field id="doel-groei" label="Groei per jaar in %">
          <input id="doel-groei" className="utrecht-textbox number-input" inputMode="decimal" value={growth} aria-required="true" onChange={(e) => setGrowth(e.target.value)} />
        </Field>
      </div>
      <Field id="doel-bron" label="Bron" hint="Bijvoorbeeld de brief van SZW over de taakstelling.">
        <input id="doel-bron" className="utrecht-textbox wide-input" value={source} aria-required="true" aria-describedby="doel-bron-hint" maxLength={300} onChange={(e) => setSource(e.target.value)} />
      </Field>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Taakstelling vastleggen</button>
      <Feedback error={local ?? s.error} done={s.done} />
    </form>
  );
}
