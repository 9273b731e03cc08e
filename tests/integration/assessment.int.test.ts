import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('administrator@voorbeeld');
});
afterAll(async () => { await t?.close(); });

const api = '/api/v1';
interface Criterion { id: string; kind: 'must_pass' | 'weighted'; title: string; weight: number | null }

async function createFramework() {
  const res = await t.app.inject({
    method: 'POST', url: `${api}/assessment-frameworks`, headers: { cookie: admin },
    payload: {
      name: 'Kader nieuwe dagbesteding', maxScore: 5,
      criteria: [
        { kind: 'must_pass', title: 'Schaadt de beschutte werkplek niet' },
        { kind: 'must_pass', title: 'Vergroot het financiële risico van de gemeente niet' },
        { kind: 'weighted', title: 'Bijdrage aan uitstroom naar werk', weight: 3 },
        { kind: 'weighted', title: 'Kosten en baten', weight: 1 },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.headers.etag).toBe('"v1"');
  return res.json() as { id: string; version: number; criteria: Criterion[] };
}

async function createAssessment(frameworkId: string) {
  const res = await t.app.inject({
    method: 'POST', url: `${api}/assessments`, headers: { cookie: admin },
    payload: { frameworkId, title: 'Kringloopwinkel opent voor buurgemeente', description: 'Tien extra plekken.', submittedBy: 'Kringloop De Vallei' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; status: string; version: number };
}

function answers(criteria: Criterion[], passed: (c: Criterion) => boolean, score: number) {
  return {
    mustPass: criteria.filter((c) => c.kind === 'must_pass').map((c) => ({ criterionId: c.id, passed: passed(c), explanation: 'Getoetst door beleid.' })),
    scores: criteria.filter((c) => c.kind === 'weighted').map((c) => ({ criterionId: c.id, score, explanation: '' })),
  };
}

describe('assessment frameworks (afwegingskaders)', () => {
  it('ships the demo framework with its three must-pass criteria and one decided example', async () => {
    const list = await t.app.inject({ url: `${api}/assessment-frameworks`, headers: { cookie: admin } });
    expect(list.statusCode).toBe(200);
    const demo = list.json().items.find((f: { name: string }) => f.name === 'Afwegingskader verbreding partnerdiensten');
    expect(demo).toMatchObject({ mustPassCount: 3, maxScore: 5 });
    expect(demo.weightedCount).toBeGreaterThanOrEqual(3);
    const detail = (await t.app.inject({ url: `${api}/assessment-frameworks/${demo.id}`, headers: { cookie: admin } })).json();
    expect(detail.criteria.filter((c: Criterion) => c.kind === 'must_pass').map((c: Criterion) => c.title)).toEqual([
      'Schaadt de beschutte werkplek niet',
      'Strijdt niet met wet- en regelgeving (zoals staatssteun en aanbesteding)',
      'Vergroot het financiële risico van de gemeente niet',
    ]);
    const assessments = (await t.app.inject({ url: `${api}/assessments`, headers: { cookie: admin } })).json().items;
    const example = assessments.find((a: { framework: { id: string } }) => a.framework.id === demo.id);
    expect(example).toMatchObject({ status: 'approved', statusLabel: 'Goedgekeurd', submittedBy: 'Werkbedrijf Voorbeeldvallei' });
    const full = (await t.app.inject({ url: `${api}/assessments/${example.id}`, headers: { cookie: admin } })).json();
    expect(full.decision.lines).toHaveLength(detail.criteria.length);
    expect(full.decision.decidedBy.displayName).toBe('Beheer Meerhof');
  });

  it('creates a framework, scores a proposal, records the decision with totals and lines, and audits it', async () => {
    const framework = await createFramework();
    expect(framework.criteria.map((c) => c.weight)).toEqual([null, null, 3, 1]);
    const assessment = await createAssessment(framework.id);
    expect(assessment.status).toBe('open');

    const res = await t.app.inject({
      method: 'POST', url: `${api}/assessments/${assessment.id}/decision`, headers: { cookie: admin, 'if-match': `"v${assessment.version}"` },
      payload: { ...answers(framework.criteria, () => true, 4), decision: 'approved', reasons: 'Haalt de harde eisen en draagt bij aan uitstroom.' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const decided = res.json();
    expect(decided).toMatchObject({ status: 'approved', totalScore: 4 * 3 + 4 * 1, maxTotalScore: 5 * 3 + 5 * 1, percentage: 80 });
    expect(decided.decision.decidedBy.displayName).toBe('Beheer Meerhof');
    expect(decided.decision.lines.map((l: { title: string; points: number | null; passed: boolean | null }) => [l.title, l.points, l.passed])).toEqual([
      ['Schaadt de beschutte werkplek niet', null, true],
      ['Vergroot het financiële risico van de gemeente niet', null, true],
      ['Bijdrage aan uitstroom naar werk', 12, null],
      ['Kosten en baten', 4, null],
    ]);
    const row = await t.db.selectFrom('assessments').select(['decidedBy', 'decidedAt', 'decisionReasons']).where('id', '=', assessment.id).executeTakeFirstOrThrow();
    expect(row.decidedBy).not.toBeNull();
    expect(row.decidedAt).not.toBeNull();
    const audit = await t.db.selectFrom('auditEvents').select(['action', 'result', 'purpose']).where('objectId', '=', assessment.id).where('action', '=', 'assessment.decide').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ result: 'success' });
    expect(audit[0].purpose).toContain('Goedgekeurd (score 16/20)');

    // A decision is taken once.
    const again = await t.app.inject({
      method: 'POST', url: `${api}/assessments/${assessment.id}/decision`, headers: { cookie: admin },
      payload: { ...answers(framework.criteria, () => true, 1), decision: 'rejected', reasons: 'Toch maar niet doen, te duur.' },
    });
    expect(again.statusCode).toBe(409);

    // Changing the framework later does not rewrite the recorded lines.
    const patch = await t.app.inject({
      method: 'PATCH', url: `${api}/assessment-frameworks/${framework.id}`, headers: { cookie: admin, 'if-match': '"v1"' },
      payload: { criteria: [{ id: framework.criteria[2].id, kind: 'weighted', title: 'Uitstroom naar betaald werk', weight: 5 }] },
    });
    expect(patch.statusCode, patch.body).toBe(200);
    const after = (await t.app.inject({ url: `${api}/assessments/${assessment.id}`, headers: { cookie: admin } })).json();
    expect(after.decision.lines[2]).toMatchObject({ title: 'Bijdrage aan uitstroom naar werk', weight: 3, points: 12 });
    expect(after.frameworkDetail.criteria).toHaveLength(1);
  });

  it('refuses to approve a proposal that fails a must-pass criterion, in Dutch, and records the refusal; rejecting it works', async () => {
    const framework = await createFramework();
    const assessment = await createAssessment(framework.id);
    const failing = answers(framework.criteria, (c) => !c.title.startsWith('Vergroot'), 5);
    const res = await t.app.inject({
      method: 'POST', url: `${api}/assessments/${assessment.id}/decision`, headers: { cookie: admin },
      payload: { ...failing, decision: 'approved', reasons: 'Hoogste score van alle voorstellen.' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toMatch(/kan niet worden goedgekeurd.*'Vergroot het financiële risico van de gemeente niet'/);
    const still = (await t.app.inject({ url: `${api}/assessments/${assessment.id}`, headers: { cookie: admin } })).json();
    expect(still).toMatchObject({ status: 'open', decision: null });
    const denied = await t.db.selectFrom('auditEvents').select('result').where('objectId', '=', assessment.id).where('action', '=', 'assessment.decide').execute();
    expect(denied).toEqual([{ result: 'denied' }]);

    const rejected = await t.app.inject({
      method: 'POST', url: `${api}/assessments/${assessment.id}/decision`, headers: { cookie: admin },
      payload: { ...failing, decision: 'rejected', reasons: 'Vergroot het financiële risico van de gemeente.' },
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', statusLabel: 'Afgewezen' });
  });

  it('asks for every criterion and a score within range, in Dutch', async () => {
    const framework = await createFramework();
    const assessment = await createAssessment(framework.id);
    const full = answers(framework.criteria, () => true, 3);
    const missing = await t.app.inject({
      method: 'POST', url: `${api}/assessments/${assessment.id}/decision`, headers: { cookie: admin },
      payload: { ...full, scores: full.scores.slice(1), decision: 'approved', reasons: 'Goed voorstel, doen.' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().detail).toContain("Geef een score voor 'Bijdrage aan uitstroom naar werk'");
    const tooHigh = await t.app.inject({
      method: 'POST', url: `${api}/assessments/${assessment.id}/decision`, headers: { cookie: admin },
      payload: { ...answers(framework.criteria, () => true, 6), decision: 'approved', reasons: 'Goed voorstel, doen.' },
    });
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().detail).toContain('score van 0 tot en met 5');
    const badFramework = await t.app.inject({
      method: 'POST', url: `${api}/assessment-frameworks`, headers: { cookie: admin },
      payload: { name: 'Zonder weging', criteria: [{ kind: 'weighted', title: 'Kosten' }] },
    });
    expect(badFramework.statusCode).toBe(400);
    expect(badFramework.json().detail).toContain('weging van 1 tot en met 10');
  });

  it('requires If-Match on a framework change and answers 412 when it is stale', async () => {
    const framework = await createFramework();
    const url = `${api}/assessment-frameworks/${framework.id}`;
    const none = await t.app.inject({ method: 'PATCH', url, headers: { cookie: admin }, payload: { name: 'Nieuwe naam' } });
    expect(none.statusCode).toBe(428);
    const first = await t.app.inject({ method: 'PATCH', url, headers: { cookie: admin, 'if-match': '"v1"' }, payload: { name: 'Nieuwe naam' } });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"v2"');
    const stale = await t.app.inject({ method: 'PATCH', url, headers: { cookie: admin, 'if-match': '"v1"' }, payload: { name: 'Andere naam' } });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().title).toBe('Gegevens zijn intussen gewijzigd');
    expect((await t.app.inject({ url, headers: { cookie: admin } })).json().name).toBe('Nieuwe naam');

    const assessment = await createAssessment(framework.id);
    const staleDecision = await t.app.inject({
      method: 'POST', url: `${api}/assessments/${assessment.id}/decision`, headers: { cookie: admin, 'if-match': '"v7"' },
      payload: { ...answers(framework.criteria, () => true, 3), decision: 'approved', reasons: 'Goed voorstel, doen.' },
    });
    expect(staleDecision.statusCode).toBe(412);
  });

  it('lets a policy analyst and a team lead read but not decide or manage (403)', async () => {
    const framework = await createFramework();
    const assessment = await createAssessment(framework.id);
    for (const role of ['policy_analyst', 'team_lead']) {
      const cookie = await t.login(`${role}@voorbeeld`);
      expect((await t.app.inject({ url: `${api}/assessment-frameworks/${framework.id}`, headers: { cookie } })).statusCode).toBe(200);
      expect((await t.app.inject({ url: `${api}/assessments/${assessment.id}`, headers: { cookie } })).statusCode).toBe(200);
      const decide = await t.app.inject({
        method: 'POST', url: `${api}/assessments/${assessment.id}/decision`, headers: { cookie },
        payload: { ...answers(framework.criteria, () => true, 3), decision: 'approved', reasons: 'Goed voorstel, doen.' },
      });
      expect(decide.statusCode).toBe(403);
      expect(decide.json().detail).toContain('Uw rol heeft geen toegang');
      const create = await t.app.inject({ method: 'POST', url: `${api}/assessments`, headers: { cookie }, payload: { frameworkId: framework.id, title: 'Iets nieuws', submittedBy: 'Partner' } });
      expect(create.statusCode).toBe(403);
    }
    const consultant = await t.login('work_consultant@voorbeeld');
    expect((await t.app.inject({ url: `${api}/assessments`, headers: { cookie: consultant } })).statusCode).toBe(403);
  });

  it('keeps each municipality to its own: Buurdorp gets 404 on Voorbeeld\'s framework and assessment and never lists them', async () => {
    const framework = await createFramework();
    const assessment = await createAssessment(framework.id);
    const cookie = await t.login('administrator@buurdorp');
    for (const url of [`${api}/assessment-frameworks/${framework.id}`, `${api}/assessments/${assessment.id}`]) {
      const res = await t.app.inject({ url, headers: { cookie } });
      expect(res.statusCode).toBe(404);
      expect(res.json().title).toBe('Niet gevonden');
    }
    const patch = await t.app.inject({ method: 'PATCH', url: `${api}/assessment-frameworks/${framework.id}`, headers: { cookie, 'if-match': '"v1"' }, payload: { name: 'Overgenomen' } });
    expect(patch.statusCode).toBe(404);
    const create = await t.app.inject({ method: 'POST', url: `${api}/assessments`, headers: { cookie }, payload: { frameworkId: framework.id, title: 'Via andermans kader', submittedBy: 'Partner' } });
    expect(create.statusCode).toBe(404);
    const decide = await t.app.inject({
      method: 'POST', url: `${api}/assessments/${assessment.id}/decision`, headers: { cookie },
      payload: { ...answers(framework.criteria, () => true, 3), decision: 'approved', reasons: 'Goed voorstel, doen.' },
    });
    expect(decide.statusCode).toBe(404);
    const lists = [
      (await t.app.inject({ url: `${api}/assessment-frameworks`, headers: { cookie } })).body,
      (await t.app.inject({ url: `${api}/assessments`, headers: { cookie } })).body,
    ].join();
    expect(lists).not.toContain(framework.id);
    expect(lists).not.toContain(assessment.id);
    expect(JSON.parse((await t.app.inject({ url: `${api}/assessment-frameworks`, headers: { cookie } })).body).items).toHaveLength(1);
  });
});
