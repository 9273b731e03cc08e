import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { importColumns } from '../../../../src/modules/residents/import/columns.ts';
import { Page } from '../../layout/Layout.tsx';
import { checkFile, ImportApiError, postImport, type ImportProgress, type ImportReport } from './importApi.ts';
import { ImportSummary } from './ImportSummary.tsx';
import { ProblemsTable } from './ProblemsTable.tsx';

// Beheer › Inwoners importeren (route /beheer/import, administrators): choose a CSV or Excel file, check it
// (dry run: nothing is saved), read the problems per row, then import it for real after confirming.

type Stage =
  | { kind: 'idle' }
  | { kind: 'busy'; dryRun: boolean; progress: ImportProgress; startedAt: number }
  | { kind: 'checked'; report: ImportReport }
  | { kind: 'confirm'; report: ImportReport }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'error'; message: string };

const n = (value: number) => value.toLocaleString('nl-NL');
const people = (count: number) => `${n(count)} ${count === 1 ? 'inwoner' : 'inwoners'}`;

function busyText(stage: Extract<Stage, { kind: 'busy' }>, now: number): string {
  const what = stage.dryRun ? 'Bezig met controleren' : 'Bezig met importeren';
  if (stage.progress.phase === 'upload') {
    const pct = stage.progress.fraction === null ? '' : ` (${Math.round(stage.progress.fraction * 100)}%)`;
    return `Bestand versturen${pct}…`;
  }
  const seconds = Math.floor((now - stage.startedAt) / 1000);
  return `${what}… ${seconds >= 2 ? `(${seconds} s; een groot bestand kan even duren)` : ''}`.trim();
}

/** One sentence for the live region: what the last step found. */
function announcement(stage: Stage): string {
  if (stage.kind === 'error') return stage.message;
  if (stage.kind !== 'checked' && stage.kind !== 'done') return '';
  const r = stage.report;
  const problems = r.problems.length === 1 ? '1 melding' : `${n(r.problems.length)} meldingen`;
  switch (r.status) {
    case 'in_orde': return `Controle klaar: ${n(r.rows)} rijen, geen meldingen. ${people(r.created)} kunnen worden aangemaakt.`;
    case 'fouten_gevonden': return `Controle klaar: ${problems} in ${n(r.rowsWithProblems)} rijen. Er is niets opgeslagen.`;
    case 'geimporteerd': return `Import geslaagd: ${people(r.created)} aangemaakt, ${n(r.unchanged)} ongewijzigd.`;
    case 'geweigerd': return `Import geweigerd: ${problems}. Er is niets opgeslagen.`;
  }
}

