import { describe, expect, it } from 'vitest';
import type { ParsedSheet } from './parse.ts';
import { checkHeaders, normalisePostcode, parseDutchDate, planImport, sameName, type ExistingResident, type ImportContext } from './rules.ts';

const header = ['bsn', 'voornamen', 'tussenvoegsel', 'achternaam', 'geboortedatum', 'straat', 'huisnummer', 'toevoeging', 'postcode',
  'woonplaats', 'telefoon', 'email', 'contactpersoon', 'doelgroepen', 'doelgroep_startdatum', 'trede', 'trede_datum', 'huishouden', 'rol'];
type Row = Partial<Record<(typeof header)[number], string>>;

const base: Row = {
  bsn: '999120013', voornamen: 'Anna', achternaam: 'Wilgenhof', geboortedatum: '1984-03-12', straat: 'Kerkstraat', huisnummer: '12',
  postcode: '7491 AB', woonplaats: 'Voorbeeld', contactpersoon: 'work_consultant@voorbeeld', doelgroepen: 'bijstand', doelgroep_startdatum: '2021-06-01',
};
const bsns = ['999120013', '999120025', '999120037', '999120049', '999120050', '999120062', '999120074', '999120086'];

function sheet(rows: Row[], headers: string[] = header): ParsedSheet {
  return { kind: 'csv', delimiter: ';', headers, rows: rows.map((r, i) => ({ row: i + 2, cells: headers.map((h) => r[h] ?? '') })) };
}
const ctx = (over: Partial<ImportContext> = {}): ImportContext => ({
  today: '2026-11-23', municipalityName: 'Voorbeeld', postcodeAreas: new Set(['7491', '7492']),
  consultants: new Map([['work_consultant@voorbeeld', { id: 'u1', teamId: 't1' }], ['work_consultant4@voorbeeld', { id: 'u4', teamId: 't2' }]]),
  existing: [], householdMembers: [], ...over,
});
const messages = (rows: Row[], c = ctx()) => planImport(sheet(rows), c).problems.map((p) => `${p.row}:${p.column}:${p.message}`);

describe('values', () => {
  it('reads dates as JJJJ-MM-DD or DD-MM-JJJJ and refuses dates that do not exist', () => {
    expect(parseDutchDate('1984-03-12')).toBe('1984-03-12');
    expect(parseDutchDate('12-03-1984')).toBe('1984-03-12');
    expect(parseDutchDate('2/3/1984')).toBe('1984-03-02');
    expect(parseDutchDate('12.03.1984')).toBe('1984-03-12');
    expect(parseDutchDate('29-02-2024')).toBe('2024-02-29');
    for (const bad of ['31-02-1980', '29-02-2023', '1984-13-01', '12-03-84', '03/12/84', 'gisteren', '']) expect(parseDutchDate(bad)).toBeNull();
  });

  it('normalises postcodes and refuses what is no Dutch postcode', () => {
    expect(normalisePostcode('7491 ab')).toBe('7491AB');
    expect(normalisePostcode(' 7491AB ')).toBe('7491AB');
    for (const bad of ['0491AB', '749AB', '7491 A', '7491SS', 'AB7491']) expect(normalisePostcode(bad)).toBeNull();
  });

  it('compares names without regard to case and spaces', () => {
    expect(sameName('Anna  Maria', 'anna maria')).toBe(true);
    expect(sameName(null, '')).toBe(true);
    expect(sameName('Anna', 'Anne')).toBe(false);
  });
});

describe('headers', () => {
  it('matches column names case-insensitively and reports missing, unknown and doubled columns', () => {
    expect(checkHeaders(header.map((h) => h.toUpperCase())).problems).toEqual([]);
    expect(checkHeaders(['BSN', 'Doelgroep Startdatum']).index.get('doelgroep_startdatum')).toBe(1);
    const { problems } = checkHeaders(['bsn', 'bsn', 'geboorte_datum', 'voornamen', 'achternaam']);
    const text = problems.map((p) => `${p.row}:${p.column}:${p.message}`);
    expect(text).toContain("1:bsn:Kolom 'bsn' staat twee keer in de kopregel.");
    expect(text.some((t) => t.startsWith("1:geboorte_datum:Onbekende kolom 'geboorte_datum'"))).toBe(true);
    expect(text).toContain("1:geboortedatum:Verplichte kolom 'geboortedatum' ontbreekt in de kopregel.");
  });

  it('reports a missing required column once, not on every row', () => {
    const headers = header.filter((h) => h !== 'contactpersoon');
    const plan = planImport(sheet([base, { ...base, bsn: bsns[1], voornamen: 'Piet' }], headers), ctx());
    expect(plan.problems).toEqual([{ row: 1, column: 'contactpersoon', message: "Verplichte kolom 'contactpersoon' ontbreekt in de kopregel." }]);
    expect(plan.create).toEqual([]);
  });
});

