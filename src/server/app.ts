import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import type { SessionPolicy } from '../modules/access/sessions.ts';
import { accessRoutes } from '../modules/access/routes.ts';
import { placementRoutes } from '../modules/employers/placements/routes.ts';
import { employerRoutes } from '../modules/employers/routes.ts';
import { shelteredWorkRoutes } from '../modules/employers/sheltered/routes.ts';
import { benefitCalculationRoutes } from '../modules/income/calculations/routes.ts';
import { incomeCaseworkRoutes } from '../modules/income/casework-routes.ts';
import { benefitCheckRoutes } from '../modules/income/checks/routes.ts';
import { outflowSignalRoutes } from '../modules/income/outflow/routes.ts';
import { paymentRoutes } from '../modules/income/payments/routes.ts';
import { matchingRoutes } from '../modules/matching/routes.ts';
import { provisionRoutes } from '../modules/provisions/routes.ts';
import { residentRoutes } from '../modules/residents/routes.ts';
import { assessmentRoutes } from '../modules/steering/assessment/routes.ts';
import { cbsExportRoutes } from '../modules/steering/cbs/routes.ts';
import { dashboardRoutes } from '../modules/steering/dashboards/routes.ts';
import { financeRoutes } from '../modules/steering/finance/routes.ts';
import { forecastRoutes } from '../modules/steering/forecasts/routes.ts';
import { councilReportRoutes } from '../modules/steering/reports/routes.ts';
import { registerErrorHandling, sendProblem } from './errors.ts';
import { loggerOptions } from './logging.ts';
import { API_VERSION_HEADER, openApiOptions, openApiRoute } from './openapi.ts';
import { accessPlugin } from './plugins/access.ts';
import { healthRoutes } from './health.ts';

// Dutch validation messages from zod's own locale.
z.config(z.locales.nl());

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    config: Config;
    sessionPolicy: SessionPolicy;
  }
}

export interface AppOptions {
  config: Config;
  database: Database;
  logger?: FastifyServerOptions['logger'];
  /** Tests add routes before the app is ready, e.g. an undeclared one to prove it is refused. */
  extraRoutes?: (app: FastifyInstance) => void;
}

// MEEDOEN_WEB_DIST lets parallel test runs build and serve their own copy of the web app.
const webDist = process.env.MEEDOEN_WEB_DIST ?? fileURLToPath(new URL('../../web/dist/', import.meta.url));

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? loggerOptions(process.env.LOG_LEVEL ?? 'info'),
    bodyLimit: 256 * 1024,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: process.env.MEEDOEN_TRUST_PROXY === '1',
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.decorate('database', options.database);
  app.decorate('config', options.config);
  app.decorate('sessionPolicy', {
    idleMinutes: options.config.sessionIdleMinutes,
    absoluteHours: options.config.sessionAbsoluteHours,
    production: options.config.production,
  });

  registerErrorHandling(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header(API_VERSION_HEADER, options.config.version);
    reply.header('X-Request-Id', request.id);
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
  });

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, openApiOptions(options.config));
  await app.register(accessPlugin);

  await app.register(healthRoutes, { prefix: '/api/v1' });
  await app.register(openApiRoute, { prefix: '/api/v1' });
  await app.register(accessRoutes, { prefix: '/api/v1' });
  await app.register(residentRoutes, { prefix: '/api/v1' });
  await app.register(provisionRoutes, { prefix: '/api/v1' });
  await app.register(assessmentRoutes, { prefix: '/api/v1' });
  await app.register(financeRoutes, { prefix: '/api/v1' });
  await app.register(forecastRoutes, { prefix: '/api/v1' });
  await app.register(dashboardRoutes, { prefix: '/api/v1' });
  await app.register(cbsExportRoutes, { prefix: '/api/v1' });
  await app.register(councilReportRoutes, { prefix: '/api/v1' });
  await app.register(employerRoutes, { prefix: '/api/v1' });
  await app.register(matchingRoutes, { prefix: '/api/v1' });
  await app.register(placementRoutes, { prefix: '/api/v1' });
  await app.register(shelteredWorkRoutes, { prefix: '/api/v1' });
  await app.register(benefitCalculationRoutes, { prefix: '/api/v1' });
  await app.register(incomeCaseworkRoutes, { prefix: '/api/v1' });
  await app.register(outflowSignalRoutes, { prefix: '/api/v1' });
  await app.register(paymentRoutes, { prefix: '/api/v1' });
  await app.register(benefitCheckRoutes, { prefix: '/api/v1' });
  options.extraRoutes?.(app);

  const spa = existsSync(webDist);
  if (spa) await app.register(fastifyStatic, { root: webDist, wildcard: false });
  // Unknown API paths get a problem; with the web app built, every other GET gets its index page.
  app.setNotFoundHandler((request, reply) => {
    if (!spa || request.url.startsWith('/api/') || request.method !== 'GET') {
      return sendProblem(reply, request, 404, 'Niet gevonden', 'Deze pagina of dit adres bestaat niet.');
    }
    return reply.type('text/html').sendFile('index.html');
  });
  await app.ready();
  return app;
}
