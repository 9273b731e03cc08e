import type { FastifyInstance } from 'fastify';
import { planGoals, planSteps } from './action-plan.ts';
import { barrierRoutes } from './barriers.ts';
import { registerCollection } from './collection.ts';
import { contactMoments } from './contact-moments.ts';
import { contactPersonRoutes } from './contact-person.ts';
import { householdMembers } from './household-members.ts';
import { ladderRoutes } from './ladder.ts';
import { occupationRoutes } from './occupations.ts';
import { referrals } from './referrals.ts';
import { targetGroups } from './target-groups.ts';
import { timelineRoutes } from './timeline.ts';
import { workProfileRoutes } from './work-profile.ts';

/** Every sub-resource of the resident dossier: /residents/{id}/… */
export async function dossierRoutes(app: FastifyInstance) {
  for (const spec of [contactMoments, referrals, planGoals, planSteps, targetGroups, householdMembers]) {
    registerCollection(app, spec as never);
  }
  await app.register(barrierRoutes);
  await app.register(ladderRoutes);
  await app.register(workProfileRoutes);
  await app.register(contactPersonRoutes);
  await app.register(timelineRoutes);
  await app.register(occupationRoutes);
}