describe('one row', () => {
  it('accepts a complete row and normalises it', () => {
    const plan = planImport(sheet([{ ...base, voornamen: ' Anna ', postcode: '7491ab', geboortedatum: '12-03-1984', doelgroepen: 'Bijstand | statushouder', trede: '2', trede_datum: '2026-09-15' }]), ctx());
    expect(plan.problems).toEqual([]);
    expect(plan.create).toHaveLength(1);
    expect(plan.create[0]).toMatchObject({
      row: 2, bsn: '999120013', givenNames: 'Anna', birthDate: '1984-03-12', postcode: '7491AB', houseNumber: 12,
      contactPerson: { id: 'u1', teamId: 't1' }, targetGroups: ['bijstand', 'statushouder'], ladder: { step: 2, measuredOn: '2026-09-15' },
      householdRole: 'primary', household: { kind: 'new' },
    });
    expect(plan.newHouseholds).toBe(1);
  });

  it('pads an 8-digit BSN and refuses one that fails the 11-check', () => {
    expect(planImport(sheet([{ ...base, bsn: '12345672' }]), ctx()).create[0]?.bsn).toBe('012345672');
    expect(messages([{ ...base, bsn: '999120014' }])).toEqual(['2:bsn:BSN is ongeldig: het voldoet niet aan de elfproef. Controleer het op een tikfout.']);
    expect(messages([{ ...base, bsn: '1234' }])).toEqual(['2:bsn:BSN moet uit 9 cijfers bestaan (of 8, dan komt er een 0 voor).']);
  });

  it('refuses a postcode outside the municipality and says which area', () => {
    expect(messages([{ ...base, postcode: '7481 AB' }])).toEqual([
      '2:postcode:Postcode 7481 AB ligt niet in gemeente Voorbeeld: postcodegebied 7481 hoort niet bij de gemeente.',
    ]);
    expect(messages([{ ...base, postcode: '74911' }])[0]).toContain("Postcode '74911' is geen Nederlandse postcode");
  });

  it('reports once for the file when the municipality has no postcode areas', () => {
    expect(messages([base], ctx({ postcodeAreas: new Set() }))).toEqual([
      '1:postcode:Voor gemeente Voorbeeld zijn geen postcodegebieden vastgelegd, dus geen adres kan worden gecontroleerd. Laat de postcodegebieden van de gemeente eerst vastleggen.',
    ]);
  });

  it('needs a contact person who is an active work consultant of the municipality', () => {
    expect(messages([{ ...base, contactpersoon: '' }])).toEqual(['2:contactpersoon:Contactpersoon is niet ingevuld.']);
    expect(messages([{ ...base, contactpersoon: 'work_consultant@buurdorp' }])).toEqual([
      "2:contactpersoon:Contactpersoon 'work_consultant@buurdorp' is geen actieve consulent werk van gemeente Voorbeeld.",
    ]);
    expect(messages([{ ...base, contactpersoon: 'Work_Consultant@Voorbeeld' }])).toEqual([]);
  });

  it('reports every missing required field of a row', () => {
    expect(messages([{ bsn: base.bsn, contactpersoon: base.contactpersoon }])).toEqual([
      '2:voornamen:Voornamen is niet ingevuld.', '2:achternaam:Achternaam is niet ingevuld.', '2:geboortedatum:Geboortedatum is niet ingevuld.',
      '2:straat:Straat is niet ingevuld.', '2:huisnummer:Huisnummer is niet ingevuld.', '2:postcode:Postcode is niet ingevuld.',
      '2:woonplaats:Woonplaats is niet ingevuld.', '2:doelgroepen:Doelgroepen is niet ingevuld.', '2:doelgroep_startdatum:Startdatum doelgroep is niet ingevuld.',
    ]);
  });

  it('refuses bad and future dates, and dates before birth', () => {
    expect(messages([{ ...base, geboortedatum: '31-02-1980' }])).toEqual([
      "2:geboortedatum:Geboortedatum '31-02-1980' is geen bestaande datum in de vorm JJJJ-MM-DD of DD-MM-JJJJ.",
    ]);
    expect(messages([{ ...base, geboortedatum: '2027-01-01' }])).toEqual(['2:geboortedatum:Geboortedatum 2027-01-01 ligt in de toekomst.']);
    expect(messages([{ ...base, doelgroep_startdatum: '1980-01-01' }])).toEqual(['2:doelgroep_startdatum:Startdatum doelgroep 1980-01-01 ligt vóór de geboortedatum.']);
  });

  it('refuses unknown target groups, and names the codes that exist', () => {
    expect(messages([{ ...base, doelgroepen: 'bijstand|wajong' }])).toEqual([
      "2:doelgroepen:Onbekende doelgroep 'wajong'. Gebruik: bijstand, nug, sw_indicatie, nieuw_beschut, statushouder, jongere_rmc, doelgroepregister (gescheiden door |).",
    ]);
  });

  it('keeps the ladder step within 1 to 6 and needs its date', () => {
    expect(messages([{ ...base, trede: '7', trede_datum: '2026-01-01' }])).toEqual([
      "2:trede:Trede '7' bestaat niet: de participatieladder heeft de treden 1 tot en met 6.",
    ]);
    expect(messages([{ ...base, trede: '0', trede_datum: '2026-01-01' }])).toHaveLength(1);
    expect(messages([{ ...base, trede: '3' }])).toEqual(['2:trede_datum:Datum trede ontbreekt: vul in wanneer de trede is gemeten.']);
    expect(messages([{ ...base, trede_datum: '2026-01-01' }])).toEqual(['2:trede_datum:Datum trede is ingevuld, maar de trede zelf niet.']);
  });

  it('checks house number, phone and e-mail', () => {
    expect(messages([{ ...base, huisnummer: '12a' }])).toEqual([
      "2:huisnummer:Huisnummer '12a' is geen heel getal. Zet een huisletter of toevoeging in de kolom toevoeging.",
    ]);
    expect(messages([{ ...base, telefoon: 'bel maar' }])).toEqual(["2:telefoon:Telefoonnummer 'bel maar' is ongeldig."]);
    expect(messages([{ ...base, telefoon: '+31 6 1234 5678', email: 'anna@voorbeeld.example' }])).toEqual([]);
    expect(messages([{ ...base, email: 'anna@' }])).toEqual(["2:email:E-mailadres 'anna@' is ongeldig."]);
  });

  it('needs a role in a household and a household for a partner', () => {
    expect(messages([{ ...base, huishouden: 'H1' }])).toEqual(['2:rol:Rol ontbreekt: kies hoofdontvanger of partner voor dit lid van het huishouden.']);
    expect(messages([{ ...base, rol: 'partner' }])[0]).toMatch(/^2:huishouden:Een partner hoort bij een huishouden/);
    expect(messages([{ ...base, huishouden: 'H1', rol: 'kind' }])).toEqual(["2:rol:Rol 'kind' bestaat niet: kies hoofdontvanger of partner."]);
  });
});

