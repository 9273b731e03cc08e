import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field, useSubmit } from '../../forms.tsx';
import { centsToInput, parseEuros } from '../../money.ts';
import { decimal, type Scenario } from './types.ts';

const number = (text: string, what: string) => {
  const value = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value)) throw new ApiError(400, 'Ongeldige invoer', `Vul ${what} in als getal, bijvoorbeeld 18,5.`);
  return value;
};
const amount = (text: string, what: string) => {
  const cents = parseEuros(text);
  if (cents === null) throw new ApiError(400, 'Ongeldige invoer', `Vul ${what} in euro’s in, bijvoorbeeld 7.354,73.`);
  return cents;
};

type Fields = Record<'name' | 'description' | 'startMonth' | 'horizonMonths' | 'startCaseload' | 'inflow' | 'outflow' | 'benefitCost' | 'benefitCostSource' | 'growth' | 'placeCost' | 'placeCostSource', string>;
const empty: Fields = {
  name: '', description: '', startMonth: '', horizonMonths: '36', startCaseload: '', inflow: '', outflow: '', benefitCost: '', benefitCostSource: '',
  growth: '7,5', placeCost: '', placeCostSource: '',
};
const fromScenario = (s: Scenario): Fields => ({
  name: s.name, description: s.description, startMonth: s.startMonth, horizonMonths: String(s.horizonMonths), startCaseload: String(s.startCaseload),
  inflow: decimal(s.inflowPerMonth), outflow: decimal(s.outflowPctPerMonth), benefitCost: centsToInput(s.benefitCostPerHouseholdCents), benefitCostSource: s.benefitCostSource,
  growth: decimal(s.shelteredGrowthPct), placeCost: centsToInput(s.shelteredCostPerPlaceCents), placeCostSource: s.shelteredCostSource,
});

const labels: Record<keyof Fields, { label: string; hint?: string; wide?: boolean }> = {
  name: { label: 'Naam' }, description: { label: 'Toelichting', wide: true },
  startMonth: { label: 'Eerste maand', hint: 'JJJJ-MM, bijvoorbeeld 2027-01' }, horizonMonths: { label: 'Aantal maanden', hint: '1 tot en met 120' },
  startCaseload: { label: 'Aantal uitkeringen aan het begin' },
  inflow: { label: 'Instroom per maand', hint: 'Nieuwe uitkeringen per maand, bijvoorbeeld 18,95' },
  outflow: { label: 'Uitstroom per maand in %', hint: 'Deel van de uitkeringen dat per maand stopt, bijvoorbeeld 3' },
  benefitCost: { label: 'Kosten per uitkering per jaar in euro’s' }, benefitCostSource: { label: 'Bron van de kosten per uitkering', wide: true },
  growth: { label: 'Groei taakstelling beschut werk per jaar in %' }, placeCost: { label: 'Kosten per plaats beschut werk per jaar in euro’s' },
  placeCostSource: { label: 'Bron van de kosten beschut werk', wide: true },
};

/** Create a scenario, or change one (with If-Match). Policy analysts only. */
export function ScenarioForm({ scenario, onSaved, onCancel }: { scenario: Scenario | null; onSaved: (s: Scenario) => void; onCancel?: () => void }) {
  const [f, setF] = useState<Fields>(scenario ? fromScenario(scenario) : empty);
  const s = useSubmit(() => undefined);  // onSaved gets the saved scenario below
  const heading = scenario ? `Scenario ‘${scenario.name}’ wijzigen` : 'Nieuw scenario';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(async () => {
      const body = {
        name: f.name, description: f.description, startMonth: f.startMonth.trim(), horizonMonths: number(f.horizonMonths, 'het aantal maanden'),
        startCaseload: number(f.startCaseload, 'het aantal uitkeringen'), inflowPerMonth: number(f.inflow, 'de instroom'), outflowPctPerMonth: number(f.outflow, 'de uitstroom'),
        benefitCostPerHouseholdCents: amount(f.benefitCost, 'de kosten per uitkering'), benefitCostSource: f.benefitCostSource,
        shelteredGrowthPct: number(f.growth, 'de groei'), shelteredCostPerPlaceCents: amount(f.placeCost, 'de kosten per plaats'), shelteredCostSource: f.placeCostSource,
      };
      const result = scenario
        ? await api<Scenario>(`/forecast-scenarios/${scenario.id}`, { method: 'PATCH', ifMatch: `"v${scenario.version}"`, json: body })
        : await api<Scenario>('/forecast-scenarios', { method: 'POST', json: body });
      onSaved(result);
    }, scenario ? 'Scenario gewijzigd.' : 'Scenario opgeslagen.');
  };
  return (
    <section aria-labelledby="scenario-formulier">
      <h2 className="utrecht-heading-2" id="scenario-formulier">{heading}</h2>
      <form onSubmit={submit} aria-labelledby="scenario-formulier" noValidate>
        <div className="inline-form">
          {(Object.keys(labels) as (keyof Fields)[]).map((key) => {
            const l = labels[key];
            const id = `sc-${key}`;
            return (
              <Field key={key} id={id} label={l.label} hint={l.hint}>
                <input id={id} className={`utrecht-textbox${l.wide ? ' wide-input' : ''}`} value={f[key]} aria-describedby={l.hint ? `${id}-hint` : undefined}
                  inputMode={key === 'name' || key === 'description' || key.endsWith('Source') ? undefined : 'decimal'}
                  onChange={(e) => setF({ ...f, [key]: e.target.value })} />
              </Field>
            );
          })}
        </div>
        <div className="button-row">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>{scenario ? 'Wijziging opslaan' : 'Scenario opslaan'}</button>
          {onCancel && <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>Annuleren</button>}
        </div>
        <Feedback error={s.error} done={s.done} />
      </form>
    </section>
  );
}
