import type { FastifyInstance } from 'fastify';

// Plaatsingen: routes are added here.
export async function placementRoutes(_app: FastifyInstance) {}
