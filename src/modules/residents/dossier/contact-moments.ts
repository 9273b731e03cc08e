import { sql } from 'kysely';
import { z } from 'zod';
import { patchOf } from '../../../server/patch-schema.ts';
import type { CollectionSpec } from './collection.ts';
import { isoDate, labelled, notInFuture, versioned } from './common.ts';

// contactmoment: kanaal
export const channels = labelled({
  meeting: 'Gesprek op kantoor', phone: 'Telefoon', email: 'E-mail', home_visit: 'Huisbezoek', video: 'Beeldbellen', letter: 'Brief',
});

const item = z.object({
  ...versioned, occurredOn: z.string(), channel: channels.schema, channelLabel: z.string(), note: z.string(),
  recordedBy: z.string().nullable(),
}).meta({ id: 'ContactMoment' });

const create = z.object({
  occurredOn: isoDate,
  channel: channels.schema,
  note: z.string().trim().min(1, 'Schrijf een korte notitie').max(4000),
}).strict().meta({ id: 'ContactMomentNew' });

const patch = patchOf(create).strict().meta({ id: 'ContactMomentChange' });

export const contactMoments: CollectionSpec<typeof create, typeof patch, typeof item> = {
  path: 'contact-moments', table: 'contactMoments', objectType: 'contact_moment', tag: 'Dossier',
  nameOne: 'contactmoment', nameMany: 'contactmomenten', item, create, patch, orderBy: 'occurredOn',
  toInsert: (input, actor) => ({ ...input, recordedBy: actor.userId }),
  check: (input, _resident, today) => notInFuture(input.occurredOn, today, 'Een contactmoment'),
  present: (r) => ({
    id: r.id, version: r.version, occurredOn: String(r.occurredOn), channel: r.channel as never,
    channelLabel: channels.label(String(r.channel)), note: String(r.note), recordedBy: (r.recordedBy as string | null) ?? null,
  }),
  // The caseload's "days since last contact" reads this column. It may hold a contact known from before
  // the moments were recorded here (demo data, an import), so an older moment entered late never moves it back.
  afterWrite: async (tx, resident) => {
    await sql`UPDATE residents SET last_contact_on = GREATEST(last_contact_on,
                (SELECT max(occurred_on) FROM contact_moments WHERE resident_id = ${resident.id} AND municipality_id = ${resident.municipalityId}))
              WHERE id = ${resident.id} AND municipality_id = ${resident.municipalityId}`.execute(tx);
  },
};
