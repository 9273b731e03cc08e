import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/types.ts';
import { ladderStepName } from '../../../rules/ladder.ts';
import { outcomeLabels, statusLabels } from '../../../rules/trajectory.ts';
import { targetGroupLabels, type TargetGroupCode } from '../../../rules/target-groups.ts';
import type { Actor } from '../../access/roles.ts';
import { DOSSIER_PURPOSE, withResident } from '../guard.ts';
import type { ResidentRow } from '../store.ts';
import { goalStatuses, stepStatuses } from './action-plan.ts';
import { barrierCategories, maySeeHealth } from './barriers.ts';
import { callerOf } from './caller.ts';
import { channels } from './contact-moments.ts';
import { dossierErrors, residentParams } from './params.ts';
import { referralDomains, referralStatuses } from './referrals.ts';
import { unitLabels } from '../../provisions/common.ts';
import { loadTrajectories } from '../../provisions/trajectories/store.ts';
import { placementTimeline } from '../../employers/placements/timeline.ts';

// Tijdlijn: everything in the dossier in date order, newest first.
export const timelineKinds = ['ladder', 'contact', 'referral', 'goal', 'step', 'target_group', 'contact_person', 'wage_value', 'barrier', 'trajectory', 'placement'] as const;
const entry = z.object({
  date: z.string(), kind: z.enum(timelineKinds), title: z.string(), detail: z.string(), objectId: z.string(),
}).meta({ id: 'TimelineEntry' });
type Entry = z.infer<typeof entry>;

const day = (d: Date | string) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

