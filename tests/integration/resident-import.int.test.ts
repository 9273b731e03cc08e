import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeBsn } from '../../src/rules/bsn.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

// Issue 3, migration import: POST /api/v1/resident-imports with a CSV or XLSX body.

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const goodFile = readFileSync(new URL('../../docs/examples/inwoners-import.csv', import.meta.url));
const brokenFile = readFileSync(new URL('../fixtures/inwoners-import-fout.csv', import.meta.url));

let t: TestApp;
let admin: string;
let voorbeeldId: string;
let buurdorpId: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('administrator@voorbeeld');
  voorbeeldId = (await t.db.selectFrom('municipalities').select('id').where('code', '=', 'voorbeeld').executeTakeFirstOrThrow()).id;
  buurdorpId = (await t.db.selectFrom('municipalities').select('id').where('code', '=', 'buurdorp').executeTakeFirstOrThrow()).id;
});
afterAll(async () => { await t?.close(); });

function post(cookie: string, body: Buffer | string, options: { dryRun?: boolean; type?: string } = {}) {
  const query = options.dryRun === undefined ? '' : `?dryRun=${options.dryRun}`;
  return t.app.inject({
    method: 'POST', url: `/api/v1/resident-imports${query}`, headers: { cookie, 'content-type': options.type ?? CSV }, payload: body,
  });
}

/** Everything an import could write, per municipality. */
async function counts(municipalityId: string) {
  const n = async (table: 'residents' | 'households' | 'residentTargetGroups' | 'ladderMeasurements' | 'contactPersonChanges' | 'auditEvents') =>
    Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('municipalityId', '=', municipalityId).executeTakeFirstOrThrow()).n);
  return {
    residents: await n('residents'), households: await n('households'), targetGroups: await n('residentTargetGroups'),
    ladder: await n('ladderMeasurements'), contactChanges: await n('contactPersonChanges'), audit: await n('auditEvents'),
  };
}

/** The example file with some rows changed: [row number in the file (2 = first person), column, new value]. */
function editedFile(source: Buffer, edits: [number, string, string][]): Buffer {
  const lines = source.toString('utf8').trimEnd().split('\n');
  const header = lines[0].split(';');
  for (const [row, column, value] of edits) {
    const cells = lines[row - 1].split(';');
    cells[header.indexOf(column)] = value;
    lines[row - 1] = cells.join(';');
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** The first BSN from these 8 leading digits on that passes the 11-check. */
function bsnFrom(firstEight: number): string {
  for (let n = firstEight; ; n++) {
    const bsn = completeBsn(String(n));
    if (bsn) return bsn;
  }
}

const problemTexts = (body: { problems: { row: number; column: string | null; message: string }[] }) =>
  body.problems.map((p) => `${p.row} ${p.column}: ${p.message}`);

describe('resident import: dry run', () => {
  it('reports every problem of the broken file in Dutch, by row and column, and writes nothing', async () => {
    const before = await counts(voorbeeldId);
    const res = await post(admin, brokenFile, { dryRun: true });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ dryRun: true, status: 'fouten_gevonden', rows: 12, unchanged: 0, rowsWithProblems: 10, municipality: { code: 'voorbeeld' } });
    expect(body.createdResidentIds).toBeUndefined();
    expect(problemTexts(body)).toEqual([
      '3 bsn: BSN is ongeldig: het voldoet niet aan de elfproef. Controleer het op een tikfout.',
      '4 postcode: Postcode 7481 AB ligt niet in gemeente Voorbeeld: postcodegebied 7481 hoort niet bij de gemeente.',
      '5 bsn: Dit BSN staat ook in rij 2: dezelfde persoon staat twee keer in het bestand.',
      '6 contactpersoon: Contactpersoon is niet ingevuld.',
      "7 contactpersoon: Contactpersoon 'work_consultant@buurdorp' is geen actieve consulent werk van gemeente Voorbeeld.",
      "8 geboortedatum: Geboortedatum '31-02-1980' is geen bestaande datum in de vorm JJJJ-MM-DD of DD-MM-JJJJ.",
      "9 doelgroepen: Onbekende doelgroep 'wajong'. Gebruik: bijstand, nug, sw_indicatie, nieuw_beschut, statushouder, jongere_rmc, doelgroepregister (gescheiden door |).",
      "10 trede: Trede '7' bestaat niet: de participatieladder heeft de treden 1 tot en met 6.",
      "12 rol: Huishouden 'HH-9' heeft al een hoofdontvanger in rij 11; een huishouden heeft er hoogstens één.",
      '13 achternaam: Achternaam is niet ingevuld.',
    ]);
    expect(await counts(voorbeeldId)).toEqual(before);
  });

  it('is the default without ?dryRun, and says the good file is ready', async () => {
    const before = await counts(voorbeeldId);
    const res = await post(admin, goodFile);
    expect(res.json()).toMatchObject({
      dryRun: true, status: 'in_orde', rows: 6, created: 6, unchanged: 0, problems: [],
      householdsCreated: 5, targetGroupsCreated: 9, ladderMeasurementsCreated: 5,
    });
    expect(await counts(voorbeeldId)).toEqual(before);
  });

  it('refuses a BSN that Voorbeeld already knows under another name, without showing that name', async () => {
    const known = await t.db.selectFrom('residents').select(['bsn', 'surname']).where('municipalityId', '=', voorbeeldId)
      .where('surnamePrefix', 'is', null).orderBy('id').limit(1).executeTakeFirstOrThrow();
    const res = await post(admin, editedFile(goodFile, [[4, 'bsn', known.bsn], [4, 'voornamen', 'Qwerty'], [4, 'achternaam', 'Zzyzx'], [4, 'geboortedatum', '1901-01-01']]), { dryRun: true });
    const row4 = res.json().problems.filter((p: { row: number }) => p.row === 4);
    expect(row4).toHaveLength(1);
    expect(row4[0].column).toBe('bsn');
    expect(row4[0].message).toMatch(/^Dit BSN hoort in gemeente Voorbeeld al bij een inwoner met andere gegevens: voornamen, achternaam en geboortedatum wijken af\./);
    expect(res.body).not.toContain(known.surname);
  });
});

