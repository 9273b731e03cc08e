import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Configuration comes from the environment only; defaults make `npm start` work on a laptop.
export interface Config {
  port: number;
  host: string;
  production: boolean;
  dataDir: string;
  databaseUrl: string | undefined;
  loadDemo: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  loginAttemptsPerMinute: number;
  /** Benefits per transaction in a payment run (betaalrun). */
  paymentBatchSize: number;
  version: string;
}

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
export const appVersion: string = pkg.version;

function intFrom(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`Ongeldige numerieke instelling: ${value}`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    port: intFrom(env.PORT, 3000),
    host: env.HOST ?? '127.0.0.1',
    production,
    dataDir: resolve(env.MEEDOEN_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    // Demo data never loads by itself in production.
    loadDemo: env.MEEDOEN_DEMO !== undefined ? env.MEEDOEN_DEMO !== '0' : !production,
    sessionIdleMinutes: intFrom(env.MEEDOEN_SESSION_IDLE_MINUTES, 30),
    sessionAbsoluteHours: intFrom(env.MEEDOEN_SESSION_ABSOLUTE_HOURS, 8),
    loginAttemptsPerMinute: intFrom(env.MEEDOEN_LOGIN_ATTEMPTS_PER_MINUTE, 10),
    paymentBatchSize: intFrom(env.MEEDOEN_PAYMENT_BATCH_SIZE, 1000),
    version: appVersion,
  };
}
