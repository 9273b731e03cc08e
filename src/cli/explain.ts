import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from '../db/types.ts';
import { findResident, listResidents, loadDossierParts, type ListFilter } from '../modules/residents/store.ts';
import { todayIso } from '../rules/dates.ts';

// `meedoen explain`: EXPLAIN (ANALYZE, BUFFERS) of the SQL the store really builds for the caseload list (own
// caseload, team, whole municipality; filters; name, postcode and BSN search) and the dossier read. The
// statements are captured from a Kysely with a query log over its own pool, then explained with their
// parameters. PostgreSQL only: this is for looking at plans at scale (docs/performance.md).

export interface ExplainedQuery { label: string; sql: string; parameters: readonly unknown[]; plan: string; executionMs: number | null }

export class ExplainRefused extends Error {}

export async function explainHotQueries(url: string, options: { username?: string } = {}): Promise<{ username: string; queries: ExplainedQuery[] }> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  pool.on('error', () => undefined);  // an idle connection killed by the server must not end the process
  const captured: { sql: string; parameters: readonly unknown[] }[] = [];
  const dialect = new PostgresDialect({ pool });
  const db = new Kysely<DB>({
    dialect, plugins: [new CamelCasePlugin()],
    log: (event) => { if (event.level === 'query') captured.push({ sql: event.query.sql, parameters: event.query.parameters }); },
  });
  try {
    let userQuery = db.selectFrom('users').innerJoin('residents', 'residents.contactPersonId', 'users.id')
      .select(['users.id', 'users.username', 'users.municipalityId', 'users.teamId'])
      .select((eb) => eb.fn.countAll<number>().as('caseload'))
      .where('users.role', '=', 'work_consultant')
      .groupBy(['users.id', 'users.username', 'users.municipalityId', 'users.teamId']);
    userQuery = options.username ? userQuery.where('users.username', '=', options.username) : userQuery.orderBy('caseload', 'desc').orderBy('users.username');
    const wc = await userQuery.limit(1).executeTakeFirst();
    if (!wc) throw new ExplainRefused(options.username ? `Geen consulent werk ${options.username} met een caseload gevonden.` : 'Geen consulent werk met een caseload gevonden.');
    const someone = await db.selectFrom('residents').select(['id', 'bsn', 'surname', 'postcode'])
      .where('municipalityId', '=', wc.municipalityId).where('contactPersonId', '=', wc.id).orderBy('id').limit(1).executeTakeFirstOrThrow();
    const base = { municipalityId: wc.municipalityId, sort: 'name' as const, limit: 25, offset: 0, today: todayIso() };
    const own = { kind: 'contactPerson' as const, userId: wc.id };
    const team = { kind: 'team' as const, teamId: wc.teamId };
    const all = { kind: 'municipality' as const };
    const name = someone.surname.slice(0, 5);
    const postcode = `${someone.postcode.slice(0, 4)} ${someone.postcode.slice(4)}`;
    const filters = { targetGroup: 'statushouder', ladderCategory: 'arbeidsactivering' as const };
    const cases: [string, Partial<ListFilter>][] = [
      ['eigen caseload', { visibility: own }],
      ['team', { visibility: team }],
      ['hele gemeente', { visibility: all }],
      ['eigen caseload + doelgroep + laddercategorie', { visibility: own, ...filters }],
      ['team + doelgroep + laddercategorie', { visibility: team, ...filters }],
      ['hele gemeente + doelgroep + laddercategorie', { visibility: all, ...filters }],
      [`eigen caseload, zoeken op naam "${name}"`, { visibility: own, q: name }],
      [`team, zoeken op naam "${name}"`, { visibility: team, q: name }],
      [`hele gemeente, zoeken op naam "${name}"`, { visibility: all, q: name }],
      [`team, zoeken op postcode "${postcode}"`, { visibility: team, q: postcode }],
      [`hele gemeente, zoeken op postcode "${postcode}"`, { visibility: all, q: postcode }],
      ['team, zoeken op BSN', { visibility: team, q: someone.bsn }],
      ['hele gemeente, zoeken op BSN', { visibility: all, q: someone.bsn }],
    ];
    const statements: { label: string; sql: string; parameters: readonly unknown[] }[] = [];
    for (const [label, filter] of cases) {
      captured.length = 0;
      await listResidents(db, { ...base, ...filter } as ListFilter);
      for (const q of captured) {
        const part = q.sql.startsWith('select count') ? 'telling' : q.sql.includes('from "resident_target_groups" where') ? 'doelgroepen van de pagina' : 'pagina';
        statements.push({ label: `${label} — ${part}`, ...q });
      }
    }
    captured.length = 0;
    const resident = await findResident(db, wc.municipalityId, someone.id);
    await loadDossierParts(db, wc.municipalityId, resident!);
    for (const [i, q] of captured.entries()) statements.push({ label: `dossier lezen — query ${i + 1}`, ...q });

    const queries: ExplainedQuery[] = [];
    for (const s of statements) {
      const r = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.parameters as unknown[]);
      const plan = r.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
      const ms = /Execution Time: ([\d.]+) ms/.exec(plan);
      queries.push({ ...s, plan, executionMs: ms ? Number(ms[1]) : null });
    }
    return { username: wc.username, queries };
  } finally {
    await db.destroy();
  }
}
