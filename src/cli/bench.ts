import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import type { AuditContext } from '../modules/access/audit/store.ts';
import { demoPassword } from '../modules/access/passwords.ts';
import { scopeFor } from '../modules/access/permissions.ts';
import type { Actor, Role } from '../modules/access/roles.ts';
import { listFilterFor, listForActor, readForActor } from '../modules/residents/service.ts';
import type { ResidentListQuery } from '../modules/residents/schema.ts';
import { findResident, listResidents, loadDossierParts } from '../modules/residents/store.ts';
import { todayIso } from '../rules/dates.ts';
import { buildApp } from '../server/app.ts';
import { dashboardLines } from './bench-dashboards.ts';
import { batchAssignmentLine, matchCandidatesLine } from './bench-matching.ts';
import { ensureBenefits, paymentRunLine } from './bench-payments.ts';
import { round, summarise } from './stats.ts';

// `meedoen bench`: how fast the two hottest reads are on this machine and this database, next to two floors
// measured the same way on the same machine: (1) the same SQL without HTTP, (2) HTTP without any work.
// The ratio app-p95 / floor-p95 says where the time goes. It is a measurement, never a test: it does not fail
// on numbers. Side effects on the measured database: one session, one login attempt and an audit row per
// request (the app audits every read, and so does the "SQL + audit" floor, which runs the service itself).

export interface BenchOptions {
  durationSeconds: number;
  connections: number;
  /** Requests per line before measuring (JIT, caches, pool); not counted. */
  warmupRequests?: number;
  log?: (line: string) => void;
  /** Setup for the paymentRun line: make sure this many active benefits exist (a generated population has none). */
  benefits?: number;
  /** Measure only these lines (the bare Fastify floor is always measured: every HTTP line is set next to it). */
  only?: readonly BenchLineName[];
}

export const benchLineNames = [
  'caseload', 'caseloadFiltered', 'search', 'dossier', 'matchCandidates', 'batchAssignment', 'paymentRun', 'dashboard', 'dashboardRegion',
] as const;
export type BenchLineName = (typeof benchLineNames)[number];

export type MeasurementKind = 'app' | 'service' | 'sql' | 'sqlAudit' | 'fastify' | 'scoreMatrix' | 'insertSelect';
export type FloorKind = Exclude<MeasurementKind, 'app' | 'service'>;
export const measurementLabels: Record<MeasurementKind, string> = {
  app: 'app (HTTP)',
  service: 'service (zonder HTTP)',
  sql: 'vloer SQL (lezen)',
  sqlAudit: 'vloer SQL + audit',
  fastify: 'vloer Fastify (kaal)',
  scoreMatrix: 'vloer scorematrix',
  insertSelect: 'vloer INSERT … SELECT',
};

export interface Measurement {
  kind: MeasurementKind;
  description: string;
  /** Successful requests or operations. */
  count: number;
  /** Failed ones (non-2xx, connection errors, exceptions). */
  errors: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  reqPerSec: number;
}

export interface BenchLine {
  name: BenchLineName;
  description: string;
  request: string;
  /** The measured operation: over HTTP (kind 'app'), or the service itself where HTTP cannot carry it (kind 'service'). */
  app: Measurement;
  floors: Partial<Record<FloorKind, Measurement>>;
  /** app p95 / floor p95, per floor measured. */
  ratioP95: Partial<Record<FloorKind, number>>;
}

export interface BenchReport {
  tool: 'meedoen bench';
  version: string;
  startedAt: string;
  /** The code measured: commit and whether the working tree had changes on top of it (null outside git). */
  code: { commit: string; dirty: boolean } | null;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string; arch: string; osRelease: string };
  storage: { mode: Database['mode']; description: string; server: string };
  rowCounts: Record<string, number>;
  settings: { durationSeconds: number; connections: number; warmupRequests: number; poolNote: string };
  user: { username: string; role: Role; caseload: number };
  lines: BenchLine[];
}

export class BenchRefused extends Error {}

