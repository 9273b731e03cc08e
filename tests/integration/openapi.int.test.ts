import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';

const run = promisify(execFile);
const ruleset = join(import.meta.dirname, '../../../shared/standards/api-design-rules/spectral.yml');
const spectral = join(import.meta.dirname, '../../node_modules/.bin/spectral');

let t: TestApp;
let document: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
beforeAll(async () => {
  t = await startTestApp({ demo: false });
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['api-version']).toBe(t.app.config.version);
  document = res.json();
});
afterAll(() => t.close());

describe('GET /api/v1/openapi.json', () => {
  it('is public and describes every API route relative to the versioned server URL', () => {
    expect(document.servers[0].url).toMatch(/\/api\/v1$/);
    const documented = Object.entries<Record<string, unknown>>(document.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} /api/v1${path.replace(/\{(\w+)\}/g, ':$1')}`));
    const registered = t.app.routeRegistry.filter((r) => r.url.startsWith('/api/v1/') && r.url !== '/api/v1/openapi.json')
      .map((r) => `${r.method} ${r.url}`);
    expect(documented.sort()).toEqual([...new Set(registered)].sort());
  });

  it('documents the API-Version header on success and problem+json on errors', () => {
    const login = document.paths['/sessions'].post.responses;
    expect(login['201'].headers['API-Version']).toBeDefined();
    expect(Object.keys(login['401'].content)).toEqual(['application/problem+json']);
  });

  async function lint(doc: unknown): Promise<string[]> {
    const file = join(mkdtempSync(join(tmpdir(), 'meedoen-openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    // Spectral exits non-zero when it finds errors; the JSON report tells which.
    const { stdout } = await run(spectral, ['lint', file, '--ruleset', ruleset, '--format', 'json', '--quiet', '--fail-severity', 'error'])
      .catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    const results = JSON.parse(stdout || '[]') as { code: string; severity: number; path: string[] }[];
    return results.filter((r) => r.severity === 0).map((r) => `${r.code} ${r.path.join('.')}`);
  }

  it('passes the NL API Design Rules linter (Spectral, ADR ruleset) without errors', async () => {
    expect(await lint(document)).toEqual([]);
  }, 60_000);

  it('would fail the linter if an answer lost its API-Version header (the check can fail)', async () => {
    const broken = structuredClone(document);
    delete broken.paths['/health'].get.responses['200'].headers;
    expect(await lint(broken)).toContain('nlgov:missing-header paths./health.get.responses.200');
  }, 60_000);
});
