import { z } from 'zod';
import { targetGroupCodes, targetGroupLabels, type TargetGroupCode } from '../../../rules/target-groups.ts';
import { badRequest } from '../../../server/problem.ts';
import type { CollectionSpec } from './collection.ts';
import { isoDate, labelled, versioned } from './common.ts';

// inburgering: status of the civic-integration route of a refugee with a residence permit
export const civicIntegrationStatuses = labelled({
  nog_niet_gestart: 'Nog niet gestart', in_uitvoering: 'In uitvoering', afgerond: 'Afgerond', ontheffing: 'Ontheffing',
});

/** What each target group records besides its dates. */
const detailsByCode: Record<TargetGroupCode, z.ZodType> = {
  bijstand: z.object({}).strict(),
  nug: z.object({}).strict(),
  sw_indicatie: z.object({ indicationDate: isoDate.optional() }).strict(),
  nieuw_beschut: z.object({ uwvIndicationDate: isoDate }).strict(),   // indicatie beschut werk van UWV
  statushouder: z.object({ residencePermitSince: isoDate, civicIntegrationStatus: civicIntegrationStatuses.schema }).strict(),
  jongere_rmc: z.object({ school: z.string().max(200).optional(), rmcRegisteredOn: isoDate.optional() }).strict(),
  doelgroepregister: z.object({ registeredOn: isoDate.optional() }).strict(),
};

const item = z.object({
  ...versioned, code: z.enum(targetGroupCodes), label: z.string(), startDate: z.string(), endDate: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
}).meta({ id: 'TargetGroup' });

const create = z.object({
  code: z.enum(targetGroupCodes),
  startDate: isoDate,
  endDate: isoDate.nullable().default(null),
  details: z.record(z.string(), z.unknown()).default({}),
}).strict().meta({ id: 'TargetGroupNew' });

const patch = z.object({ startDate: isoDate, endDate: isoDate.nullable(), details: z.record(z.string(), z.unknown()) })
  .partial().strict().meta({ id: 'TargetGroupChange' });

export const targetGroups: CollectionSpec<typeof create, typeof patch, typeof item> = {
  path: 'target-groups', table: 'residentTargetGroups', objectType: 'target_group', tag: 'Dossier',
  nameOne: 'doelgroep', nameMany: 'doelgroepen', item, create, patch, orderBy: 'startDate',
  toInsert: (input) => input,
  check(input, _resident, _today, current) {
    const code = (input.code ?? current?.code) as TargetGroupCode;
    const start = (input.startDate ?? current?.startDate) as string;
    const end = (input.endDate === undefined ? current?.endDate : input.endDate) as string | null;
    if (end && end < start) throw badRequest('De einddatum ligt vóór de startdatum.');
    const details = input.details ?? (current ? undefined : {});
    if (details !== undefined) {
      const parsed = detailsByCode[code].safeParse(details);
      if (!parsed.success) {
        throw badRequest(`Gegevens bij doelgroep ${targetGroupLabels[code]}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'details'}: ${i.message}`).join('; ')}.`);
      }
    }
  },
  present: (r) => ({
    id: r.id, version: r.version, code: r.code as TargetGroupCode, label: targetGroupLabels[r.code as TargetGroupCode],
    startDate: String(r.startDate), endDate: (r.endDate as string | null) ?? null, details: (r.details as Record<string, unknown>) ?? {},
  }),
};
