import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field, useSubmit } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { centsToInput, euros, parseEuros } from '../../money.ts';
import { useApi } from '../../useApi.ts';
import { goalMeasures, targetGroups, type Goal, type GoalMeasure, type Report } from './types.ts';

/** Edit the text of a draft: the toelichting, and for a plan the priority groups, goals, budget split and scenario. */
export function ReportEditPage() {
  const { id } = useParams();
  const { data: r, error } = useApi<Report>(`/council-reports/${id}`);
  if (error) return <Page title="Raadsrapportage bewerken"><ErrorMessage error={error} /></Page>;
  if (!r) return <Page title="Raadsrapportage bewerken"><p className="utrecht-paragraph" role="status">Laden…</p></Page>;
  return (
    <Page title={`${r.title} bewerken`}>
      <p className="utrecht-paragraph"><Link className="utrecht-link" to={`/raadsrapportages/${r.id}`}>Terug naar de rapportage</Link></p>
      <h1 className="utrecht-heading-1">{r.title} bewerken</h1>
      {r.status === 'published'
        ? <p className="utrecht-paragraph notice">Deze rapportage is gepubliceerd en kan niet meer worden gewijzigd.</p>
        : <NarrativeForm report={r} />}
    </Page>
  );
}

interface GoalRow { text: string; measure: GoalMeasure; target: string }
const amount = (text: string, what: string) => {
  const cents = parseEuros(text);
  if (cents === null) throw new ApiError(400, 'Ongeldige invoer', `Vul ${what} in euro’s in, bijvoorbeeld 180.000,00.`);
  return cents;
};

