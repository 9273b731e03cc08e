import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../db/testing.ts';
import { isValidBsn } from '../rules/bsn.ts';
import { ladderCategory } from '../rules/ladder.ts';
import { generatePopulation, GenerateRefused } from './generate.ts';
import { runCli } from './program.ts';
import { dropTestDatabase, recordingIO } from './testing.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let cli: ReturnType<typeof recordingIO>;
let exitCode: number;
const N = 2000;

beforeAll(async () => {
  database = await openTestDatabase();
  cli = recordingIO(database);
  exitCode = await runCli(['generate', '--residents', String(N), '--municipalities', '2', '--seed', '7', '--batch-size', '300'], cli.io);
});
afterAll(async () => { await dropTestDatabase(database); });

const rows = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(database.db)).rows;

describe('meedoen generate', () => {
  it('reports success with a summary and progress lines every 10%', () => {
    expect(cli.err()).not.toContain('fout');
    expect(exitCode).toBe(0);
    expect(cli.out()).toMatch(/Klaar in .*rijen\/s/);
    expect(cli.out()).toMatch(/inwoners\s+2\.000/);
    const progressLines = cli.err().split('\n').filter((l) => l.startsWith('inwoners '));
    expect(progressLines.length).toBeGreaterThanOrEqual(5);
    expect(progressLines.length).toBeLessThanOrEqual(10);
    expect(progressLines.at(-1)).toContain('2.000 / 2.000 (100%)');
  });

  it('creates exactly the residents asked for, in 2 municipalities of one region', async () => {
    const [c] = await rows(sql<{ residents: number; municipalities: number; regions: number }>`
      SELECT (SELECT count(*)::int FROM residents) AS residents, (SELECT count(*)::int FROM municipalities) AS municipalities,
             (SELECT count(*)::int FROM regions) AS regions`);
    expect(c).toEqual({ residents: N, municipalities: 2, regions: 1 });
    const perMunicipality = await rows(sql<{ n: number }>`SELECT count(*)::int AS n FROM residents GROUP BY municipality_id`);
    for (const { n } of perMunicipality) expect(n).toBeGreaterThan(N / 4);
  });

  it('gives every resident a valid BSN, unique in the municipality and across the country', async () => {
    const bsns = await rows(sql<{ bsn: string }>`SELECT bsn FROM residents`);
    expect(bsns.every((r) => isValidBsn(r.bsn))).toBe(true);
    expect(new Set(bsns.map((r) => r.bsn)).size).toBe(N);
  });

  it('gives every resident a work consultant of their own municipality as contact person, with that team', async () => {
    const [bad] = await rows(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM residents r LEFT JOIN users u ON u.id = r.contact_person_id
      WHERE u.id IS NULL OR u.municipality_id <> r.municipality_id OR u.role <> 'work_consultant'
         OR r.team_id IS NULL OR r.team_id <> u.team_id`);
    expect(bad.n).toBe(0);
  });

  it('staffs teams with 4–8 work consultants, a team lead each, ~120 residents per caseload', async () => {
    const teams = await rows(sql<{ consultants: number; leads: number }>`
      SELECT count(*) FILTER (WHERE u.role = 'work_consultant')::int AS consultants, count(*) FILTER (WHERE u.role = 'team_lead')::int AS leads
      FROM teams t JOIN users u ON u.team_id = t.id GROUP BY t.id`);
    expect(teams.length).toBeGreaterThanOrEqual(2);
    for (const t of teams) {
      expect(t.consultants).toBeGreaterThanOrEqual(4);
      expect(t.consultants).toBeLessThanOrEqual(8);
      expect(t.leads).toBe(1);
    }
    const [caseload] = await rows(sql<{ avg: number }>`SELECT avg(n)::float AS avg FROM (SELECT count(*) AS n FROM residents GROUP BY contact_person_id) c`);
    expect(caseload.avg).toBeGreaterThan(100);
    expect(caseload.avg).toBeLessThan(140);
    const users = await rows(sql<{ username: string; isDemo: boolean; passwordHash: string }>`SELECT username, is_demo, password_hash FROM users`);
    expect(users.every((u) => u.isDemo)).toBe(true);
    expect(new Set(users.map((u) => u.passwordHash)).size).toBe(1);  // hashed once, reused
    expect(users.some((u) => /^wc-1@[a-z]+$/.test(u.username))).toBe(true);
  });

  it('spreads the ladder like the demo: 75% / 17% / 8% over the category groups', async () => {
    const steps = await rows(sql<{ ladderStep: number | null }>`SELECT ladder_step FROM residents`);
    const share = (cats: string[]) => steps.filter((r) => cats.includes(ladderCategory(r.ladderStep))).length / steps.length;
    expect(share(['geen', 'zorg', 'maatschappelijke_activering'])).toBeGreaterThan(0.71);
    expect(share(['geen', 'zorg', 'maatschappelijke_activering'])).toBeLessThan(0.79);
    expect(share(['arbeidsactivering', 'arbeidstoeleiding'])).toBeGreaterThan(0.135);
    expect(share(['arbeidsactivering', 'arbeidstoeleiding'])).toBeLessThan(0.205);
    expect(share(['betaald_werk'])).toBeGreaterThan(0.055);
    expect(share(['betaald_werk'])).toBeLessThan(0.105);
  });

  it('keeps the latest ladder measurement with the resident, with history behind it', async () => {
    const [mismatch] = await rows(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM residents r
      LEFT JOIN LATERAL (SELECT step, measured_on FROM ladder_measurements m WHERE m.resident_id = r.id ORDER BY measured_on DESC LIMIT 1) last ON true
      WHERE (r.ladder_step IS NULL) <> (last.step IS NULL) OR r.ladder_step <> last.step OR r.ladder_measured_on <> last.measured_on`);
    expect(mismatch.n).toBe(0);
    const [history] = await rows(sql<{ n: number }>`SELECT count(*)::int AS n FROM (SELECT resident_id FROM ladder_measurements GROUP BY resident_id HAVING count(*) > 1) h`);
    expect(history.n).toBeGreaterThan(N * 0.3);
    const [contact] = await rows(sql<{ share: number }>`SELECT avg((last_contact_on IS NOT NULL)::int)::float AS share FROM residents`);
    expect(contact.share).toBeGreaterThan(0.9);
  });

  it('builds households: one primary each, ~17% of benefit recipients a partner, children and housemates', async () => {
    const [h] = await rows(sql<{ withoutPrimary: number; twoPrimaries: number; otherMunicipality: number }>`
      SELECT count(*) FILTER (WHERE primaries = 0)::int AS without_primary, count(*) FILTER (WHERE primaries > 1)::int AS two_primaries,
             count(*) FILTER (WHERE mixed)::int AS other_municipality
      FROM (SELECT h.id, count(*) FILTER (WHERE r.household_role = 'primary') AS primaries, bool_or(r.municipality_id <> h.municipality_id) AS mixed
            FROM households h JOIN residents r ON r.household_id = h.id GROUP BY h.id) x`);
    expect(h).toEqual({ withoutPrimary: 0, twoPrimaries: 0, otherMunicipality: 0 });
    const [p] = await rows(sql<{ share: number }>`
      SELECT avg((r.household_role = 'partner')::int)::float AS share FROM residents r
      WHERE EXISTS (SELECT 1 FROM resident_target_groups g WHERE g.resident_id = r.id AND g.code = 'bijstand')`);
    expect(p.share).toBeGreaterThan(0.13);
    expect(p.share).toBeLessThan(0.21);
    const members = await rows(sql<{ kind: string; n: number }>`SELECT kind, count(*)::int AS n FROM household_members GROUP BY kind`);
    expect(members.find((m) => m.kind === 'child')?.n).toBeGreaterThan(300);
    expect(members.find((m) => m.kind === 'housemate')?.n).toBeGreaterThan(10);
  });

  it('assigns target groups: bijstand most, then NUG, statushouder, RMC youth and the smaller ones', async () => {
    const groups = await rows(sql<{ code: string; n: number }>`
      SELECT code, count(DISTINCT resident_id)::int AS n FROM resident_target_groups WHERE end_date IS NULL GROUP BY code ORDER BY n DESC`);
    const n = Object.fromEntries(groups.map((g) => [g.code, g.n]));
    expect(groups[0].code).toBe('bijstand');
    expect(n.bijstand).toBeGreaterThan(N * 0.8);
    expect(n.nug).toBeGreaterThan(N * 0.05);
    expect(n.statushouder).toBeGreaterThan(N * 0.04);
    expect(n.jongere_rmc).toBeGreaterThan(N * 0.02);
    expect(n.doelgroepregister).toBeGreaterThan(0);
    const [none] = await rows(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM residents r WHERE NOT EXISTS (SELECT 1 FROM resident_target_groups g WHERE g.resident_id = r.id AND g.end_date IS NULL)`);
    expect(none.n).toBe(0);
    const [ended] = await rows(sql<{ n: number }>`SELECT count(*)::int AS n FROM resident_target_groups WHERE end_date IS NOT NULL`);
    expect(ended.n).toBeGreaterThan(0);
  });

  it('gives a share of residents, mostly on ladder steps 3–5, a work profile with skills; and employers with opportunities on a synthetic map', async () => {
    const [p] = await rows(sql<{ share: number; middle: number; low: number; skills: number; areaOk: number }>`
      SELECT avg((w.resident_id IS NOT NULL)::int)::float AS share,
             avg((w.resident_id IS NOT NULL)::int) FILTER (WHERE r.ladder_step BETWEEN 3 AND 5)::float AS middle,
             avg((w.resident_id IS NOT NULL)::int) FILTER (WHERE r.ladder_step = 1 OR r.ladder_step IS NULL)::float AS low,
             (SELECT count(*)::int FROM resident_skills) AS skills,
             avg((w.area = substr(r.postcode, 1, 4))::int) FILTER (WHERE w.resident_id IS NOT NULL)::float AS area_ok
      FROM residents r LEFT JOIN work_profiles w ON w.resident_id = r.id`);
    expect(p.share).toBeGreaterThan(0.15);
    expect(p.share).toBeLessThan(0.35);
    expect(p.middle).toBeGreaterThan(0.6);
    expect(p.low).toBeLessThan(0.06);
    expect(p.skills).toBeGreaterThan(N * 0.2);
    expect(p.areaOk).toBe(1);
    const [o] = await rows(sql<{ opportunities: number; places: number; unmapped: number; employers: number }>`
      SELECT count(*)::int AS opportunities, sum(places)::int AS places, (SELECT count(*)::int FROM employers) AS employers,
             count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM postcode_coordinates c WHERE c.area = substr(o.postcode, 1, 4)))::int AS unmapped
      FROM opportunities o`);
    expect(o).toEqual({ opportunities: 10, places: 50, unmapped: 0, employers: 2 });
    const [unmappedResidents] = await rows(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM residents r WHERE NOT EXISTS (SELECT 1 FROM postcode_coordinates c WHERE c.area = substr(r.postcode, 1, 4))`);
    expect(unmappedResidents.n).toBe(0);
    expect(cli.out()).toMatch(/werkprofielen\s+[\d.]+/);
  });

  it('refuses to generate a second population into the same database', async () => {
    await expect(generatePopulation(database, { residents: 10, municipalities: 2, seed: 7 })).rejects.toBeInstanceOf(GenerateRefused);
    const again = recordingIO(database);
    expect(await runCli(['generate', '--residents', '10', '--municipalities', '2', '--seed', '7'], again.io)).toBe(1);
    expect(again.err()).toContain('bevat al een gegenereerde populatie');
  });
});