/** The work consultant with the largest caseload who can log in with the demo password. */
async function pickConsultant(db: Database['db']) {
  const row = await db.selectFrom('residents')
    .innerJoin('users', 'users.id', 'residents.contactPersonId')
    .select(['users.id', 'users.username', 'users.displayName', 'users.role', 'users.municipalityId', 'users.organisationId', 'users.teamId', 'users.residentId'])
    .select((eb) => eb.fn.countAll<number>().as('caseload'))
    .where('users.role', '=', 'work_consultant').where('users.isDemo', '=', true).where('users.active', '=', true)
    .groupBy(['users.id', 'users.username', 'users.displayName', 'users.role', 'users.municipalityId', 'users.organisationId', 'users.teamId', 'users.residentId'])
    .orderBy(sql`count(*)`, 'desc').orderBy('users.username').limit(1).executeTakeFirst();
  if (!row) {
    throw new BenchRefused('Geen consulent werk (demo-account) met een caseload gevonden. Vul de database eerst met ' +
      '`meedoen demo` of `meedoen generate --residents N`.');
  }
  const actor: Actor = {
    userId: row.id, username: row.username, displayName: row.displayName, role: row.role as Role,
    municipalityId: row.municipalityId, organisationId: row.organisationId, teamId: row.teamId, residentId: row.residentId,
  };
  return { actor, caseload: Number(row.caseload) };
}

async function countRows(db: Database['db']): Promise<Record<string, number>> {
  const tables = ['municipalities', 'users', 'households', 'residents', 'resident_target_groups', 'ladder_measurements', 'household_members',
    'work_profiles', 'resident_skills', 'opportunities', 'benefits', 'audit_events'];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const r = await sql<{ n: number }>`SELECT count(*)::bigint AS n FROM ${sql.raw(table)}`.execute(db);
    counts[table] = Number(r.rows[0].n);
  }
  return counts;
}

function measurement(kind: MeasurementKind, description: string, latencies: number[], errors: number, seconds: number): Measurement {
  const s = summarise(latencies);
  return {
    kind, description, count: s.count, errors, seconds: round(seconds),
    p50: round(s.p50), p95: round(s.p95), p99: round(s.p99), mean: round(s.mean), max: round(s.max),
    reqPerSec: round(s.count / seconds),
  };
}

/** Drives a URL with autocannon; latencies of 2xx answers are recorded per response. */
async function cannon(kind: MeasurementKind, description: string, base: string, o: { connections: number; duration?: number; amount?: number; headers?: Record<string, string>; path: () => string }): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const instance = autocannon({
    url: base, connections: o.connections, timeout: 30,
    ...(o.amount !== undefined ? { amount: o.amount } : { duration: o.duration }),
    ...(o.headers ? { headers: o.headers } : {}),
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: o.path() }) }],
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else errors += 1;
  });
  const result = await instance;
  errors += result.errors ?? 0;
  const seconds = o.duration ?? (performance.now() - started) / 1000;
  return measurement(kind, description, latencies, errors, Math.max(seconds, 1e-3));
}

/** C workers call `op` back to back for the duration; each call's time is one latency sample. */
async function loop(kind: MeasurementKind, description: string, o: { connections: number; duration: number }, op: (i: number) => Promise<unknown>): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: unknown = null;
  const started = performance.now();
  const end = started + o.duration * 1000;
  let next = 0;
  await Promise.all(Array.from({ length: o.connections }, async () => {
    while (performance.now() < end) {
      const i = next++;
      const t0 = performance.now();
      try {
        await op(i);
        latencies.push(performance.now() - t0);
      } catch (error) {
        errors += 1;
        firstError ??= error;
      }
    }
  }));
  if (firstError && latencies.length === 0) throw firstError;
  return measurement(kind, description, latencies, errors, (performance.now() - started) / 1000);
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

async function logIn(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: demoPassword }),
  });
  if (res.status !== 201) {
    throw new BenchRefused(`Inloggen als ${username} met het demowachtwoord lukte niet (HTTP ${res.status}). ` +
      'bench gebruikt een demo-account van een consulent werk.');
  }
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('meedoen_sessie='));
  if (!cookie) throw new BenchRefused('Geen sessiecookie ontvangen na inloggen.');
  return cookie;
}

