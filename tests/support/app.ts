import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/config.ts';
import { openTestDatabase } from '../../src/db/testing.ts';
import { loadDemoRegionIfEmpty } from '../../src/demo/seed.ts';
import { buildApp } from '../../src/server/app.ts';

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

/** The whole app on a fresh database with the demo region, driven with app.inject (no network). */
export async function startTestApp(options: { demo?: boolean; config?: Partial<Config>; logger?: Parameters<typeof buildApp>[0]['logger']; extraRoutes?: (app: FastifyInstance) => void } = {}) {
  const database = await openTestDatabase();
  if (options.demo !== false) await loadDemoRegionIfEmpty(database.db, { production: false });
  const config = { ...loadConfig({}), loginAttemptsPerMinute: 1000, ...options.config };
  const app = await buildApp({ config, database, logger: options.logger ?? false, extraRoutes: options.extraRoutes });

  /** Logs in and returns the session cookie header value. */
  async function login(username: string, password = 'meedoen-demo'): Promise<string> {
    const res = await app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username, password } });
    if (res.statusCode !== 201) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'meedoen_sessie');
    return `meedoen_sessie=${cookie!.value}`;
  }

  async function close() {
    await app.close();
    await database.drop();
  }
  return { app, database, db: database.db, login, close };
}
