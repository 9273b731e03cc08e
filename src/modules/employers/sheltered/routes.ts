import type { FastifyInstance } from 'fastify';

// Taakstelling nieuw beschut werk: routes are added here.
export async function shelteredWorkRoutes(_app: FastifyInstance) {}