describe('resident import: real run', () => {
  it('writes nothing when one row has a problem, and records the refusal', async () => {
    const before = await counts(voorbeeldId);
    const res = await post(admin, editedFile(goodFile, [[5, 'postcode', '7481 XX']]), { dryRun: false });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: false, status: 'geweigerd', created: 0, householdsCreated: 0, rowsWithProblems: 1 });
    expect(problemTexts(res.json())).toEqual(['5 postcode: Postcode 7481 XX ligt niet in gemeente Voorbeeld: postcodegebied 7481 hoort niet bij de gemeente.']);
    expect(res.json().createdResidentIds).toBeUndefined();
    const after = await counts(voorbeeldId);
    expect(after).toEqual({ ...before, audit: before.audit + 1 });
    const event = await t.db.selectFrom('auditEvents').selectAll().where('requestId', '=', String(res.headers['x-request-id'])).executeTakeFirstOrThrow();
    expect(event).toMatchObject({ action: 'resident.import', result: 'denied', residentIds: [], actorRole: 'administrator', purpose: 'Overname van inwoners (migratie)' });
  });

  let createdIds: string[];
  it('creates every resident of the good file with target groups, household, ladder and contact person', async () => {
    const before = await counts(voorbeeldId);
    const res = await post(admin, goodFile, { dryRun: false });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ dryRun: false, status: 'geimporteerd', rows: 6, created: 6, unchanged: 0, problems: [], householdsCreated: 5, targetGroupsCreated: 9, ladderMeasurementsCreated: 5 });
    createdIds = body.createdResidentIds;
    expect(createdIds).toHaveLength(6);
    expect(await counts(voorbeeldId)).toEqual({
      residents: before.residents + 6, households: before.households + 5, targetGroups: before.targetGroups + 9,
      ladder: before.ladder + 5, contactChanges: before.contactChanges + 6, audit: before.audit + 1,
    });

    const rows = await t.db.selectFrom('residents').leftJoin('users', 'users.id', 'residents.contactPersonId')
      .select(['residents.id', 'residents.bsn', 'residents.givenNames', 'residents.surnamePrefix', 'residents.surname', 'residents.birthDate',
        'residents.postcode', 'residents.houseNumberSuffix', 'residents.householdId', 'residents.householdRole', 'residents.teamId',
        'residents.ladderStep', 'residents.ladderMeasuredOn', 'users.username', 'users.teamId as consultantTeamId'])
      .where('residents.id', 'in', createdIds).orderBy('residents.bsn').execute();
    expect(rows.map((r) => r.bsn)).toEqual(['999120013', '999120025', '999120037', '999120049', '999120050', '999120062']);
    const [anna, pieter, yusuf, noelle] = rows;
    // Household with partner: the two Wilgenhofs share one household.
    expect(anna).toMatchObject({ givenNames: 'Anna Maria', surnamePrefix: 'van', surname: 'Wilgenhof', postcode: '7491AB', householdRole: 'primary', username: 'work_consultant@voorbeeld' });
    expect(pieter).toMatchObject({ birthDate: '1982-07-22', householdRole: 'partner', householdId: anna.householdId });
    expect(new Set(rows.map((r) => r.householdId)).size).toBe(5);
    expect(yusuf).toMatchObject({ houseNumberSuffix: 'A', ladderStep: null, ladderMeasuredOn: null, username: 'work_consultant2@voorbeeld' });
    expect(noelle).toMatchObject({ givenNames: 'Noëlle', birthDate: '1975-01-05', householdRole: 'primary', ladderStep: 1, ladderMeasuredOn: '2026-11-01' });
    // The contact person's team comes with them.
    for (const r of rows) expect(r.teamId).toBe(r.consultantTeamId);
    expect(new Set(rows.map((r) => r.teamId)).size).toBe(2);

    const groups = await t.db.selectFrom('residentTargetGroups').select(['residentId', 'code', 'startDate']).where('residentId', 'in', createdIds).execute();
    expect(groups.filter((g) => g.residentId === yusuf.id).map((g) => g.code).sort()).toEqual(['jongere_rmc', 'nug']);
    expect(groups.find((g) => g.residentId === noelle.id && g.code === 'statushouder')?.startDate).toBe('2019-10-01');
    const ladder = await t.db.selectFrom('ladderMeasurements').selectAll().where('residentId', '=', anna.id).execute();
    expect(ladder).toMatchObject([{ step: 2, measuredOn: '2026-09-15' }]);
    const changes = await t.db.selectFrom('contactPersonChanges').selectAll().where('residentId', '=', anna.id).execute();
    const [wc, adminUser] = await Promise.all(['work_consultant@voorbeeld', 'administrator@voorbeeld']
      .map((u) => t.db.selectFrom('users').select('id').where('username', '=', u).executeTakeFirstOrThrow()));
    expect(changes).toMatchObject([{ fromUserId: null, toUserId: wc.id, changedBy: adminUser.id }]);

    const event = await t.db.selectFrom('auditEvents').selectAll().where('requestId', '=', String(res.headers['x-request-id'])).execute();
    expect(event).toHaveLength(1);
    expect(event[0]).toMatchObject({ action: 'resident.import', result: 'success', actorRole: 'administrator', objectType: 'resident_import' });
    expect([...event[0].residentIds].sort()).toEqual([...createdIds].sort());
    expect(event[0].objectId).toMatch(/^sha256:[0-9a-f]{64}$/);

    // The contact person finds the new resident in their caseload, with the partner in the household.
    const consultant = await t.login('work_consultant@voorbeeld');
    const dossier = await t.app.inject({ url: `/api/v1/residents/${anna.id}`, headers: { cookie: consultant } });
    expect(dossier.statusCode).toBe(200);
    expect(JSON.stringify(dossier.json())).toContain('Pieter');
  });

  it('creates nothing when the same file is imported again', async () => {
    const before = await counts(voorbeeldId);
    const res = await post(admin, goodFile, { dryRun: false });
    expect(res.json()).toMatchObject({ status: 'geimporteerd', created: 0, unchanged: 6, problems: [], householdsCreated: 0, createdResidentIds: [] });
    expect(await counts(voorbeeldId)).toEqual({ ...before, audit: before.audit + 1 });
    const event = await t.db.selectFrom('auditEvents').selectAll().where('requestId', '=', String(res.headers['x-request-id'])).executeTakeFirstOrThrow();
    expect(event).toMatchObject({ result: 'success', residentIds: [] });
  });

  it('adds a new partner to a household that came with an earlier import', async () => {
    const partnerBsn = bsnFrom(99_912_050);
    const extra = `${goodFile.toString('utf8').trimEnd()}\n${partnerBsn};Ravi;;Ormel;1991-05-05;Beekweg;41;;7495 JK;Voorbeeld;;;work_consultant5@voorbeeld;bijstand;2023-03-15;;;HH-0005;partner\n`;
    const res = await post(admin, Buffer.from(extra), { dryRun: false });
    expect(res.json()).toMatchObject({ status: 'geimporteerd', created: 1, unchanged: 6, householdsCreated: 0 });
    const both = await t.db.selectFrom('residents').select(['householdId', 'householdRole', 'bsn']).where('municipalityId', '=', voorbeeldId)
      .where('bsn', 'in', ['999120062', partnerBsn]).orderBy('householdRole').execute();
    expect(both.map((b) => b.householdRole)).toEqual(['partner', 'primary']);
    expect(both[0].householdId).toBe(both[1].householdId);
  });

  it('reads an Excel workbook: dates, numbers and links in cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Inwoners');
    sheet.addRow(['BSN', 'Voornamen', 'Tussenvoegsel', 'Achternaam', 'Geboortedatum', 'Straat', 'Huisnummer', 'Toevoeging', 'Postcode', 'Woonplaats',
      'Telefoon', 'Email', 'Contactpersoon', 'Doelgroepen', 'Doelgroep_startdatum', 'Trede', 'Trede_datum', 'Huishouden', 'Rol']);
    const bsnA = Number(bsnFrom(99_912_060));
    const bsnB = Number(bsnFrom(99_912_070));
    sheet.addRow([bsnA, 'Femke', 'ter', 'Haar', new Date(Date.UTC(1993, 5, 1)), 'Molenweg', 77, null, '7492 XY', 'Voorbeeld', null,
      { text: 'femke@voorbeeld.example', hyperlink: 'mailto:femke@voorbeeld.example' }, 'work_consultant3@voorbeeld', 'nug', new Date(Date.UTC(2025, 0, 6)),
      3, new Date(Date.UTC(2026, 8, 1)), 'X1', 'hoofdontvanger']);
    sheet.addRow([bsnB, 'Bram', 'ter', 'Haar', '14-02-1992', 'Molenweg', 77, null, '7492 XY', 'Voorbeeld', null, null, 'work_consultant3@voorbeeld',
      'bijstand|nieuw_beschut', '2025-01-06', null, null, 'X1', 'partner']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer() as ArrayBuffer);

    const dry = await post(admin, file, { dryRun: true, type: XLSX });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ status: 'in_orde', rows: 2, created: 2, problems: [] });
    const res = await post(admin, file, { dryRun: false, type: XLSX });
    expect(res.json()).toMatchObject({ status: 'geimporteerd', created: 2, householdsCreated: 1, targetGroupsCreated: 3, ladderMeasurementsCreated: 1 });
    const femke = await t.db.selectFrom('residents').selectAll().where('municipalityId', '=', voorbeeldId).where('bsn', '=', String(bsnA)).executeTakeFirstOrThrow();
    expect(femke).toMatchObject({ birthDate: '1993-06-01', email: 'femke@voorbeeld.example', houseNumber: 77, ladderStep: 3, ladderMeasuredOn: '2026-09-01' });
  });
});