describe('the file as a whole', () => {
  it('finds the same BSN twice, and the same person under two BSNs', () => {
    expect(messages([base, { ...base }])).toEqual(['3:bsn:Dit BSN staat ook in rij 2: dezelfde persoon staat twee keer in het bestand.']);
    expect(messages([base, { ...base, bsn: bsns[1] }])).toEqual([
      "3:bsn:Rij 2 heeft dezelfde naam en geboortedatum met een ander BSN: waarschijnlijk dezelfde persoon. Controleer beide BSN's.",
    ]);
  });

  it('refuses a row with more values than the header has columns (a shifted row)', () => {
    const shifted: ParsedSheet = { ...sheet([base]), delimiter: ',' };
    shifted.rows[0].cells.push('achterhuis');
    expect(planImport(shifted, ctx()).problems).toEqual([{
      row: 2, column: null, message: "Deze rij heeft meer waarden dan de kopregel kolommen heeft (19). Staat er een ',' in een veld zonder aanhalingstekens eromheen?",
    }]);
    const trailingEmpty = sheet([base]);
    trailingEmpty.rows[0].cells.push('', ' ');
    expect(planImport(trailingEmpty, ctx()).problems).toEqual([]);
  });

  it('forms one household per key, with at most one primary recipient and one partner', () => {
    const plan = planImport(sheet([
      { ...base, huishouden: 'H1', rol: 'hoofdontvanger' },
      { ...base, bsn: bsns[1], voornamen: 'Piet', huishouden: 'H1', rol: 'Partner' },
      { ...base, bsn: bsns[2], voornamen: 'Kim' },
    ]), ctx());
    expect(plan.problems).toEqual([]);
    expect(plan.newHouseholds).toBe(2);
    expect(plan.create[0].household).toEqual(plan.create[1].household);
    expect(plan.create[1].householdRole).toBe('partner');
    expect(plan.create[2].household).not.toEqual(plan.create[0].household);

    expect(messages([
      { ...base, huishouden: 'H1', rol: 'hoofdontvanger' },
      { ...base, bsn: bsns[1], voornamen: 'Piet', huishouden: 'H1', rol: 'hoofdontvanger' },
    ])).toEqual(["3:rol:Huishouden 'H1' heeft al een hoofdontvanger in rij 2; een huishouden heeft er hoogstens één."]);
    expect(messages([{ ...base, huishouden: 'H1', rol: 'partner' }])).toEqual([
      "2:rol:Huishouden 'H1' heeft geen hoofdontvanger: geef één lid de rol hoofdontvanger.",
    ]);
  });
});

