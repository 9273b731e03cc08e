import { useState, type FormEvent } from 'react';
import { api } from '../../../api.ts';
import { ErrorMessage } from '../../../layout/Layout.tsx';
import { Feedback, Field, today, useSubmit } from '../../../forms.tsx';
import { useApi } from '../../../useApi.ts';
import { useDossier } from '../DossierLayout.tsx';

// The shape of GET /residents/{id}/barriers (src/modules/residents/dossier/barriers.ts).
interface Barrier {
  id: string; version: number; category: string; categoryLabel: string; description: string; since: string | null; resolvedOn: string | null;
}
interface BarrierList { items: Barrier[]; hiddenHealthBarriers: number; healthVisible: boolean; mayViewHealth: boolean }

const categories: Record<string, string> = {
  language: 'Taal', debts: 'Schulden', care_duties: 'Zorgtaken', health: 'Gezondheid', housing: 'Huisvesting',
  transport: 'Vervoer', childcare: 'Kinderopvang', other: 'Anders',
};

/** Belemmeringen. Health barriers are special-category data: shown only after stating a purpose, which is audit-logged. */
export function BarriersSection() {
  const { resident } = useDossier();
  const [purpose, setPurpose] = useState<string | null>(null);
  const base = `/residents/${resident.id}/barriers`;
  const list = useApi<BarrierList>(purpose ? `${base}?healthPurpose=${encodeURIComponent(purpose)}` : base);
  // The server says whether this user may see health data of this resident (the contact person's team).
  const mayAskHealth = list.data?.mayViewHealth ?? false;
  const data = list.data;
  const open = data?.items.filter((b) => !b.resolvedOn) ?? [];
  const resolved = data?.items.filter((b) => b.resolvedOn) ?? [];
  return (
    <>
      <section aria-labelledby="belemmeringen">
        <h2 className="utrecht-heading-2" id="belemmeringen">Belemmeringen</h2>
        {list.error && <ErrorMessage error={list.error} />}
        {!data && !list.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
        {data && (
          <>
            {open.length === 0 ? <p className="utrecht-paragraph">Geen openstaande belemmeringen{data.hiddenHealthBarriers > 0 ? ' die u nu kunt zien' : ''}.</p> : (
              <ul className="record-list" aria-label="Openstaande belemmeringen">
                {open.map((b) => <BarrierItem key={b.id} barrier={b} path={base} onSaved={list.reload} />)}
              </ul>
            )}
            {resolved.length > 0 && (
              <>
                <h3 className="utrecht-heading-3">Opgelost</h3>
                <ul className="record-list" aria-label="Opgeloste belemmeringen">
                  {resolved.map((b) => <BarrierItem key={b.id} barrier={b} path={base} onSaved={list.reload} />)}
                </ul>
              </>
            )}
          </>
        )}
      </section>
      {data && (data.hiddenHealthBarriers > 0 || data.healthVisible) && (
        <section aria-labelledby="gezondheid">
          <h2 className="utrecht-heading-2" id="gezondheid">Gezondheidsgegevens</h2>
          {data.healthVisible ? (
            <HealthShown purpose={purpose ?? ''} onHide={() => setPurpose(null)} />
          ) : (
            <>
              <p className="notice" data-testid="health-hidden">
                {data.hiddenHealthBarriers === 1 ? 'Er is 1 belemmering over gezondheid' : `Er zijn ${data.hiddenHealthBarriers} belemmeringen over gezondheid`} afgeschermd.
                {' '}Gezondheid is een bijzonder persoonsgegeven: alleen het team van de contactpersoon kan dit inzien, met een doel.
              </p>
              {mayAskHealth && !purpose && <HealthPurposeForm onPurpose={setPurpose} />}
              {purpose && (
                <div className="utrecht-alert utrecht-alert--error" role="alert">
                  <p className="utrecht-paragraph">U kunt deze gezondheidsgegevens niet inzien: ze zijn alleen voor het team van de contactpersoon.</p>
                </div>
              )}
            </>
          )}
        </section>
      )}
      <section aria-labelledby="belemmering-toevoegen">
        <h2 className="utrecht-heading-2" id="belemmering-toevoegen">Belemmering toevoegen</h2>
        <BarrierForm path={base} offerHealth={mayAskHealth} onSaved={list.reload} />
      </section>
    </>
  );
}

function BarrierItem({ barrier: b, path, onSaved }: { barrier: Barrier; path: string; onSaved: () => void }) {
  const s = useSubmit(onSaved);
  const resolve = () => void s.run(
    () => api(`${path}/${b.id}`, { method: 'PATCH', json: { resolvedOn: today() }, ifMatch: `"v${b.version}"` }),
    `Belemmering ${b.categoryLabel.toLowerCase()} is opgelost.`,
  );
  return (
    <li data-category={b.category}>
      <div className="record-row">
        <div>
          <strong>{b.categoryLabel}</strong>
          {b.since && <> — sinds {b.since}</>}
          {b.resolvedOn && <> — opgelost op {b.resolvedOn}</>}
          {b.description && <p className="utrecht-paragraph">{b.description}</p>}
        </div>
        {!b.resolvedOn && (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={s.busy} onClick={resolve}
            aria-label={`Markeer als opgelost: ${b.categoryLabel}${b.since ? ` sinds ${b.since}` : ''}`}>Markeer als opgelost</button>
        )}
      </div>
      <Feedback error={s.error} done={s.done} />
    </li>
  );
}

function HealthPurposeForm({ onPurpose }: { onPurpose: (purpose: string) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const purpose = text.trim();
    if (purpose.length < 5) { setError('Geef een doel van minstens 5 tekens.'); return; }
    setError(null);
    onPurpose(purpose);
  };
  return (
    <form onSubmit={submit} aria-labelledby="gezondheid-inzien" noValidate>
      <h3 className="utrecht-heading-3" id="gezondheid-inzien">Gezondheidsgegevens inzien</h3>
      <Field id="gezondheid-doel" label="Doel" hint="Waarom wilt u de gezondheidsgegevens inzien? Uw doel wordt met uw naam in het auditlog vastgelegd.">
        <input id="gezondheid-doel" type="text" className="utrecht-textbox" aria-describedby="gezondheid-doel-hint" maxLength={300}
          aria-invalid={error ? true : undefined} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <button type="submit" className="utrecht-button utrecht-button--primary-action">Gezondheidsgegevens tonen</button>
      <Feedback error={error} done={null} />
    </form>
  );
}

function HealthShown({ purpose, onHide }: { purpose: string; onHide: () => void }) {
  return (
    <>
      <p className="utrecht-paragraph" data-testid="health-visible">
        De belemmeringen over gezondheid staan hierboven in de lijst. Uw doel is in het auditlog vastgelegd: <q>{purpose}</q>
      </p>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onHide}>Gezondheidsgegevens weer afschermen</button>
    </>
  );
}