describe('resident import: who and where', () => {
  it('a Buurdorp administrator importing the Voorbeeld file is refused on postcodes and contact persons, and never touches Voorbeeld', async () => {
    const voorbeeldBefore = await counts(voorbeeldId);
    const buurdorpBefore = await counts(buurdorpId);
    const cookie = await t.login('administrator@buurdorp');
    for (const dryRun of [true, false]) {
      const res = await post(cookie, goodFile, { dryRun });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ status: dryRun ? 'fouten_gevonden' : 'geweigerd', municipality: { code: 'buurdorp' }, created: dryRun ? 0 : 0, unchanged: 0, rowsWithProblems: 6 });
      const columns = new Set(body.problems.map((p: { column: string }) => p.column));
      expect(columns).toEqual(new Set(['postcode', 'contactpersoon']));
      expect(body.problems.filter((p: { column: string }) => p.column === 'postcode')).toHaveLength(6);
      expect(body.problems[0].message).toContain('ligt niet in gemeente Buurdorp');
      // That these BSNs exist in Voorbeeld is no business of Buurdorp's.
      expect(res.body).not.toMatch(/BSN/);
    }
    expect(await counts(voorbeeldId)).toEqual(voorbeeldBefore);
    expect(await counts(buurdorpId)).toEqual({ ...buurdorpBefore, audit: buurdorpBefore.audit + 1 });
  });

  it('refuses a work consultant (403, audited) and anyone not logged in (401)', async () => {
    const before = await counts(voorbeeldId);
    const cookie = await t.login('work_consultant@voorbeeld');
    const res = await post(cookie, goodFile, { dryRun: false });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().title).toBe('Geen toegang');
    const after = await counts(voorbeeldId);
    expect(after).toEqual({ ...before, audit: before.audit + 1 });
    const denied = await t.db.selectFrom('auditEvents').selectAll().where('requestId', '=', String(res.headers['x-request-id'])).executeTakeFirstOrThrow();
    expect(denied).toMatchObject({ action: 'resident.import', result: 'denied', actorRole: 'work_consultant' });

    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/resident-imports', headers: { 'content-type': CSV }, payload: goodFile });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses other content types and unreadable files with a Dutch problem', async () => {
    const json = await t.app.inject({ method: 'POST', url: '/api/v1/resident-imports', headers: { cookie: admin }, payload: { bsn: '999120013' } });
    expect(json.statusCode).toBe(415);
    expect(json.json().detail).toContain('text/csv');
    const pdf = await post(admin, '%PDF-1.4', { type: 'application/pdf' });
    expect(pdf.statusCode).toBe(415);
    const broken = await post(admin, 'bsn;voornamen\n"999120013;Anna\n');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().detail).toContain('aanhalingsteken');
    const xls = await post(admin, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), { type: XLSX });
    expect(xls.statusCode).toBe(400);
    expect(xls.json().detail).toContain('.xls');
    const withCharset = await post(admin, goodFile, { type: 'text/csv; charset=utf-8', dryRun: true });
    expect(withCharset.statusCode).toBe(200);
    const tooBig = await post(admin, Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), { dryRun: true });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.headers['content-type']).toContain('application/problem+json');
  });

  it('imports 10,000 rows in one go within seconds', async () => {
    const header = goodFile.toString('utf8').split('\n')[0];
    const lines = [header];
    for (let i = 0; lines.length <= 10_000; i++) {
      const bsn = completeBsn(String(97_000_000 + i));
      if (!bsn) continue;
      const k = lines.length - 1;  // 0 … 9,999: pairs form a household of primary recipient and partner
      lines.push([bsn, `Voornaam${k}`, '', `Achternaam${k}`, '1980-01-01', 'Kerkstraat', String(k + 1), '', '7493 AB', 'Voorbeeld', '', '',
        `work_consultant${(k % 4) + 2}@voorbeeld`, 'bijstand', '2024-01-01', String((k % 6) + 1), '2026-10-01', `G${Math.floor(k / 2)}`,
        k % 2 === 0 ? 'hoofdontvanger' : 'partner'].join(';'));
    }
    const before = await counts(voorbeeldId);
    const started = performance.now();
    const res = await post(admin, Buffer.from(lines.join('\n')), { dryRun: false });
    const seconds = (performance.now() - started) / 1000;
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    expect(res.json()).toMatchObject({ status: 'geimporteerd', created: 10_000, problems: [] });
    expect((await counts(voorbeeldId)).residents).toBe(before.residents + 10_000);
    const { rows } = await sql<{ n: number }>`SELECT count(DISTINCT household_id)::int AS n FROM residents WHERE id = ANY(${res.json().createdResidentIds}::uuid[])`.execute(t.db);
    expect(rows[0].n).toBe(5_000);
    console.info(`10.000 rijen geïmporteerd in ${seconds.toFixed(1)} s (${t.database.mode})`);
    expect(seconds).toBeLessThan(60);
  }, 120_000);
});