function downloadTemplate() {
  const header = importColumns.map((c) => c.name).join(';');
  const url = URL.createObjectURL(new Blob([`\uFEFF${header}\r\n`], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'inwoners-import-sjabloon.csv';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ImportPage() {
  const ids = { file: useId(), fileDescription: useId(), fileError: useId(), resultHeading: useId(), confirmHeading: useId() };
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [now, setNow] = useState(() => Date.now());
  const fileInput = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const busy = stage.kind === 'busy';

  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [busy]);

  // Keyboard and screen-reader users land on what just appeared.
  useEffect(() => {
    if (stage.kind === 'checked' || stage.kind === 'done' || stage.kind === 'error') resultHeading.current?.focus();
    if (stage.kind === 'confirm') confirmHeading.current?.focus();
  }, [stage.kind]);

  async function run(dryRun: boolean) {
    if (!file) return;
    const startedAt = Date.now();
    setNow(startedAt);
    setStage({ kind: 'busy', dryRun, progress: { phase: 'upload', fraction: 0 }, startedAt });
    try {
      const report = await postImport(file, dryRun, (progress) => setStage({ kind: 'busy', dryRun, progress, startedAt }));
      setStage(dryRun ? { kind: 'checked', report } : { kind: 'done', report });
    } catch (error) {
      setStage({ kind: 'error', message: error instanceof ImportApiError ? error.message : 'Er ging iets mis. Probeer het later opnieuw.' });
    }
  }

  function onCheck(event: FormEvent) {
    event.preventDefault();
    const problem = checkFile(file);
    setFileError(problem);
    if (problem) {
      fileInput.current?.focus();
      return;
    }
    void run(true);
  }

  function startOver() {
    setStage({ kind: 'idle' });
    setFile(null);
    setFileError(null);
    if (fileInput.current) {
      fileInput.current.value = '';
      fileInput.current.focus();
    }
  }

  const report = stage.kind === 'checked' || stage.kind === 'confirm' || stage.kind === 'done' ? stage.report : null;

  return (
    <Page title="Inwoners importeren">
      <div className="meedoen-import" aria-busy={busy}>
        <h1 className="utrecht-heading-1">Inwoners importeren</h1>
        <p className="utrecht-paragraph utrecht-paragraph--lead">
          Neem inwoners over van een andere uitvoerder (migratie). Eerst controleert Meedoen het hele bestand zonder iets op te slaan.
          Pas als er geen enkele melding is, kunt u definitief importeren: alles in één keer, of niets.
        </p>
        <p className="utrecht-paragraph">
          Inwoners die al in Meedoen staan (zelfde BSN, naam en geboortedatum) worden niet opnieuw aangemaakt; hetzelfde bestand twee
          keer importeren is dus veilig.
        </p>

        <details className="meedoen-import-columns">
          <summary>Welke kolommen heeft het bestand?</summary>
          <p className="utrecht-paragraph">
            Een CSV-bestand (scheidingsteken ; of ,) of een Excel-werkmap (.xlsx, het eerste werkblad) met op de eerste rij deze kolomnamen.
            Hoofdletters maken niet uit; de volgorde ook niet.
          </p>
          <div className="utrecht-table-container utrecht-table-container--overflow-inline">
            <table className="utrecht-table utrecht-table--html-table">
              <caption className="utrecht-table__caption">Kolommen van het importbestand</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Kolom</th>
                  <th scope="col" className="utrecht-table__header-cell">Verplicht</th>
                  <th scope="col" className="utrecht-table__header-cell">Toelichting</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {importColumns.map((c) => (
                  <tr className="utrecht-table__row" key={c.name}>
                    <th scope="row" className="utrecht-table__header-cell"><code>{c.name}</code></th>
                    <td className="utrecht-table__cell">{c.required ? 'ja' : 'nee'}</td>
                    <td className="utrecht-table__cell">{c.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={downloadTemplate}>
            Leeg sjabloon downloaden (CSV)
          </button>
        </details>

        <form onSubmit={onCheck} noValidate>
          <div className={`utrecht-form-field${fileError ? ' utrecht-form-field--invalid' : ''}`}>
            <label className="utrecht-form-label" htmlFor={ids.file}>Bestand met inwoners</label>
            <p className="utrecht-form-field-description" id={ids.fileDescription}>CSV (.csv) of Excel (.xlsx), hoogstens 10 MB.</p>
            {fileError && <p className="utrecht-form-field-error-message" id={ids.fileError}>{fileError}</p>}
            <input
              ref={fileInput}
              id={ids.file}
              name="bestand"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={fileError ? `${ids.fileDescription} ${ids.fileError}` : ids.fileDescription}
              aria-invalid={fileError ? true : undefined}
              disabled={busy}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setFileError(null);
                setStage({ kind: 'idle' });
              }}
            />
          </div>
          <div className="utrecht-button-group">
            <button type="submit" className={`utrecht-button utrecht-button--primary-action${busy ? ' utrecht-button--busy' : ''}`} disabled={busy} aria-disabled={busy || undefined}>
              Controleren (er wordt niets opgeslagen)
            </button>
          </div>
        </form>

        <div role="status" aria-live="polite" className="meedoen-import-status">
          {stage.kind === 'busy' && (
            <p className="utrecht-paragraph">
              {busyText(stage, now)}{' '}
              {stage.progress.phase === 'upload' && stage.progress.fraction !== null
                ? <progress max={1} value={stage.progress.fraction} aria-label="Voortgang van het versturen" />
                : <progress aria-label={stage.dryRun ? 'Bezig met controleren' : 'Bezig met importeren'} />}
            </p>
          )}
          {(stage.kind === 'checked' || stage.kind === 'done' || stage.kind === 'error') && <p className="utrecht-paragraph">{announcement(stage)}</p>}
        </div>

        {stage.kind === 'error' && (
          <section aria-labelledby={ids.resultHeading}>
            <h2 className="utrecht-heading-2" id={ids.resultHeading} ref={resultHeading} tabIndex={-1}>Het is niet gelukt</h2>
            <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{stage.message}</p></div>
          </section>
        )}

        {report && (
          <section aria-labelledby={ids.resultHeading}>
            <h2 className="utrecht-heading-2" id={ids.resultHeading} ref={resultHeading} tabIndex={-1}>
              {report.dryRun ? 'Resultaat van de controle' : 'Resultaat van de import'}
            </h2>
            <div className={`utrecht-alert utrecht-alert--${report.problems.length ? 'error' : 'ok'}`}>
              <p className="utrecht-paragraph">
                {report.statusLabel}. Gemeente {report.municipality.name}{file ? `, bestand ${file.name}` : ''}.
              </p>
            </div>
            <ImportSummary report={report} />
            {report.problems.length > 0 && <ProblemsTable problems={report.problems} />}

            {stage.kind === 'checked' && report.status === 'in_orde' && report.created > 0 && (
              <div className="utrecht-button-group">
                <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => setStage({ kind: 'confirm', report })}>
                  Definitief importeren
                </button>
              </div>
            )}
            {stage.kind === 'checked' && report.status === 'in_orde' && report.created === 0 && (
              <p className="utrecht-paragraph">Alle inwoners in dit bestand staan al in Meedoen; er valt niets te importeren.</p>
            )}
            {stage.kind === 'confirm' && (
              <section className="utrecht-alert utrecht-alert--warning" aria-labelledby={ids.confirmHeading}>
                <h3 className="utrecht-heading-3" id={ids.confirmHeading} ref={confirmHeading} tabIndex={-1}>Weet u het zeker?</h3>
                <p className="utrecht-paragraph">
                  U maakt {people(report.created)} aan in gemeente {report.municipality.name}
                  {report.unchanged > 0 ? `; ${n(report.unchanged)} staan er al en blijven ongewijzigd` : ''}. Elke inwoner krijgt de
                  contactpersoon uit het bestand. Dit wordt vastgelegd in het auditlog.
                </p>
                <div className="utrecht-button-group">
                  <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => void run(false)}>
                    Ja, definitief importeren
                  </button>
                  <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setStage({ kind: 'checked', report })}>
                    Annuleren
                  </button>
                </div>
              </section>
            )}
            {stage.kind === 'done' && (
              <div className="utrecht-button-group">
                <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={startOver}>Nieuw bestand importeren</button>
              </div>
            )}
          </section>
        )}
      </div>
    </Page>
  );
}

export default ImportPage;