async function expectOk(base: string, path: string, cookie: string) {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`Controleverzoek ${path} gaf HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`);
}

function ratio(a: number, b: number): number {
  return b > 0 && Number.isFinite(a) && Number.isFinite(b) ? round(a / b) : Number.NaN;
}

function serverVersion(database: Database): Promise<string> {
  return sql<{ v: string }>`SELECT version() AS v`.execute(database.db).then((r) => r.rows[0].v).catch(() => 'onbekend');
}

export async function runBench(database: Database, description: string, config: Config, options: BenchOptions): Promise<BenchReport> {
  const log = options.log ?? (() => undefined);
  const { durationSeconds: duration, connections } = options;
  const warmupRequests = options.warmupRequests ?? Math.max(50, connections * 10);
  const db = database.db;
  const startedAt = new Date().toISOString();
  const wanted = (name: BenchLineName) => !options.only || options.only.includes(name);
  const residentLines = (['caseload', 'caseloadFiltered', 'search', 'dossier'] as const).filter(wanted);

  if (options.benefits) log(`${await ensureBenefits(db, options.benefits, log)} uitkeringen aangemaakt voor de betaalrun.`);
  log('Rijen tellen en een consulent met caseload kiezen…');
  const rowCounts = await countRows(db);
  const { actor, caseload } = await pickConsultant(db);
  const caseloadRows = await db.selectFrom('residents').select(['id', 'surname'])
    .where('municipalityId', '=', actor.municipalityId).where('contactPersonId', '=', actor.userId).orderBy('id').execute();
  const ids = caseloadRows.map((r) => r.id);
  const surnames = caseloadRows.map((r) => r.surname).filter((n) => n.length >= 3);
  log(`Consulent: ${actor.username} (caseload ${caseload} ${caseload === 1 ? 'inwoner' : 'inwoners'}).`);

  const app = await buildApp({ config: { ...config, production: false, loginAttemptsPerMinute: 1_000_000 }, database, logger: false });
  const bare = Fastify({ logger: false });
  bare.get('/vloer', async () => ({ status: 'ok', items: [] }));
  try {
    const base = await listen(app);
    const bareBase = await listen(bare);
    const cookie = await logIn(base, actor.username);
    const headers = { cookie };
    const caseloadPath = '/api/v1/residents?pageSize=25';
    await expectOk(base, caseloadPath, cookie);
    await expectOk(base, `/api/v1/residents/${ids[0]}`, cookie);

    // Same inputs for HTTP and SQL: the caseload page, and the caseload's dossiers in turn.
    let d = 0;
    const nextDossier = () => `/api/v1/residents/${ids[d++ % ids.length]}`;
    const today = todayIso();
    const listScope = scopeFor(actor.role, 'resident', 'list')!;
    const readScope = scopeFor(actor.role, 'resident', 'read')!;
    const ctx = (): AuditContext => ({
      municipalityId: actor.municipalityId, actorUserId: actor.userId, actorRole: actor.role, organisationId: actor.organisationId,
      requestId: `bench-${randomUUID()}`, origin: 'meedoen bench',
    });
    const query: ResidentListQuery = { sort: 'name', page: 1, pageSize: 25 };
    // Filtered: residents in the middle of the ladder without contact for 30 days, longest-waiting first.
    const filtered: ResidentListQuery = { ...query, ladderCategory: 'arbeidsactivering', contactOlderThanDays: 30, sort: 'lastContact' };
    const filteredPath = '/api/v1/residents?ladderCategory=arbeidsactivering&contactOlderThanDays=30&sort=lastContact&pageSize=25';
    // Search: the first three letters of surnames in the caseload, in turn (a consultant typing a name).
    const prefixes = [...new Set(surnames.map((n) => n.slice(0, 3).toLowerCase()))].slice(0, 50);
    let sIndex = 0;
    const searchQuery = (i: number): ResidentListQuery => ({ ...query, q: prefixes[i % prefixes.length] });
    const nextSearch = () => `/api/v1/residents?q=${encodeURIComponent(prefixes[sIndex++ % prefixes.length])}&pageSize=25`;
    const storeFilter = (q: ResidentListQuery) => listFilterFor(actor, 'caseload', q, today);
    const run = { connections, duration };

    log(`Opwarmen (${warmupRequests} verzoeken per regel)…`);
    if (residentLines.length) {
      await cannon('app', 'opwarmen', base, { connections, amount: warmupRequests, headers, path: () => caseloadPath });
      await cannon('app', 'opwarmen', base, { connections, amount: warmupRequests, headers, path: nextDossier });
    }
    await cannon('fastify', 'opwarmen', bareBase, { connections, amount: warmupRequests, path: () => '/vloer' });

    log(`Meten: kale Fastify-route, ${duration} s…`);
    const fastify = await cannon('fastify', 'GET /vloer op een kale Fastify-instantie: vaste kleine JSON, geen database', bareBase, { ...run, path: () => '/vloer' });

    const lines: BenchLine[] = [];
    const measureLine = async (
      name: BenchLine['name'], lineDescription: string, request: string, path: () => string,
      sqlOp: (i: number) => Promise<unknown>, serviceOp: (i: number) => Promise<unknown>,
    ) => {
      if (!wanted(name)) return;
      log(`Meten: ${name} via HTTP, ${duration} s…`);
      const appM = await cannon('app', `${request} via HTTP op de echte app (sessie, rechten, audit, JSON)`, base, { ...run, headers, path });
      log(`Meten: ${name} rechtstreeks in SQL, ${duration} s…`);
      const sqlM = await loop('sql', 'dezelfde leesquery\'s van de store in één transactie, zonder HTTP en zonder auditregel', run, sqlOp);
      log(`Meten: ${name} SQL + auditregel, ${duration} s…`);
      const auditM = await loop('sqlAudit', 'de service zelf: dezelfde query\'s plus de auditregel in dezelfde transactie, zonder HTTP', run, serviceOp);
      lines.push({
        name, description: lineDescription, request, app: appM, floors: { sql: sqlM, sqlAudit: auditM, fastify },
        ratioP95: { sql: ratio(appM.p95, sqlM.p95), sqlAudit: ratio(appM.p95, auditM.p95), fastify: ratio(appM.p95, fastify.p95) },
      });
    };

    await measureLine('caseload', 'Caseloadpagina: eerste 25 inwoners van de eigen caseload, op naam', `GET ${caseloadPath}`, () => caseloadPath,
      () => db.transaction().execute((tx) => listResidents(tx, storeFilter(query))),
      () => listForActor(db, actor, listScope, ctx(), query));

    await measureLine('caseloadFiltered', 'Caseload met filters: ladder arbeidsactivering, 30+ dagen geen contact, langst wachtend eerst', `GET ${filteredPath}`, () => filteredPath,
      () => db.transaction().execute((tx) => listResidents(tx, storeFilter(filtered))),
      () => listForActor(db, actor, listScope, ctx(), filtered));

    await measureLine('search', `Zoeken op naam in de caseload: ${prefixes.length} achternaamvoorvoegsels van 3 letters, beurtelings`, 'GET /api/v1/residents?q={naam}', nextSearch,
      (i) => db.transaction().execute((tx) => listResidents(tx, storeFilter(searchQuery(i)))),
      (i) => listForActor(db, actor, listScope, ctx(), searchQuery(i)));

    await measureLine('dossier', 'Dossier lezen: één inwoner uit de caseload (beurtelings) met huishouden en doelgroepen', 'GET /api/v1/residents/{id}', nextDossier,
      async (i) => {
        const id = ids[i % ids.length];
        await findResident(db, actor.municipalityId, id);  // the scope check before the transaction, as the service does
        await db.transaction().execute(async (tx) => {
          const resident = await findResident(tx, actor.municipalityId, id);
          if (!resident) throw new Error('inwoner niet gevonden');
          return loadDossierParts(tx, actor.municipalityId, resident);
        });
      },
      (i) => readForActor(db, actor, readScope, ctx(), ids[i % ids.length]));

    // Matching (issue 5): candidates for an opportunity over HTTP, and a batch assignment through the service.
    const harness = { db, actor, base, headers, run, fastify, log, cannon, loop, ratio, warmupRequests };
    if (wanted('matchCandidates')) lines.push(await matchCandidatesLine(harness));
    if (wanted('batchAssignment')) lines.push(await batchAssignmentLine(harness));
    // Payment run (issue 6): every active benefit of a month, next to one bare INSERT … SELECT of the same rows.
    const paymentLine = wanted('paymentRun') ? await paymentRunLine(database, log) : null;
    if (paymentLine) lines.push(paymentLine);
    // Dashboards (issue 7): the municipality's and the region's, as a policy analyst sees them.
    const dashboards = (['dashboard', 'dashboardRegion'] as const).filter(wanted);
    if (dashboards.length) lines.push(...await dashboardLines(harness, dashboards));

    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const cpus = os.cpus();
    return {
      tool: 'meedoen bench', version: pkg.version, startedAt, code: gitState(),
      machine: {
        cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'onbekend', memoryGb: round(os.totalmem() / 2 ** 30),
        node: process.version, platform: os.platform(), arch: os.arch(), osRelease: os.release(),
      },
      storage: { mode: database.mode, description, server: database.mode === 'postgres' ? await serverVersion(database) : `PGlite ${pgliteVersion()}` },
      rowCounts,
      settings: {
        durationSeconds: duration, connections, warmupRequests,
        poolNote: database.mode === 'pglite'
          ? 'PGlite heeft één verbinding: alle verzoeken en query\'s wachten op elkaar'
          : 'pg-pool van 10 verbindingen, zoals de server; app, belastinggenerator en SQL-lussen delen één Node-proces',
      },
      user: { username: actor.username, role: actor.role, caseload },
      lines,
    };
  } finally {
    await app.close();
    await bare.close();
  }
}

