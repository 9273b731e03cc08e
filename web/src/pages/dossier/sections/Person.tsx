import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { targetGroupCodes, targetGroupLabels, type TargetGroupCode } from '../../../../../src/rules/target-groups.ts';
import { api } from '../../../api.ts';
import { ErrorMessage } from '../../../layout/Layout.tsx';
import { Feedback, Field, today, useSubmit } from '../../../forms.tsx';
import { useApi } from '../../../useApi.ts';
import { useDossier } from '../DossierLayout.tsx';
import type { ResidentDetail } from '../types.ts';

// GET /residents/{id} carries more than web/src/pages/dossier/types.ts describes (src/modules/residents/schema.ts).
type Detail = Omit<ResidentDetail, 'household'> & {
  bsnMasked?: boolean; givenNames?: string; surnamePrefix?: string | null; surname?: string; preferredLanguage?: string;
  household: { role: string | null; members: { kind: string; kindLabel: string; name: string; age: number; costSharer: boolean; residentId?: string | null }[] };
};

// GET /residents/{id}/household-members (src/modules/residents/dossier/household-members.ts).
interface Member {
  id: string; version: number; kind: 'child' | 'housemate'; kindLabel: string; givenNames: string; birthDate: string; age: number;
  costSharer: boolean; costSharerExemption: string | null;
}
// GET /residents/{id}/target-groups (src/modules/residents/dossier/target-groups.ts).
interface TargetGroup {
  id: string; version: number; code: TargetGroupCode; label: string; startDate: string; endDate: string | null; details: Record<string, unknown>;
}

const memberKinds: Record<string, string> = { child: 'Kind', housemate: 'Huisgenoot' };
const exemptions: Record<string, string> = {
  student: 'Student (studiefinanciering of WTOS)', commercial_tenant: 'Commerciële huurder of kostganger',
  informal_care: 'Intensieve mantelzorg (vanaf 2026)',
};
const civicIntegrationStatuses: Record<string, string> = {
  nog_niet_gestart: 'Nog niet gestart', in_uitvoering: 'In uitvoering', afgerond: 'Afgerond', ontheffing: 'Ontheffing',
};
const languages: Record<string, string> = {
  nl: 'Nederlands', en: 'Engels', ar: 'Arabisch', tr: 'Turks', pl: 'Pools', uk: 'Oekraïens', ti: 'Tigrinya', fa: 'Perzisch (Farsi)',
  so: 'Somalisch', de: 'Duits', fr: 'Frans', es: 'Spaans', pap: 'Papiaments',
};
// Labels of what some target groups record besides their dates.
const detailLabels: Record<string, string> = {
  uwvIndicationDate: 'Indicatie beschut werk (UWV)', residencePermitSince: 'Verblijfsvergunning sinds', civicIntegrationStatus: 'Inburgering',
  indicationDate: 'Indicatiedatum', school: 'School', rmcRegisteredOn: 'Aangemeld bij RMC', registeredOn: 'Ingeschreven in het doelgroepregister',
};

const ifMatch = (version: number) => `"v${version}"`;

/** Persoon en huishouden: personal details, the household and the target groups of a resident. */
export function PersonSection() {
  return (
    <>
      <PersonDetails />
      <Household />
      <TargetGroups />
    </>
  );
}

// ---------- Persoonsgegevens ----------

interface PersonValues {
  givenNames: string; surnamePrefix: string; surname: string; birthDate: string;
  street: string; houseNumber: string; houseNumberSuffix: string; postcode: string; city: string;
  phone: string; email: string; preferredLanguage: string;
}

function valuesOf(r: Detail): PersonValues {
  return {
    givenNames: r.givenNames ?? '', surnamePrefix: r.surnamePrefix ?? '', surname: r.surname ?? '', birthDate: r.birthDate,
    street: r.address.street, houseNumber: String(r.address.houseNumber), houseNumberSuffix: r.address.houseNumberSuffix ?? '',
    postcode: r.address.postcode, city: r.address.city, phone: r.phone ?? '', email: r.email ?? '', preferredLanguage: r.preferredLanguage ?? 'nl',
  };
}

/** Only the fields that differ from the dossier, in the shape of PATCH /residents/{id}; empty optional fields become null. */
function changesOf(v: PersonValues, was: PersonValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const nullable = new Set(['surnamePrefix', 'houseNumberSuffix', 'phone', 'email']);
  for (const key of Object.keys(v) as (keyof PersonValues)[]) {
    const value = v[key].trim();
    if (value === was[key].trim()) continue;
    if (key === 'houseNumber') out[key] = Number(value);
    else out[key] = value === '' && nullable.has(key) ? null : value;
  }
  return out;
}

