import { useState } from 'react';
import { today } from '../../forms.tsx';
import { Page } from '../../layout/Layout.tsx';

const previousMonth = () => {
  const [y, m] = today().slice(0, 7).split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/** De maandleveringen aan het CBS: BUS (uitkeringen) en SRG (re-integratievoorzieningen), als bestand. */
export function CbsPage() {
  const [kind, setKind] = useState<'bus' | 'srg'>('bus');
  const [month, setMonth] = useState(previousMonth());
  const valid = /^\d{4}-\d{2}$/.test(month) && month <= today().slice(0, 7);
  return (
    <Page title="CBS-leveringen">
      <h1 className="utrecht-heading-1">CBS-leveringen</h1>
      <p className="utrecht-paragraph">
        Elke maand levert de gemeente het CBS de bijstandsuitkeringenstatistiek (BUS) en de statistiek re-integratie gemeenten (SRG).
        Het bestand heeft een vaste recordlengte: een voorlooprecord, een regel per uitkering of voorziening en een sluitrecord met de aantallen.
      </p>
      <div className="utrecht-alert utrecht-alert--warning">
        <p className="utrecht-paragraph">
          Het bestand bevat burgerservicenummers. Download het alleen om het aan het CBS te leveren en bewaar het niet langer dan nodig.
          Elke download komt met dit doel in het auditlog, met de inwoners die erin staan.
        </p>
      </div>
      <form className="filters" aria-label="Levering kiezen" onSubmit={(e) => e.preventDefault()}>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="cbs-soort">Levering</label>
          <select id="cbs-soort" className="utrecht-select" value={kind} onChange={(e) => setKind(e.target.value as 'bus' | 'srg')}>
            <option value="bus">BUS – bijstandsuitkeringen</option>
            <option value="srg">SRG – re-integratievoorzieningen</option>
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="cbs-maand">Verslagmaand</label>
          <input id="cbs-maand" className="utrecht-textbox" type="month" value={month} max={today().slice(0, 7)} onChange={(e) => setMonth(e.target.value)} />
        </div>
        {valid
          ? <a className="utrecht-button utrecht-button--primary-action download-link" href={`/api/v1/cbs-exports/${kind}/${month}`} download>Bestand downloaden</a>
          : <p className="utrecht-paragraph notice" role="status">Kies de huidige of een eerdere maand.</p>}
      </form>
      <p className="utrecht-paragraph source-note">
        De recordindeling staat in de documentatie van Meedoen (docs/cbs/bus.md en docs/cbs/srg.md). Ze is niet getoetst aan de officiële
        CBS-specificatie: laat haar vóór de eerste levering door het CBS bevestigen.
      </p>
    </Page>
  );
}
