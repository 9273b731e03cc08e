import { z } from 'zod';
import { badRequest } from '../../../server/problem.ts';
import type { CollectionSpec } from './collection.ts';
import { todayIso } from '../../../rules/dates.ts';
import { needCodes, needLabels, type NeedCode } from '../../../rules/needs.ts';
import { isoDate, labelled, versioned } from './common.ts';

// plan van aanpak: doelen en afgesproken stappen
export const goalStatuses = labelled({ open: 'Lopend', achieved: 'Behaald', dropped: 'Vervallen' });
export const stepStatuses = labelled({ open: 'Open', done: 'Gedaan', cancelled: 'Vervallen' });
export const stepOwners = labelled({ resident: 'Inwoner', consultant: 'Consulent', partner: 'Partnerorganisatie', other: 'Anders' });

const goalItem = z.object({
  ...versioned, title: z.string(), description: z.string(), status: goalStatuses.schema, statusLabel: z.string(),
  targetDate: z.string().nullable(),
  need: z.enum(needCodes).nullable().describe('De behoefte die dit doel beantwoordt; telt mee in de aansluiting van aanbod op behoefte'),
  needLabel: z.string().nullable(),
}).meta({ id: 'PlanGoal' });
const goalCreate = z.object({
  title: z.string().trim().min(3, 'Geef het doel een titel van minstens 3 tekens').max(200),
  description: z.string().trim().max(4000).default(''),
  targetDate: isoDate.nullable().default(null),
  need: z.enum(needCodes).nullable().default(null),
}).strict().meta({ id: 'PlanGoalNew' });
const goalPatch = z.object({
  title: z.string().trim().min(3).max(200), description: z.string().trim().max(4000), status: goalStatuses.schema, targetDate: isoDate.nullable(),
  need: z.enum(needCodes).nullable(),
}).partial().strict().meta({ id: 'PlanGoalChange' });

export const planGoals: CollectionSpec<typeof goalCreate, typeof goalPatch, typeof goalItem> = {
  path: 'plan-goals', table: 'planGoals', objectType: 'plan_goal', tag: 'Plan van aanpak',
  nameOne: 'doel', nameMany: 'doelen', item: goalItem, create: goalCreate, patch: goalPatch, orderBy: 'createdAt',
  toInsert: (input) => input,
  present: (r) => ({
    id: r.id, version: r.version, title: String(r.title), description: String(r.description), status: r.status as never,
    statusLabel: goalStatuses.label(String(r.status)), targetDate: (r.targetDate as string | null) ?? null,
    need: (r.need as NeedCode | null) ?? null, needLabel: r.need ? needLabels[r.need as NeedCode] : null,
  }),
};

const stepItem = z.object({
  ...versioned, goalId: z.string().uuid().nullable(), description: z.string(), owner: stepOwners.schema, ownerLabel: z.string(),
  ownerName: z.string().nullable(), dueOn: z.string(), status: stepStatuses.schema, statusLabel: z.string(),
  completedOn: z.string().nullable(), overdue: z.boolean(),
}).meta({ id: 'PlanStep' });
const stepCreate = z.object({
  goalId: z.string().uuid().nullable().default(null),
  description: z.string().trim().min(3, 'Beschrijf de stap in minstens 3 tekens').max(2000),
  owner: stepOwners.schema,
  ownerName: z.string().trim().max(200).nullable().default(null),
  dueOn: isoDate,
}).strict().meta({ id: 'PlanStepNew' });
const stepPatch = z.object({
  description: z.string().trim().min(3).max(2000), owner: stepOwners.schema, ownerName: z.string().trim().max(200).nullable(),
  dueOn: isoDate, status: stepStatuses.schema,
}).partial().strict().meta({ id: 'PlanStepChange' });

export const planSteps: CollectionSpec<typeof stepCreate, typeof stepPatch, typeof stepItem> = {
  path: 'plan-steps', table: 'planSteps', objectType: 'plan_step', tag: 'Plan van aanpak',
  nameOne: 'stap', nameMany: 'stappen', item: stepItem, create: stepCreate, patch: stepPatch, orderBy: 'dueOn',
  toInsert: (input) => input,
  // A step finished today gets today's date; reopening it clears the date.
  toUpdate: (input, current, today) => ({
    ...input,
    ...(input.status && input.status !== current.status ? { completedOn: input.status === 'done' ? today : null } : {}),
  }),
  async check(input, resident, _today, _current, tx) {
    if (typeof input.goalId === 'string') {
      const goal = await tx.selectFrom('planGoals').select('id').where('id', '=', input.goalId)
        .where('residentId', '=', resident.id).where('municipalityId', '=', resident.municipalityId).executeTakeFirst();
      if (!goal) throw badRequest('Het gekozen doel hoort niet bij het plan van deze inwoner.');
    }
  },
  present: (r) => {
    const today = todayIso();
    return {
      id: r.id, version: r.version, goalId: (r.goalId as string | null) ?? null, description: String(r.description),
      owner: r.owner as never, ownerLabel: stepOwners.label(String(r.owner)), ownerName: (r.ownerName as string | null) ?? null,
      dueOn: String(r.dueOn), status: r.status as never, statusLabel: stepStatuses.label(String(r.status)),
      completedOn: (r.completedOn as string | null) ?? null, overdue: r.status === 'open' && String(r.dueOn) < today,
    };
  },
};
