import { canSeeFieldSet } from '../access/permissions.ts';
import type { Actor } from '../access/roles.ts';
import { maskBsn } from '../../rules/bsn.ts';
import { ageOn } from '../../rules/dates.ts';
import { ladderCategory, ladderCategoryLabels, ladderMeasurementDue, ladderStepName } from '../../rules/ladder.ts';
import { targetGroupLabels, type TargetGroupCode } from '../../rules/target-groups.ts';
import type { ResidentDetail } from './schema.ts';
import type { ResidentRow, loadDossierParts } from './store.ts';

export function fullName(p: { givenNames: string; surnamePrefix: string | null; surname: string }): string {
  return [p.givenNames, p.surnamePrefix, p.surname].filter(Boolean).join(' ');
}

/** BSN in full only for roles with the `bsn` field set. */
export function presentBsn(actor: Actor, bsn: string): { bsn: string; masked: boolean } {
  return canSeeFieldSet(actor.role, 'bsn') ? { bsn, masked: false } : { bsn: maskBsn(bsn), masked: true };
}

export function presentLadder(step: number | null, measuredOn: string | null, today: string) {
  const category = ladderCategory(step);
  return {
    step, stepName: step === null ? null : ladderStepName(step), category,
    categoryLabel: ladderCategoryLabels[category], measuredOn, measurementDue: ladderMeasurementDue(measuredOn, today),
  };
}

const memberKindLabels = { partner: 'Partner', child: 'Kind', housemate: 'Huisgenoot' } as const;

export function presentDetail(actor: Actor, r: ResidentRow, parts: Awaited<ReturnType<typeof loadDossierParts>>, today: string): ResidentDetail {
  const bsn = presentBsn(actor, r.bsn);
  return {
    id: r.id,
    bsn: bsn.bsn,
    bsnMasked: bsn.masked,
    givenNames: r.givenNames,
    surnamePrefix: r.surnamePrefix,
    surname: r.surname,
    fullName: fullName(r),
    birthDate: r.birthDate,
    age: ageOn(r.birthDate, today),
    address: { street: r.street, houseNumber: r.houseNumber, houseNumberSuffix: r.houseNumberSuffix, postcode: r.postcode, city: r.city },
    phone: r.phone,
    email: r.email,
    preferredLanguage: r.preferredLanguage,
    household: {
      role: r.householdRole,
      members: [
        ...parts.partners.map((p) => ({ kind: 'partner' as const, kindLabel: memberKindLabels.partner, name: fullName(p), age: ageOn(p.birthDate, today), costSharer: false, residentId: p.id })),
        ...parts.members.map((m) => ({ kind: m.kind, kindLabel: memberKindLabels[m.kind], name: m.givenNames, age: ageOn(m.birthDate, today), costSharer: m.costSharer, residentId: null })),
      ],
    },
    targetGroups: parts.targetGroups.map((g) => ({
      id: g.id, code: g.code as TargetGroupCode, label: targetGroupLabels[g.code as TargetGroupCode], startDate: g.startDate,
      endDate: g.endDate, details: g.details,
    })),
    ladder: presentLadder(r.ladderStep, r.ladderMeasuredOn, today),
    contactPerson: r.contactPersonId ? { id: r.contactPersonId, displayName: r.contactPersonName ?? '' } : null,
    lastContactOn: r.lastContactOn,
    version: r.version,
  };
}
