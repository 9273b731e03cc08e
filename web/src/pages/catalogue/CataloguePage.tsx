import { useState, type FormEvent } from 'react';
import { needCodes, needLabels } from '../../../../src/rules/needs.ts';
import { targetGroupCodes, targetGroupLabels } from '../../../../src/rules/target-groups.ts';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { euros } from '../../money.ts';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { InstrumentForm, OfferChangeForm, OfferForm } from './AdminForms.tsx';
import { CoachForm, ContractForm, ProviderForm } from './ProviderForms.tsx';
import { days, dutchDate, periods, validity, type Instrument, type List, type Provider } from './types.ts';

interface Filter { q: string; targetGroup: string; need: string; all: boolean }

function pathFor(f: Filter) {
  const p = new URLSearchParams();
  if (f.q.trim()) p.set('q', f.q.trim());
  if (f.targetGroup) p.set('targetGroup', f.targetGroup);
  if (f.need) p.set('need', f.need);
  if (f.all) p.set('all', 'true');
  const qs = p.toString();
  return `/instruments${qs ? `?${qs}` : ''}`;
}

/** Instrumentencatalogus: browse and search instruments with their offers per provider, and the providers with contracts. */
export function CataloguePage() {
  const { user } = useSession();
  const admin = user?.role === 'administrator';
  const [draft, setDraft] = useState<Filter>({ q: '', targetGroup: '', need: '', all: false });
  const [filter, setFilter] = useState<Filter>(draft);
  const instruments = useApi<List<Instrument>>(pathFor(filter));
  const providers = useApi<List<Provider>>('/providers');
  const refresh = () => { instruments.reload(); providers.reload(); };
  const search = (e: FormEvent) => { e.preventDefault(); setFilter(draft); };
  const list = instruments.error ? [] : instruments.data?.items ?? [];

  return (
    <Page title="Instrumentencatalogus">
      <h1 className="utrecht-heading-1">Instrumentencatalogus</h1>
      <section aria-labelledby="catalogus-zoeken">
        <h2 className="utrecht-heading-2" id="catalogus-zoeken">Zoeken</h2>
        <form role="search" aria-labelledby="catalogus-zoeken" onSubmit={search} className="filters">
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="catalogus-q">Zoekterm</label>
            <input id="catalogus-q" type="search" className="utrecht-textbox" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="catalogus-doelgroep">Doelgroep</label>
            <select id="catalogus-doelgroep" className="utrecht-select" value={draft.targetGroup} onChange={(e) => setDraft({ ...draft, targetGroup: e.target.value })}>
              <option value="">Alle doelgroepen</option>
              {targetGroupCodes.map((c) => <option key={c} value={c}>{targetGroupLabels[c]}</option>)}
            </select>
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="catalogus-behoefte">Behoefte</label>
            <select id="catalogus-behoefte" className="utrecht-select" value={draft.need} onChange={(e) => setDraft({ ...draft, need: e.target.value })}>
              <option value="">Alle behoeften</option>
              {needCodes.map((c) => <option key={c} value={c}>{needLabels[c]}</option>)}
            </select>
          </div>
          <div className="utrecht-form-field checkbox-field">
            <input id="catalogus-alle" type="checkbox" className="utrecht-checkbox" checked={draft.all} onChange={(e) => setDraft({ ...draft, all: e.target.checked })} />
            <label className="utrecht-form-label" htmlFor="catalogus-alle">Ook niet-actieve instrumenten</label>
          </div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action">Zoeken</button>
        </form>
      </section>

      <section aria-labelledby="catalogus-instrumenten">
        <h2 className="utrecht-heading-2" id="catalogus-instrumenten">Instrumenten</h2>
        {instruments.error && <ErrorMessage error={instruments.error} />}
        <p className="utrecht-paragraph" role="status">
          {instruments.loading && !instruments.data ? 'Laden…' : instruments.data ? `${list.length} ${list.length === 1 ? 'instrument' : 'instrumenten'} gevonden.` : ''}
        </p>
        <ul className="record-list">
          {list.map((i) => (
            <InstrumentItem key={i.id} i={i} admin={admin} providers={providers.data?.items ?? []} onSaved={refresh} />
          ))}
        </ul>
      </section>

      {admin && (
        <section aria-labelledby="catalogus-nieuw">
          <h2 className="utrecht-heading-2" id="catalogus-nieuw">Instrument toevoegen</h2>
          <InstrumentForm onSaved={refresh} />
        </section>
      )}

      <section aria-labelledby="catalogus-aanbieders">
        <h2 className="utrecht-heading-2" id="catalogus-aanbieders">Aanbieders</h2>
        {providers.error && <ErrorMessage error={providers.error} />}
        {!providers.data && !providers.error && <p className="utrecht-paragraph">Laden…</p>}
        <ul className="record-list">
          {(providers.data?.items ?? []).map((p) => <ProviderItem key={p.id} p={p} admin={admin} municipalityCode={user?.username.split('@')[1] ?? ''} onSaved={refresh} />)}
        </ul>
      </section>

      {admin && (
        <section aria-labelledby="aanbieder-nieuw">
          <h2 className="utrecht-heading-2" id="aanbieder-nieuw">Aanbieder toevoegen</h2>
          <ProviderForm onSaved={refresh} />
        </section>
      )}
    </Page>
  );
}

