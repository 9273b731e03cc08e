import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { problemResponses } from './problem.ts';

const healthSchema = z.object({
  status: z.enum(['ok']),
  version: z.string(),
  storage: z.enum(['pglite', 'postgres']),
}).meta({ id: 'Health' });

export async function healthRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/health', {
    config: { access: { public: true } },
    schema: {
      tags: ['Beheer'],
      summary: 'Gezondheid van de dienst',
      description: 'Antwoordt 200 met de versie en de opslagvorm zolang de database bereikbaar is.',
      response: { 200: healthSchema, 500: problemResponses[500] },
    },
  }, async () => {
    await sql`SELECT 1`.execute(app.database.db);
    return { status: 'ok' as const, version: app.config.version, storage: app.database.mode };
  });
}
