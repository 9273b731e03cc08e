import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field, today } from '../../forms.tsx';
import { ErrorMessage } from '../../layout/Layout.tsx';
import { euros, parseEuros } from '../../money.ts';
import { useApi } from '../../useApi.ts';
import type { List } from '../trajectories/types.ts';
import { kindLabels, opportunityKindToPlacement, paidKinds, parseHours, type EmployerOption, type Placement, type PlacementKind } from './types.ts';

/**
 * "Plaatsing vastleggen" for one resident: employer from the region, contract, instruments; the subsidy is computed by the
 * server. With `initialOpportunityId` (coming from a match) the opportunity and its employer are chosen already.
 */
export function PlacementForm({ residentId, initialOpportunityId, onSaved }: { residentId: string; initialOpportunityId?: string; onSaved: (p: Placement) => void }) {
  const options = useApi<List<EmployerOption>>('/placement-employers');
  const [employerId, setEmployerId] = useState('');
  const [opportunityId, setOpportunityId] = useState('');
  const [kind, setKind] = useState<PlacementKind | ''>('');
  const [hours, setHours] = useState('');
  const [wage, setWage] = useState('');
  const [startDate, setStartDate] = useState(today());
  const [endDate, setEndDate] = useState('');
  const [wageCostSubsidy, setWageCostSubsidy] = useState(false);
  const [hiring, setHiring] = useState('');
  const [jobCoach, setJobCoach] = useState(false);
  const [coachHours, setCoachHours] = useState('');
  const [endsBenefit, setEndsBenefit] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const employers = options.data?.items ?? [];
  useEffect(() => {
    const owner = initialOpportunityId ? options.data?.items.find((e) => e.opportunities.some((o) => o.id === initialOpportunityId)) : undefined;
    if (owner) { setEmployerId(owner.id); setOpportunityId(initialOpportunityId!); }
  }, [options.data, initialOpportunityId]);
  const employer = employers.find((e) => e.id === employerId) ?? null;
  const opportunity = employer?.opportunities.find((o) => o.id === opportunityId) ?? null;
  const effectiveKind: PlacementKind | '' = opportunity ? opportunityKindToPlacement[opportunity.kind] ?? '' : kind;
  const paid = effectiveKind !== '' && paidKinds.includes(effectiveKind);
  const groups = [...new Set(employers.map((e) => e.municipality))];

  function body() {
    const contractHoursPerWeek = parseHours(hours);
    if (!employerId) return 'Kies een werkgever.';
    if (!effectiveKind) return 'Kies het soort plaatsing.';
    if (contractHoursPerWeek === null || contractHoursPerWeek <= 0) return 'Vul de contracturen per week in, bijvoorbeeld 24 of 22,5.';
    const hourlyWageCents = paid ? parseEuros(wage) : null;
    if (paid && hourlyWageCents === null) return 'Vul het bruto uurloon in euro’s in, bijvoorbeeld 14,71.';
    const hiringSubsidyCents = paid && hiring.trim() ? parseEuros(hiring) : null;
    if (paid && hiring.trim() && hiringSubsidyCents === null) return 'Vul de indienstnemingssubsidie in euro’s in, bijvoorbeeld 2.000,00.';
    const jobCoachHoursPerMonth = jobCoach && coachHours.trim() ? Number(coachHours) : null;
    if (jobCoachHoursPerMonth !== null && !(Number.isInteger(jobCoachHoursPerMonth) && jobCoachHoursPerMonth >= 1)) return 'Vul de uren jobcoaching per maand in als heel getal.';
    return {
      employerId, opportunityId: opportunityId || null, kind: opportunity ? null : effectiveKind, contractHoursPerWeek, hourlyWageCents,
      startDate, endDate: endDate || null, wageCostSubsidy: paid && wageCostSubsidy, hiringSubsidyCents, jobCoach, jobCoachHoursPerMonth,
      endsBenefit: paid && endsBenefit,
    };
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null); setDone(null);
    const json = body();
    if (typeof json === 'string') { setError(json); return; }
    setBusy(true);
    try {
      const p = await api<Placement>(`/residents/${residentId}/placements`, { method: 'POST', json });
      setDone(`Plaatsing bij ${p.employer.name} vastgelegd${p.wageCostSubsidy ? `; loonkostensubsidie ${euros(p.wageCostSubsidy.monthlyCents)} per maand` : ''}.`);
      setEmployerId(''); setOpportunityId(''); setKind(''); setHours(''); setWage(''); setEndDate(''); setWageCostSubsidy(false);
      setHiring(''); setJobCoach(false); setCoachHours(''); setEndsBenefit(false);
      onSaved(p);
    } catch (err) {
      setError(err instanceof ApiError ? err.detail : 'Vastleggen lukt nu niet. Probeer het opnieuw.');
    } finally { setBusy(false); }
  }

  return (
    <form onSubmit={submit} aria-labelledby="plaatsing-vastleggen" className="trajectory-form" noValidate>
      {options.error && <ErrorMessage error={options.error} />}
      <Field id="plaatsing-werkgever" label="Werkgever" hint="Ook werkgevers uit de andere gemeenten van de regio.">
        <select id="plaatsing-werkgever" className="utrecht-select" value={employerId} aria-required="true" aria-describedby="plaatsing-werkgever-hint"
          onChange={(e) => { setEmployerId(e.target.value); setOpportunityId(''); }}>
          <option value="">{options.data ? 'Kies een werkgever' : 'Werkgevers laden…'}</option>
          {groups.map((g) => (
            <optgroup key={g} label={`Gemeente ${g}`}>
              {employers.filter((x) => x.municipality === g).map((x) => <option key={x.id} value={x.id}>{x.name} ({x.city})</option>)}
            </optgroup>
          ))}
        </select>
      </Field>
      {employer && employer.opportunities.length > 0 && (
        <Field id="plaatsing-kans" label="Kans (niet verplicht)">
          <select id="plaatsing-kans" className="utrecht-select" value={opportunityId} onChange={(e) => setOpportunityId(e.target.value)}>
            <option value="">Geen kans gekozen</option>
            {employer.opportunities.map((o) => <option key={o.id} value={o.id}>{o.title} ({o.hoursPerWeek} uur)</option>)}
          </select>
        </Field>
      )}
      <Field id="plaatsing-soort" label="Soort plaatsing" hint={opportunity ? 'Volgt uit de gekozen kans.' : undefined}>
        <select id="plaatsing-soort" className="utrecht-select" value={effectiveKind} aria-required="true" disabled={opportunity !== null}
          aria-describedby={opportunity ? 'plaatsing-soort-hint' : undefined} onChange={(e) => setKind(e.target.value as PlacementKind)}>
          <option value="">Kies het soort plaatsing</option>
          {Object.entries(kindLabels).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
        </select>
      </Field>
      <div className="inline-form">
        <Field id="plaatsing-uren" label="Contracturen per week">
          <input id="plaatsing-uren" className="utrecht-textbox number-input" inputMode="decimal" value={hours} aria-required="true" onChange={(e) => setHours(e.target.value)} />
        </Field>
        {paid && (
          <Field id="plaatsing-loon" label="Bruto uurloon in euro’s">
            <input id="plaatsing-loon" className="utrecht-textbox money-input" inputMode="decimal" value={wage} aria-required="true" onChange={(e) => setWage(e.target.value)} />
          </Field>
        )}
        <Field id="plaatsing-start" label="Startdatum">
          <input id="plaatsing-start" type="date" className="utrecht-textbox" value={startDate} aria-required="true" onChange={(e) => setStartDate(e.target.value)} />
        </Field>
        <Field id="plaatsing-eind" label="Einddatum (bij een tijdelijk contract)">
          <input id="plaatsing-eind" type="date" className="utrecht-textbox" value={endDate} min={startDate} onChange={(e) => setEndDate(e.target.value)} />
        </Field>
      </div>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">Instrumenten</legend>
        {paid && (
          <>
            <div className="checkbox-field">
              <input type="checkbox" id="plaatsing-lks" checked={wageCostSubsidy} aria-describedby="plaatsing-lks-hint" onChange={(e) => setWageCostSubsidy(e.target.checked)} />
              <label htmlFor="plaatsing-lks" className="utrecht-form-label">Loonkostensubsidie</label>
            </div>
            <p className="utrecht-form-field-description" id="plaatsing-lks-hint">
              Berekend op de loonwaarde uit het werkprofiel; zonder loonwaarde forfaitair 50% gedurende ten hoogste 6 maanden (art. 10d Participatiewet).
            </p>
            <Field id="plaatsing-ids" label="Indienstnemingssubsidie in euro’s (niet verplicht)">
              <input id="plaatsing-ids" className="utrecht-textbox money-input" inputMode="decimal" value={hiring} onChange={(e) => setHiring(e.target.value)} />
            </Field>
          </>
        )}
        <div className="checkbox-field">
          <input type="checkbox" id="plaatsing-jobcoach" checked={jobCoach} onChange={(e) => { setJobCoach(e.target.checked); if (!e.target.checked) setCoachHours(''); }} />
          <label htmlFor="plaatsing-jobcoach" className="utrecht-form-label">Jobcoach</label>
        </div>
        {jobCoach && (
          <Field id="plaatsing-coachuren" label="Uren jobcoaching per maand">
            <input id="plaatsing-coachuren" className="utrecht-textbox number-input" inputMode="numeric" value={coachHours} onChange={(e) => setCoachHours(e.target.value)} />
          </Field>
        )}
        {paid && (
          <div className="checkbox-field">
            <input type="checkbox" id="plaatsing-uitstroom" checked={endsBenefit} onChange={(e) => setEndsBenefit(e.target.checked)} />
            <label htmlFor="plaatsing-uitstroom" className="utrecht-form-label">De uitkering stopt door dit werk (uitstroom vastleggen)</label>
          </div>
        )}
      </fieldset>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>Plaatsing vastleggen</button>
      <Feedback error={error} done={done} />
    </form>
  );
}
