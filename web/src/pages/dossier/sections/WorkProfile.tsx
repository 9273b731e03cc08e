import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../../../api.ts';
import { ErrorMessage } from '../../../layout/Layout.tsx';
import { Feedback, Field, today, useSubmit } from '../../../forms.tsx';
import { useApi } from '../../../useApi.ts';
import { useDossier } from '../DossierLayout.tsx';

// The shape of GET /residents/{id}/work-profile (src/modules/residents/dossier/work-profile.ts).
interface Skill { id: string; kind: 'occupation' | 'skill'; code: string | null; label: string; freeText: string | null }
interface WageValue { id: string; percentage: number; measuredOn: string; method: string; methodLabel: string }
interface WorkProfile {
  educationLevel: string | null; dutchLevel: string | null; drivingLicences: string[];
  hoursPerWeek: number | null; maxTravelKm: number | null; availableFrom: string | null; wishes: string; version: number;
  skills: Skill[]; wageValues: WageValue[]; currentWageValue: WageValue | null;
}
interface CodedEntry { code: string; label: string }
interface OccupationList { source: string; version: string; occupations: CodedEntry[]; skills: CodedEntry[] }

// The codes the API accepts, with the labels it uses (the API has no endpoint for these lists).
const educationLevels: Record<string, string> = {
  geen: 'Geen of basisonderwijs niet afgerond', basisonderwijs: 'Basisonderwijs', vmbo: 'Vmbo', mbo1: 'Mbo 1 (entree)',
  mbo2: 'Mbo 2', mbo3: 'Mbo 3', mbo4: 'Mbo 4', havo: 'Havo', vwo: 'Vwo', hbo: 'Hbo', wo: 'Wo', buitenlands: 'Buitenlandse opleiding',
};
const cefrLevels: Record<string, string> = { A0: 'A0 (nog geen)', A1: 'A1', A2: 'A2', B1: 'B1', B2: 'B2', C1: 'C1', C2: 'C2' };
const licenceCategories = ['AM', 'A', 'B', 'BE', 'C', 'CE', 'D', 'T'] as const;
const wageValueMethods: Record<string, string> = {
  dariuz: 'Dariuz', 'loonwaardemeting-uwv': 'UWV-methode', werkplekmeting: 'Meting op de werkplek', anders: 'Andere gevalideerde methode',
};
const kindLabels: Record<Skill['kind'], string> = { occupation: 'Beroep', skill: 'Vaardigheid' };

const numberOrNull = (v: string) => (v.trim() === '' ? null : Number(v));

/** Werkprofiel: what someone can and wants, occupations and skills, and wage value measurements. */
export function WorkProfileSection() {
  const { resident } = useDossier();
  const profile = useApi<WorkProfile>(`/residents/${resident.id}/work-profile`);
  const list = useApi<OccupationList>('/occupations');
  if (profile.error) return <section aria-labelledby="werkprofiel"><h2 className="utrecht-heading-2" id="werkprofiel">Werkprofiel</h2><ErrorMessage error={profile.error} /></section>;
  if (!profile.data) return <p className="utrecht-paragraph" role="status">Laden…</p>;
  const p = profile.data;
  const path = `/residents/${resident.id}/work-profile`;
  return (
    <>
      <section aria-labelledby="werkprofiel">
        <h2 className="utrecht-heading-2" id="werkprofiel">Werkprofiel</h2>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`/kandidaten/inwoner/${resident.id}`}>Passende kansen bekijken</Link> (open kansen van de gemeente en gedeelde kansen uit de regio, met uitleg).
        </p>
        <ProfileForm path={path} profile={p} onSaved={profile.reload} />
      </section>
      <section aria-labelledby="beroepen">
        <h2 className="utrecht-heading-2" id="beroepen">Beroepen en vaardigheden</h2>
        <SkillList path={path} skills={p.skills} onSaved={profile.reload} />
        {list.error && <ErrorMessage error={list.error} />}
        {list.data && <CodedSkillForm path={path} list={list.data} onSaved={profile.reload} />}
        <FreeSkillForm path={path} onSaved={profile.reload} />
      </section>
      <section aria-labelledby="loonwaarde">
        <h2 className="utrecht-heading-2" id="loonwaarde">Loonwaarde</h2>
        <WageValues path={path} profile={p} onSaved={profile.reload} />
      </section>
    </>
  );
}

