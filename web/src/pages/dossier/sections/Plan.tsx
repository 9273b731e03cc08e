import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../../api.ts';
import { Feedback, Field, useSubmit } from '../../../forms.tsx';
import { ErrorMessage } from '../../../layout/Layout.tsx';
import { useApi } from '../../../useApi.ts';
import { useDossier } from '../DossierLayout.tsx';

// The shapes of GET /residents/{id}/plan-goals and /plan-steps (src/modules/residents/dossier/action-plan.ts).
type GoalStatus = 'open' | 'achieved' | 'dropped';
type StepStatus = 'open' | 'done' | 'cancelled';
type StepOwner = 'resident' | 'consultant' | 'partner' | 'other';
interface Goal { id: string; version: number; title: string; description: string; status: GoalStatus; statusLabel: string; targetDate: string | null }
interface Step {
  id: string; version: number; goalId: string | null; description: string; owner: StepOwner; ownerLabel: string; ownerName: string | null;
  dueOn: string; status: StepStatus; statusLabel: string; completedOn: string | null; overdue: boolean;
}
interface List<T> { items: T[] }

const goalStatuses: Record<GoalStatus, string> = { open: 'Lopend', achieved: 'Behaald', dropped: 'Vervallen' };
const stepStatuses: Record<StepStatus, string> = { open: 'Open', done: 'Gedaan', cancelled: 'Vervallen' };
const stepOwners: Record<StepOwner, string> = { resident: 'Inwoner', consultant: 'Consulent', partner: 'Partnerorganisatie', other: 'Anders' };

/** Plan van aanpak: goals with their steps, overdue steps marked, and forms to add and update them. */
export function PlanSection() {
  const { resident } = useDossier();
  const goals = useApi<List<Goal>>(`/residents/${resident.id}/plan-goals`);
  const steps = useApi<List<Step>>(`/residents/${resident.id}/plan-steps`);
  const refresh = () => { goals.reload(); steps.reload(); };
  const base = `/residents/${resident.id}`;
  const error = goals.error ?? steps.error;
  const ready = goals.data && steps.data;
  const loose = steps.data?.items.filter((s) => !s.goalId || !goals.data?.items.some((g) => g.id === s.goalId)) ?? [];

  return (
    <>
      <section aria-labelledby="plan-doelen">
        <h2 className="utrecht-heading-2" id="plan-doelen">Doelen en stappen</h2>
        {error && <ErrorMessage error={error} />}
        {!ready && !error && <p className="utrecht-paragraph" role="status">Laden…</p>}
        {ready && goals.data!.items.length === 0 && steps.data!.items.length === 0 && (
          <p className="utrecht-paragraph">Er staan nog geen doelen of stappen in het plan van aanpak.</p>
        )}
        {ready && goals.data!.items.length > 0 && (
          <ul className="record-list">
            {goals.data!.items.map((g) => (
              <GoalItem key={g.id} goal={g} path={`${base}/plan-goals/${g.id}`} onSaved={refresh}
                steps={steps.data!.items.filter((s) => s.goalId === g.id)} stepPath={(id) => `${base}/plan-steps/${id}`} />
            ))}
          </ul>
        )}
        {ready && loose.length > 0 && (
          <>
            <h3 className="utrecht-heading-3" id="plan-losse-stappen">Losse stappen</h3>
            <StepList steps={loose} labelledBy="plan-losse-stappen" stepPath={(id) => `${base}/plan-steps/${id}`} onSaved={refresh} />
          </>
        )}
      </section>
      <section aria-labelledby="plan-doel-toevoegen">
        <h2 className="utrecht-heading-2" id="plan-doel-toevoegen">Doel toevoegen</h2>
        <GoalForm path={`${base}/plan-goals`} onSaved={refresh} />
      </section>
      <section aria-labelledby="plan-stap-toevoegen">
        <h2 className="utrecht-heading-2" id="plan-stap-toevoegen">Stap toevoegen</h2>
        <StepForm path={`${base}/plan-steps`} goals={goals.data?.items ?? []} onSaved={refresh} />
      </section>
    </>
  );
}

