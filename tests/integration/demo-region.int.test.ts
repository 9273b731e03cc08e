import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../src/modules/access/roles.ts';
import { isValidBsn } from '../../src/rules/bsn.ts';
import { ladderCategory } from '../../src/rules/ladder.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t?.close(); });

async function municipalityId(code: string) {
  return (await t.db.selectFrom('municipalities').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

describe('demo region', () => {
  it('has two municipalities in one region', async () => {
    const rows = await t.db.selectFrom('municipalities').innerJoin('regions', 'regions.id', 'municipalities.regionId')
      .select(['municipalities.name', 'regions.name as region']).orderBy('municipalities.name').execute();
    expect(rows).toEqual([{ name: 'Buurdorp', region: 'Regio Voorbeeldvallei' }, { name: 'Voorbeeld', region: 'Regio Voorbeeldvallei' }]);
  });

  it('mirrors the seed in Voorbeeld: 462 recipients, 385 primary + 77 partners, 75% / 17% / 8%', async () => {
    const id = await municipalityId('voorbeeld');
    const recipients = await t.db.selectFrom('residents')
      .innerJoin('residentTargetGroups as tg', 'tg.residentId', 'residents.id')
      .select(['residents.householdRole', 'residents.ladderStep'])
      .where('residents.municipalityId', '=', id).where('tg.code', '=', 'bijstand').where('tg.endDate', 'is', null).execute();
    expect(recipients).toHaveLength(462);
    expect(recipients.filter((r) => r.householdRole === 'primary')).toHaveLength(385);
    expect(recipients.filter((r) => r.householdRole === 'partner')).toHaveLength(77);
    const category = (r: { ladderStep: number | null }) => ladderCategory(r.ladderStep);
    const first3 = recipients.filter((r) => ['geen', 'zorg', 'maatschappelijke_activering'].includes(category(r))).length;
    const middle2 = recipients.filter((r) => ['arbeidsactivering', 'arbeidstoeleiding'].includes(category(r))).length;
    const paid = recipients.filter((r) => category(r) === 'betaald_werk').length;
    expect(Math.round((first3 / 462) * 100)).toBe(75);
    expect(Math.round((middle2 / 462) * 100)).toBe(17);
    expect(Math.round((paid / 462) * 100)).toBe(8);
  });

  it('has NUG youth and refugees with a residence permit', async () => {
    const id = await municipalityId('voorbeeld');
    const count = async (code: string) => Number((await t.db.selectFrom('residentTargetGroups').select((eb) => eb.fn.countAll().as('n'))
      .where('municipalityId', '=', id).where('code', '=', code).executeTakeFirstOrThrow()).n);
    expect(await count('nug')).toBeGreaterThanOrEqual(10);
    expect(await count('jongere_rmc')).toBeGreaterThanOrEqual(10);
    expect(await count('statushouder')).toBeGreaterThanOrEqual(20);
    const refugee = await t.db.selectFrom('residentTargetGroups').select('details').where('code', '=', 'statushouder').limit(1).executeTakeFirstOrThrow();
    expect(refugee.details).toHaveProperty('civicIntegrationStatus');
  });

  it('uses synthetic people only: valid, unique BSNs from the synthetic range, addresses in the region', async () => {
    const people = await t.db.selectFrom('residents').innerJoin('municipalities', 'municipalities.id', 'residents.municipalityId')
      .select(['bsn', 'postcode', 'city', 'municipalities.name']).execute();
    expect(new Set(people.map((p) => p.bsn)).size).toBe(people.length);
    for (const p of people) {
      expect(isValidBsn(p.bsn)).toBe(true);
      expect(p.bsn.startsWith('99')).toBe(true);
      expect(p.postcode).toMatch(p.name === 'Voorbeeld' ? /^749[1-5][A-Z]{2}$/ : /^748[1-3][A-Z]{2}$/);
      expect(p.city).toBe(p.name);
    }
  });

  it('gives every resident a contact person of their own municipality, and consultants a caseload', async () => {
    const orphans = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM residents r LEFT JOIN users u ON u.id = r.contact_person_id
      WHERE u.id IS NULL OR u.municipality_id <> r.municipality_id OR u.role <> 'work_consultant' OR r.team_id IS DISTINCT FROM u.team_id`.execute(t.db);
    expect(orphans.rows[0].n).toBe(0);
    const caseloads = await sql<{ username: string; n: number }>`
      SELECT u.username, count(r.id)::int AS n FROM users u LEFT JOIN residents r ON r.contact_person_id = u.id
      WHERE u.role = 'work_consultant' GROUP BY u.username`.execute(t.db);
    for (const c of caseloads.rows) expect(c.n, c.username).toBeGreaterThan(10);
  });

  it('has one demo account per role in both municipalities, all able to log in', async () => {
    for (const code of ['voorbeeld', 'buurdorp']) {
      for (const role of roles) {
        const res = await t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username: `${role}@${code}`, password: 'meedoen-demo' } });
        expect(res.statusCode, `${role}@${code}`).toBe(201);
        expect(res.json().role).toBe(role);
      }
    }
  });
});