describe('against the municipality', () => {
  const anna: ExistingResident = {
    id: 'r1', bsn: '999120013', givenNames: 'Anna', surnamePrefix: null, surname: 'Wilgenhof', birthDate: '1984-03-12', householdId: 'h1', householdRole: 'primary',
  };

  it('counts the same person with the same BSN as unchanged, and writes nothing for them', () => {
    const plan = planImport(sheet([{ ...base, achternaam: 'WILGENHOF' }]), ctx({ existing: [anna] }));
    expect(plan.problems).toEqual([]);
    expect(plan.unchanged).toEqual([{ row: 2, residentId: 'r1' }]);
    expect(plan.create).toEqual([]);
    expect(plan.newHouseholds).toBe(0);
  });

  it('refuses a BSN that belongs to someone else, naming only the fields that differ', () => {
    expect(messages([{ ...base, achternaam: 'Anders', geboortedatum: '1990-01-01' }], ctx({ existing: [anna] }))).toEqual([
      '2:bsn:Dit BSN hoort in gemeente Voorbeeld al bij een inwoner met andere gegevens: achternaam en geboortedatum wijken af. Controleer het BSN en de persoonsgegevens.',
    ]);
    expect(messages([{ ...base, geboortedatum: '1984-03-13' }], ctx({ existing: [anna] }))[0]).toContain('met andere gegevens: geboortedatum wijkt af.');
  });

  it('refuses a known person under a new BSN', () => {
    expect(messages([{ ...base, bsn: bsns[1] }], ctx({ existing: [anna] }))).toEqual([
      '2:bsn:Een inwoner met dezelfde naam en geboortedatum is in gemeente Voorbeeld al bekend onder een ander BSN. Controleer het BSN.',
    ]);
  });

  it('adds a new partner to the household of a known primary recipient', () => {
    const plan = planImport(sheet([
      { ...base, huishouden: 'H1', rol: 'hoofdontvanger' },
      { ...base, bsn: bsns[1], voornamen: 'Piet', huishouden: 'H1', rol: 'partner' },
    ]), ctx({ existing: [anna], householdMembers: [{ householdId: 'h1', residentId: 'r1', role: 'primary' }] }));
    expect(plan.problems).toEqual([]);
    expect(plan.create.map((c) => c.household)).toEqual([{ kind: 'existing', id: 'h1' }]);
    expect(plan.newHouseholds).toBe(0);
  });

  it('refuses a second primary recipient for a known household', () => {
    expect(messages([
      { ...base, huishouden: 'H1', rol: 'partner' },
      { ...base, bsn: bsns[1], voornamen: 'Piet', huishouden: 'H1', rol: 'hoofdontvanger' },
    ], ctx({ existing: [anna], householdMembers: [{ householdId: 'h1', residentId: 'r1', role: 'primary' }, { householdId: 'h1', residentId: 'r9', role: 'partner' }] }))).toEqual([
      "3:rol:Huishouden 'H1' heeft in Meedoen al een hoofdontvanger; een huishouden heeft er hoogstens één.",
    ]);
  });
});
