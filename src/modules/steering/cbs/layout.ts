// Fixed-width records for the CBS deliveries. Pure. The layouts are Meedoen's own design (docs/cbs/bus.md and
// docs/cbs/srg.md): the official CBS record descriptions were not available, so every field is an assumption to check.

export interface FieldSpec {
  name: string;
  length: number;
  /** N: digits, right-aligned, zero-padded (blank when empty); AN: text, left-aligned, space-padded. */
  format: 'N' | 'AN';
  description: string;
}

export const RECORD_LENGTH = 120;
const LINE_END = '\r\n';

export class LayoutError extends Error {}

function formatField(spec: FieldSpec, value: string | number | null): string {
  if (value === null || value === '') return ' '.repeat(spec.length);
  const text = String(value);
  if (spec.format === 'N' && !/^\d+$/.test(text)) throw new LayoutError(`${spec.name}: '${text}' is geen getal`);
  if (!/^[\x20-\x7E]*$/.test(text)) throw new LayoutError(`${spec.name}: alleen ASCII-tekens zijn toegestaan`);
  if (text.length > spec.length) throw new LayoutError(`${spec.name}: '${text}' is langer dan ${spec.length} tekens`);
  return spec.format === 'N' ? text.padStart(spec.length, '0') : text.padEnd(spec.length, ' ');
}

/** One record of exactly RECORD_LENGTH characters; the fields must fit it. Never truncates silently. */
export function record(layout: readonly FieldSpec[], values: Record<string, string | number | null>): string {
  const known = new Set(layout.map((f) => f.name));
  for (const name of Object.keys(values)) if (!known.has(name)) throw new LayoutError(`Onbekend veld ${name}`);
  const body = layout.map((f) => formatField(f, values[f.name] ?? null)).join('');
  if (body.length > RECORD_LENGTH) throw new LayoutError(`Record van ${body.length} tekens, meer dan ${RECORD_LENGTH}`);
  return body.padEnd(RECORD_LENGTH, ' ');
}

/** Where each field starts (1-based), for the documentation and the tests. */
export function positions(layout: readonly FieldSpec[]): { name: string; from: number; to: number }[] {
  let at = 1;
  return layout.map((f) => {
    const p = { name: f.name, from: at, to: at + f.length - 1 };
    at += f.length;
    return p;
  });
}

/** Reads a record back into its fields (trimmed): for tests and for checking a delivery by hand. */
export function parseRecord(layout: readonly FieldSpec[], line: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of positions(layout)) out[p.name] = line.slice(p.from - 1, p.to).trim();
  return out;
}

export const yyyymm = (month: string) => month.replace('-', '');
export const yyyymmdd = (day: string | null) => (day ? day.replaceAll('-', '') : null);
/** GM9901 → 9901: the four digits of the CBS municipality code. */
export const municipalityNumber = (cbsCode: string) => {
  const digits = cbsCode.replace(/^GM/i, '');
  if (!/^\d{4}$/.test(digits)) throw new LayoutError(`Ongeldige CBS-gemeentecode ${cbsCode}`);
  return digits;
};
/** A stable, short reference to our own record: the first 12 hex digits of its id. */
export const reference = (id: string) => id.replaceAll('-', '').slice(0, 12).toUpperCase();

/** The status of an item in the month: N new (started in it), B ended in it, L running through it. */
export function monthStatus(start: string, end: string | null, first: string, last: string): 'N' | 'B' | 'L' {
  if (end !== null && end >= first && end <= last) return 'B';
  if (start >= first && start <= last) return 'N';
  return 'L';
}

// Header and trailer are shared by both deliveries.
export const headerLayout: FieldSpec[] = [
  { name: 'recordsoort', length: 2, format: 'N', description: '01 = voorlooprecord' },
  { name: 'statistiek', length: 3, format: 'AN', description: 'BUS of SRG' },
  { name: 'gemeentecode', length: 4, format: 'N', description: 'CBS-gemeentecode zonder GM' },
  { name: 'verslagmaand', length: 6, format: 'N', description: 'JJJJMM' },
  { name: 'aanmaakdatum', length: 8, format: 'N', description: 'JJJJMMDD' },
  { name: 'layoutversie', length: 6, format: 'AN', description: 'versie van deze recordindeling, MD1.0' },
  { name: 'programmatuur', length: 20, format: 'AN', description: 'MEEDOEN en het versienummer' },
];
export const trailerLayout: FieldSpec[] = [
  { name: 'recordsoort', length: 2, format: 'N', description: '99 = sluitrecord' },
  { name: 'statistiek', length: 3, format: 'AN', description: 'BUS of SRG' },
  { name: 'gemeentecode', length: 4, format: 'N', description: 'CBS-gemeentecode zonder GM' },
  { name: 'verslagmaand', length: 6, format: 'N', description: 'JJJJMM' },
  { name: 'aantalDetailrecords', length: 7, format: 'N', description: 'aantal detailrecords (02)' },
  { name: 'aantalNieuw', length: 7, format: 'N', description: 'detailrecords met status N' },
  { name: 'aantalBeeindigd', length: 7, format: 'N', description: 'detailrecords met status B' },
];
export const LAYOUT_VERSION = 'MD1.0';

export interface Delivery { statistic: 'BUS' | 'SRG'; cbsCode: string; month: string; createdOn: string; software: string }

/** The whole file: header, detail records, trailer; each line RECORD_LENGTH characters and CRLF. */
export function deliveryFile(d: Delivery, detailLayout: readonly FieldSpec[], details: Record<string, string | number | null>[]): string {
  const common = { statistiek: d.statistic, gemeentecode: municipalityNumber(d.cbsCode), verslagmaand: yyyymm(d.month) };
  const lines = [
    record(headerLayout, { recordsoort: 1, ...common, aanmaakdatum: yyyymmdd(d.createdOn), layoutversie: LAYOUT_VERSION, programmatuur: d.software }),
    ...details.map((v) => record(detailLayout, { recordsoort: 2, gemeentecode: common.gemeentecode, verslagmaand: common.verslagmaand, ...v })),
    record(trailerLayout, {
      recordsoort: 99, ...common, aantalDetailrecords: details.length,
      aantalNieuw: details.filter((v) => v.status === 'N').length, aantalBeeindigd: details.filter((v) => v.status === 'B').length,
    }),
  ];
  return lines.map((l) => `${l}${LINE_END}`).join('');
}
