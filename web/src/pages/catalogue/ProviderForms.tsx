import { useState, type FormEvent } from 'react';
import { providerTypeLabels, providerTypes, type ProviderType } from '../../../../src/modules/provisions/provider-types.ts';
import { api } from '../../api.ts';
import { Feedback, Field, today, useSubmit } from '../../forms.tsx';
import type { Provider } from './types.ts';

/** Functional management: a new partner organisation (aanbieder). */
export function ProviderForm({ onSaved }: { onSaved: () => void }) {
  const [name, setName] = useState('');
  const [providerType, setProviderType] = useState<ProviderType>('reintegration_firm');
  const [kvkNumber, setKvkNumber] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [description, setDescription] = useState('');
  const s = useSubmit(() => { setName(''); setKvkNumber(''); setContactEmail(''); setDescription(''); onSaved(); });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api('/providers', {
      method: 'POST',
      json: { name, providerType, kvkNumber: kvkNumber.trim() || null, contactEmail: contactEmail.trim() || null, description },
    }), `Aanbieder ${name.trim()} toegevoegd.`);
  };
  return (
    <form onSubmit={submit} aria-labelledby="aanbieder-nieuw" noValidate>
      <div className="inline-form">
        <Field id="aanbieder-naam" label="Naam">
          <input id="aanbieder-naam" className="utrecht-textbox" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field id="aanbieder-soort" label="Soort organisatie">
          <select id="aanbieder-soort" className="utrecht-select" value={providerType} onChange={(e) => setProviderType(e.target.value as ProviderType)}>
            {providerTypes.map((t) => <option key={t} value={t}>{providerTypeLabels[t]}</option>)}
          </select>
        </Field>
        <Field id="aanbieder-kvk" label="KvK-nummer (optioneel)" hint="8 cijfers">
          <input id="aanbieder-kvk" className="utrecht-textbox" inputMode="numeric" aria-describedby="aanbieder-kvk-hint" value={kvkNumber} onChange={(e) => setKvkNumber(e.target.value)} />
        </Field>
        <Field id="aanbieder-email" label="E-mailadres (optioneel)">
          <input id="aanbieder-email" type="email" className="utrecht-textbox" autoComplete="off" value={contactEmail} onChange={(e) => setContactEmail(e.target.value)} />
        </Field>
      </div>
      <Field id="aanbieder-omschrijving" label="Omschrijving">
        <textarea id="aanbieder-omschrijving" className="utrecht-textarea" value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Aanbieder toevoegen</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}

/** A contract of the municipality with this provider; offers can refer to it. */
export function ContractForm({ provider, onSaved }: { provider: Provider; onSaved: () => void }) {
  const [reference, setReference] = useState('');
  const [description, setDescription] = useState('');
  const [startsOn, setStartsOn] = useState(today());
  const [endsOn, setEndsOn] = useState('');
  const s = useSubmit(() => { setReference(''); setDescription(''); setEndsOn(''); onSaved(); });
  const id = (n: string) => `contract-${provider.id}-${n}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(`/providers/${provider.id}/contracts`, {
      method: 'POST', json: { reference, description, startsOn, endsOn: endsOn || null },
    }), `Contract ${reference.trim()} vastgelegd.`);
  };
  return (
    <form onSubmit={submit} aria-labelledby={id('kop')} noValidate className="admin-form">
      <h4 className="utrecht-heading-4" id={id('kop')}>Contract vastleggen met {provider.name}</h4>
      <div className="inline-form">
        <Field id={id('kenmerk')} label="Contractkenmerk">
          <input id={id('kenmerk')} className="utrecht-textbox" value={reference} onChange={(e) => setReference(e.target.value)} />
        </Field>
        <Field id={id('ingang')} label="Ingangsdatum">
          <input id={id('ingang')} type="date" className="utrecht-textbox" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
        </Field>
        <Field id={id('einde')} label="Einddatum (optioneel)">
          <input id={id('einde')} type="date" className="utrecht-textbox" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
        </Field>
      </div>
      <Field id={id('omschrijving')} label="Omschrijving van het contract">
        <textarea id={id('omschrijving')} className="utrecht-textarea" value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Contract vastleggen</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}

/** An account for a coach of the provider (role partner_coach): sees only trajectories ordered from this provider. */
export function CoachForm({ provider, municipalityCode, onSaved }: { provider: Provider; municipalityCode: string; onSaved: () => void }) {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const s = useSubmit(() => { setUsername(''); setDisplayName(''); setPassword(''); onSaved(); });
  const id = (n: string) => `begeleider-${provider.id}-${n}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(`/providers/${provider.id}/coaches`, { method: 'POST', json: { username, displayName, password } }),
      `Account ${username.trim().toLowerCase()} aangemaakt. Geef het wachtwoord via een veilige weg door.`);
  };
  return (
    <form onSubmit={submit} aria-labelledby={id('kop')} noValidate className="admin-form">
      <h4 className="utrecht-heading-4" id={id('kop')}>Begeleider van {provider.name} toevoegen</h4>
      <p className="utrecht-paragraph source-note">
        Een begeleider ziet alleen de inwoners en trajecten die bij {provider.name} zijn besteld, nooit BSN, inkomen of gezondheid.
      </p>
      <div className="inline-form">
        <Field id={id('naam')} label="Naam">
          <input id={id('naam')} className="utrecht-textbox" autoComplete="off" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </Field>
        <Field id={id('gebruikersnaam')} label="Gebruikersnaam" hint={`Eindigt op @${municipalityCode}`}>
          <input id={id('gebruikersnaam')} className="utrecht-textbox" autoComplete="off" aria-describedby={id('gebruikersnaam-hint')}
            value={username} onChange={(e) => setUsername(e.target.value)} />
        </Field>
        <Field id={id('wachtwoord')} label="Eerste wachtwoord" hint="Minstens 12 tekens">
          <input id={id('wachtwoord')} type="password" className="utrecht-textbox" autoComplete="new-password" aria-describedby={id('wachtwoord-hint')}
            value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Begeleider toevoegen</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}
