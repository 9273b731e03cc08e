import { isValidBsn, normaliseBsn } from '../../../rules/bsn.ts';
import { targetGroupCodes, type TargetGroupCode } from '../../../rules/target-groups.ts';
import { columnLabel, importColumns, normaliseHeader, type ImportColumn } from './columns.ts';
import type { ParsedSheet, SheetRow } from './parse.ts';

// Pure validation of an import: every row on its own, then the file as a whole (duplicates, households),
// then against what the municipality already holds (passed in as data, so this file does no I/O).
// Each problem names the row and column and says in Dutch what is wrong; nothing here writes.

export interface ImportProblem {
  /** Spreadsheet row: 1 is the header, 2 the first person. */
  row: number;
  /** Column name as documented (bsn, postcode, …), or null when it concerns the whole row. */
  column: string | null;
  message: string;
}

/** A resident already in the municipality whose BSN, or name and birth date, also occurs in the file. */
export interface ExistingResident {
  id: string;
  bsn: string;
  givenNames: string;
  surnamePrefix: string | null;
  surname: string;
  birthDate: string;
  householdId: string | null;
  householdRole: 'primary' | 'partner' | null;
}

export interface ImportContext {
  today: string;
  municipalityName: string;
  /** 4-digit postcode areas of the municipality. */
  postcodeAreas: ReadonlySet<string>;
  /** Active work consultants of the municipality, by user name in lower case. */
  consultants: ReadonlyMap<string, { id: string; teamId: string | null }>;
  existing: readonly ExistingResident[];
  /** Members of existing households the file may add people to: who is primary recipient, who partner. */
  householdMembers: readonly { householdId: string; residentId: string; role: 'primary' | 'partner' | null }[];
}

export type HouseholdRole = 'primary' | 'partner';

/** One valid row, normalised to what is stored. */
export interface ImportRow {
  row: number;
  bsn: string;
  givenNames: string;
  surnamePrefix: string | null;
  surname: string;
  birthDate: string;
  street: string;
  houseNumber: number;
  houseNumberSuffix: string | null;
  postcode: string;
  city: string;
  phone: string | null;
  email: string | null;
  contactPerson: { username: string; id: string; teamId: string | null };
  targetGroups: TargetGroupCode[];
  targetGroupStart: string;
  ladder: { step: number; measuredOn: string } | null;
  householdKey: string | null;
  householdRole: HouseholdRole;
}

/** Where a new resident lives: a household the import creates (by reference), or one that exists. */
export type HouseholdTarget = { kind: 'new'; ref: string } | { kind: 'existing'; id: string };

export interface PlannedResident extends ImportRow { household: HouseholdTarget }

export interface ImportPlan {
  /** Person rows in the file. */
  rows: number;
  problems: ImportProblem[];
  /** Rows that become new residents (only meaningful when there are no problems). */
  create: PlannedResident[];
  /** Rows whose BSN already belongs to the same person: not written again. */
  unchanged: { row: number; residentId: string }[];
  /** Households the import creates. */
  newHouseholds: number;
}

const roleWords: Record<string, HouseholdRole> = { hoofdontvanger: 'primary', partner: 'partner' };
const roleNames: Record<HouseholdRole, string> = { primary: 'hoofdontvanger', partner: 'partner' };

