import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { loadConfig, type Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import type { AuditContext } from '../modules/access/audit/store.ts';
import { processRun } from '../modules/income/payments/runner.ts';
import { reconcileRun, startRun } from '../modules/income/payments/service.ts';
import { findRun } from '../modules/income/payments/store.ts';
import { findMunicipalityByCode, listMunicipalityCodes } from '../modules/residents/import/store.ts';
import { monthLabel, monthPattern } from '../rules/payments/payment.ts';
import { runStatusLabels } from '../rules/payments/run.ts';
import { HttpProblem } from '../server/problem.ts';
import { cliOrigin } from './import.ts';
import { formatCount, formatDuration, Progress, type ProgressStream } from './progress.ts';
import { openCliDatabase } from './storage.ts';

// `meedoen payments run --month JJJJ-MM --by <gebruikersnaam> [--municipality <code>]`: the same payment run as the web
// app, on the command line, started by a named income consultant or team lead of the municipality (the starter, so the
// four-eyes approval in the web app is by someone else). Resumable: run it again after an interruption and it continues
// after the last saved batch. It computes and reconciles; a second person approves before the SEPA file is released.

export interface PaymentsCommandIO {
  env: NodeJS.ProcessEnv;
  stdout: { write(chunk: string): unknown };
  stderr: ProgressStream;
  open?: (config: Config, options: { poolSize?: number }) => Promise<{ database: Database; description: string; close(): Promise<void> }>;
}

const euros = (cents: number) => `€ ${formatCount(Math.floor(cents / 100))},${String(cents % 100).padStart(2, '0')}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function month(value: string): string {
  if (!monthPattern.test(value)) throw new InvalidArgumentError('geef de maand als JJJJ-MM, bijvoorbeeld 2026-03.');
  return value;
}

function batchSize(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 10_000) throw new InvalidArgumentError('een batch is 1 tot 10.000 uitkeringen.');
  return n;
}

/** Runs (or resumes) one municipality's run to the end, then reconciles it. Returns false when it was interrupted. */
/** Who may start a run on the command line: an active income consultant or team lead (as in the web app, `payment.run`). */
export const CLI_STARTER_ROLES = ['income_consultant', 'team_lead'] as const;

type Starter = { id: string; role: string; organisationId: string; municipalityId: string };

/** The --by user: refused in Dutch unless an active income consultant or team lead of the municipality. */
async function starterOf(db: Database['db'], username: string): Promise<Starter> {
  const user = await db.selectFrom('users').select(['id', 'role', 'organisationId', 'municipalityId', 'active'])
    .where('username', '=', username.trim().toLowerCase()).executeTakeFirst();
  if (!user || !user.active || !(CLI_STARTER_ROLES as readonly string[]).includes(user.role)) {
    throw new Error(`'${username}' mag geen betaalrun starten: alleen een actieve inkomensconsulent of teamleider van de gemeente start een betaalrun (--by).`);
  }
  return user;
}

async function runOne(db: Database['db'], io: PaymentsCommandIO, m: { id: string; name: string }, by: Starter, opts: { month: string; batchSize?: number }): Promise<boolean> {
  const out = (line: string) => io.stdout.write(`${line}\n`);
  const origin = cliOrigin();
  const ctx: AuditContext = { municipalityId: m.id, actorUserId: by.id, actorRole: by.role, organisationId: by.organisationId, requestId: `cli-${randomUUID()}`, origin };
  const owner = `${origin} pid ${process.pid} ${randomUUID().slice(0, 8)}`;
  let started;
  try {
    started = await startRun(db, ctx, { municipalityId: m.id, month: opts.month, startedBy: by.id, startedVia: origin, batchSize: opts.batchSize, leaseOwner: owner });
  } catch (error) {
    if (error instanceof HttpProblem && (error.status === 409 || error.status === 422)) {
      out(`Gemeente ${m.name}: ${error.detail}`);
      return error.status === 409;
    }
    throw error;
  }
  let run = started.run;
  const label = `Betaalrun ${monthLabel(run.month)}${run.sequence > 1 ? ` (aanvullende run ${run.sequence})` : ''}, gemeente ${m.name}`;
  if (started.created) out(`${label}: gestart voor ${formatCount(run.totalBenefits)} uitkeringen.`);
  else if (run.status === 'running') out(`${label}: hervat bij ${formatCount(run.processedBenefits)} van ${formatCount(run.totalBenefits)} uitkeringen.`);
  else out(`${label}: ${runStatusLabels[run.status].toLowerCase()}.`);
  const progress = new Progress(io.stderr, run.totalBenefits, 'uitkeringen');
  try {
    for (;;) {
      if (run.status !== 'running') break;
      const outcome = await processRun(db, run.id, { owner, onProgress: (p) => progress.update(p.processed, p.payments) });
      run = (await findRun(db, m.id, run.id))!;
      if (outcome === 'computed' || run.status !== 'running') break;
      // Someone else holds the lease (the server's worker, or another terminal): follow along until it is done or lapses.
      progress.update(run.processedBenefits, run.paymentCount);
      await sleep(1_000);
    }
  } catch (error) {
    progress.finish();
    const now = await findRun(db, m.id, run.id);
    out(`${label}: onderbroken na ${formatCount(now?.processedBenefits ?? 0)} van ${formatCount(run.totalBenefits)} uitkeringen — ${(error as Error).message}`);
    out('Voer dezelfde opdracht opnieuw uit: de run gaat verder na de laatste opgeslagen batch en betaalt niemand dubbel.');
    return false;
  }
  progress.finish();
  if (run.status === 'computed' || run.status === 'reconciled') run = await reconcileRun(db, ctx, m.id, run.id, by.id);
  const differences = run.reconciliationDifferences ?? [];
  out(`${label}: ${formatCount(run.paymentCount)} betalingen, totaal ${euros(Number(run.paymentTotalCents))}` +
    `${run.exceptionCount ? `; ${formatCount(run.exceptionCount)} uitkeringen handmatig te berekenen` : ''}.`);
  if (run.status === 'reconciled') {
    out(`Aangesloten: ${formatCount(run.reconciledCount ?? 0)} betaalregels, ${euros(Number(run.reconciledTotalCents ?? 0))}, gelijk aan de tellers van de run. ` +
      'Een tweede persoon (een teamleider, niet wie de run startte) keurt de run goed in Meedoen (Inkomen › Betalingen); daarna komt het SEPA-bestand vrij.');
  } else if (run.status === 'approved') {
    out(`Al goedgekeurd; uitvoeringsdatum ${run.executionDate}.`);
  } else {
    out('Aansluiting klopt NIET:');
    for (const d of differences) out(`  - ${d}`);
    return false;
  }
  return true;
}

export function registerPaymentsCommand(program: Command, io: PaymentsCommandIO, setExitCode: (code: number) => void): Command {
  const payments = program.command('payments').description('Bijstand uitbetalen: betaalruns.');
  payments.command('run')
    .description('Berekent en aansluit de betaalrun van een maand (elke uitkering die over die maand loopt) voor de gemeente van ' +
      'de medewerker die hem start (--by). Nogmaals uitvoeren gaat verder waar de run stopte en betaalt niemand dubbel. ' +
      'Goedkeuren (vier ogen, door een ander dan de starter) en het SEPA-bestand: in de webapplicatie.')
    .requiredOption('--month <JJJJ-MM>', 'de maand, bijvoorbeeld 2026-03', month)
    .requiredOption('--by <gebruikersnaam>', 'wie de run start: een inkomensconsulent of teamleider van de gemeente')
    .option('--municipality <code>', 'code van de gemeente, bijvoorbeeld voorbeeld (standaard: de gemeente van --by)')
    .option('--batch-size <n>', 'uitkeringen per transactie (standaard 1.000)', batchSize)
    .action(async (opts: { month: string; by: string; municipality?: string; batchSize?: number }) => {
      const cli = await (io.open ?? openCliDatabase)(loadConfig(io.env), {});
      try {
        const db = cli.database.db;
        io.stderr.write(`Database: ${cli.description}\n`);
        const by = await starterOf(db, opts.by);
        const own = await db.selectFrom('municipalities').select(['id', 'name', 'code']).where('id', '=', by.municipalityId).executeTakeFirstOrThrow();
        if (opts.municipality) {
          const found = await findMunicipalityByCode(db, opts.municipality.trim().toLowerCase());
          if (!found) {
            const known = await listMunicipalityCodes(db);
            throw new Error(`Onbekende gemeente '${opts.municipality}'. Bekende codes: ${known.length ? known.join(', ') : '(geen)'}.`);
          }
          if (found.id !== own.id) throw new Error(`'${opts.by}' werkt niet voor gemeente '${opts.municipality}' en mag daar geen betaalrun starten.`);
        }
        const started = performance.now();
        const ok = await runOne(db, io, own, by, opts);
        io.stderr.write(`Klaar in ${formatDuration((performance.now() - started) / 1000)}.\n`);
        if (!ok) setExitCode(1);
      } finally {
        await cli.close();
      }
    });
  return payments;
}
