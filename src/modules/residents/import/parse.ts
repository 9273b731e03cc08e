import ExcelJS from 'exceljs';

// Reading an import file: CSV (delimiter ; or , or tab, UTF-8 with or without BOM — with a fallback for the
// Windows-1252 files older Excel versions write — quoted fields with "" escapes and line breaks) or the
// first worksheet of an Excel workbook (.xlsx). The result is plain text cells; validation is in rules.ts.

export type ImportFileKind = 'csv' | 'xlsx';

export interface SheetRow {
  /** Row number as a spreadsheet shows it: the header is row 1, the first person row 2. */
  row: number;
  cells: string[];
}

export interface ParsedSheet {
  kind: ImportFileKind;
  delimiter: ';' | ',' | '\t' | null;
  /** Headers as written in the file. */
  headers: string[];
  rows: SheetRow[];
}

/** The file could not be read at all: a Dutch message for the person who sent it. */
export class ImportFileError extends Error {}

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;

export const CSV_CONTENT_TYPE = 'text/csv';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** By content, not by name: an .xlsx is a zip file; the old binary .xls is refused with advice. */
export function detectKind(bytes: Uint8Array): ImportFileKind {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new ImportFileError('Dit is een oud Excel-bestand (.xls). Sla het op als Excel-werkmap (.xlsx) of als CSV en probeer het opnieuw.');
  }
  return 'csv';
}

/** UTF-8 (BOM optional), UTF-16 with BOM, or else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

/** The delimiter used most often, outside quotes, on the header line; a tie or none at all means ';' or ','. */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

/** RFC 4180 records, leniently: quotes inside an unquoted field are kept as they are. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += ch; i++; continue;
    }
    if (ch === '"' && field.length === 0) { quoted = true; i++; continue; }
    if (ch === delimiter) { record.push(field); field = ''; i++; continue; }
    if (ch === '\r' || ch === '\n') {
      record.push(field); records.push(record); record = []; field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch; i++;
  }
  if (quoted) {
    throw new ImportFileError(`Rij ${records.length + 1}: een veld begint met een aanhalingsteken (") dat nergens wordt afgesloten. Controleer de aanhalingstekens in het bestand.`);
  }
  if (field.length > 0 || record.length > 0) { record.push(field); records.push(record); }
  return records;
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

function toSheet(kind: ImportFileKind, delimiter: ParsedSheet['delimiter'], records: { row: number; cells: string[] }[]): ParsedSheet {
  const first = records.findIndex((r) => !isBlank(r.cells));
  if (first === -1) throw new ImportFileError('Het bestand is leeg: er staat geen kopregel en geen enkele inwoner in.');
  if (records[first].row !== 1) {
    throw new ImportFileError(`De kopregel met de kolomnamen moet op rij 1 staan; de eerste gevulde rij is rij ${records[first].row}.`);
  }
  const headers = records[first].cells.map((h) => h.trim());
  // Spreadsheets leave empty trailing header cells; they carry no column.
  while (headers.length && headers[headers.length - 1] === '') headers.pop();
  const rows = records.slice(first + 1).filter((r) => !isBlank(r.cells));
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new ImportFileError(`Het bestand heeft ${rows.length} rijen; hoogstens ${MAX_IMPORT_ROWS} per keer. Splits het bestand in delen.`);
  }
  return { kind, delimiter, headers, rows };
}

export function readCsv(bytes: Uint8Array): ParsedSheet {
  const text = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const records = parseCsv(text, delimiter).map((cells, index) => ({ row: index + 1, cells }));
  return toSheet('csv', delimiter, records);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The text a cell shows: dates as JJJJ-MM-DD, formulas by their result, links and rich text by their text. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((t) => t.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in value) return cellText((value as { text: ExcelJS.CellValue }).text);
    if ('error' in value) return String((value as { error: unknown }).error);
  }
  return String(value);
}

export async function readXlsx(bytes: Uint8Array): Promise<ParsedSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new ImportFileError('Het Excel-bestand kon niet worden gelezen. Sla het opnieuw op als Excel-werkmap (.xlsx) of als CSV.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError('Het Excel-bestand bevat geen werkblad.');
  const records: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    records.push({ row: rowNumber, cells });
  });
  return toSheet('xlsx', null, records);
}

export async function readImportFile(bytes: Uint8Array): Promise<ParsedSheet> {
  if (bytes.length === 0) throw new ImportFileError('Het bestand is leeg.');
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFileError('Het bestand is groter dan 10 MB. Splits het bestand in delen.');
  return detectKind(bytes) === 'xlsx' ? readXlsx(bytes) : readCsv(bytes);
}
