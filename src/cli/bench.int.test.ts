import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../db/testing.ts';
import { loadDemoRegionIfEmpty } from '../demo/seed.ts';
import { verifyAuditChains } from '../modules/access/audit/verify.ts';
import type { BenchReport } from './bench.ts';
import { runCli } from './program.ts';
import { dropTestDatabase, recordingIO } from './testing.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
const dir = mkdtempSync(join(tmpdir(), 'meedoen-bench-'));
beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoRegionIfEmpty(database.db, { production: false });
});
afterAll(async () => {
  await dropTestDatabase(database);
  rmSync(dir, { recursive: true, force: true });
});

describe('meedoen bench (smoke test: 1 s per measurement on the demo region)', () => {
  it('refuses politely when there is no work consultant with a caseload', async () => {
    const empty = await openTestDatabase();
    try {
      const cli = recordingIO(empty);
      expect(await runCli(['bench', '--duration', '1'], cli.io)).toBe(1);
      expect(cli.err()).toContain('Geen consulent werk (demo-account) met een caseload gevonden');
    } finally {
      await dropTestDatabase(empty);
    }
  });

  it('measures every line and its floors and writes the JSON', async () => {
    const file = join(dir, 'bench.json');
    const cli = recordingIO(database);
    expect(await runCli(['bench', '--duration', '1', '--connections', '2', '--json', file], cli.io)).toBe(0);
    const report = JSON.parse(readFileSync(file, 'utf8')) as BenchReport;
    expect(report.lines.map((l) => l.name)).toEqual(['caseload', 'caseloadFiltered', 'search', 'dossier', 'matchCandidates', 'batchAssignment', 'paymentRun', 'dashboard', 'dashboardRegion']);
    for (const line of report.lines) {
      const floors = line.name === 'batchAssignment' ? ['scoreMatrix'] : line.name === 'paymentRun' ? ['insertSelect'] : ['sql', 'sqlAudit', 'fastify'];
      expect(Object.keys(line.floors)).toEqual(floors);
      for (const m of [line.app, ...Object.values(line.floors)]) {
        expect(m.count).toBeGreaterThan(0);
        expect(m.errors).toBe(0);
        expect(typeof m.p50).toBe('number');
        expect(typeof m.p95).toBe('number');
        expect(m.p95).toBeGreaterThanOrEqual(m.p50);
        expect(m.reqPerSec).toBeGreaterThan(0);
      }
      for (const kind of floors) expect(Number.isFinite(line.ratioP95[kind as keyof typeof line.ratioP95])).toBe(true);
    }
    // The batch line runs through the service (its pool is larger than a request may carry); the others over HTTP.
    expect(report.lines.map((l) => l.app.kind)).toEqual(['app', 'app', 'app', 'app', 'app', 'service', 'service', 'app', 'app']);
    expect(report.lines[5].description).toMatch(/plaatsen in \d+ kansen, pool van \d+ inwoners/);
    expect(report.machine.cpus).toBeGreaterThan(0);
    expect(report.machine.node).toBe(process.version);
    expect(report.storage.mode).toBe(database.mode);
    const residents = await database.db.selectFrom('residents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(report.rowCounts.residents).toBe(Number(residents.n));
    expect(report.settings).toMatchObject({ durationSeconds: 1, connections: 2 });
    expect(report.user.role).toBe('work_consultant');
    expect(report.user.caseload).toBeGreaterThan(0);
    // The table for people, on stdout because the JSON went to a file.
    expect(cli.out()).toContain('app-p95 / vloer-p95');
    expect(cli.out()).toMatch(/caseload\s+app \(HTTP\)/);
    expect(cli.out()).toMatch(/dossier\s+app \(HTTP\)/);
    expect(cli.out()).toMatch(/matchCandidates\s+app \(HTTP\)/);
    expect(cli.out()).toMatch(/batchAssignment\s+service \(zonder HTTP\)/);
    expect(cli.out()).toMatch(/vloer scorematrix/);
    // The payment run pays every active benefit of the demo once, next to the bare INSERT … SELECT of as many rows,
    // and leaves no run or payment behind.
    const benefits = await database.db.selectFrom('benefits').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'active').executeTakeFirstOrThrow();
    expect(report.lines[6].app.count).toBeGreaterThanOrEqual(Number(benefits.n) - 5);
    expect(report.lines[6].floors.insertSelect!.count).toBe(Number(benefits.n));
    expect(cli.out()).toMatch(/paymentRun\s+service \(zonder HTTP\)/);
    expect(cli.out()).toMatch(/vloer INSERT … SELECT/);
    expect(cli.out()).toMatch(/dashboardRegion\s+app \(HTTP\)/);
    expect(report.lines[8].description).toMatch(/^Regiodashboard \(2 gemeenten\) voor een beleidsmedewerker; tellen vooraf .*; eerste verzoek \(dashboard van .*\) na het tellen: \d+ ms$/);
    expect(await database.db.selectFrom('paymentRuns').select('id').where('startedVia', 'like', 'meedoen bench%').execute()).toEqual([]);
    // Every measured read was audited, and the chain still holds.
    const audit = await verifyAuditChains(database.db);
    expect(audit.firstBroken).toBeNull();
    expect(audit.events).toBeGreaterThan(report.lines[0].app.count);
  });

  it('measures only the lines asked with --only, next to their floors', async () => {
    const file = join(dir, 'bench-only.json');
    const cli = recordingIO(database);
    expect(await runCli(['bench', '--duration', '1', '--connections', '2', '--only', 'dashboardRegion', '--json', file], cli.io)).toBe(0);
    const report = JSON.parse(readFileSync(file, 'utf8')) as BenchReport;
    expect(report.lines.map((l) => l.name)).toEqual(['dashboardRegion']);
    expect(Object.keys(report.lines[0].floors)).toEqual(['sql', 'sqlAudit', 'fastify']);
    expect(report.lines[0].app.count).toBeGreaterThan(0);
    expect(cli.out()).not.toMatch(/caseload\s+app \(HTTP\)/);
  });
});
