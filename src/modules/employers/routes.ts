import type { FastifyInstance } from 'fastify';
import { employerDirectoryRoutes } from './employer-routes.ts';
import { opportunityRoutes } from './opportunity-routes.ts';

// Werkgevers en kansen (issue 5): employers with their contact persons, and their opportunities.
export async function employerRoutes(app: FastifyInstance) {
  await app.register(employerDirectoryRoutes);
  await app.register(opportunityRoutes);
}
