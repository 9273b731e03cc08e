// The resident import endpoint (POST /api/v1/resident-imports), sent with XMLHttpRequest because fetch
// cannot report upload progress. The report type is the server's own (zod schema, type only).
import type { ImportReport } from '../../../../src/modules/residents/import/schema.ts';

export type { ImportReport };
export type ImportProblem = ImportReport['problems'][number];

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type by the file's extension: browsers report .csv differently (often as an Excel type). */
export function contentTypeOf(fileName: string): string | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xlsx')) return XLSX;
  if (name.endsWith('.csv') || name.endsWith('.txt')) return CSV;
  return null;
}

/** What is wrong with a chosen file before it is sent, or null. */
export function checkFile(file: File | null): string | null {
  if (!file) return 'Kies een bestand.';
  if (!contentTypeOf(file.name)) return 'Kies een CSV-bestand (.csv) of een Excel-bestand (.xlsx).';
  if (file.size === 0) return 'Het gekozen bestand is leeg.';
  if (file.size > MAX_IMPORT_BYTES) return 'Het bestand is groter dan 10 MB. Splits het in delen.';
  return null;
}

export type ImportProgress = { phase: 'upload'; fraction: number | null } | { phase: 'processing' };

export class ImportApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function messageFor(status: number, body: string): string {
  let detail: string | undefined;
  try {
    detail = (JSON.parse(body) as { detail?: string }).detail;
  } catch { /* not problem+json */ }
  if (status === 401) return 'U bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.';
  if (status === 403) return 'U heeft geen toegang tot het importeren van inwoners. Dit mag alleen een functioneel beheerder.';
  if (status === 413) return 'Het bestand is groter dan 10 MB. Splits het in delen.';
  return detail ?? `Er ging iets mis (status ${status}). Probeer het later opnieuw.`;
}

export function postImport(file: File, dryRun: boolean, onProgress: (p: ImportProgress) => void): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/resident-imports?dryRun=${dryRun}`);
    xhr.setRequestHeader('Content-Type', contentTypeOf(file.name) ?? CSV);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => onProgress({ phase: 'upload', fraction: e.lengthComputable ? e.loaded / e.total : null });
    xhr.upload.onload = () => onProgress({ phase: 'processing' });
    xhr.onload = () => {
      if (xhr.status === 200) {
        try {
          resolve(JSON.parse(xhr.responseText) as ImportReport);
        } catch {
          reject(new ImportApiError(xhr.status, 'Het antwoord van de server kon niet worden gelezen.'));
        }
      } else reject(new ImportApiError(xhr.status, messageFor(xhr.status, xhr.responseText)));
    };
    xhr.onerror = () => reject(new ImportApiError(0, 'Geen verbinding met de server. Controleer uw verbinding en probeer het opnieuw.'));
    onProgress({ phase: 'upload', fraction: 0 });
    xhr.send(file);
  });
}

/** The problems as a CSV file (semicolons, UTF-8 with BOM: opens directly in Dutch Excel). */
export function problemsAsCsv(problems: ImportProblem[]): Blob {
  const quote = (s: string) => (/[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = ['rij;kolom;melding', ...problems.map((p) => [String(p.row), p.column ?? '', p.message].map(quote).join(';'))];
  return new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
}
