import { z } from 'zod';
import type { CollectionSpec } from './collection.ts';
import { isoDate, labelled, notInFuture, versioned } from './common.ts';

// verwijzing naar een ander domein
export const referralDomains = labelled({
  wmo: 'Wmo (maatschappelijke ondersteuning)', youth_care: 'Jeugdhulp', debt_assistance: 'Schuldhulpverlening',
  compulsory_education: 'Leerplicht / RMC',
});
export const referralStatuses = labelled({
  referred: 'Aangemeld', in_progress: 'In behandeling', completed: 'Afgerond', declined: 'Afgewezen',
});

const item = z.object({
  ...versioned, domain: referralDomains.schema, domainLabel: z.string(), referredOn: z.string(),
  status: referralStatuses.schema, statusLabel: z.string(), note: z.string(),
}).meta({ id: 'Referral' });

const create = z.object({
  domain: referralDomains.schema,
  referredOn: isoDate,
  status: referralStatuses.schema.default('referred'),
  note: z.string().trim().max(4000).default(''),
}).strict().meta({ id: 'ReferralNew' });

const patch = z.object({ status: referralStatuses.schema, note: z.string().trim().max(4000) }).partial().strict().meta({ id: 'ReferralChange' });

export const referrals: CollectionSpec<typeof create, typeof patch, typeof item> = {
  path: 'referrals', table: 'referrals', objectType: 'referral', tag: 'Dossier',
  nameOne: 'verwijzing', nameMany: 'verwijzingen', item, create, patch, orderBy: 'referredOn',
  toInsert: (input, actor) => ({ ...input, recordedBy: actor.userId }),
  check: (input, _resident, today) => notInFuture(input.referredOn, today, 'Een verwijzing'),
  present: (r) => ({
    id: r.id, version: r.version, domain: r.domain as never, domainLabel: referralDomains.label(String(r.domain)),
    referredOn: String(r.referredOn), status: r.status as never, statusLabel: referralStatuses.label(String(r.status)), note: String(r.note),
  }),
};
