import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { Feedback, Field, today, useSubmit } from '../../forms.tsx';
import { ErrorMessage } from '../../layout/Layout.tsx';
import { useApi } from '../../useApi.ts';
import {
  languageLevels, licenceCategories, opportunityKindLabels, opportunityKinds, wholeOrNull, type Employer, type OccupationList, type OpportunityKind,
} from './types.ts';

const ladderSteps = [1, 2, 3, 4, 5, 6];

/** "Kans toevoegen": an opportunity at this employer, with occupation and skills from the coded list (GET /occupations). */
export function OpportunityForm({ employer, onSaved }: { employer: Employer; onSaved: () => void }) {
  const list = useApi<OccupationList>('/occupations');
  const [kind, setKind] = useState<OpportunityKind>('regular_vacancy');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [occupationCode, setOccupationCode] = useState('');
  const [skills, setSkills] = useState<string[]>([]);
  const [hours, setHours] = useState('');
  const [postcode, setPostcode] = useState(employer.postcode);
  const [languageLevel, setLanguageLevel] = useState('');
  const [drivingLicence, setDrivingLicence] = useState('');
  const [minLadderStep, setMinLadderStep] = useState('');
  const [startDate, setStartDate] = useState(today());
  const [places, setPlaces] = useState('1');
  const [shared, setShared] = useState(false);
  const s = useSubmit(() => { setTitle(''); setDescription(''); setOccupationCode(''); setSkills([]); setHours(''); setShared(false); onSaved(); });
  const toggle = (code: string) => setSkills((l) => (l.includes(code) ? l.filter((c) => c !== code) : [...l, code]));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(`/employers/${employer.id}/opportunities`, {
      method: 'POST',
      json: {
        kind, title, description, occupationCode, requiredSkills: skills, hoursPerWeek: wholeOrNull(hours, 'uren per week'), postcode,
        languageLevel: languageLevel || null, drivingLicence: drivingLicence || null, minLadderStep: minLadderStep ? Number(minLadderStep) : null,
        startDate, places: wholeOrNull(places, 'aantal plaatsen'), sharedWithRegion: shared,
      },
    }), `Kans ${title.trim()} toegevoegd${shared ? ' en gedeeld met de regio' : ''}.`);
  };
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'nl');
  return (
    <form onSubmit={submit} noValidate aria-labelledby="kans-toevoegen" className="trajectory-form">
      <h3 className="utrecht-heading-3" id="kans-toevoegen">Kans toevoegen</h3>
      <div className="inline-form">
        <Field id="kans-soort" label="Soort kans">
          <select id="kans-soort" className="utrecht-select" value={kind} onChange={(e) => setKind(e.target.value as OpportunityKind)}>
            {opportunityKinds.map((k) => <option key={k} value={k}>{opportunityKindLabels[k]}</option>)}
          </select>
        </Field>
        <Field id="kans-titel" label="Titel">
          <input id="kans-titel" className="utrecht-textbox wide-input" aria-required="true" value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
      </div>
      <Field id="kans-omschrijving" label="Omschrijving (optioneel)">
        <textarea id="kans-omschrijving" className="utrecht-textarea" maxLength={4000} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      {list.error && <ErrorMessage error={list.error} />}
      <Field id="kans-beroep" label="Beroep">
        <select id="kans-beroep" className="utrecht-select" aria-required="true" value={occupationCode} onChange={(e) => setOccupationCode(e.target.value)}>
          <option value="">Kies een beroep</option>
          {[...(list.data?.occupations ?? [])].sort(byLabel).map((o) => <option key={o.code} value={o.code}>{o.label} ({o.code})</option>)}
        </select>
      </Field>
      <fieldset className="utrecht-form-fieldset checkbox-grid">
        <legend className="utrecht-form-fieldset__legend">Gevraagde vaardigheden</legend>
        {[...(list.data?.skills ?? [])].sort(byLabel).map((sk) => (
          <div key={sk.code} className="checkbox-field">
            <input type="checkbox" className="utrecht-checkbox" id={`kans-vaardigheid-${sk.code}`} checked={skills.includes(sk.code)} onChange={() => toggle(sk.code)} />
            <label className="utrecht-form-label" htmlFor={`kans-vaardigheid-${sk.code}`}>{sk.label}</label>
          </div>
        ))}
      </fieldset>
      <div className="inline-form">
        <Field id="kans-uren" label="Uren per week" hint="1 tot en met 40">
          <input id="kans-uren" className="utrecht-textbox number-input" inputMode="numeric" aria-required="true" aria-describedby="kans-uren-hint" value={hours} onChange={(e) => setHours(e.target.value)} />
        </Field>
        <Field id="kans-postcode" label="Postcode werkplek">
          <input id="kans-postcode" className="utrecht-textbox number-input" aria-required="true" value={postcode} onChange={(e) => setPostcode(e.target.value)} />
        </Field>
        <Field id="kans-start" label="Startdatum">
          <input id="kans-start" type="date" className="utrecht-textbox" aria-required="true" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
        </Field>
        <Field id="kans-plaatsen" label="Aantal plaatsen">
          <input id="kans-plaatsen" className="utrecht-textbox number-input" inputMode="numeric" aria-required="true" value={places} onChange={(e) => setPlaces(e.target.value)} />
        </Field>
      </div>
      <div className="inline-form">
        <Field id="kans-taal" label="Taalniveau Nederlands (minimaal)">
          <select id="kans-taal" className="utrecht-select" value={languageLevel} onChange={(e) => setLanguageLevel(e.target.value)}>
            <option value="">Geen eis</option>
            {languageLevels.map((l) => <option key={l} value={l}>{l}</option>)}
          </select>
        </Field>
        <Field id="kans-rijbewijs" label="Rijbewijs">
          <select id="kans-rijbewijs" className="utrecht-select" value={drivingLicence} onChange={(e) => setDrivingLicence(e.target.value)}>
            <option value="">Geen eis</option>
            {licenceCategories.map((l) => <option key={l} value={l}>{l}</option>)}
          </select>
        </Field>
        <Field id="kans-trede" label="Trede participatieladder (minimaal)">
          <select id="kans-trede" className="utrecht-select" value={minLadderStep} onChange={(e) => setMinLadderStep(e.target.value)}>
            <option value="">Geen eis</option>
            {ladderSteps.map((n) => <option key={n} value={n}>Trede {n}</option>)}
          </select>
        </Field>
      </div>
      <div className="checkbox-field">
        <input type="checkbox" className="utrecht-checkbox" id="kans-delen" checked={shared} onChange={(e) => setShared(e.target.checked)} />
        <label className="utrecht-form-label" htmlFor="kans-delen">Delen met de regio (andere gemeenten kunnen de kans zien en kandidaten voorstellen)</label>
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Kans toevoegen</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}
