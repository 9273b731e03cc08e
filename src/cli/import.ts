import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { hostname, userInfo } from 'node:os';
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import { MAX_IMPORT_BYTES } from '../modules/residents/import/parse.ts';
import { formatImportReport } from '../modules/residents/import/report.ts';
import { importResidents } from '../modules/residents/import/service.ts';
import { findMunicipalityByCode, listMunicipalityCodes } from '../modules/residents/import/store.ts';
import { openCliDatabase } from './storage.ts';

// `meedoen import residents <bestand> --municipality <code> [--dry-run]`: the same import as the web page
// (src/modules/residents/import), from the command line. Audit rows: actor null, role 'cli'.

/** What the command needs from its surroundings; the program's CliIO (src/cli/program.ts) fits it. */
export interface ImportCommandIO {
  env: NodeJS.ProcessEnv;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  open?: (config: Config, options: { poolSize?: number }) => Promise<{ database: Database; description: string; close(): Promise<void> }>;
}

const processIO = (): ImportCommandIO => ({ env: process.env, stdout: process.stdout, stderr: process.stderr });

/** Who ran it, for the audit row's origin: the account on the machine, never a password or token. */
export function cliOrigin(): string {
  let user = 'onbekend';
  try { user = userInfo().username; } catch { /* no passwd entry (containers) */ }
  return `opdrachtregel ${user}@${hostname()}`;
}

/**
 * Adds `import residents` to the program. Exit code 1 (through setExitCode) when the report has problems;
 * an unreadable file or an unknown municipality throws an Error with a Dutch message.
 */
export function registerImportCommand(
  program: Command,
  io: ImportCommandIO = processIO(),
  setExitCode: (code: number) => void = (code) => { process.exitCode = code; },
): Command {
  const importCommand = program.command('import').description('Gegevens overnemen uit een ander systeem (migratie).');
  importCommand.command('residents')
    .description('Importeert inwoners uit een CSV- of Excel-bestand (.csv of .xlsx) in één gemeente: alles of niets, ' +
      'en nogmaals uitvoeren maakt niets dubbel. Met --dry-run wordt alleen gecontroleerd. Kolommen: zie de README. ' +
      'Exitcode 1 als er meldingen zijn.')
    .argument('<bestand>', 'CSV- of Excel-bestand (.csv of .xlsx), hoogstens 10 MB')
    .requiredOption('--municipality <code>', 'code van de gemeente die importeert, bijvoorbeeld voorbeeld')
    .option('--dry-run', 'alleen controleren en de meldingen tonen; er wordt niets opgeslagen')
    .action(async (file: string, opts: { municipality: string; dryRun?: boolean }) => {
      const path = resolve(file);
      let bytes: Buffer;
      try {
        if (statSync(path).size > MAX_IMPORT_BYTES) throw new Error(`Het bestand ${file} is groter dan 10 MB. Splits het in delen.`);
        bytes = readFileSync(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`Bestand niet gevonden: ${file}`);
        if ((error as NodeJS.ErrnoException).code) throw new Error(`Bestand ${file} kan niet worden gelezen (${(error as NodeJS.ErrnoException).code}).`);
        throw error;
      }
      const config = loadConfig(io.env);
      const cli = await (io.open ?? openCliDatabase)(config, {});
      try {
        const db = cli.database.db;
        const municipality = await findMunicipalityByCode(db, opts.municipality.trim().toLowerCase());
        if (!municipality) {
          const known = await listMunicipalityCodes(db);
          throw new Error(`Onbekende gemeente '${opts.municipality}'. Bekende codes: ${known.length ? known.join(', ') : '(geen)'}.`);
        }
        io.stderr.write(`Database: ${cli.description}\n`);
        const started = performance.now();
        const report = await importResidents(db, {
          municipalityId: municipality.id,
          ctx: { municipalityId: municipality.id, actorUserId: null, actorRole: 'cli', organisationId: null, requestId: `cli-${randomUUID()}`, origin: cliOrigin() },
          file: bytes,
          dryRun: opts.dryRun === true,
        });
        io.stdout.write(formatImportReport(report, { fileName: basename(path) }));
        io.stderr.write(`Klaar in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
        if (report.problems.length > 0) setExitCode(1);
      } finally {
        await cli.close();
      }
    });
  return importCommand;
}