function PersonDetails() {
  const { resident, reload } = useDossier();
  const r = resident as Detail;
  const [values, setValues] = useState<PersonValues>(() => valuesOf(r));
  // After a save (or someone else's), the form shows the stored values of the new version.
  const version = `${r.id}:${r.version}`;
  useEffect(() => setValues(valuesOf(r)), [version]);
  const [nothing, setNothing] = useState(false);
  const s = useSubmit(reload);
  const set = (key: keyof PersonValues) => (e: { target: { value: string } }) => { setNothing(false); setValues((v) => ({ ...v, [key]: e.target.value })); };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const change = changesOf(values, valuesOf(r));
    if (Object.keys(change).length === 0) { setNothing(true); return; }
    setNothing(false);
    void s.run(() => api(`/residents/${r.id}`, { method: 'PATCH', json: change, ifMatch: ifMatch(r.version) }), 'Persoonsgegevens opgeslagen.');
  };
  const languageOptions = values.preferredLanguage && !languages[values.preferredLanguage]
    ? { ...languages, [values.preferredLanguage]: values.preferredLanguage } : languages;
  return (
    <section aria-labelledby="persoonsgegevens">
      <h2 className="utrecht-heading-2" id="persoonsgegevens">Persoonsgegevens</h2>
      <dl className="facts">
        <dt>BSN</dt><dd data-testid="bsn">{r.bsn}</dd>
      </dl>
      <p className="source-note">{r.bsnMasked === false ? 'Het BSN wijzigt u niet op deze pagina.' : 'Het BSN is gemaskeerd en kan hier niet worden gewijzigd.'}</p>
      <form onSubmit={submit} aria-labelledby="persoonsgegevens" noValidate>
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">Naam en geboortedatum</legend>
          <Field id="persoon-voornamen" label="Voornamen">
            <input id="persoon-voornamen" className="utrecht-textbox" autoComplete="off" aria-required="true" maxLength={200} value={values.givenNames} onChange={set('givenNames')} />
          </Field>
          <Field id="persoon-tussenvoegsel" label="Tussenvoegsel">
            <input id="persoon-tussenvoegsel" className="utrecht-textbox" autoComplete="off" maxLength={20} value={values.surnamePrefix} onChange={set('surnamePrefix')} />
          </Field>
          <Field id="persoon-achternaam" label="Achternaam">
            <input id="persoon-achternaam" className="utrecht-textbox" autoComplete="off" aria-required="true" maxLength={200} value={values.surname} onChange={set('surname')} />
          </Field>
          <Field id="persoon-geboortedatum" label="Geboortedatum">
            <input id="persoon-geboortedatum" type="date" className="utrecht-textbox" aria-required="true" max={today()} value={values.birthDate} onChange={set('birthDate')} />
          </Field>
        </fieldset>
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">Adres</legend>
          <Field id="persoon-straat" label="Straat">
            <input id="persoon-straat" className="utrecht-textbox" autoComplete="off" aria-required="true" maxLength={200} value={values.street} onChange={set('street')} />
          </Field>
          <div className="inline-form">
            <Field id="persoon-huisnummer" label="Huisnummer">
              <input id="persoon-huisnummer" className="utrecht-textbox" inputMode="numeric" autoComplete="off" aria-required="true" value={values.houseNumber} onChange={set('houseNumber')} />
            </Field>
            <Field id="persoon-toevoeging" label="Toevoeging">
              <input id="persoon-toevoeging" className="utrecht-textbox" autoComplete="off" maxLength={10} value={values.houseNumberSuffix} onChange={set('houseNumberSuffix')} />
            </Field>
          </div>
          <Field id="persoon-postcode" label="Postcode" hint="Bijvoorbeeld 1234 AB">
            <input id="persoon-postcode" className="utrecht-textbox" autoComplete="off" aria-required="true" aria-describedby="persoon-postcode-hint" value={values.postcode} onChange={set('postcode')} />
          </Field>
          <Field id="persoon-woonplaats" label="Woonplaats">
            <input id="persoon-woonplaats" className="utrecht-textbox" autoComplete="off" aria-required="true" maxLength={100} value={values.city} onChange={set('city')} />
          </Field>
        </fieldset>
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">Contactgegevens</legend>
          <Field id="persoon-telefoon" label="Telefoonnummer">
            <input id="persoon-telefoon" type="tel" className="utrecht-textbox" autoComplete="off" value={values.phone} onChange={set('phone')} />
          </Field>
          <Field id="persoon-email" label="E-mailadres">
            <input id="persoon-email" type="email" className="utrecht-textbox" autoComplete="off" maxLength={200} value={values.email} onChange={set('email')} />
          </Field>
          <Field id="persoon-taal" label="Voorkeurstaal">
            <select id="persoon-taal" className="utrecht-select" value={values.preferredLanguage} onChange={set('preferredLanguage')}>
              {Object.entries(languageOptions).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
            </select>
          </Field>
        </fieldset>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Persoonsgegevens opslaan</button>
        <Feedback error={nothing ? 'U heeft niets gewijzigd.' : s.error} done={nothing ? null : s.done} />
      </form>
    </section>
  );
}