function InstrumentItem({ i, admin, providers, onSaved }: { i: Instrument; admin: boolean; providers: Provider[]; onSaved: () => void }) {
  const head = `instrument-${i.id}`;
  return (
    <li>
      <article aria-labelledby={head}>
        <h3 className="utrecht-heading-3" id={head}>
          {i.name}{!i.active && <span className="badge badge--inactive">Niet actief</span>}
        </h3>
        {i.description && <p className="utrecht-paragraph">{i.description}</p>}
        <dl className="facts">
          <dt>Wettelijke grondslag</dt><dd>{i.legalBasis}</dd>
          <dt>Eenheid</dt><dd>{i.unitLabel}</dd>
          <dt>Doelgroepen</dt><dd>{i.targetGroups.map((g) => g.label).join(', ') || '—'}</dd>
          <dt>Behoeften</dt><dd>{i.needs.map((n) => n.label).join(', ') || '—'}</dd>
          <dt>Looptijd</dt><dd>{validity(i.activeFrom, i.activeUntil)}</dd>
        </dl>
        {i.offers.length === 0 ? <p className="utrecht-paragraph">Nog geen aanbod.</p> : (
          <div className="table-scroll">
            <table className="utrecht-table">
              <caption className="utrecht-table__caption">Aanbod voor {i.name}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Aanbieder</th>
                  <th scope="col" className="utrecht-table__header-cell">Prijs per {i.unitLabel}</th>
                  <th scope="col" className="utrecht-table__header-cell">Capaciteit</th>
                  <th scope="col" className="utrecht-table__header-cell">Verwachte wachttijd</th>
                  <th scope="col" className="utrecht-table__header-cell">Plaatsen in gebruik</th>
                  <th scope="col" className="utrecht-table__header-cell">Looptijd</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {i.offers.map((o) => (
                  <tr key={o.id} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">{o.provider.name}{!o.active && <span className="badge badge--inactive">Niet actief</span>}</th>
                    <td className="utrecht-table__cell">{euros(o.unitPriceCents)}</td>
                    <td className="utrecht-table__cell">{o.capacity} {periods[o.capacityPeriod]}</td>
                    <td className="utrecht-table__cell">{days(o.expectedWaitDays)}</td>
                    <td className="utrecht-table__cell">{o.inUse} van {o.capacity}</td>
                    <td className="utrecht-table__cell">{validity(o.activeFrom, o.activeUntil)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {admin && (
          <details className="admin-details">
            <summary>Aanbod beheren bij {i.name}</summary>
            <OfferForm instrument={i} providers={providers} onSaved={onSaved} />
            <OfferChangeForm instrument={i} onSaved={onSaved} />
          </details>
        )}
      </article>
    </li>
  );
}

function ProviderItem({ p, admin, municipalityCode, onSaved }: { p: Provider; admin: boolean; municipalityCode: string; onSaved: () => void }) {
  const head = `aanbieder-${p.id}`;
  return (
    <li>
      <article aria-labelledby={head}>
        <h3 className="utrecht-heading-3" id={head}>{p.name}</h3>
        {p.description && <p className="utrecht-paragraph">{p.description}</p>}
        <dl className="facts">
          <dt>Soort</dt><dd>{p.providerTypeLabel}</dd>
          {p.kvkNumber && <><dt>KvK-nummer</dt><dd>{p.kvkNumber}</dd></>}
          {p.contactEmail && <><dt>E-mail</dt><dd><a className="utrecht-link" href={`mailto:${p.contactEmail}`}>{p.contactEmail}</a></dd></>}
          <dt>Aanbod</dt><dd>{p.offers.map((o) => o.instrumentName).filter((n, k, all) => all.indexOf(n) === k).join(', ') || '—'}</dd>
        </dl>
        {p.contracts.length === 0 ? <p className="utrecht-paragraph">Geen contracten vastgelegd.</p> : (
          <div className="table-scroll">
            <table className="utrecht-table">
              <caption className="utrecht-table__caption">Contracten met {p.name}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Kenmerk</th>
                  <th scope="col" className="utrecht-table__header-cell">Omschrijving</th>
                  <th scope="col" className="utrecht-table__header-cell">Ingang</th>
                  <th scope="col" className="utrecht-table__header-cell">Einde</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {p.contracts.map((c) => (
                  <tr key={c.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{c.reference}</td>
                    <td className="utrecht-table__cell">{c.description || '—'}</td>
                    <td className="utrecht-table__cell">{dutchDate(c.startsOn)}</td>
                    <td className="utrecht-table__cell">{c.endsOn ? dutchDate(c.endsOn) : 'Onbepaald'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {p.coaches.length > 0 && (
          <>
            <h4 className="utrecht-heading-4">Begeleiders</h4>
            <ul className="utrecht-unordered-list" aria-label={`Begeleiders van ${p.name}`}>
              {p.coaches.map((c) => <li key={c.id}>{c.displayName} ({c.username}){!c.active && ' — niet actief'}</li>)}
            </ul>
          </>
        )}
        {admin && (
          <details className="admin-details">
            <summary>Contracten en begeleiders beheren bij {p.name}</summary>
            <ContractForm provider={p} onSaved={onSaved} />
            <CoachForm provider={p} municipalityCode={municipalityCode} onSaved={onSaved} />
          </details>
        )}
      </article>
    </li>
  );
}