function gitState(): BenchReport['code'] {
  try {
    const cwd = new URL('../../', import.meta.url);
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
    return { commit, dirty };
  } catch {
    return null;
  }
}

function pgliteVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}

const fmt = (n: number) => (Number.isFinite(n) ? String(round(n)).replace('.', ',') : '–');

/** The human table: one row per measurement, the ratio column on the floor rows. */
export function formatBenchTable(report: BenchReport): string {
  const header = ['regel', 'meting', 'p50 ms', 'p95 ms', 'req/s', 'fouten', 'app-p95 / vloer-p95'];
  const rows: string[][] = [];
  for (const line of report.lines) {
    const m = line.app;
    rows.push([line.name, measurementLabels[m.kind], fmt(m.p50), fmt(m.p95), fmt(m.reqPerSec), String(m.errors), '']);
    for (const [kind, f] of Object.entries(line.floors) as [FloorKind, Measurement][]) {
      rows.push(['', measurementLabels[kind], fmt(f.p50), fmt(f.p95), fmt(f.reqPerSec), String(f.errors), `${fmt(line.ratioP95[kind] ?? Number.NaN)}×`]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const right = new Set([2, 3, 4, 5, 6]);
  const render = (r: string[]) => r.map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  const s = report.storage;
  return [
    `Meedoen bench ${report.version} — ${s.description}, ${report.settings.connections} verbindingen, ${report.settings.durationSeconds} s per meting`,
    `Machine: ${report.machine.cpus} cores (${report.machine.cpuModel}), Node ${report.machine.node}; ${report.rowCounts.residents.toLocaleString('nl-NL')} ${report.rowCounts.residents === 1 ? 'inwoner' : 'inwoners'} in ${report.rowCounts.municipalities} ${report.rowCounts.municipalities === 1 ? 'gemeente' : 'gemeenten'}`,
    `Ingelogd als ${report.user.username} (caseload ${report.user.caseload})` +
      (report.code ? `; code ${report.code.commit.slice(0, 10)}${report.code.dirty ? ' met lokale wijzigingen' : ''}` : ''),
    '',
    render(header),
    render(widths.map((w) => '-'.repeat(w))),
    ...rows.map(render),
    '',
  ].join('\n');
}