async function collect(tx: Kysely<DB>, actor: Actor, r: ResidentRow): Promise<Entry[]> {
  const m = r.municipalityId;
  const [ladder, contacts, refs, goals, steps, groups, changes, wages, barriers] = await Promise.all([
    tx.selectFrom('ladderMeasurements').selectAll().where('residentId', '=', r.id).where('municipalityId', '=', m).execute(),
    tx.selectFrom('contactMoments').selectAll().where('residentId', '=', r.id).where('municipalityId', '=', m).execute(),
    tx.selectFrom('referrals').selectAll().where('residentId', '=', r.id).where('municipalityId', '=', m).execute(),
    tx.selectFrom('planGoals').selectAll().where('residentId', '=', r.id).where('municipalityId', '=', m).execute(),
    tx.selectFrom('planSteps').selectAll().where('residentId', '=', r.id).where('municipalityId', '=', m).execute(),
    tx.selectFrom('residentTargetGroups').selectAll().where('residentId', '=', r.id).where('municipalityId', '=', m).execute(),
    tx.selectFrom('contactPersonChanges as c').innerJoin('users as u', 'u.id', 'c.toUserId').select(['c.id', 'c.changedAt', 'c.reason', 'u.displayName'])
      .where('c.residentId', '=', r.id).where('c.municipalityId', '=', m).execute(),
    tx.selectFrom('wageValueMeasurements').selectAll().where('residentId', '=', r.id).where('municipalityId', '=', m).execute(),
    tx.selectFrom('barriers').selectAll().where('residentId', '=', r.id).where('municipalityId', '=', m).execute(),
  ]);
  const trajectories = await loadTrajectories(tx, m, { residentId: r.id });
  const placements = await placementTimeline(tx, m, r.id);
  const healthVisible = maySeeHealth(actor, r);
  const entries: Entry[] = [
    ...ladder.map((l) => ({ date: l.measuredOn, kind: 'ladder' as const, title: `Trede ${l.step}: ${ladderStepName(l.step)}`, detail: l.motivation, objectId: l.id })),
    ...contacts.map((c) => ({ date: c.occurredOn, kind: 'contact' as const, title: `Contact: ${channels.label(c.channel)}`, detail: c.note, objectId: c.id })),
    ...refs.map((x) => ({ date: x.referredOn, kind: 'referral' as const, title: `Verwijzing ${referralDomains.label(x.domain)}`, detail: `${referralStatuses.label(x.status)}${x.note ? ` — ${x.note}` : ''}`, objectId: x.id })),
    ...goals.map((g) => ({ date: day(g.createdAt), kind: 'goal' as const, title: `Doel: ${g.title}`, detail: goalStatuses.label(g.status), objectId: g.id })),
    ...steps.map((s) => ({ date: s.completedOn ?? s.dueOn, kind: 'step' as const, title: `Stap: ${s.description}`, detail: s.completedOn ? `${stepStatuses.label(s.status)} op ${s.completedOn}` : `${stepStatuses.label(s.status)}, uiterlijk ${s.dueOn}`, objectId: s.id })),
    ...groups.flatMap((g) => [
      { date: g.startDate, kind: 'target_group' as const, title: `Doelgroep ${targetGroupLabels[g.code as TargetGroupCode]}: begin`, detail: '', objectId: g.id },
      ...(g.endDate ? [{ date: g.endDate, kind: 'target_group' as const, title: `Doelgroep ${targetGroupLabels[g.code as TargetGroupCode]}: einde`, detail: '', objectId: g.id }] : []),
    ]),
    ...changes.map((c) => ({ date: day(c.changedAt), kind: 'contact_person' as const, title: `Nieuwe contactpersoon: ${c.displayName}`, detail: c.reason, objectId: c.id })),
    ...wages.map((w) => ({ date: w.measuredOn, kind: 'wage_value' as const, title: `Loonwaarde ${w.percentage}%`, detail: w.method, objectId: w.id })),
    // Health barriers appear only as "afgeschermd" here; their content needs a stated purpose (barriers route).
    ...barriers.filter((b) => b.category !== 'health' || healthVisible).map((b) => ({
      date: b.since ?? day(b.createdAt), kind: 'barrier' as const, title: `Belemmering: ${barrierCategories.label(b.category)}`,
      detail: b.category === 'health' ? 'Gezondheid (afgeschermd; inzien via belemmeringen met een doel)' : b.description, objectId: b.id,
    })),
    ...trajectories.flatMap((t) => {
      const title = `Traject: ${t.instrumentName ?? t.customTitle} bij ${t.providerName}`;
      return [
        { date: day(t.proposedAt), kind: 'trajectory' as const, title, detail: `Besteld: ${t.units} × ${unitLabels[t.unit]}, status nu: ${statusLabels[t.status].toLowerCase()}`, objectId: t.id },
        ...(t.startedOn ? [{ date: t.startedOn, kind: 'trajectory' as const, title, detail: 'Gestart', objectId: t.id }] : []),
        ...(t.endedOn ? [{ date: t.endedOn, kind: 'trajectory' as const, title, detail: `Beëindigd: ${t.outcome ? outcomeLabels[t.outcome] : ''}${t.outcomeReason ? ` — ${t.outcomeReason}` : ''}`, objectId: t.id }] : []),
        ...t.reports.map((x) => ({ date: x.periodTo, kind: 'trajectory' as const, title: `${x.kindLabel} ${t.providerName}`, detail: x.hoursPlanned !== null ? `${x.hoursAttended} van ${x.hoursPlanned} uur. ${x.summary}` : x.summary, objectId: x.id })),
      ];
    }),
    ...placements,
  ];
  return entries.sort((a, b) => (a.date === b.date ? a.kind.localeCompare(b.kind) : a.date < b.date ? 1 : -1));
}

export async function timelineRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get('/residents/:id/timeline', {
    config: { access: { resource: 'resident', action: 'read', purpose: DOSSIER_PURPOSE } },
    schema: { tags: ['Dossier'], summary: 'Tijdlijn van het dossier', description: 'Alles uit het dossier op datum, nieuwste eerst: ladder, contacten, verwijzingen, plan, doelgroepen, contactpersoon, loonwaarde, belemmeringen, trajecten en plaatsingen.',
      params: residentParams, response: { 200: z.object({ items: z.array(entry) }).meta({ id: 'Timeline' }), ...dossierErrors } },
  }, async (request) => {
    const caller = callerOf(app, request);
    return withResident(caller, 'timeline.read', request.params.id, async (tx, resident) => ({
      value: { items: await collect(tx, caller.actor, resident) },
      audit: { action: 'timeline.read', objectType: 'timeline' },
    }));
  });
}
