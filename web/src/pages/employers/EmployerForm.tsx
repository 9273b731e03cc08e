import { useRef, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { Feedback, Field, useSubmit } from '../../forms.tsx';
import { sectorLabels, sectors, wholeOrNull, type Employer } from './types.ts';

/**
 * Adds an employer (no `employer`) or changes one (with its version as If-Match). The server checks and explains in
 * Dutch; `onSaved` gets the saved employer.
 */
export function EmployerForm({ employer, onSaved }: { employer?: Employer; onSaved: (e: Employer) => void }) {
  const [name, setName] = useState(employer?.name ?? '');
  const [kvkNumber, setKvkNumber] = useState(employer?.kvkNumber ?? '');
  const [sector, setSector] = useState<string>(employer?.sector ?? '');
  const [street, setStreet] = useState(employer?.street ?? '');
  const [houseNumber, setHouseNumber] = useState(employer?.houseNumber?.toString() ?? '');
  const [postcode, setPostcode] = useState(employer?.postcode ?? '');
  const [city, setCity] = useState(employer?.city ?? '');
  const [description, setDescription] = useState(employer?.description ?? '');
  const [socialReturn, setSocialReturn] = useState(employer?.socialReturnHoursPerYear?.toString() ?? '');
  const [agreements, setAgreements] = useState(employer?.agreements ?? '');
  const saved = useRef<Employer | null>(null);
  const s = useSubmit(() => {
    if (!employer) { setName(''); setKvkNumber(''); setSector(''); setStreet(''); setHouseNumber(''); setPostcode(''); setCity(''); setDescription(''); setSocialReturn(''); setAgreements(''); }
    if (saved.current) onSaved(saved.current);
  });
  const id = (n: string) => `werkgever-${employer ? 'wijzig' : 'nieuw'}-${n}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(async () => {
      const json = {
        name, kvkNumber: kvkNumber.trim() || null, sector, street: street.trim() || null, houseNumber: wholeOrNull(houseNumber, 'huisnummer'),
        postcode, city, description, socialReturnHoursPerYear: wholeOrNull(socialReturn, 'social return'), agreements,
      };
      saved.current = employer
        ? await api<Employer>(`/employers/${employer.id}`, { method: 'PATCH', json, ifMatch: `"v${employer.version}"` })
        : await api<Employer>('/employers', { method: 'POST', json });
    }, employer ? 'Gegevens van de werkgever opgeslagen.' : `Werkgever ${name.trim()} toegevoegd.`);
  };
  return (
    <form onSubmit={submit} noValidate className="trajectory-form" aria-label={employer ? 'Gegevens van de werkgever wijzigen' : 'Werkgever toevoegen'}>
      <div className="inline-form">
        <Field id={id('naam')} label="Naam">
          <input id={id('naam')} className="utrecht-textbox wide-input" aria-required="true" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field id={id('kvk')} label="KvK-nummer (optioneel)" hint="8 cijfers">
          <input id={id('kvk')} className="utrecht-textbox" inputMode="numeric" maxLength={8} aria-describedby={`${id('kvk')}-hint`} value={kvkNumber} onChange={(e) => setKvkNumber(e.target.value)} />
        </Field>
        <Field id={id('sector')} label="Sector">
          <select id={id('sector')} className="utrecht-select" aria-required="true" value={sector} onChange={(e) => setSector(e.target.value)}>
            <option value="">Kies een sector</option>
            {sectors.map((c) => <option key={c} value={c}>{sectorLabels[c]}</option>)}
          </select>
        </Field>
      </div>
      <div className="inline-form">
        <Field id={id('straat')} label="Straat (optioneel)">
          <input id={id('straat')} className="utrecht-textbox" value={street} onChange={(e) => setStreet(e.target.value)} />
        </Field>
        <Field id={id('huisnummer')} label="Huisnummer (optioneel)">
          <input id={id('huisnummer')} className="utrecht-textbox number-input" inputMode="numeric" value={houseNumber} onChange={(e) => setHouseNumber(e.target.value)} />
        </Field>
        <Field id={id('postcode')} label="Postcode" hint="Bijvoorbeeld 7491 AB">
          <input id={id('postcode')} className="utrecht-textbox number-input" aria-required="true" aria-describedby={`${id('postcode')}-hint`} value={postcode} onChange={(e) => setPostcode(e.target.value)} />
        </Field>
        <Field id={id('plaats')} label="Plaats">
          <input id={id('plaats')} className="utrecht-textbox" aria-required="true" value={city} onChange={(e) => setCity(e.target.value)} />
        </Field>
      </div>
      <Field id={id('omschrijving')} label="Omschrijving (optioneel)">
        <textarea id={id('omschrijving')} className="utrecht-textarea" maxLength={4000} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <div className="inline-form">
        <Field id={id('sroi')} label="Social return in uren per jaar (optioneel)">
          <input id={id('sroi')} className="utrecht-textbox number-input" inputMode="numeric" value={socialReturn} onChange={(e) => setSocialReturn(e.target.value)} />
        </Field>
      </div>
      <Field id={id('afspraken')} label="Afspraken met het Werkgeversservicepunt (optioneel)">
        <textarea id={id('afspraken')} className="utrecht-textarea" maxLength={4000} value={agreements} onChange={(e) => setAgreements(e.target.value)} />
      </Field>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>{employer ? 'Gegevens opslaan' : 'Werkgever toevoegen'}</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}