// ---------- Huishouden ----------

function Household() {
  const { resident, reload } = useDossier();
  const r = resident as Detail;
  const base = `/residents/${r.id}/household-members`;
  const list = useApi<{ items: Member[] }>(base);
  const saved = () => { list.reload(); reload(); };
  // A removed member's own item disappears, so its confirmation is shown here, at the list.
  const [removedNotice, setRemovedNotice] = useState<string | null>(null);
  const removed = (message: string) => { setRemovedNotice(message); saved(); };
  const partners = r.household.members.filter((m) => m.kind === 'partner');
  return (
    <section aria-labelledby="huishouden">
      <h2 className="utrecht-heading-2" id="huishouden">Huishouden</h2>
      {partners.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">Partner</h3>
          <ul className="record-list" aria-label="Partner">
            {partners.map((p) => (
              <li key={p.residentId ?? p.name}>
                <strong>{p.residentId ? <Link className="utrecht-link" to={`/inwoners/${p.residentId}/persoon`}>{p.name}</Link> : p.name}</strong>, {p.age} jaar
                <p className="utrecht-paragraph source-note">De partner is zelf inwoner; gegevens van de partner wijzigt u in het dossier van de partner.</p>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="utrecht-heading-3">Kinderen en huisgenoten</h3>
      {list.error && <ErrorMessage error={list.error} />}
      {!list.data && !list.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {list.data && (list.data.items.length === 0 ? <p className="utrecht-paragraph">Geen kinderen of huisgenoten vastgelegd.</p> : (
        <ul className="record-list" aria-label="Kinderen en huisgenoten" data-testid="household-members">
          {list.data.items.map((m) => <MemberItem key={m.id} member={m} path={`${base}/${m.id}`} onSaved={saved} onRemoved={removed} />)}
        </ul>
      ))}
      <Feedback error={null} done={removedNotice} />
      <MemberForm path={base} onSaved={saved} />
    </section>
  );
}

function memberText(m: Member) {
  const extra = m.costSharer ? ', kostendeler' : m.costSharerExemption ? `, geen kostendeler: ${exemptions[m.costSharerExemption] ?? m.costSharerExemption}` : '';
  return `${m.age} jaar (geboren ${m.birthDate})${extra}`;
}

function MemberItem({ member: m, path, onSaved, onRemoved }: { member: Member; path: string; onSaved: () => void; onRemoved: (message: string) => void }) {
  const [mode, setMode] = useState<'read' | 'edit' | 'remove'>('read');
  const s = useSubmit(() => { setMode('read'); onSaved(); });
  const removal = useSubmit(() => onRemoved(`${m.givenNames} is uit het huishouden verwijderd.`));
  const titleId = `lid-${m.id}`;
  const remove = () => void removal.run(() => api(path, { method: 'DELETE', ifMatch: ifMatch(m.version) }), '');
  return (
    <li data-testid="household-member">
      <p className="utrecht-paragraph" id={titleId}><strong>{m.kindLabel}: {m.givenNames}</strong>, {memberText(m)}</p>
      {mode === 'read' && (
        <div className="button-row">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setMode('edit')}>
            Wijzigen<span className="visually-hidden"> {m.givenNames}</span>
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setMode('remove')}>
            Verwijderen<span className="visually-hidden"> {m.givenNames}</span>
          </button>
        </div>
      )}
      {mode === 'edit' && (
        <MemberFields idPrefix={`lid-${m.id}`} initial={m} submitLabel="Wijziging opslaan" busy={s.busy} onCancel={() => setMode('read')}
          ariaLabel={`${m.givenNames} wijzigen`}
          onSubmit={(input) => void s.run(() => api(path, { method: 'PATCH', json: input, ifMatch: ifMatch(m.version) }), `Gegevens van ${input.givenNames} opgeslagen.`)} />
      )}
      {mode === 'remove' && (
        <div role="group" aria-labelledby={`${titleId}-vraag`}>
          <p className="utrecht-paragraph" id={`${titleId}-vraag`}>Weet u zeker dat u {m.givenNames} uit het huishouden wilt verwijderen?</p>
          <div className="button-row">
            <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={removal.busy} onClick={remove}>Ja, verwijderen</button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setMode('read')}>Annuleren</button>
          </div>
        </div>
      )}
      <Feedback error={s.error ?? removal.error} done={s.done} />
    </li>
  );
}

interface MemberInput { kind: string; givenNames: string; birthDate: string; costSharer: boolean; costSharerExemption: string | null }

function MemberForm({ path, onSaved }: { path: string; onSaved: () => void }) {
  const [round, setRound] = useState(0);  // a new round clears the form after a save
  const s = useSubmit(() => { setRound((n) => n + 1); onSaved(); });
  return (
    <>
      <h3 className="utrecht-heading-3" id="lid-toevoegen">Lid van het huishouden toevoegen</h3>
      <MemberFields key={round} idPrefix="lid-nieuw" withKind submitLabel="Lid toevoegen" busy={s.busy} ariaLabelledBy="lid-toevoegen"
        onSubmit={(input) => void s.run(() => api(path, { method: 'POST', json: input }), `${input.givenNames} is aan het huishouden toegevoegd.`)} />
      <Feedback error={s.error} done={s.done} />
    </>
  );
}

function MemberFields({ idPrefix, initial, withKind, submitLabel, busy, onSubmit, onCancel, ariaLabel, ariaLabelledBy }: {
  idPrefix: string; initial?: Member; withKind?: boolean; submitLabel: string; busy: boolean; onSubmit: (input: MemberInput) => void;
  onCancel?: () => void; ariaLabel?: string; ariaLabelledBy?: string;
}) {
  const [kind, setKind] = useState<string>(initial?.kind ?? 'child');
  const [givenNames, setGivenNames] = useState(initial?.givenNames ?? '');
  const [birthDate, setBirthDate] = useState(initial?.birthDate ?? '');
  const [costSharer, setCostSharer] = useState(initial?.costSharer ?? false);
  const [exemption, setExemption] = useState(initial?.costSharerExemption ?? '');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => { if (initial) first.current?.focus(); }, []);  // on opening the edit form only
  const housemate = kind === 'housemate';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      kind, givenNames: givenNames.trim(), birthDate,
      costSharer: housemate && costSharer, costSharerExemption: housemate && !costSharer && exemption ? exemption : null,
    });
  };
  return (
    <form onSubmit={submit} aria-label={ariaLabel} aria-labelledby={ariaLabelledBy} noValidate>
      {withKind && (
        <Field id={`${idPrefix}-soort`} label="Soort">
          <select id={`${idPrefix}-soort`} className="utrecht-select" value={kind} onChange={(e) => setKind(e.target.value)}>
            {Object.entries(memberKinds).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
        </Field>
      )}
      <Field id={`${idPrefix}-voornaam`} label="Voornaam">
        <input ref={first} id={`${idPrefix}-voornaam`} className="utrecht-textbox" autoComplete="off" aria-required="true" maxLength={200}
          value={givenNames} onChange={(e) => setGivenNames(e.target.value)} />
      </Field>
      <Field id={`${idPrefix}-geboortedatum`} label="Geboortedatum">
        <input id={`${idPrefix}-geboortedatum`} type="date" className="utrecht-textbox" aria-required="true" max={today()}
          value={birthDate} onChange={(e) => setBirthDate(e.target.value)} />
      </Field>
      {housemate && (
        <>
          <div className="utrecht-form-field checkbox-field">
            <input id={`${idPrefix}-kostendeler`} type="checkbox" checked={costSharer} aria-describedby={`${idPrefix}-kostendeler-hint`}
              onChange={(e) => setCostSharer(e.target.checked)} />
            <label className="utrecht-form-label" htmlFor={`${idPrefix}-kostendeler`}>Kostendeler</label>
          </div>
          <p className="utrecht-form-field-description" id={`${idPrefix}-kostendeler-hint`}>
            Een huisgenoot van 27 jaar of ouder is kostendeler, tenzij er een uitzonderingsgrond is.
          </p>
          {!costSharer && (
            <Field id={`${idPrefix}-uitzondering`} label="Uitzonderingsgrond kostendelersnorm">
              <select id={`${idPrefix}-uitzondering`} className="utrecht-select" value={exemption} onChange={(e) => setExemption(e.target.value)}>
                <option value="">Geen</option>
                {Object.entries(exemptions).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
              </select>
            </Field>
          )}
        </>
      )}
      <div className="button-row">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>{submitLabel}</button>
        {onCancel && <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>Annuleren</button>}
      </div>
    </form>
  );
}

// ---------- Doelgroepen ----------

function TargetGroups() {
  const { resident, reload } = useDossier();
  const base = `/residents/${resident.id}/target-groups`;
  const list = useApi<{ items: TargetGroup[] }>(base);
  const saved = () => { list.reload(); reload(); };
  const current = list.data?.items.filter((g) => !g.endDate || g.endDate >= today()) ?? [];
  const ended = list.data?.items.filter((g) => g.endDate && g.endDate < today()) ?? [];
  return (
    <section aria-labelledby="doelgroepen">
      <h2 className="utrecht-heading-2" id="doelgroepen">Doelgroepen</h2>
      {list.error && <ErrorMessage error={list.error} />}
      {!list.data && !list.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {list.data && (
        <>
          {current.length === 0 ? <p className="utrecht-paragraph">Geen lopende doelgroepen.</p> : (
            <ul className="record-list" aria-label="Lopende doelgroepen" data-testid="target-groups">
              {current.map((g) => <TargetGroupItem key={g.id} group={g} path={`${base}/${g.id}`} onSaved={saved} />)}
            </ul>
          )}
          {ended.length > 0 && (
            <>
              <h3 className="utrecht-heading-3">Beëindigd</h3>
              <ul className="record-list" aria-label="Beëindigde doelgroepen">
                {ended.map((g) => <TargetGroupItem key={g.id} group={g} path={`${base}/${g.id}`} onSaved={saved} />)}
              </ul>
            </>
          )}
        </>
      )}
      <TargetGroupForm path={base} onSaved={saved} />
    </section>
  );
}

function detailText(g: TargetGroup) {
  return Object.entries(g.details).filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => {
    const value = k === 'civicIntegrationStatus' ? civicIntegrationStatuses[String(v)] ?? String(v) : String(v);
    return `${detailLabels[k] ?? k}: ${value}`;
  });
}

function TargetGroupItem({ group: g, path, onSaved }: { group: TargetGroup; path: string; onSaved: () => void }) {
  const [endDate, setEndDate] = useState(today());
  const s = useSubmit(onSaved);
  const titleId = `doelgroep-${g.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(path, { method: 'PATCH', json: { endDate }, ifMatch: ifMatch(g.version) }), `Doelgroep ${g.label} beëindigd per ${endDate}.`);
  };
  const details = detailText(g);
  return (
    <li data-code={g.code}>
      <p className="utrecht-paragraph" id={titleId}>
        <strong>{g.label}</strong>, sinds <time dateTime={g.startDate}>{g.startDate}</time>
        {g.endDate && <> tot en met <time dateTime={g.endDate}>{g.endDate}</time></>}
      </p>
      {details.length > 0 && <ul className="utrecht-unordered-list">{details.map((d) => <li key={d}>{d}</li>)}</ul>}
      {!g.endDate && (
        <form onSubmit={submit} aria-label={`Doelgroep ${g.label} beëindigen`} className="inline-form" noValidate>
          <Field id={`${titleId}-einde`} label={`Einddatum ${g.label}`}>
            <input id={`${titleId}-einde`} type="date" className="utrecht-textbox" min={g.startDate} value={endDate} aria-required="true"
              onChange={(e) => setEndDate(e.target.value)} />
          </Field>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={s.busy} aria-describedby={titleId}>Doelgroep beëindigen</button>
        </form>
      )}
      <Feedback error={s.error} done={s.done} />
    </li>
  );
}

function TargetGroupForm({ path, onSaved }: { path: string; onSaved: () => void }) {
  const [code, setCode] = useState<TargetGroupCode | ''>('');
  const [startDate, setStartDate] = useState(today());
  const [details, setDetails] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string | null>(null);
  const s = useSubmit(() => { setCode(''); setDetails({}); setStartDate(today()); onSaved(); });
  const detail = (key: string) => details[key] ?? '';
  const setDetail = (key: string) => (e: { target: { value: string } }) => setDetails((d) => ({ ...d, [key]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = !code ? 'Kies een doelgroep.' : requiredFor[code].find(([k]) => !detail(k).trim())?.[1] ?? null;
    setMissing(problem);
    if (!code || problem) return;
    // Only the fields of the chosen group, and only filled ones: the API refuses unknown fields per group.
    const wanted = fieldsFor[code];
    const sent = Object.fromEntries(wanted.map((k) => [k, detail(k).trim()]).filter(([, v]) => v !== ''));
    void s.run(() => api(path, { method: 'POST', json: { code, startDate, details: sent } }), `Doelgroep ${targetGroupLabels[code]} toegevoegd.`);
  };
  const dateField = (key: string, label: string, required: boolean) => (
    <Field id={`doelgroep-${key}`} label={required ? label : `${label} (niet verplicht)`}>
      <input id={`doelgroep-${key}`} type="date" className="utrecht-textbox" max={today()} aria-required={required || undefined}
        value={detail(key)} onChange={setDetail(key)} />
    </Field>
  );
  return (
    <>
      <h3 className="utrecht-heading-3" id="doelgroep-toevoegen">Doelgroep toevoegen</h3>
      <form onSubmit={submit} aria-labelledby="doelgroep-toevoegen" noValidate>
        <Field id="doelgroep-code" label="Doelgroep">
          <select id="doelgroep-code" className="utrecht-select" value={code} aria-required="true" aria-invalid={missing === 'Kies een doelgroep.' || undefined}
            onChange={(e) => { setMissing(null); setCode(e.target.value as TargetGroupCode | ''); }}>
            <option value="">Kies een doelgroep</option>
            {targetGroupCodes.map((c) => <option key={c} value={c}>{targetGroupLabels[c]}</option>)}
          </select>
        </Field>
        <Field id="doelgroep-start" label="Startdatum">
          <input id="doelgroep-start" type="date" className="utrecht-textbox" value={startDate} aria-required="true" onChange={(e) => setStartDate(e.target.value)} />
        </Field>
        {code === 'nieuw_beschut' && dateField('uwvIndicationDate', 'Datum indicatie beschut werk (UWV)', true)}
        {code === 'statushouder' && (
          <>
            {dateField('residencePermitSince', 'Verblijfsvergunning sinds', true)}
            <Field id="doelgroep-civicIntegrationStatus" label="Status inburgering">
              <select id="doelgroep-civicIntegrationStatus" className="utrecht-select" aria-required="true" value={detail('civicIntegrationStatus')} onChange={setDetail('civicIntegrationStatus')}>
                <option value="">Kies een status</option>
                {Object.entries(civicIntegrationStatuses).map(([c, label]) => <option key={c} value={c}>{label}</option>)}
              </select>
            </Field>
          </>
        )}
        {code === 'sw_indicatie' && dateField('indicationDate', 'Indicatiedatum', false)}
        {code === 'jongere_rmc' && (
          <>
            <Field id="doelgroep-school" label="School (niet verplicht)">
              <input id="doelgroep-school" className="utrecht-textbox" maxLength={200} value={detail('school')} onChange={setDetail('school')} />
            </Field>
            {dateField('rmcRegisteredOn', 'Aangemeld bij RMC op', false)}
          </>
        )}
        {code === 'doelgroepregister' && dateField('registeredOn', 'Ingeschreven in het doelgroepregister op', false)}
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Doelgroep toevoegen</button>
        <Feedback error={missing ?? s.error} done={missing ? null : s.done} />
      </form>
    </>
  );
}

const fieldsFor: Record<TargetGroupCode, string[]> = {
  bijstand: [], nug: [], sw_indicatie: ['indicationDate'], nieuw_beschut: ['uwvIndicationDate'],
  statushouder: ['residencePermitSince', 'civicIntegrationStatus'], jongere_rmc: ['school', 'rmcRegisteredOn'], doelgroepregister: ['registeredOn'],
};
// What the API requires per group, with the Dutch message when it is missing.
const requiredFor: Record<TargetGroupCode, [string, string][]> = {
  bijstand: [], nug: [], sw_indicatie: [], jongere_rmc: [], doelgroepregister: [],
  nieuw_beschut: [['uwvIndicationDate', 'Vul de datum van de indicatie beschut werk van UWV in.']],
  statushouder: [['residencePermitSince', 'Vul in sinds wanneer de inwoner een verblijfsvergunning heeft.'], ['civicIntegrationStatus', 'Kies de status van de inburgering.']],
};
