import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresTestUrl, testDatabaseKind } from '../../src/db/testing.ts';
import { startServerProcess } from '../support/server-process.ts';

// The real start-up path (src/server/main.ts): migrations at start, demo region once, data kept across restarts.
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => { for (const c of cleanups.reverse()) await c(); });

async function storageEnv(): Promise<Record<string, string>> {
  if (testDatabaseKind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'meedoen-start-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return { MEEDOEN_DATA_DIR: dir };
  }
  const name = `meedoen_start_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: postgresTestUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const a = new pg.Client({ connectionString: postgresTestUrl });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  });
  const url = new URL(postgresTestUrl);
  url.pathname = `/${name}`;
  return { DATABASE_URL: url.toString() };
}

async function loginAndCount(base: string) {
  const login = await fetch(`${base}/api/v1/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'income_consultant@voorbeeld', password: 'meedoen-demo' }),
  });
  if (login.status !== 201) return { login: login.status, total: -1 };
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const list = await fetch(`${base}/api/v1/residents?view=all&pageSize=1`, { headers: { cookie } });
  return { login: login.status, total: (await list.json()).total as number };
}

describe(`start-up on ${testDatabaseKind}`, () => {
  it('migrates, loads the demo region once, reports health and keeps data across a restart', async () => {
    const env = await storageEnv();
    const first = await startServerProcess(env);
    cleanups.push(() => first.stop());
    const health = await fetch(`${first.url}/api/v1/health`);
    expect(health.headers.get('api-version')).toBe('0.1.0');
    expect(await health.json()).toEqual({ status: 'ok', version: '0.1.0', storage: testDatabaseKind });
    const before = await loginAndCount(first.url);
    expect(before.login).toBe(201);
    expect(before.total).toBeGreaterThan(462);
    await first.stop();

    const second = await startServerProcess(env);
    cleanups.push(() => second.stop());
    const after = await loginAndCount(second.url);
    expect(after.total).toBe(before.total);  // not loaded twice
    await second.stop();
  });

  it('starts empty with MEEDOEN_DEMO=0', async () => {
    const server = await startServerProcess({ ...(await storageEnv()), MEEDOEN_DEMO: '0' });
    cleanups.push(() => server.stop());
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
    expect((await loginAndCount(server.url)).login).toBe(401);
    await server.stop();
  });
});