function GoalItem({ goal, path, steps, stepPath, onSaved }: {
  goal: Goal; path: string; steps: Step[]; stepPath: (id: string) => string; onSaved: () => void;
}) {
  const [status, setStatus] = useState<GoalStatus>(goal.status);
  useEffect(() => setStatus(goal.status), [goal.status, goal.version]);
  const s = useSubmit(onSaved);
  const titleId = `doel-${goal.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(path, { method: 'PATCH', json: { status }, ifMatch: `"v${goal.version}"` }), 'Status van het doel opgeslagen.');
  };
  return (
    <li>
      <h3 className="utrecht-heading-3" id={titleId}>{goal.title}</h3>
      {goal.description && <p className="utrecht-paragraph">{goal.description}</p>}
      <p className="utrecht-paragraph">
        Status: <strong>{goal.statusLabel}</strong>
        {goal.targetDate && <> — streefdatum <time dateTime={goal.targetDate}>{goal.targetDate}</time></>}
      </p>
      <form onSubmit={submit} aria-label={`Status van doel ${goal.title} wijzigen`} className="inline-form">
        <Field id={`doel-status-${goal.id}`} label="Status van het doel">
          <select id={`doel-status-${goal.id}`} className="utrecht-select" value={status} aria-describedby={titleId}
            onChange={(e) => setStatus(e.target.value as GoalStatus)}>
            {Object.entries(goalStatuses).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={s.busy} aria-describedby={titleId}>Status doel opslaan</button>
        <Feedback error={s.error} done={s.done} />
      </form>
      <h4 className="utrecht-heading-4" id={`${titleId}-stappen`}>Stappen</h4>
      {steps.length === 0
        ? <p className="utrecht-paragraph">Nog geen stappen bij dit doel.</p>
        : <StepList steps={steps} labelledBy={`${titleId}-stappen`} stepPath={stepPath} onSaved={onSaved} />}
    </li>
  );
}

function StepList({ steps, labelledBy, stepPath, onSaved }: { steps: Step[]; labelledBy: string; stepPath: (id: string) => string; onSaved: () => void }) {
  return (
    <ul className="record-list" aria-labelledby={labelledBy}>
      {steps.map((step) => <StepItem key={step.id} step={step} path={stepPath(step.id)} onSaved={onSaved} />)}
    </ul>
  );
}

function StepItem({ step, path, onSaved }: { step: Step; path: string; onSaved: () => void }) {
  const [status, setStatus] = useState<StepStatus>(step.status);
  useEffect(() => setStatus(step.status), [step.status, step.version]);
  const s = useSubmit(onSaved);
  const textId = `stap-${step.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(path, { method: 'PATCH', json: { status }, ifMatch: `"v${step.version}"` }), 'Status van de stap opgeslagen.');
  };
  return (
    <li className={step.overdue ? 'overdue' : undefined} data-testid="plan-step">
      <p className="utrecht-paragraph" id={textId}>
        <strong>{step.description}</strong>
        {step.overdue && <> <span className="badge badge--overdue">Te laat</span></>}
      </p>
      <p className="utrecht-paragraph">
        Uiterlijk <time dateTime={step.dueOn}>{step.dueOn}</time> — door {step.ownerLabel}{step.ownerName ? ` (${step.ownerName})` : ''} — status: {step.statusLabel}
        {step.completedOn && <>, gedaan op <time dateTime={step.completedOn}>{step.completedOn}</time></>}
      </p>
      <form onSubmit={submit} aria-label={`Status van stap ${step.description} wijzigen`} className="inline-form">
        <Field id={`stap-status-${step.id}`} label="Status van de stap">
          <select id={`stap-status-${step.id}`} className="utrecht-select" value={status} aria-describedby={textId}
            onChange={(e) => setStatus(e.target.value as StepStatus)}>
            {Object.entries(stepStatuses).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={s.busy} aria-describedby={textId}>Status stap opslaan</button>
        <Feedback error={s.error} done={s.done} />
      </form>
    </li>
  );
}

function GoalForm({ path, onSaved }: { path: string; onSaved: () => void }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const s = useSubmit(() => { setTitle(''); setDescription(''); setTargetDate(''); onSaved(); });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(path, { method: 'POST', json: { title, description, targetDate: targetDate || null } }), 'Doel toegevoegd.');
  };
  return (
    <form onSubmit={submit} aria-label="Doel toevoegen">
      <Field id="doel-titel" label="Titel van het doel">
        <input id="doel-titel" className="utrecht-textbox" value={title} onChange={(e) => setTitle(e.target.value)} aria-required="true" maxLength={200} />
      </Field>
      <Field id="doel-omschrijving" label="Omschrijving">
        <textarea id="doel-omschrijving" className="utrecht-textarea" value={description} onChange={(e) => setDescription(e.target.value)} maxLength={4000} />
      </Field>
      <Field id="doel-streefdatum" label="Streefdatum" hint="Niet verplicht.">
        <input id="doel-streefdatum" type="date" className="utrecht-textbox" value={targetDate} aria-describedby="doel-streefdatum-hint"
          onChange={(e) => setTargetDate(e.target.value)} />
      </Field>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Doel toevoegen</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}

function StepForm({ path, goals, onSaved }: { path: string; goals: Goal[]; onSaved: () => void }) {
  const [goalId, setGoalId] = useState('');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState<StepOwner>('resident');
  const [ownerName, setOwnerName] = useState('');
  const [dueOn, setDueOn] = useState('');
  const s = useSubmit(() => { setDescription(''); setOwnerName(''); setDueOn(''); onSaved(); });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(path, {
      method: 'POST', json: { goalId: goalId || null, description, owner, ownerName: ownerName.trim() || null, dueOn },
    }), 'Stap toegevoegd.');
  };
  return (
    <form onSubmit={submit} aria-label="Stap toevoegen">
      <Field id="stap-doel" label="Hoort bij doel">
        <select id="stap-doel" className="utrecht-select" value={goalId} onChange={(e) => setGoalId(e.target.value)}>
          <option value="">Geen doel (losse stap)</option>
          {goals.map((g) => <option key={g.id} value={g.id}>{g.title}</option>)}
        </select>
      </Field>
      <Field id="stap-omschrijving" label="Omschrijving van de stap">
        <textarea id="stap-omschrijving" className="utrecht-textarea" value={description} onChange={(e) => setDescription(e.target.value)} aria-required="true" maxLength={2000} />
      </Field>
      <Field id="stap-eigenaar" label="Wie zet de stap">
        <select id="stap-eigenaar" className="utrecht-select" value={owner} onChange={(e) => setOwner(e.target.value as StepOwner)}>
          {Object.entries(stepOwners).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
        </select>
      </Field>
      <Field id="stap-naam" label="Naam van de uitvoerder" hint="Niet verplicht, bijvoorbeeld de naam van de partnerorganisatie.">
        <input id="stap-naam" className="utrecht-textbox" value={ownerName} aria-describedby="stap-naam-hint" onChange={(e) => setOwnerName(e.target.value)} maxLength={200} />
      </Field>
      <Field id="stap-datum" label="Uiterlijk klaar op">
        <input id="stap-datum" type="date" className="utrecht-textbox" value={dueOn} onChange={(e) => setDueOn(e.target.value)} aria-required="true" />
      </Field>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Stap toevoegen</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}
