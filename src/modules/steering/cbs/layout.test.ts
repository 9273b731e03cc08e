import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { busDetail, busDetailLayout, householdCode } from './bus.ts';
import { deliveryFile, headerLayout, LayoutError, monthStatus, parseRecord, positions, record, RECORD_LENGTH, trailerLayout } from './layout.ts';
import { srgDetail, srgDetailLayout } from './srg.ts';

describe('fixed-width records', () => {
  const layout = [
    { name: 'n', length: 4, format: 'N' as const, description: '' },
    { name: 'a', length: 5, format: 'AN' as const, description: '' },
  ];

  it('zero-pads numbers, space-pads text, leaves empty fields blank and pads the record', () => {
    const line = record(layout, { n: 42, a: 'ab' });
    expect(line).toHaveLength(RECORD_LENGTH);
    expect(line.slice(0, 9)).toBe('0042ab   ');
    expect(record(layout, { n: null, a: '' }).slice(0, 9)).toBe('         ');
    expect(parseRecord(layout, line)).toEqual({ n: '0042', a: 'ab' });
  });

  it('refuses instead of truncating or mangling', () => {
    expect(() => record(layout, { n: 12345 })).toThrow(LayoutError);
    expect(() => record(layout, { n: 'x1' })).toThrow(/geen getal/);
    expect(() => record(layout, { a: 'één' })).toThrow(/ASCII/);
    expect(() => record(layout, { b: 1 })).toThrow(/Onbekend veld/);
  });

  it('every layout fits the record length, and the positions follow each other', () => {
    for (const l of [headerLayout, trailerLayout, busDetailLayout, srgDetailLayout]) {
      const p = positions(l);
      expect(p[0].from).toBe(1);
      expect(p.at(-1)!.to).toBeLessThanOrEqual(RECORD_LENGTH);
      for (let i = 1; i < p.length; i++) expect(p[i].from).toBe(p[i - 1].to + 1);
    }
  });

  it('status in the month: new, ended, running', () => {
    expect(monthStatus('2025-02-03', null, '2025-02-01', '2025-02-28')).toBe('N');
    expect(monthStatus('2024-03-01', '2025-02-15', '2025-02-01', '2025-02-28')).toBe('B');
    expect(monthStatus('2025-02-03', '2025-02-20', '2025-02-01', '2025-02-28')).toBe('B');  // in and out in one month: ended wins
    expect(monthStatus('2024-03-01', null, '2025-02-01', '2025-02-28')).toBe('L');
  });
});

describe('BUS and SRG detail records', () => {
  it('BUS: household code, end reason only with an end date', () => {
    expect([householdCode({ hasPartner: false, children: 0 }), householdCode({ hasPartner: false, children: 2 }), householdCode({ hasPartner: true, children: 0 }), householdCode({ hasPartner: true, children: 1 })])
      .toEqual([1, 2, 3, 4]);
    const d = busDetail({ id: 'abcdef01-2345-6789-abcd-ef0123456789', bsn: '111222333', partnerBsn: null, startDate: '2024-03-01', endDate: '2025-02-15', endReason: 'moved', hasPartner: false, children: 0 }, '2025-02-01', '2025-02-28');
    expect(d).toEqual({ bsn: '111222333', bsnPartner: null, uitkeringskenmerk: 'ABCDEF012345', regeling: 1, leefvorm: 1, begindatum: '20240301', einddatum: '20250215', redenBeeindiging: '02', status: 'B' });
    expect(busDetail({ id: 'abcdef01-2345-6789-abcd-ef0123456789', bsn: '111222333', partnerBsn: null, startDate: '2024-03-01', endDate: null, endReason: 'moved', hasPartner: false, children: 0 }, '2025-02-01', '2025-02-28').redenBeeindiging).toBeNull();
  });

  it('SRG: catalogue codes, maatwerk as 199, outcome only with an end date', () => {
    const base = { id: 'abcdef01-2345-6789-abcd-ef0123456789', source: 'trajectory' as const, bsn: '111222333', startDate: '2025-01-15', endDate: null, outcome: null, withBenefit: true };
    expect(srgDetail({ ...base, provision: 'werkervaringsplek' }, '2025-02-01', '2025-02-28')).toMatchObject({ soortVoorziening: '103', bron: 'T', uitkeringssituatie: 1, resultaat: null, status: 'L' });
    expect(srgDetail({ ...base, provision: null }, '2025-02-01', '2025-02-28').soortVoorziening).toBe('199');
    expect(srgDetail({ ...base, provision: 'scholing', endDate: '2025-02-20', outcome: 'dropped_out', withBenefit: false }, '2025-02-01', '2025-02-28'))
      .toMatchObject({ soortVoorziening: '109', uitkeringssituatie: 2, einddatum: '20250220', resultaat: '04', status: 'B' });
  });

  it('a whole file: header, details, trailer with the counts; CRLF; every line the record length', () => {
    const detail = busDetail({ id: 'abcdef01-2345-6789-abcd-ef0123456789', bsn: '111222333', partnerBsn: '123456782', startDate: '2025-02-03', endDate: null, endReason: null, hasPartner: true, children: 0 }, '2025-02-01', '2025-02-28');
    const file = deliveryFile({ statistic: 'BUS', cbsCode: 'GM0363', month: '2025-02', createdOn: '2025-03-05', software: 'MEEDOEN 0.1.0' }, busDetailLayout, [detail]);
    const lines = file.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).every((l) => l.length === RECORD_LENGTH)).toBe(true);
    expect(lines[0].trimEnd()).toBe('01BUS036320250220250305MD1.0 MEEDOEN 0.1.0');
    expect(parseRecord(busDetailLayout, lines[1])).toEqual({
      recordsoort: '02', gemeentecode: '0363', verslagmaand: '202502', bsn: '111222333', bsnPartner: '123456782', uitkeringskenmerk: 'ABCDEF012345',
      regeling: '01', leefvorm: '3', begindatum: '20250203', einddatum: '', redenBeeindiging: '', status: 'N',
    });
    expect(parseRecord(trailerLayout, lines[2])).toEqual({
      recordsoort: '99', statistiek: 'BUS', gemeentecode: '0363', verslagmaand: '202502', aantalDetailrecords: '0000001', aantalNieuw: '0000001', aantalBeeindigd: '0000000',
    });
  });
});

describe('the documented layouts (docs/cbs) are the layouts in the code', () => {
  /** The rows "| pos | len | field |" of the tables under a heading. */
  function documented(file: string, heading: string) {
    const text = readFileSync(new URL(`../../../../docs/cbs/${file}`, import.meta.url), 'utf8');
    const section = text.slice(text.indexOf(heading)).split('\n## ')[0];
    return [...section.matchAll(/^\| *(\d+) \| *(\d+) \| ([A-Za-z]+) \|/gm)].map((m) => ({ name: m[3], from: Number(m[1]), to: Number(m[1]) + Number(m[2]) - 1 }));
  }
  it('BUS header, detail and trailer; SRG detail', () => {
    expect(documented('bus.md', '## Header record')).toEqual(positions(headerLayout));
    expect(documented('bus.md', '## Detail record')).toEqual(positions(busDetailLayout));
    expect(documented('bus.md', '## Trailer record')).toEqual(positions(trailerLayout));
    expect(documented('srg.md', '## Detail record')).toEqual(positions(srgDetailLayout));
  });
});
