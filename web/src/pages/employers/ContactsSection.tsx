import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { Feedback, Field, useSubmit } from '../../forms.tsx';
import { ErrorMessage } from '../../layout/Layout.tsx';
import { useApi } from '../../useApi.ts';
import type { Contact } from './types.ts';

/** Contact persons of an employer: personal data, so the server logs every look and change. */
export function ContactsSection({ employerId, manage }: { employerId: string; manage: boolean }) {
  const contacts = useApi<{ items: Contact[] }>(`/employers/${employerId}/contacts`);
  const remove = useSubmit(contacts.reload);
  return (
    <section aria-labelledby="contactpersonen">
      <h2 className="utrecht-heading-2" id="contactpersonen">Contactpersonen</h2>
      {contacts.error && <ErrorMessage error={contacts.error} />}
      {!contacts.data && !contacts.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {contacts.data && contacts.data.items.length === 0 && <p className="utrecht-paragraph">Nog geen contactpersonen vastgelegd.</p>}
      {contacts.data && contacts.data.items.length > 0 && (
        <ul className="record-list" aria-labelledby="contactpersonen">
          {contacts.data.items.map((c) => (
            <li key={c.id} className="record-row" data-testid="contact">
              <span>
                <strong>{c.name}</strong>{c.role && `, ${c.role}`}
                {c.phone && <> · <a className="utrecht-link" href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</a></>}
                {c.email && <> · <a className="utrecht-link" href={`mailto:${c.email}`}>{c.email}</a></>}
              </span>
              {manage && (
                <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={remove.busy} aria-label={`Verwijderen: ${c.name}`}
                  onClick={() => void remove.run(() => api(`/employers/${employerId}/contacts/${c.id}`, { method: 'DELETE' }), `${c.name} verwijderd.`)}>
                  Verwijderen
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Feedback error={remove.error} done={remove.done} />
      {manage && <ContactForm employerId={employerId} onSaved={contacts.reload} />}
    </section>
  );
}

function ContactForm({ employerId, onSaved }: { employerId: string; onSaved: () => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const s = useSubmit(() => { setName(''); setRole(''); setPhone(''); setEmail(''); onSaved(); });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(`/employers/${employerId}/contacts`, {
      method: 'POST', json: { name, role, phone: phone.trim() || null, email: email.trim() || null },
    }), `Contactpersoon ${name.trim()} toegevoegd.`);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="contact-toevoegen" className="admin-form">
      <h3 className="utrecht-heading-3" id="contact-toevoegen">Contactpersoon toevoegen</h3>
      <div className="inline-form">
        <Field id="contact-naam" label="Naam">
          <input id="contact-naam" className="utrecht-textbox" aria-required="true" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field id="contact-functie" label="Functie (optioneel)">
          <input id="contact-functie" className="utrecht-textbox" value={role} onChange={(e) => setRole(e.target.value)} />
        </Field>
        <Field id="contact-telefoon" label="Telefoon">
          <input id="contact-telefoon" type="tel" className="utrecht-textbox" value={phone} onChange={(e) => setPhone(e.target.value)} />
        </Field>
        <Field id="contact-email" label="E-mail">
          <input id="contact-email" type="email" className="utrecht-textbox" value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
      </div>
      <p className="utrecht-paragraph muted-text">Vul een telefoonnummer of een e-mailadres in.</p>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Contactpersoon toevoegen</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}