function NarrativeForm({ report: r }: { report: Report }) {
  const plan = r.kind === 'execution_plan';
  const n = r.narrative;
  const navigate = useNavigate();
  const [summary, setSummary] = useState(n.summary);
  const [groups, setGroups] = useState<string[]>(n.priorityGroups);
  const [goals, setGoals] = useState<GoalRow[]>(n.goals.map((g) => ({ ...g, target: String(g.target) })));
  const [sheltered, setSheltered] = useState(n.budgetSplit ? centsToInput(n.budgetSplit.shelteredWorkCents) : '');
  const [other, setOther] = useState(n.budgetSplit ? centsToInput(n.budgetSplit.otherGroupsCents) : '');
  const [explanation, setExplanation] = useState(n.budgetSplit?.differenceExplanation ?? '');
  const [scenario, setScenario] = useState(n.forecastScenarioId ?? '');
  const { data: scenarios } = useApi<{ items: { id: string; name: string }[] }>(plan ? '/forecast-scenarios' : null);
  const s = useSubmit(() => navigate(`/raadsrapportages/${r.id}`));
  const setGoal = (k: number, change: Partial<GoalRow>) => setGoals(goals.map((g, i) => (i === k ? { ...g, ...change } : g)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => {
      const body: Record<string, unknown> = { summary };
      if (plan) {
        body.priorityGroups = groups;
        body.goals = goals.map((g): Goal => ({ text: g.text, measure: g.measure, target: Number(g.target) }));
        body.budgetSplit = sheltered.trim() || other.trim()
          ? { shelteredWorkCents: amount(sheltered, 'het bedrag voor beschut werk'), otherGroupsCents: amount(other, 'het bedrag voor de andere doelgroepen'), differenceExplanation: explanation }
          : null;
        body.forecastScenarioId = scenario || null;
      }
      return api(`/council-reports/${r.id}`, { method: 'PATCH', json: body, ifMatch: `"v${r.version}"` });
    }, 'Opgeslagen.');
  };

  const split = (parseEuros(sheltered) ?? 0) + (parseEuros(other) ?? 0);
  return (
    <form onSubmit={submit} noValidate aria-label="Tekst van de rapportage">
      <Field id="tekst-toelichting" label={plan ? 'Inleiding' : 'Toelichting bij de cijfers'} hint="Een lege regel begint een nieuwe alinea.">
        <textarea id="tekst-toelichting" className="utrecht-textarea" rows={8} aria-describedby="tekst-toelichting-hint" value={summary} onChange={(e) => setSummary(e.target.value)} />
      </Field>
      {plan && (
        <>
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">Prioritaire doelgroepen</legend>
            {targetGroups.map((t) => (
              <label key={t.code} className="checkbox-field">
                <input type="checkbox" checked={groups.includes(t.code)}
                  onChange={(e) => setGroups(e.target.checked ? [...groups, t.code] : groups.filter((g) => g !== t.code))} /> {t.label}
              </label>
            ))}
          </fieldset>
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">Doelen met een meetbaar streefgetal</legend>
            {goals.map((g, k) => (
              <div key={k} className="inline-form" role="group" aria-label={`Doel ${k + 1}`}>
                <Field id={`doel-${k}-tekst`} label={`Doel ${k + 1}`}>
                  <input id={`doel-${k}-tekst`} className="utrecht-textbox wide-input" value={g.text} onChange={(e) => setGoal(k, { text: e.target.value })} />
                </Field>
                <Field id={`doel-${k}-getal`} label="Streefgetal">
                  <input id={`doel-${k}-getal`} className="utrecht-textbox number-input" type="number" min={0} value={g.target} onChange={(e) => setGoal(k, { target: e.target.value })} />
                </Field>
                <Field id={`doel-${k}-maat`} label="Gemeten in">
                  <select id={`doel-${k}-maat`} className="utrecht-select" value={g.measure} onChange={(e) => setGoal(k, { measure: e.target.value as GoalMeasure })}>
                    {goalMeasures.map((m) => <option key={m.key} value={m.key}>{m.label}</option>)}
                  </select>
                </Field>
                <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setGoals(goals.filter((_, i) => i !== k))}>
                  Verwijder doel {k + 1}
                </button>
              </div>
            ))}
            <button type="button" className="utrecht-button utrecht-button--secondary-action"
              onClick={() => setGoals([...goals, { text: '', measure: 'placements', target: '0' }])}>Doel toevoegen</button>
          </fieldset>
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">Verdeling van het re-integratiebudget {r.figures.budget.year}</legend>
            <p className="utrecht-paragraph">
              {r.figures.budget.set ? `Het re-integratiebudget ${r.figures.budget.year} is ${euros(r.figures.budget.budgetCents)}.` : `Voor ${r.figures.budget.year} is nog geen re-integratiebudget vastgesteld.`}
              {' '}Samen verdeeld: {euros(split)}. Telt de verdeling niet op tot het budget, licht dan het verschil toe.
            </p>
            <div className="inline-form">
              <Field id="verdeling-beschut" label="Taakstelling nieuw beschut werk, in euro’s">
                <input id="verdeling-beschut" className="utrecht-textbox money-input" inputMode="decimal" value={sheltered} onChange={(e) => setSheltered(e.target.value)} />
              </Field>
              <Field id="verdeling-overig" label="Andere doelgroepen, in euro’s">
                <input id="verdeling-overig" className="utrecht-textbox money-input" inputMode="decimal" value={other} onChange={(e) => setOther(e.target.value)} />
              </Field>
            </div>
            <Field id="verdeling-toelichting" label="Toelichting op het verschil met het budget">
              <textarea id="verdeling-toelichting" className="utrecht-textarea" rows={3} value={explanation} onChange={(e) => setExplanation(e.target.value)} />
            </Field>
          </fieldset>
          <Field id="plan-scenario" label="Prognosescenario waarop het plan rekent">
            <select id="plan-scenario" className="utrecht-select" value={scenario} onChange={(e) => setScenario(e.target.value)}>
              <option value="">Geen scenario</option>
              {scenarios?.items.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
            </select>
          </Field>
        </>
      )}
      <div className="button-row">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Opslaan</button>
        <Link className="utrecht-link" to={`/raadsrapportages/${r.id}`}>Annuleren</Link>
      </div>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}
