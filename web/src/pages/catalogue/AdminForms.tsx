import { useEffect, useState, type FormEvent } from 'react';
import { needCodes, needLabels } from '../../../../src/rules/needs.ts';
import { targetGroupCodes, targetGroupLabels } from '../../../../src/rules/target-groups.ts';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field, today, useSubmit } from '../../forms.tsx';
import { euros, parseEuros } from '../../money.ts';
import { periods, units, validity, type CapacityPeriod, type Instrument, type Offer, type Provider, type Unit } from './types.ts';

const invalid = (detail: string) => new ApiError(400, 'Ongeldige invoer', detail);

function priceCents(text: string): number {
  const c = parseEuros(text);
  if (c === null) throw invalid('Vul de prijs per eenheid in euro’s in, bijvoorbeeld 47,50.');
  return c;
}
function wholeNumber(text: string, what: string): number {
  if (!/^\d+$/.test(text.trim())) throw invalid(`Vul bij ${what} een heel getal in.`);
  return Number(text.trim());
}
/** "4750" → "47,50": how a price in cents is shown in an input. */
const priceText = (cents: number) => euros(cents).replace(/^€\s/, '');

/** Functional management: a new instrument in the catalogue. */
export function InstrumentForm({ onSaved }: { onSaved: () => void }) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [unit, setUnit] = useState<Unit>('month');
  const [groups, setGroups] = useState<string[]>([]);
  const [needs, setNeeds] = useState<string[]>([]);
  const [activeFrom, setActiveFrom] = useState(today());
  const [activeUntil, setActiveUntil] = useState('');
  const s = useSubmit(() => { setCode(''); setName(''); setDescription(''); setLegalBasis(''); setGroups([]); setNeeds([]); setActiveUntil(''); onSaved(); });
  const toggle = (list: string[], set: (l: string[]) => void, v: string) => set(list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api('/instruments', {
      method: 'POST',
      json: { code, name, description, legalBasis, unit, targetGroups: groups, needs, activeFrom, activeUntil: activeUntil || null },
    }), 'Instrument toegevoegd.');
  };
  return (
    <form onSubmit={submit} aria-labelledby="catalogus-nieuw" noValidate>
      <div className="inline-form">
        <Field id="instrument-code" label="Code" hint="Kleine letters, cijfers en _, bijvoorbeeld werkervaringsplek">
          <input id="instrument-code" className="utrecht-textbox" aria-describedby="instrument-code-hint" value={code} onChange={(e) => setCode(e.target.value)} />
        </Field>
        <Field id="instrument-naam" label="Naam">
          <input id="instrument-naam" className="utrecht-textbox" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field id="instrument-grondslag" label="Wettelijke grondslag">
          <input id="instrument-grondslag" className="utrecht-textbox" value={legalBasis} onChange={(e) => setLegalBasis(e.target.value)} />
        </Field>
        <Field id="instrument-eenheid" label="Eenheid">
          <select id="instrument-eenheid" className="utrecht-select" value={unit} onChange={(e) => setUnit(e.target.value as Unit)}>
            {Object.entries(units).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select>
        </Field>
        <Field id="instrument-vanaf" label="Actief vanaf">
          <input id="instrument-vanaf" type="date" className="utrecht-textbox" value={activeFrom} onChange={(e) => setActiveFrom(e.target.value)} />
        </Field>
        <Field id="instrument-tot" label="Actief tot en met (optioneel)">
          <input id="instrument-tot" type="date" className="utrecht-textbox" value={activeUntil} onChange={(e) => setActiveUntil(e.target.value)} />
        </Field>
      </div>
      <Field id="instrument-omschrijving" label="Omschrijving">
        <textarea id="instrument-omschrijving" className="utrecht-textarea" value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <fieldset className="utrecht-form-fieldset checkbox-grid">
        <legend className="utrecht-form-fieldset__legend">Doelgroepen</legend>
        {targetGroupCodes.map((c) => (
          <div key={c} className="checkbox-field">
            <input type="checkbox" className="utrecht-checkbox" id={`nieuw-doelgroep-${c}`} checked={groups.includes(c)} onChange={() => toggle(groups, setGroups, c)} />
            <label className="utrecht-form-label" htmlFor={`nieuw-doelgroep-${c}`}>{targetGroupLabels[c]}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="utrecht-form-fieldset checkbox-grid">
        <legend className="utrecht-form-fieldset__legend">Behoeften</legend>
        {needCodes.map((c) => (
          <div key={c} className="checkbox-field">
            <input type="checkbox" className="utrecht-checkbox" id={`nieuw-behoefte-${c}`} checked={needs.includes(c)} onChange={() => toggle(needs, setNeeds, c)} />
            <label className="utrecht-form-label" htmlFor={`nieuw-behoefte-${c}`}>{needLabels[c]}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Instrument toevoegen</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}

/** A provider delivers an instrument at a price per unit, with capacity per period. */
export function OfferForm({ instrument, providers, onSaved }: { instrument: Instrument; providers: Provider[]; onSaved: () => void }) {
  const [providerId, setProviderId] = useState('');
  const [contractId, setContractId] = useState('');
  const [price, setPrice] = useState('');
  const [capacity, setCapacity] = useState('');
  const [period, setPeriod] = useState<CapacityPeriod>('year');
  const [wait, setWait] = useState('0');
  const [activeFrom, setActiveFrom] = useState(today());
  const s = useSubmit(() => { setPrice(''); setCapacity(''); onSaved(); });
  const contracts = providers.find((p) => p.id === providerId)?.contracts ?? [];
  const id = (n: string) => `aanbod-${instrument.id}-${n}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => {
      if (!providerId) throw invalid('Kies een aanbieder.');
      return api(`/instruments/${instrument.id}/offers`, {
        method: 'POST',
        json: {
          providerId, contractId: contractId || null, unitPriceCents: priceCents(price), capacity: wholeNumber(capacity, 'capaciteit'),
          capacityPeriod: period, expectedWaitDays: wholeNumber(wait, 'verwachte wachttijd'), activeFrom,
        },
      });
    }, 'Aanbod toegevoegd.');
  };
  return (
    <form onSubmit={submit} aria-labelledby={id('kop')} noValidate className="admin-form">
      <h4 className="utrecht-heading-4" id={id('kop')}>Aanbod toevoegen aan {instrument.name}</h4>
      <div className="inline-form">
        <Field id={id('aanbieder')} label="Aanbieder">
          <select id={id('aanbieder')} className="utrecht-select" value={providerId} onChange={(e) => { setProviderId(e.target.value); setContractId(''); }}>
            <option value="">Kies een aanbieder</option>
            {providers.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </Field>
        <Field id={id('contract')} label="Contract">
          <select id={id('contract')} className="utrecht-select" value={contractId} onChange={(e) => setContractId(e.target.value)}>
            <option value="">Geen contract</option>
            {contracts.map((c) => <option key={c.id} value={c.id}>{c.reference}</option>)}
          </select>
        </Field>
        <Field id={id('prijs')} label={`Prijs per ${instrument.unitLabel} in euro’s`} hint="Bijvoorbeeld 47,50">
          <input id={id('prijs')} className="utrecht-textbox" inputMode="decimal" aria-describedby={id('prijs-hint')} value={price} onChange={(e) => setPrice(e.target.value)} />
        </Field>
        <Field id={id('capaciteit')} label="Capaciteit (plaatsen)">
          <input id={id('capaciteit')} className="utrecht-textbox" inputMode="numeric" value={capacity} onChange={(e) => setCapacity(e.target.value)} />
        </Field>
        <Field id={id('periode')} label="Capaciteit geldt">
          <select id={id('periode')} className="utrecht-select" value={period} onChange={(e) => setPeriod(e.target.value as CapacityPeriod)}>
            {Object.entries(periods).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select>
        </Field>
        <Field id={id('wachttijd')} label="Verwachte wachttijd in dagen">
          <input id={id('wachttijd')} className="utrecht-textbox" inputMode="numeric" value={wait} onChange={(e) => setWait(e.target.value)} />
        </Field>
        <Field id={id('vanaf')} label="Ingangsdatum">
          <input id={id('vanaf')} type="date" className="utrecht-textbox" value={activeFrom} onChange={(e) => setActiveFrom(e.target.value)} />
        </Field>
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Aanbod toevoegen</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}

/** Price and capacity of an existing offer, guarded by its version (If-Match). */
export function OfferChangeForm({ instrument, onSaved }: { instrument: Instrument; onSaved: () => void }) {
  const [offerId, setOfferId] = useState(instrument.offers[0]?.id ?? '');
  const offer: Offer | undefined = instrument.offers.find((o) => o.id === offerId) ?? instrument.offers[0];
  const [price, setPrice] = useState('');
  const [capacity, setCapacity] = useState('');
  useEffect(() => {
    if (offer) { setPrice(priceText(offer.unitPriceCents)); setCapacity(String(offer.capacity)); }
  }, [offer?.id, offer?.version]); // eslint-disable-line react-hooks/exhaustive-deps
  const s = useSubmit(onSaved);
  const id = (n: string) => `wijzig-${instrument.id}-${n}`;
  if (instrument.offers.length === 0) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => {
      if (!offer) throw invalid('Kies het aanbod dat u wilt wijzigen.');
      return api(`/instrument-offers/${offer.id}`, {
        method: 'PATCH', ifMatch: `"v${offer.version}"`, json: { unitPriceCents: priceCents(price), capacity: wholeNumber(capacity, 'capaciteit') },
      });
    }, 'Aanbod gewijzigd.');
  };
  return (
    <form onSubmit={submit} aria-labelledby={id('kop')} noValidate className="admin-form">
      <h4 className="utrecht-heading-4" id={id('kop')}>Prijs of capaciteit wijzigen bij {instrument.name}</h4>
      <div className="inline-form">
        <Field id={id('aanbod')} label="Aanbod">
          <select id={id('aanbod')} className="utrecht-select" value={offer?.id ?? ''} onChange={(e) => setOfferId(e.target.value)}>
            {instrument.offers.map((o) => <option key={o.id} value={o.id}>{o.provider.name} ({validity(o.activeFrom, o.activeUntil)})</option>)}
          </select>
        </Field>
        <Field id={id('prijs')} label={`Nieuwe prijs per ${instrument.unitLabel} in euro’s`}>
          <input id={id('prijs')} className="utrecht-textbox" inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} />
        </Field>
        <Field id={id('capaciteit')} label="Nieuwe capaciteit (plaatsen)">
          <input id={id('capaciteit')} className="utrecht-textbox" inputMode="numeric" value={capacity} onChange={(e) => setCapacity(e.target.value)} />
        </Field>
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Aanbod wijzigen</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}
