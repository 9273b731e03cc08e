import type { FastifyInstance } from 'fastify';

// Werkgevers en kansen: routes are added here.
export async function employerRoutes(_app: FastifyInstance) {}
