import { applicationStatusLabels, documentCodes, documentLabels, type DocumentCode } from '../../../rules/income/application-status.ts';
import { advanceTerm, decisionTerm, repairPeriodsOf, termValidOn, type LegalTerm, type TermView } from '../../../rules/income/terms.ts';
import type { ApplicationView } from './schema.ts';
import type { ApplicationRow, EventRow } from './store.ts';
import { fullName } from '../scope.ts';

const dutchDate = (iso: string) => iso.split('-').reverse().join('-');

function warningText(kind: 'decision_term' | 'advance', t: TermView): string | null {
  const what = kind === 'decision_term' ? 'De beslistermijn' : 'De termijn voor het voorschot';
  if (t.state === 'overdue') return `${what} is verstreken op ${dutchDate(t.deadline)} (${-t.daysLeft} ${-t.daysLeft === 1 ? 'dag' : 'dagen'} geleden).`;
  if (t.state === 'soon') return t.daysLeft === 0 ? `${what} verloopt vandaag.` : `${what} verloopt over ${t.daysLeft} ${t.daysLeft === 1 ? 'dag' : 'dagen'}, op ${dutchDate(t.deadline)}.`;
  return null;
}

/** The terms of one application on a day, from its status history and the legal terms valid on the day of receipt. */
function termsOf(a: ApplicationRow, events: EventRow[], terms: readonly LegalTerm[], today: string) {
  const decision = termValidOn(terms, 'decision_term', a.receivedOn);
  const advance = termValidOn(terms, 'advance_payment_term', a.receivedOn);
  if (!decision || !advance) throw new Error(`Geen wettelijke termijnen vastgelegd voor ${a.receivedOn}`);
  const periods = repairPeriodsOf(events);
  return {
    decisionTerm: decisionTerm({ receivedOn: a.receivedOn, periods, decidedOn: a.decidedOn, today, term: decision }),
    advanceTerm: advanceTerm({ receivedOn: a.receivedOn, requested: a.advanceRequested, paidOn: a.advancePaidOn, decidedOn: a.decidedOn, today, term: advance }),
  };
}

/** The API view; without the field set 'income' the situation, IBAN and advance amount are left out. */
export function presentApplication(a: ApplicationRow, events: EventRow[], terms: readonly LegalTerm[], today: string, amounts: boolean): ApplicationView {
  const own = events.filter((e) => e.applicationId === a.id);
  const t = termsOf(a, own, terms, today);
  const warnings: ApplicationView['warnings'] = [];
  for (const [kind, view] of [['decision_term', t.decisionTerm], ['advance', t.advanceTerm]] as const) {
    const text = view && warningText(kind, view);
    if (view && text) warnings.push({ kind, state: view.state, text });
  }
  const received = new Map(a.documents.map((d) => [d.code, d.received]));
  return {
    id: a.id, residentId: a.residentId, residentName: fullName(a), partnerResidentId: a.partnerResidentId, channel: a.channel,
    receivedOn: a.receivedOn, requestedStartDate: a.requestedStartDate, status: a.status, statusLabel: applicationStatusLabels[a.status],
    repair: a.status === 'repair_period' && a.repairDeadline ? { deadline: a.repairDeadline, missing: a.repairMissing ?? '' } : null,
    decidedOn: a.decidedOn, advanceRequested: a.advanceRequested, advancePaidOn: a.advancePaidOn,
    documents: documentCodes.map((code: DocumentCode) => ({ code, label: documentLabels[code], received: received.get(code) ?? false })),
    ...t, warnings,
    events: own.map((e) => ({
      status: e.status, statusLabel: applicationStatusLabels[e.status], occurredOn: e.occurredOn, repairDeadline: e.repairDeadline, repairMissing: e.repairMissing, note: e.note,
    })),
    amountsHidden: !amounts,
    situation: amounts ? a.situation : null, iban: amounts ? a.iban : null, accountHolder: amounts ? a.accountHolder : null,
    advanceCents: amounts ? a.advanceCents : null,
    version: a.version,
  };
}
