import type { FastifyInstance } from 'fastify';

// Matching: routes are added here.
export async function matchingRoutes(_app: FastifyInstance) {}