function ProfileForm({ path, profile, onSaved }: { path: string; profile: WorkProfile; onSaved: () => void }) {
  const [educationLevel, setEducationLevel] = useState(profile.educationLevel ?? '');
  const [dutchLevel, setDutchLevel] = useState(profile.dutchLevel ?? '');
  const [licences, setLicences] = useState<string[]>(profile.drivingLicences);
  const [hours, setHours] = useState(profile.hoursPerWeek?.toString() ?? '');
  const [travel, setTravel] = useState(profile.maxTravelKm?.toString() ?? '');
  const [availableFrom, setAvailableFrom] = useState(profile.availableFrom ?? '');
  const [wishes, setWishes] = useState(profile.wishes);
  const s = useSubmit(onSaved);
  const toggle = (code: string, on: boolean) => setLicences((l) => (on ? [...l, code] : l.filter((c) => c !== code)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const json = {
      educationLevel: educationLevel || null, dutchLevel: dutchLevel || null,
      drivingLicences: licenceCategories.filter((c) => licences.includes(c)),
      hoursPerWeek: numberOrNull(hours), maxTravelKm: numberOrNull(travel), availableFrom: availableFrom || null, wishes,
    };
    void s.run(() => api(path, { method: 'PUT', json, ifMatch: `"v${profile.version}"` }), 'Werkprofiel opgeslagen.');
  };
  return (
    <form onSubmit={submit} aria-label="Werkprofiel vastleggen">
      <Field id="opleiding" label="Opleidingsniveau">
        <select id="opleiding" className="utrecht-select" value={educationLevel} onChange={(e) => setEducationLevel(e.target.value)}>
          <option value="">Onbekend</option>
          {Object.entries(educationLevels).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
        </select>
      </Field>
      <Field id="taalniveau" label="Taalniveau Nederlands (ERK)" hint="Europees Referentiekader: A0 (nog geen) tot C2.">
        <select id="taalniveau" className="utrecht-select" aria-describedby="taalniveau-hint" value={dutchLevel} onChange={(e) => setDutchLevel(e.target.value)}>
          <option value="">Onbekend</option>
          {Object.entries(cefrLevels).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
        </select>
      </Field>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">Rijbewijzen</legend>
        <div className="inline-form">
          {licenceCategories.map((c) => (
            <div className="utrecht-form-field checkbox-field" key={c}>
              <input id={`rijbewijs-${c}`} type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={licences.includes(c)} onChange={(e) => toggle(c, e.target.checked)} />
              <label className="utrecht-form-label" htmlFor={`rijbewijs-${c}`}>{c}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="inline-form">
        <Field id="uren" label="Uren beschikbaar per week">
          <input id="uren" type="number" inputMode="numeric" min={0} max={60} step={1} className="utrecht-textbox" value={hours} onChange={(e) => setHours(e.target.value)} />
        </Field>
        <Field id="reisafstand" label="Maximale reisafstand (km)">
          <input id="reisafstand" type="number" inputMode="numeric" min={0} max={300} step={1} className="utrecht-textbox" value={travel} onChange={(e) => setTravel(e.target.value)} />
        </Field>
        <Field id="beschikbaar-per" label="Beschikbaar per" hint="Leeg: nu beschikbaar.">
          <input id="beschikbaar-per" type="date" className="utrecht-textbox" aria-describedby="beschikbaar-per-hint" value={availableFrom} onChange={(e) => setAvailableFrom(e.target.value)} />
        </Field>
      </div>
      <Field id="wensen" label="Wensen">
        <textarea id="wensen" className="utrecht-textarea" maxLength={4000} value={wishes} onChange={(e) => setWishes(e.target.value)} />
      </Field>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Werkprofiel opslaan</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}

function SkillList({ path, skills, onSaved }: { path: string; skills: Skill[]; onSaved: () => void }) {
  const s = useSubmit(onSaved);
  const remove = (skill: Skill) =>
    void s.run(() => api(`${path}/skills/${skill.id}`, { method: 'DELETE' }), `${skill.label} verwijderd.`);
  return (
    <>
      {skills.length === 0 ? <p className="utrecht-paragraph">Nog geen beroepen of vaardigheden vastgelegd.</p> : (
        <ul className="record-list" aria-label="Beroepen en vaardigheden in het profiel">
          {skills.map((skill) => (
            <li key={skill.id} className="record-row">
              <span><strong>{kindLabels[skill.kind]}:</strong> {skill.label}{skill.code ? ` (code ${skill.code})` : ' (eigen omschrijving)'}</span>
              <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={s.busy} onClick={() => remove(skill)}
                aria-label={`Verwijderen: ${skill.label}`}>Verwijderen</button>
            </li>
          ))}
        </ul>
      )}
      <Feedback error={s.error} done={s.done} />
    </>
  );
}

function CodedSkillForm({ path, list, onSaved }: { path: string; list: OccupationList; onSaved: () => void }) {
  const [kind, setKind] = useState<Skill['kind']>('occupation');
  const [filter, setFilter] = useState('');
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const s = useSubmit(() => { setCode(''); setFilter(''); onSaved(); });
  const entries = kind === 'occupation' ? list.occupations : list.skills;
  const needle = filter.trim().toLowerCase();
  const shown = needle ? entries.filter((e) => e.label.toLowerCase().includes(needle) || e.code.toLowerCase().includes(needle)) : entries;
  const selected = shown.some((e) => e.code === code) ? code : '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!selected);
    if (!selected) return;
    const label = entries.find((e) => e.code === selected)?.label ?? selected;
    void s.run(() => api(`${path}/skills`, { method: 'POST', json: { kind, code: selected, freeText: null } }), `${label} toegevoegd.`);
  };
  return (
    <form onSubmit={submit} aria-label="Toevoegen uit de lijst">
      <h3 className="utrecht-heading-3">Toevoegen uit de lijst</h3>
      <div className="inline-form">
        <Field id="lijst-soort" label="Soort">
          <select id="lijst-soort" className="utrecht-select" value={kind} onChange={(e) => { setKind(e.target.value as Skill['kind']); setCode(''); }}>
            <option value="occupation">Beroep</option>
            <option value="skill">Vaardigheid</option>
          </select>
        </Field>
        <Field id="lijst-filter" label="Zoeken in de lijst" hint={`${shown.length} van ${entries.length} in de lijst`}>
          <input id="lijst-filter" type="search" className="utrecht-textbox" aria-describedby="lijst-filter-hint" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </Field>
        <Field id="lijst-code" label={kind === 'occupation' ? 'Beroep' : 'Vaardigheid'}>
          <select id="lijst-code" className="utrecht-select" value={selected} onChange={(e) => setCode(e.target.value)} required>
            <option value="">{shown.length === 0 ? 'Niets gevonden' : 'Kies uit de lijst'}</option>
            {shown.map((e) => <option key={e.code} value={e.code}>{e.label}</option>)}
          </select>
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Toevoegen uit de lijst</button>
      </div>
      <p className="utrecht-paragraph source-note">Bron van de lijst (versie {list.version}): {list.source}</p>
      <Feedback error={missing ? 'Kies eerst een beroep of vaardigheid uit de lijst.' : s.error} done={s.done} />
    </form>
  );
}

function FreeSkillForm({ path, onSaved }: { path: string; onSaved: () => void }) {
  const [kind, setKind] = useState<Skill['kind']>('skill');
  const [text, setText] = useState('');
  const s = useSubmit(() => { setText(''); onSaved(); });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const freeText = text.trim();
    void s.run(() => api(`${path}/skills`, { method: 'POST', json: { kind, code: null, freeText } }), `${freeText} toegevoegd.`);
  };
  return (
    <form onSubmit={submit} aria-label="Eigen omschrijving toevoegen">
      <h3 className="utrecht-heading-3">Eigen omschrijving toevoegen</h3>
      <p className="utrecht-paragraph">Staat het beroep of de vaardigheid niet in de lijst? Beschrijf het dan zelf.</p>
      <div className="inline-form">
        <Field id="eigen-soort" label="Soort">
          <select id="eigen-soort" className="utrecht-select" value={kind} onChange={(e) => setKind(e.target.value as Skill['kind'])}>
            <option value="occupation">Beroep</option>
            <option value="skill">Vaardigheid</option>
          </select>
        </Field>
        <Field id="eigen-omschrijving" label="Omschrijving">
          <input id="eigen-omschrijving" type="text" className="utrecht-textbox" maxLength={200} value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Eigen omschrijving toevoegen</button>
      </div>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}

function WageValues({ path, profile, onSaved }: { path: string; profile: WorkProfile; onSaved: () => void }) {
  const [percentage, setPercentage] = useState('');
  const [measuredOn, setMeasuredOn] = useState(today());
  const [method, setMethod] = useState('');
  const s = useSubmit(() => { setPercentage(''); onSaved(); });
  const current = profile.currentWageValue;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(`${path}/wage-values`, { method: 'POST', json: { percentage: Number(percentage), measuredOn, method } }), 'Loonwaardemeting opgeslagen.');
  };
  return (
    <>
      <p className="utrecht-paragraph">
        Loonwaarde is het percentage van het wettelijk minimumloon dat iemands arbeidsprestatie waard is. De jongste meting geldt.
      </p>
      <p className="utrecht-paragraph" data-testid="current-wage-value">
        {current ? <><strong>Geldende loonwaarde:</strong> {current.percentage}% (gemeten op {current.measuredOn}, {current.methodLabel})</> : 'Nog geen loonwaarde gemeten.'}
      </p>
      {profile.wageValues.length > 0 && (
        <div className="table-scroll">
          <table className="utrecht-table">
            <caption className="visually-hidden">Loonwaardemetingen, nieuwste eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Datum</th>
                <th className="utrecht-table__header-cell" scope="col">Loonwaarde</th>
                <th className="utrecht-table__header-cell" scope="col">Methode</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {profile.wageValues.map((w) => (
                <tr className="utrecht-table__row" key={w.id}>
                  <td className="utrecht-table__cell">{w.measuredOn}</td>
                  <td className="utrecht-table__cell">{w.percentage}%</td>
                  <td className="utrecht-table__cell">{w.methodLabel}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form onSubmit={submit} aria-label="Loonwaardemeting vastleggen" className="inline-form">
        <Field id="loonwaarde-percentage" label="Loonwaarde (%)">
          <input id="loonwaarde-percentage" type="number" inputMode="numeric" min={0} max={100} step={1} className="utrecht-textbox" value={percentage} onChange={(e) => setPercentage(e.target.value)} required />
        </Field>
        <Field id="loonwaarde-datum" label="Datum meting">
          <input id="loonwaarde-datum" type="date" className="utrecht-textbox" max={today()} value={measuredOn} onChange={(e) => setMeasuredOn(e.target.value)} required />
        </Field>
        <Field id="loonwaarde-methode" label="Methode">
          <select id="loonwaarde-methode" className="utrecht-select" value={method} onChange={(e) => setMethod(e.target.value)} required>
            <option value="">Kies een methode</option>
            {Object.entries(wageValueMethods).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Loonwaarde opslaan</button>
        <Feedback error={s.error} done={s.done} />
      </form>
    </>
  );
}