function BarrierForm({ path, offerHealth, onSaved }: { path: string; offerHealth: boolean; onSaved: () => void }) {
  const [category, setCategory] = useState('');
  const [description, setDescription] = useState('');
  const [since, setSince] = useState('');
  const s = useSubmit(() => { setCategory(''); setDescription(''); setSince(''); onSaved(); });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(path, { method: 'POST', json: { category, description, since: since || null } }), 'Belemmering toegevoegd.');
  };
  return (
    <form onSubmit={submit} aria-label="Belemmering toevoegen">
      <div className="inline-form">
        <Field id="belemmering-categorie" label="Soort belemmering">
          <select id="belemmering-categorie" className="utrecht-select" value={category} onChange={(e) => setCategory(e.target.value)} required>
            <option value="">Kies een soort</option>
            {Object.entries(categories).filter(([code]) => offerHealth || code !== 'health')
              .map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
        </Field>
        <Field id="belemmering-sinds" label="Sinds">
          <input id="belemmering-sinds" type="date" className="utrecht-textbox" max={today()} value={since} onChange={(e) => setSince(e.target.value)} />
        </Field>
      </div>
      {category === 'health' && (
        <p className="notice">Gezondheid is een bijzonder persoonsgegeven. Leg alleen vast wat nodig is voor de begeleiding naar werk.</p>
      )}
      <Field id="belemmering-omschrijving" label="Omschrijving">
        <textarea id="belemmering-omschrijving" className="utrecht-textarea" maxLength={4000} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Belemmering toevoegen</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}