/** 'JJJJ-MM-DD' or 'DD-MM-JJJJ' (also with / or .) → 'JJJJ-MM-DD', or null when it is no real date. */
export function parseDutchDate(input: string): string | null {
  const value = input.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** '7491 ab' → '7491AB'; null when it is no Dutch postcode (1000–9999, two letters, not SA/SD/SS). */
export function normalisePostcode(input: string): string | null {
  const value = input.replace(/\s+/g, '').toUpperCase();
  if (!/^[1-9]\d{3}[A-Z]{2}$/.test(value)) return null;
  if (['SA', 'SD', 'SS'].includes(value.slice(4))) return null;
  return value;
}

export const formatPostcode = (postcode: string) => `${postcode.slice(0, 4)} ${postcode.slice(4)}`;

/** Names compared the way a person would: case, accents' encoding and extra spaces do not count. */
export function sameName(a: string | null, b: string | null): boolean {
  const norm = (s: string | null) => (s ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return norm(a) === norm(b);
}

const personKey = (p: { givenNames: string; surnamePrefix: string | null; surname: string; birthDate: string }) =>
  [p.givenNames, p.surnamePrefix ?? '', p.surname].map((s) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl')).join('|') + `|${p.birthDate}`;

/** The cells of one row by documented column name (missing cells are empty). */
export type RowValues = Partial<Record<ImportColumn, string>>;

/** Header problems (missing required, unknown or doubled columns) and the column index of each known one. */
export function checkHeaders(headers: string[]): { problems: ImportProblem[]; index: Map<ImportColumn, number> } {
  const problems: ImportProblem[] = [];
  const index = new Map<ImportColumn, number>();
  const known = new Set<string>(importColumns.map((c) => c.name));
  headers.forEach((raw, i) => {
    const name = normaliseHeader(raw);
    if (name === '') {
      problems.push({ row: 1, column: null, message: `Kolom ${i + 1} heeft geen naam in de kopregel.` });
    } else if (!known.has(name)) {
      problems.push({ row: 1, column: raw.trim(), message: `Onbekende kolom '${raw.trim()}'. Bekende kolommen: ${importColumns.map((c) => c.name).join(', ')}.` });
    } else if (index.has(name as ImportColumn)) {
      problems.push({ row: 1, column: name, message: `Kolom '${name}' staat twee keer in de kopregel.` });
    } else {
      index.set(name as ImportColumn, i);
    }
  });
  for (const c of importColumns) {
    if (c.required && !index.has(c.name)) problems.push({ row: 1, column: c.name, message: `Verplichte kolom '${c.name}' ontbreekt in de kopregel.` });
  }
  return { problems, index };
}

export function rowValues(row: SheetRow, index: Map<ImportColumn, number>): RowValues {
  const values: RowValues = {};
  for (const [name, i] of index) values[name] = (row.cells[i] ?? '').trim();
  return values;
}

/**
 * One row on its own. `present` lists the columns the file has: a missing required column was already
 * reported once for the header, so it is not reported again on every row.
 */
export function validateRow(rowNumber: number, v: RowValues, present: ReadonlySet<ImportColumn>, ctx: ImportContext): { problems: ImportProblem[]; value: ImportRow | null } {
  const problems: ImportProblem[] = [];
  const problem = (column: ImportColumn | null, message: string) => problems.push({ row: rowNumber, column, message });
  const text = (c: ImportColumn) => v[c] ?? '';
  const required = (c: ImportColumn): string | null => {
    const value = text(c);
    if (value === '') {
      if (present.has(c)) problem(c, `${columnLabel(c)} is niet ingevuld.`);
      return null;
    }
    return value;
  };
  const tooLong = (c: ImportColumn, max: number) => {
    if (text(c).length > max) problem(c, `${columnLabel(c)} is te lang (hoogstens ${max} tekens).`);
  };

  // BSN
  const bsnText = required('bsn');
  let bsn: string | null = null;
  if (bsnText !== null) {
    const normal = normaliseBsn(bsnText);
    if (normal === null) problem('bsn', 'BSN moet uit 9 cijfers bestaan (of 8, dan komt er een 0 voor).');
    else if (!isValidBsn(normal)) problem('bsn', 'BSN is ongeldig: het voldoet niet aan de elfproef. Controleer het op een tikfout.');
    else bsn = normal;
  }

  const givenNames = required('voornamen');
  const surname = required('achternaam');
  const surnamePrefix = text('tussenvoegsel') || null;
  for (const c of ['voornamen', 'tussenvoegsel', 'achternaam', 'straat', 'woonplaats'] as const) tooLong(c, 200);

  // Dates
  const dateOf = (c: ImportColumn, value: string | null): string | null => {
    if (value === null) return null;
    const date = parseDutchDate(value);
    if (date === null) {
      problem(c, `${columnLabel(c)} '${value}' is geen bestaande datum in de vorm JJJJ-MM-DD of DD-MM-JJJJ.`);
      return null;
    }
    if (date > ctx.today) {
      problem(c, `${columnLabel(c)} ${date} ligt in de toekomst.`);
      return null;
    }
    return date;
  };
  const birthDate = dateOf('geboortedatum', required('geboortedatum'));
  if (birthDate !== null && birthDate < '1900-01-01') problem('geboortedatum', `Geboortedatum ${birthDate} ligt vóór 1900.`);
  const notBeforeBirth = (c: ImportColumn, date: string | null) => {
    if (date !== null && birthDate !== null && date < birthDate) problem(c, `${columnLabel(c)} ${date} ligt vóór de geboortedatum.`);
  };

  // Address
  const street = required('straat');
  const houseNumberText = required('huisnummer');
  let houseNumber: number | null = null;
  if (houseNumberText !== null) {
    if (/^\d{1,5}$/.test(houseNumberText) && Number(houseNumberText) > 0) houseNumber = Number(houseNumberText);
    else problem('huisnummer', `Huisnummer '${houseNumberText}' is geen heel getal. Zet een huisletter of toevoeging in de kolom toevoeging.`);
  }
  const houseNumberSuffix = text('toevoeging') || null;
  if (houseNumberSuffix && houseNumberSuffix.length > 10) problem('toevoeging', 'Toevoeging is te lang (hoogstens 10 tekens).');
  const postcodeText = required('postcode');
  let postcode: string | null = null;
  if (postcodeText !== null) {
    const normal = normalisePostcode(postcodeText);
    if (normal === null) problem('postcode', `Postcode '${postcodeText}' is geen Nederlandse postcode in de vorm 1234 AB.`);
    else if (ctx.postcodeAreas.size > 0 && !ctx.postcodeAreas.has(normal.slice(0, 4))) {
      problem('postcode', `Postcode ${formatPostcode(normal)} ligt niet in gemeente ${ctx.municipalityName}: postcodegebied ${normal.slice(0, 4)} hoort niet bij de gemeente.`);
    } else postcode = normal;
  }
  const city = required('woonplaats');

  // Contact details
  const phone = text('telefoon') || null;
  if (phone !== null && !(/^\+?[0-9 ()-]+$/.test(phone) && phone.replace(/\D/g, '').length >= 8 && phone.length <= 30)) {
    problem('telefoon', `Telefoonnummer '${phone}' is ongeldig.`);
  }
  const email = text('email') || null;
  if (email !== null && !(/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254)) problem('email', `E-mailadres '${email}' is ongeldig.`);

  // Contact person
  const contactText = required('contactpersoon');
  let contactPerson: ImportRow['contactPerson'] | null = null;
  if (contactText !== null) {
    const username = contactText.toLowerCase();
    const found = ctx.consultants.get(username);
    if (found) contactPerson = { username, ...found };
    else problem('contactpersoon', `Contactpersoon '${contactText}' is geen actieve consulent werk van gemeente ${ctx.municipalityName}.`);
  }

  // Target groups
  const groupsText = required('doelgroepen');
  const targetGroups: TargetGroupCode[] = [];
  let groupsOk = groupsText !== null;
  if (groupsText !== null) {
    for (const part of groupsText.split('|')) {
      const code = part.trim().toLowerCase().replace(/[\s-]+/g, '_');
      if (code === '') continue;
      if ((targetGroupCodes as readonly string[]).includes(code)) {
        if (!targetGroups.includes(code as TargetGroupCode)) targetGroups.push(code as TargetGroupCode);
      } else {
        groupsOk = false;
        problem('doelgroepen', `Onbekende doelgroep '${part.trim()}'. Gebruik: ${targetGroupCodes.join(', ')} (gescheiden door |).`);
      }
    }
    if (groupsOk && targetGroups.length === 0) {
      groupsOk = false;
      problem('doelgroepen', 'Doelgroepen is niet ingevuld.');
    }
  }
  const targetGroupStart = dateOf('doelgroep_startdatum', required('doelgroep_startdatum'));
  notBeforeBirth('doelgroep_startdatum', targetGroupStart);

  // Participation ladder
  const stepText = text('trede');
  const stepDateText = text('trede_datum');
  let ladder: ImportRow['ladder'] = null;
  let ladderOk = true;
  if (stepText !== '') {
    const step = /^\d+$/.test(stepText) ? Number(stepText) : NaN;
    if (!(step >= 1 && step <= 6)) {
      ladderOk = false;
      problem('trede', `Trede '${stepText}' bestaat niet: de participatieladder heeft de treden 1 tot en met 6.`);
    }
    if (stepDateText === '') {
      ladderOk = false;
      problem('trede_datum', 'Datum trede ontbreekt: vul in wanneer de trede is gemeten.');
    }
    const measuredOn = stepDateText === '' ? null : dateOf('trede_datum', stepDateText);
    notBeforeBirth('trede_datum', measuredOn);
    if (ladderOk && measuredOn !== null) ladder = { step, measuredOn };
    else ladderOk = false;
  } else if (stepDateText !== '') {
    ladderOk = false;
    problem('trede_datum', 'Datum trede is ingevuld, maar de trede zelf niet.');
  }

  // Household
  const householdKey = text('huishouden') || null;
  if (householdKey && householdKey.length > 100) problem('huishouden', 'Huishouden is te lang (hoogstens 100 tekens).');
  const roleText = text('rol');
  let householdRole: HouseholdRole | null = null;
  if (roleText !== '') {
    householdRole = roleWords[roleText.toLowerCase()] ?? null;
    if (householdRole === null) problem('rol', `Rol '${roleText}' bestaat niet: kies hoofdontvanger of partner.`);
  } else if (householdKey !== null) {
    problem('rol', 'Rol ontbreekt: kies hoofdontvanger of partner voor dit lid van het huishouden.');
  } else {
    householdRole = 'primary';
  }
  if (householdRole === 'partner' && householdKey === null) {
    problem('huishouden', 'Een partner hoort bij een huishouden: vul in de kolom huishouden dezelfde sleutel in als bij de hoofdontvanger.');
  }

  // A missing required column was reported once for the header; such a row is not valid either.
  const needed = [bsn, givenNames, surname, birthDate, street, houseNumber, postcode, city, contactPerson, targetGroupStart, householdRole];
  if (problems.length > 0 || !groupsOk || needed.some((x) => x === null)) return { problems, value: null };
  return {
    problems,
    value: {
      row: rowNumber, bsn: bsn!, givenNames: givenNames!, surnamePrefix, surname: surname!, birthDate: birthDate!,
      street: street!, houseNumber: houseNumber!, houseNumberSuffix, postcode: postcode!, city: city!, phone, email,
      contactPerson: contactPerson!, targetGroups, targetGroupStart: targetGroupStart!, ladder: ladderOk ? ladder : null,
      householdKey, householdRole: householdRole!,
    },
  };
}

/** Which name fields differ between a row and the resident holding its BSN (no values: only the field names). */
function differingFields(row: ImportRow, existing: ExistingResident): string[] {
  const fields: string[] = [];
  if (!sameName(row.givenNames, existing.givenNames)) fields.push('voornamen');
  if (!sameName(row.surnamePrefix, existing.surnamePrefix)) fields.push('tussenvoegsel');
  if (!sameName(row.surname, existing.surname)) fields.push('achternaam');
  if (row.birthDate !== existing.birthDate) fields.push('geboortedatum');
  return fields;
}

function listWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} en ${words[words.length - 1]}`;
}

/** The BSNs and birth dates in the file: what to look up among the municipality's residents. */
export function lookupKeys(sheet: ParsedSheet): { bsns: string[]; birthDates: string[] } {
  const { index } = checkHeaders(sheet.headers);
  const bsns = new Set<string>();
  const birthDates = new Set<string>();
  for (const row of sheet.rows) {
    const v = rowValues(row, index);
    const bsn = normaliseBsn(v.bsn ?? '');
    if (bsn !== null && isValidBsn(bsn)) bsns.add(bsn);
    const birthDate = parseDutchDate(v.geboortedatum ?? '');
    if (birthDate !== null) birthDates.add(birthDate);
  }
  return { bsns: [...bsns], birthDates: [...birthDates] };
}

/** The whole import: rows, duplicates in the file and against the municipality, and households. */
export function planImport(sheet: ParsedSheet, ctx: ImportContext): ImportPlan {
  const { problems, index } = checkHeaders(sheet.headers);
  const present = new Set(index.keys());
  if (present.has('postcode') && ctx.postcodeAreas.size === 0) {
    problems.push({ row: 1, column: 'postcode', message: `Voor gemeente ${ctx.municipalityName} zijn geen postcodegebieden vastgelegd, dus geen adres kan worden gecontroleerd. Laat de postcodegebieden van de gemeente eerst vastleggen.` });
  }
  if (sheet.rows.length === 0) problems.push({ row: 2, column: null, message: 'Het bestand bevat alleen een kopregel: er staan geen inwoners in.' });

  const valid: ImportRow[] = [];
  for (const row of sheet.rows) {
    // Values beyond the header would be dropped silently: in a CSV usually a delimiter in an unquoted field.
    if (row.cells.slice(sheet.headers.length).some((c) => c.trim() !== '')) {
      const hint = sheet.delimiter ? ` Staat er een '${sheet.delimiter === '\t' ? 'tab' : sheet.delimiter}' in een veld zonder aanhalingstekens eromheen?` : '';
      problems.push({ row: row.row, column: null, message: `Deze rij heeft meer waarden dan de kopregel kolommen heeft (${sheet.headers.length}).${hint}` });
      continue;
    }
    const result = validateRow(row.row, rowValues(row, index), present, ctx);
    problems.push(...result.problems);
    if (result.value) valid.push(result.value);
  }

  // Duplicates within the file.
  const firstByBsn = new Map<string, number>();
  const firstByPerson = new Map<string, { row: number; bsn: string }>();
  const distinct: ImportRow[] = [];
  for (const r of valid) {
    const earlier = firstByBsn.get(r.bsn);
    if (earlier !== undefined) {
      problems.push({ row: r.row, column: 'bsn', message: `Dit BSN staat ook in rij ${earlier}: dezelfde persoon staat twee keer in het bestand.` });
      continue;
    }
    firstByBsn.set(r.bsn, r.row);
    const key = personKey(r);
    const same = firstByPerson.get(key);
    if (same) {
      problems.push({ row: r.row, column: 'bsn', message: `Rij ${same.row} heeft dezelfde naam en geboortedatum met een ander BSN: waarschijnlijk dezelfde persoon. Controleer beide BSN's.` });
      continue;
    }
    firstByPerson.set(key, { row: r.row, bsn: r.bsn });
    distinct.push(r);
  }

  // Against the municipality: the same BSN is the same person, or a conflict.
  const existingByBsn = new Map(ctx.existing.map((e) => [e.bsn, e]));
  const existingByPerson = new Map(ctx.existing.map((e) => [personKey(e), e]));
  const fresh: ImportRow[] = [];
  const unchanged: { row: ImportRow; resident: ExistingResident }[] = [];
  for (const r of distinct) {
    const same = existingByBsn.get(r.bsn);
    if (same) {
      const fields = differingFields(r, same);
      if (fields.length === 0) unchanged.push({ row: r, resident: same });
      else {
        problems.push({ row: r.row, column: 'bsn', message: `Dit BSN hoort in gemeente ${ctx.municipalityName} al bij een inwoner met andere gegevens: ${listWords(fields)} ${fields.length === 1 ? 'wijkt' : 'wijken'} af. Controleer het BSN en de persoonsgegevens.` });
      }
      continue;
    }
    const namesake = existingByPerson.get(personKey(r));
    if (namesake) {
      problems.push({ row: r.row, column: 'bsn', message: `Een inwoner met dezelfde naam en geboortedatum is in gemeente ${ctx.municipalityName} al bekend onder een ander BSN. Controleer het BSN.` });
      continue;
    }
    fresh.push(r);
  }

  // Households: rows with the same key form one; without a key a person is a household of their own.
  const create: PlannedResident[] = [];
  let newHouseholds = 0;
  const groups = new Map<string, ImportRow[]>();
  for (const r of valid) if (r.householdKey !== null) groups.set(r.householdKey, [...(groups.get(r.householdKey) ?? []), r]);
  for (const [key, members] of groups) {
    for (const role of ['primary', 'partner'] as const) {
      const holders = members.filter((m) => m.householdRole === role);
      for (const extra of holders.slice(1)) {
        problems.push({ row: extra.row, column: 'rol', message: `Huishouden '${key}' heeft al een ${roleNames[role]} in rij ${holders[0].row}; een huishouden heeft er hoogstens één.` });
      }
    }
  }
  const freshByKey = new Map<string, ImportRow[]>();
  for (const r of fresh) {
    if (r.householdKey === null) {
      create.push({ ...r, household: { kind: 'new', ref: `rij:${r.row}` } });
      newHouseholds++;
    } else freshByKey.set(r.householdKey, [...(freshByKey.get(r.householdKey) ?? []), r]);
  }
  for (const [key, members] of freshByKey) {
    const known = unchanged.filter((u) => u.row.householdKey === key);
    const householdIds = [...new Set(known.map((u) => u.resident.householdId).filter((id): id is string => id !== null))];
    if (householdIds.length > 1 || (known.length > 0 && householdIds.length === 0)) {
      for (const m of members) {
        problems.push({ row: m.row, column: 'huishouden', message: `Huishouden '${key}': de inwoners ervan die al in Meedoen staan (rij ${known.map((u) => u.row.row).join(', ')}) horen daar niet bij één huishouden. Voeg ze eerst samen in het dossier.` });
      }
      continue;
    }
    const target: HouseholdTarget = householdIds.length === 1 ? { kind: 'existing', id: householdIds[0] } : { kind: 'new', ref: `huishouden:${key}` };
    if (target.kind === 'new') newHouseholds++;
    // Existing residents keep their role (an import never changes them): count theirs from Meedoen, the new ones from the file.
    const stored = target.kind === 'existing' ? ctx.householdMembers.filter((h) => h.householdId === target.id) : [];
    for (const role of ['primary', 'partner'] as const) {
      if (stored.some((o) => o.role === role)) {
        for (const m of members.filter((x) => x.householdRole === role)) {
          problems.push({ row: m.row, column: 'rol', message: `Huishouden '${key}' heeft in Meedoen al een ${roleNames[role]}; een huishouden heeft er hoogstens één.` });
        }
      }
    }
    if (!members.some((m) => m.householdRole === 'primary') && !stored.some((o) => o.role === 'primary')) {
      problems.push({ row: members[0].row, column: 'rol', message: `Huishouden '${key}' heeft geen hoofdontvanger: geef één lid de rol hoofdontvanger.` });
    }
    for (const m of members) create.push({ ...m, household: target });
  }
  create.sort((a, b) => a.row - b.row);

  const columnOrder = new Map<string | null, number>(importColumns.map((c, i) => [c.name, i]));
  problems.sort((a, b) => a.row - b.row || (columnOrder.get(a.column) ?? -1) - (columnOrder.get(b.column) ?? -1));
  return { rows: sheet.rows.length, problems, create, unchanged: unchanged.map((u) => ({ row: u.row.row, residentId: u.resident.id })), newHouseholds };
}
