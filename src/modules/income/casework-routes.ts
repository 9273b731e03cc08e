import type { FastifyInstance } from 'fastify';
import { applicationRoutes } from './applications/routes.ts';
import { portalIncomeRoutes } from './applications/portal.ts';
import { changeRoutes } from './changes/routes.ts';
import { benefitRoutes } from './decisions/benefit-routes.ts';
import { decisionRoutes } from './decisions/routes.ts';

// Income casework: applications, decisions, the benefits they are about, and the changes residents report.
export async function incomeCaseworkRoutes(app: FastifyInstance) {
  await app.register(applicationRoutes);
  await app.register(portalIncomeRoutes);
  await app.register(decisionRoutes);
  await app.register(benefitRoutes);
  await app.register(changeRoutes);
}
