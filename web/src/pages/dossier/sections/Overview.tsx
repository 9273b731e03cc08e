import { useApi } from '../../../useApi.ts';
import { useDossier } from '../DossierLayout.tsx';
import { ContactMomentForm, LadderForm } from '../forms.tsx';

interface Timeline { items: { date: string; kind: string; title: string; detail: string; objectId: string }[] }

/** Overzicht: the basic dossier, quick ladder and contact-moment forms, and the timeline. */
export function Overview() {
  const { resident: r, reload } = useDossier();
  const timeline = useApi<Timeline>(`/residents/${r.id}/timeline`);
  const refresh = () => { reload(); timeline.reload(); };
  const address = `${r.address.street} ${r.address.houseNumber}${r.address.houseNumberSuffix ?? ''}, ${r.address.postcode} ${r.address.city}`;
  return (
    <>
      <section aria-labelledby="persoon">
        <h2 className="utrecht-heading-2" id="persoon">Persoon</h2>
        <dl className="facts">
          <dt>BSN</dt><dd>{r.bsn}</dd>
          <dt>Geboortedatum</dt><dd>{r.birthDate} ({r.age} jaar)</dd>
          <dt>Adres</dt><dd>{address}</dd>
          <dt>Telefoon</dt><dd>{r.phone ?? '–'}</dd>
          <dt>E-mail</dt><dd>{r.email ?? '–'}</dd>
        </dl>
      </section>
      <section aria-labelledby="huishouden">
        <h2 className="utrecht-heading-2" id="huishouden">Huishouden</h2>
        {r.household.members.length === 0 ? <p className="utrecht-paragraph">Geen andere leden van het huishouden.</p> : (
          <ul className="utrecht-unordered-list">
            {r.household.members.map((m, i) => <li key={i}>{m.kindLabel}: {m.name}, {m.age} jaar{m.costSharer ? ' (kostendeler)' : ''}</li>)}
          </ul>
        )}
      </section>
      <section aria-labelledby="doelgroepen">
        <h2 className="utrecht-heading-2" id="doelgroepen">Doelgroepen</h2>
        <ul className="utrecht-unordered-list">
          {r.targetGroups.map((g) => <li key={g.id}>{g.label}, sinds {g.startDate}{g.endDate ? ` tot ${g.endDate}` : ''}</li>)}
        </ul>
      </section>
      <section aria-labelledby="ladder">
        <h2 className="utrecht-heading-2" id="ladder">Participatieladder</h2>
        <p className="utrecht-paragraph" data-testid="ladder-current">
          {r.ladder.step ? `Trede ${r.ladder.step}: ${r.ladder.stepName}` : 'Nog niet gemeten'} — categorie {r.ladder.categoryLabel}
          {r.ladder.measuredOn ? ` (gemeten ${r.ladder.measuredOn})` : ''}
        </p>
        {r.ladder.measurementDue && <div className="utrecht-alert" role="note"><p className="utrecht-paragraph">De laatste meting is ouder dan zes maanden: meet de trede opnieuw.</p></div>}
        <LadderForm residentId={r.id} onSaved={refresh} />
      </section>
      <section aria-labelledby="contact">
        <h2 className="utrecht-heading-2" id="contact">Contactmoment vastleggen</h2>
        <ContactMomentForm residentId={r.id} onSaved={refresh} />
      </section>
      <section aria-labelledby="tijdlijn">
        <h2 className="utrecht-heading-2" id="tijdlijn">Tijdlijn</h2>
        {timeline.data && (timeline.data.items.length === 0 ? <p className="utrecht-paragraph">Nog niets vastgelegd.</p> : (
          <ol className="timeline">
            {timeline.data.items.map((e) => (
              <li key={`${e.kind}-${e.objectId}-${e.date}`}><time dateTime={e.date}>{e.date}</time> <strong>{e.title}</strong>{e.detail ? ` — ${e.detail}` : ''}</li>
            ))}
          </ol>
        ))}
      </section>
    </>
  );
}
