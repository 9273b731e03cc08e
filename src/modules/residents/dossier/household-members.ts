import { z } from 'zod';
import { patchOf } from '../../../server/patch-schema.ts';
import { ageOn, todayIso } from '../../../rules/dates.ts';
import { badRequest } from '../../../server/problem.ts';
import type { CollectionSpec } from './collection.ts';
import { isoDate, labelled, notInFuture, versioned } from './common.ts';

// Huisgenoten and children: stored in the shape the benefit calculation (issue 6) needs — the
// cost-sharers' norm counts housemates aged 27+ unless an exemption applies (art. 22a Participatiewet).
export const memberKinds = labelled({ child: 'Kind', housemate: 'Huisgenoot' });
export const costSharerExemptions = labelled({
  student: 'Student (studiefinanciering of WTOS)', commercial_tenant: 'Commerciële huurder of kostganger',
  informal_care: 'Intensieve mantelzorg (vanaf 2026)',
});

const item = z.object({
  ...versioned, kind: memberKinds.schema, kindLabel: z.string(), givenNames: z.string(), birthDate: z.string(), age: z.number().int(),
  costSharer: z.boolean(), costSharerExemption: costSharerExemptions.schema.nullable(),
}).meta({ id: 'HouseholdMemberRecord' });

const create = z.object({
  kind: memberKinds.schema,
  givenNames: z.string().trim().min(1, 'Vul een voornaam in').max(200),
  birthDate: isoDate,
  costSharer: z.boolean().default(false),
  costSharerExemption: costSharerExemptions.schema.nullable().default(null),
}).strict().meta({ id: 'HouseholdMemberNew' });

const patch = patchOf(create).strict().meta({ id: 'HouseholdMemberChange' });

export const householdMembers: CollectionSpec<typeof create, typeof patch, typeof item> = {
  path: 'household-members', table: 'householdMembers', objectType: 'household_member', tag: 'Huishouden',
  nameOne: 'huisgenoot', nameMany: 'huisgenoten en kinderen', item, create, patch, deletable: true, orderBy: 'birthDate',
  ownerColumn: 'householdId',
  toInsert: (input) => input,
  check(input, _resident, today, current) {
    notInFuture(input.birthDate, today, 'Een geboortedatum');
    const kind = (input.kind ?? current?.kind) as string;
    const costSharer = (input.costSharer ?? current?.costSharer) as boolean;
    const exemption = (input.costSharerExemption === undefined ? current?.costSharerExemption : input.costSharerExemption) as string | null;
    const age = ageOn((input.birthDate ?? current?.birthDate) as string, today);
    if (kind === 'child' && costSharer) throw badRequest('Een kind is geen kostendeler; leg een meerderjarige huisgenoot vast als huisgenoot.');
    if (costSharer && age < 27) throw badRequest('Alleen huisgenoten van 27 jaar of ouder tellen als kostendeler.');
    if (costSharer && exemption) throw badRequest('Een kostendeler heeft geen uitzonderingsgrond; kies één van beide.');
    if (kind === 'housemate' && age >= 27 && !costSharer && !exemption) {
      throw badRequest('Een huisgenoot van 27 jaar of ouder is kostendeler, tenzij u een uitzonderingsgrond kiest.');
    }
  },
  present: (r) => ({
    id: r.id, version: r.version, kind: r.kind as never, kindLabel: memberKinds.label(String(r.kind)), givenNames: String(r.givenNames),
    birthDate: String(r.birthDate), age: ageOn(String(r.birthDate), todayIso()),
    costSharer: Boolean(r.costSharer), costSharerExemption: (r.costSharerExemption as never) ?? null,
  }),
};
