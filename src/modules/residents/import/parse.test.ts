import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, detectKind, ImportFileError, parseCsv, readCsv, readImportFile, readXlsx } from './parse.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('CSV', () => {
  it('detects ; and , and tab from the header line, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('bsn;voornamen;achternaam\n1,2,3')).toBe(';');
    expect(detectDelimiter('bsn,voornamen,achternaam\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
    expect(detectDelimiter('bsn\tvoornamen\tachternaam')).toBe('\t');
    expect(detectDelimiter('bsn')).toBe(';');
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","say ""hi""","line\nbreak"\r\nx,y,z,w\n', ',')).toEqual([
      ['a', 'b,c', 'say "hi"', 'line\nbreak'], ['x', 'y', 'z', 'w'],
    ]);
    expect(parseCsv('a;b\n;\n', ';')).toEqual([['a', 'b'], ['', '']]);
    expect(parseCsv('a;b', ';')).toEqual([['a', 'b']]);
  });

  it('refuses a quote that is never closed, naming the row', () => {
    expect(() => parseCsv('a;b\n1;"open\n2;3\n', ';')).toThrow(/Rij 2: een veld begint met een aanhalingsteken/);
  });

  it('decodes UTF-8 with and without BOM, UTF-16 with BOM, and falls back to Windows-1252', () => {
    expect(decodeText(bytes('\uFEFFNoëlle'))).toBe('Noëlle');
    expect(decodeText(bytes('Noëlle'))).toBe('Noëlle');
    expect(decodeText(new Uint8Array([0x4e, 0x6f, 0xeb, 0x6c, 0x6c, 0x65]))).toBe('Noëlle');  // Windows-1252 ë = 0xEB
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('Zoë').flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeText(utf16)).toBe('Zoë');
  });

  it('numbers rows as a spreadsheet does and skips empty lines', () => {
    const sheet = readCsv(bytes('\uFEFFbsn;achternaam\r\n111222333;Jansen\r\n;\r\n\r\n999120013;Ormel\r\n'));
    expect(sheet.delimiter).toBe(';');
    expect(sheet.headers).toEqual(['bsn', 'achternaam']);
    expect(sheet.rows).toEqual([{ row: 2, cells: ['111222333', 'Jansen'] }, { row: 5, cells: ['999120013', 'Ormel'] }]);
  });

  it('refuses an empty file', async () => {
    await expect(readImportFile(new Uint8Array())).rejects.toThrow(ImportFileError);
    expect(() => readCsv(bytes('\n;;\n'))).toThrow(/leeg/);
  });
});

describe('XLSX', () => {
  it('recognises the file type by its content and refuses the old .xls', () => {
    expect(detectKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('xlsx');
    expect(detectKind(bytes('bsn;voornamen'))).toBe('csv');
    expect(() => detectKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toThrow(/\.xls/);
  });

  it('reads the first sheet: numbers, dates, formulas, links and rich text as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Inwoners');
    workbook.addWorksheet('Tweede blad').addRow(['niet lezen']);
    sheet.addRow(['BSN', 'Geboortedatum', 'Huisnummer', 'Email', 'Achternaam', 'Trede']);
    sheet.addRow([999120013, new Date(Date.UTC(1984, 2, 12)), 12, { text: 'a@b.example', hyperlink: 'mailto:a@b.example' },
      { richText: [{ text: 'Wilgen' }, { text: 'hof' }] }, { formula: '1+1', result: 2 }]);
    sheet.addRow([]);
    sheet.addRow(['12345678']);
    const parsed = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer));
    expect(parsed.kind).toBe('xlsx');
    expect(parsed.headers).toEqual(['BSN', 'Geboortedatum', 'Huisnummer', 'Email', 'Achternaam', 'Trede']);
    expect(parsed.rows).toEqual([
      { row: 2, cells: ['999120013', '1984-03-12', '12', 'a@b.example', 'Wilgenhof', '2'] },
      { row: 4, cells: ['12345678'] },
    ]);
  });

  it('refuses a damaged workbook with a Dutch message', async () => {
    await expect(readImportFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(/Excel-bestand kon niet worden gelezen/);
  });
});
