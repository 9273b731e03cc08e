import type { FastifyInstance } from 'fastify';
import { budgetRoutes } from './budget/routes.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import { supplyRoutes } from './supply/routes.ts';
import { trajectoryRoutes } from './trajectories/routes.ts';

// Catalogue, providers, trajectories, partner reports, budget, supply and need.
export async function provisionRoutes(app: FastifyInstance) {
  await app.register(catalogueRoutes);
  await app.register(trajectoryRoutes);
  await app.register(budgetRoutes);
  await app.register(supplyRoutes);
}
