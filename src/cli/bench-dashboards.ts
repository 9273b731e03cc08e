import { randomUUID } from 'node:crypto';
import type { Database } from '../db/connection.ts';
import { appendAuditEvent, type AuditContext } from '../modules/access/audit/store.ts';
import { demoPassword } from '../modules/access/passwords.ts';
import type { Actor, Role } from '../modules/access/roles.ts';
import { allGroups, buildDashboard, DASHBOARD_PURPOSE } from '../modules/steering/dashboards/service.ts';
import { ensureFresh, municipalityWithRegion, municipalitiesOfRegion, refreshCounts } from '../modules/steering/dashboards/store.ts';
import type { DashboardArea } from '../rules/dashboards/access.ts';
import { defaultPeriod } from '../rules/dashboards/periods.ts';
import { todayIso } from '../rules/dates.ts';
import type { BenchLine, BenchLineName, Measurement, MeasurementKind } from './bench.ts';

// The dashboard lines of `meedoen bench` (issue 7): the whole dashboard of the consultant's municipality and of its
// region, as the policy analyst of that municipality sees it (suppressed), over HTTP — next to the service without
// HTTP and without the audit row (the SQL floor: reading the pre-aggregated counts and building the figures), the
// service with the audit row, and the bare Fastify floor. See docs/performance.md.

interface Harness {
  db: Database['db'];
  actor: Actor;
  base: string;
  run: { connections: number; duration: number };
  fastify: Measurement;
  log: (line: string) => void;
  cannon: (kind: MeasurementKind, description: string, base: string, o: { connections: number; duration?: number; amount?: number; headers?: Record<string, string>; path: () => string }) => Promise<Measurement>;
  loop: (kind: MeasurementKind, description: string, o: { connections: number; duration: number }, op: (i: number) => Promise<unknown>) => Promise<Measurement>;
  ratio: (a: number, b: number) => number;
  warmupRequests: number;
}

async function policyAnalyst(db: Database['db'], municipalityId: string): Promise<Actor> {
  const row = await db.selectFrom('users').select(['id', 'username', 'displayName', 'role', 'municipalityId', 'organisationId', 'teamId', 'residentId'])
    .where('municipalityId', '=', municipalityId).where('role', '=', 'policy_analyst').where('isDemo', '=', true).where('active', '=', true)
    .orderBy('username').limit(1).executeTakeFirst();
  if (!row) throw new Error('Geen beleidsmedewerker (demo-account) in de gemeente van de consulent.');
  return { userId: row.id, username: row.username, displayName: row.displayName, role: row.role as Role, municipalityId: row.municipalityId,
    organisationId: row.organisationId, teamId: row.teamId, residentId: row.residentId };
}

async function cookieOf(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: demoPassword }),
  });
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('meedoen_sessie='));
  if (res.status !== 201 || !cookie) throw new Error(`Inloggen als ${username} lukte niet (HTTP ${res.status}).`);
  return cookie;
}

export async function dashboardLines(h: Harness, names: readonly Extract<BenchLineName, 'dashboard' | 'dashboardRegion'>[]): Promise<BenchLine[]> {
  const analyst = await policyAnalyst(h.db, h.actor.municipalityId);
  const headers = { cookie: await cookieOf(h.base, analyst.username) };
  const today = todayIso();
  const own = await municipalityWithRegion(h.db, analyst.municipalityId);
  const region = own.regionId ? await municipalitiesOfRegion(h.db, own.regionId) : [own];

  // The counts are made by the refresh job, not by a request: count them once before measuring, and time one refresh.
  h.log(`Dashboardcijfers tellen voor ${region.length} ${region.length === 1 ? 'gemeente' : 'gemeenten'} van de regio…`);
  const counted = performance.now();
  await ensureFresh(h.db, region.map((m) => m.id), today, { maxAgeMs: 24 * 60 * 60_000, requireToday: true });
  const regionSeconds = (performance.now() - counted) / 1000;
  const one = performance.now();
  await refreshCounts(h.db, analyst.municipalityId, today, { force: true });
  const oneMs = Math.round(performance.now() - one);
  // Cold: the first request after a refresh (one sample; docs/performance.md has a series).
  const cold = performance.now();
  const first = await fetch(`${h.base}/api/v1/dashboards/municipality`, { headers });
  await first.arrayBuffer();
  if (first.status !== 200) throw new Error(`Dashboard gaf HTTP ${first.status}.`);
  const coldMs = Math.round(performance.now() - cold);
  const refreshNote = `tellen vooraf (refresh-job): ${oneMs} ms voor ${own.name}, ${regionSeconds.toFixed(1)} s voor de hele regio; ` +
    `eerste verzoek (dashboard van ${own.name}) na het tellen: ${coldMs} ms`;

  const ctx = (): AuditContext => ({
    municipalityId: analyst.municipalityId, actorUserId: analyst.userId, actorRole: analyst.role, organisationId: analyst.organisationId,
    requestId: `bench-${randomUUID()}`, origin: 'meedoen bench',
  });
  const lines: BenchLine[] = [];
  for (const area of ['municipality', 'region'] as DashboardArea[]) {
    const name = area === 'municipality' ? 'dashboard' : 'dashboardRegion';
    if (!names.includes(name)) continue;
    const path = `/api/v1/dashboards/${area}`;
    const build = () => buildDashboard(h.db, analyst, { area, ...defaultPeriod(today), today, groups: allGroups });
    await h.cannon('app', 'opwarmen', h.base, { connections: h.run.connections, amount: h.warmupRequests, headers, path: () => path });
    h.log(`Meten: ${name} via HTTP, ${h.run.duration} s…`);
    const app = await h.cannon('app', `GET ${path} via HTTP als ${analyst.username} (alle elf cijfers, afgeschermd, audit)`, h.base, { ...h.run, headers, path: () => path });
    h.log(`Meten: ${name} via de service zonder audit, ${h.run.duration} s…`);
    const bare = await h.loop('sql', 'de service zonder HTTP en zonder auditregel: voorgetelde cijfers lezen, beschut werk live, afschermen, figuren bouwen', h.run, build);
    h.log(`Meten: ${name} via de service met audit, ${h.run.duration} s…`);
    const audited = await h.loop('sqlAudit', 'hetzelfde plus de auditregel in een eigen transactie, zoals de route', h.run, async () => {
      await build();
      await h.db.transaction().execute((tx) => appendAuditEvent(tx, ctx(), { action: 'dashboard.read', result: 'success', objectType: 'dashboard', objectId: area, purpose: DASHBOARD_PURPOSE }));
    });
    lines.push({
      name,
      description: `${area === 'municipality' ? `Dashboard van ${own.name}` : `Regiodashboard (${region.length} gemeenten)`} voor een beleidsmedewerker; ${refreshNote}`,
      request: `GET ${path}`, app,
      floors: { sql: bare, sqlAudit: audited, fastify: h.fastify },
      ratioP95: { sql: h.ratio(app.p95, bare.p95), sqlAudit: h.ratio(app.p95, audited.p95), fastify: h.ratio(app.p95, h.fastify.p95) },
    });
  }
  return lines;
}
