import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { appVersion, loadConfig, type Config } from '../config.ts';
import { loadDemoRegionIfEmpty } from '../demo/seed.ts';
import { verifyAuditChains } from '../modules/access/audit/verify.ts';
import { demoPassword } from '../modules/access/passwords.ts';
import { benchLineNames, BenchRefused, formatBenchTable, runBench, type BenchLineName } from './bench.ts';
import { explainHotQueries, ExplainRefused } from './explain.ts';
import { generatePopulation, GenerateRefused } from './generate.ts';
import { defaultMunicipalityCount, MAX_MUNICIPALITIES, MAX_RESIDENTS } from './plan.ts';
import { formatCount, formatDuration, Progress, type ProgressStream } from './progress.ts';
import { openCliDatabase, type CliDatabase } from './storage.ts';
import { registerImportCommand } from './import.ts';
import { registerSteeringCommands } from './steering.ts';
import { registerPaymentsCommand } from './payments.ts';
import { registerChecksCommand } from './checks.ts';

/** Where a command reads its settings and writes its output; tests hand in their own. */
export interface CliIO {
  env: NodeJS.ProcessEnv;
  stdout: { write(chunk: string): unknown };
  stderr: ProgressStream;
  /** Opens (and migrates) the database a command works on; default: like the server, from the environment. */
  open?: (config: Config, options: { poolSize?: number }) => Promise<CliDatabase>;
}

/** A refusal or failure with a Dutch message for the user and the exit code to end with. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

const titles: Record<string, string> = {
  'Usage:': 'Gebruik:', 'Options:': 'Opties:', 'Commands:': 'Opdrachten:', 'Arguments:': 'Argumenten:', 'Global Options:': 'Algemene opties:',
};

/** Commander's own (English) error messages in Dutch. */
export function translateCommanderMessage(message: string): string {
  const rules: [RegExp, string][] = [
    [/error: unknown option '([^']*)'/, "fout: onbekende optie '$1'"],
    [/error: unknown command '([^']*)'/, "fout: onbekende opdracht '$1'"],
    [/error: required option '([^']*)' not specified/, "fout: verplichte optie '$1' ontbreekt"],
    [/error: option '([^']*)' argument missing/, "fout: optie '$1' mist een waarde"],
    [/error: option '([^']*)' argument '([^']*)' is invalid\./, "fout: optie '$1': waarde '$2' is ongeldig:"],
    [/error: missing required argument '([^']*)'/, "fout: argument '$1' ontbreekt"],
    [/error: too many arguments[^.]*\./, 'fout: te veel argumenten.'],
    [/\(Did you mean ([^?]*)\?\)/, '(Bedoelde u $1?)'],
    [/^error:/, 'fout:'],
  ];
  return rules.reduce((m, [re, to]) => m.replace(re, to), message);
}

/** "1 gemeente", "2 gemeenten", "1.000 inwoners". */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

function argumentTerms(cmd: Command): string[] {
  return cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`));
}

function positiveInt(name: string, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const cleaned = value.replace(/[_.]/g, '');
    const n = Number(cleaned);
    if (!/^\d+$/.test(cleaned) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`${name} moet een positief geheel getal zijn.`);
    if (n > max) throw new InvalidArgumentError(`${name} mag hoogstens ${formatCount(max)} zijn.`);
    return n;
  };
}

/** `bench --only a,b`: known line names, in the order bench measures them. */
export function benchLineList(value: string): BenchLineName[] {
  const asked = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (asked.length === 0) throw new InvalidArgumentError(`geef één of meer regels, gescheiden door komma's: ${benchLineNames.join(', ')}.`);
  const unknown = asked.find((s) => !(benchLineNames as readonly string[]).includes(s));
  if (unknown !== undefined) throw new InvalidArgumentError(`onbekende regel '${unknown}'; kies uit ${benchLineNames.join(', ')}.`);
  return benchLineNames.filter((name) => asked.includes(name));
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('het zaad moet een geheel getal ≥ 0 zijn.');
  return n;
}

export function buildProgram(io: CliIO, setExitCode: (code: number) => void): Command {
  const out = (line = '') => io.stdout.write(`${line}\n`);
  const err = (line = '') => io.stderr.write(`${line}\n`);
  const config = () => loadConfig(io.env);
  const open = (c: Config, options: { poolSize?: number } = {}) => (io.open ?? openCliDatabase)(c, options);
  /** Opens the database, runs the work, always closes. */
  async function withDatabase<T>(work: (cli: CliDatabase, c: Config) => Promise<T>, options: { poolSize?: number } = {}): Promise<T> {
    const c = config();
    const cli = await open(c, options);
    try {
      return await work(cli, c);
    } finally {
      await cli.close();
    }
  }
  const refuseInProduction = (what: string) => {
    if (io.env.NODE_ENV === 'production') {
      throw new CliError(`${what} is uitgeschakeld in productie (NODE_ENV=production): deze opdracht schrijft synthetische ` +
        'gegevens of demo-accounts en hoort alleen bij een test- of demodatabase.');
    }
  };

  const program = new Command('meedoen')
    .description('Meedoen op de opdrachtregel: database bijwerken, demo- en testgegevens, metingen en controle van het auditlog.\n' +
      'Opslag zoals de server: DATABASE_URL → PostgreSQL, anders PGlite in MEEDOEN_DATA_DIR (standaard ./data).\n' +
      'Elke opdracht past eerst openstaande migraties toe.')
    .configureHelp({
      styleTitle: (title) => titles[title] ?? title,
      // Commander writes "[options]" and "[command]" itself; these two give the Dutch words.
      subcommandTerm: (cmd) => [cmd.name(), cmd.options.length ? '[opties]' : '', ...argumentTerms(cmd)].filter(Boolean).join(' '),
      commandUsage: (cmd) => {
        const names: string[] = [];
        for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
        return [...names, '[opties]', ...(cmd.commands.length ? ['[opdracht]'] : []), ...argumentTerms(cmd)].join(' ');
      },
    })
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(translateCommanderMessage(s)),
    })
    .helpOption('-h, --help', 'toon deze hulp')
    .helpCommand('help [opdracht]', 'Toont de hulp bij een opdracht.')
    .version(appVersion, '-V, --version', 'toon het versienummer')
    .showSuggestionAfterError(true)
    .exitOverride();

  program.command('migrate')
    .description('Past openstaande databasemigraties toe en meldt welke.')
    .action(async () => {
      await withDatabase(async (cli) => {
        out(`Database: ${cli.description}`);
        if (cli.applied.length) out(`Toegepaste migraties (${cli.applied.length}): ${cli.applied.join(', ')}`);
        else out('Geen migraties toe te passen: de database is bij.');
      });
    });

  program.command('demo')
    .description('Laadt de demoregio (Voorbeeld en Buurdorp) als de database nog leeg is.')
    .action(async () => {
      refuseInProduction('Demogegevens laden');
      await withDatabase(async (cli, c) => {
        out(`Database: ${cli.description}`);
        const loaded = await loadDemoRegionIfEmpty(cli.database.db, { production: c.production });
        if (!loaded) {
          out('De database bevat al gemeenten; de demoregio is niet geladen.');
          return;
        }
        out(`Demoregio geladen: ${loaded.region}`);
        for (const m of loaded.municipalities) out(`  ${m.municipality}: ${formatCount(m.residents)} inwoners, ${m.users} gebruikers`);
        out(`Inloggen met bijvoorbeeld work_consultant@voorbeeld, wachtwoord ${demoPassword}.`);
      });
    });

  program.command('generate')
    .description('Vult een database met een synthetische populatie op schaal: gemeenten in regio\'s, teams, consulenten, ' +
      'huishoudens, doelgroepen, ladderhistorie, werkprofielen, werkgevers en kansen. Niet in productie.')
    .requiredOption('--residents <n>', `aantal inwoners (1 tot ${formatCount(MAX_RESIDENTS)})`, positiveInt('--residents', MAX_RESIDENTS))
    .option('--municipalities <m>', `aantal gemeenten (standaard 1 per 50.000 inwoners, hoogstens ${MAX_MUNICIPALITIES})`, positiveInt('--municipalities', MAX_MUNICIPALITIES))
    .option('--seed <s>', 'zaad van de toevalsgenerator: hetzelfde zaad geeft dezelfde populatie (standaard 1)', nonNegativeInt)
    .option('--batch-size <n>', 'inwoners per transactie (standaard 2.500)', positiveInt('--batch-size', 50_000))
    .action(async (opts: { residents: number; municipalities?: number; seed?: number; batchSize?: number }) => {
      refuseInProduction('Synthetische gegevens genereren');
      const municipalities = opts.municipalities ?? defaultMunicipalityCount(opts.residents);
      if (municipalities > opts.residents) throw new CliError('Er zijn meer gemeenten dan inwoners gevraagd.');
      await withDatabase(async (cli) => {
        err(`Database: ${cli.description}`);
        err(`Genereren: ${plural(opts.residents, 'inwoner', 'inwoners')} in ${plural(municipalities, 'gemeente', 'gemeenten')} (zaad ${opts.seed ?? 1})…`);
        const progress = new Progress(io.stderr, opts.residents, 'inwoners');
        let result;
        try {
          result = await generatePopulation(cli.database, {
            residents: opts.residents, municipalities, seed: opts.seed, batchSize: opts.batchSize,
            onProgress: (done, rows) => progress.update(done, rows),
          });
        } catch (error) {
          if (error instanceof GenerateRefused) throw new CliError(error.message);
          throw error;
        } finally {
          progress.finish();
        }
        const c = result.counts;
        out(`Klaar in ${formatDuration(result.seconds)}: ${formatCount(result.rows)} rijen, ${formatCount(result.rowsPerSecond)} rijen/s, ` +
          `${formatCount(result.residentsPerSecond)} inwoners/s (waarvan VACUUM ANALYZE ${formatDuration(result.analyzeSeconds)}).`);
        const table: [string, number][] = [
          ['regio\'s', c.regions], ['gemeenten', c.municipalities], ['organisaties', c.organisations], ['teams', c.teams],
          ['gebruikers', c.users], ['huishoudens', c.households], ['inwoners', c.residents], ['doelgroepen', c.residentTargetGroups],
          ['laddermetingen', c.ladderMeasurements], ['huisgenoten en kinderen', c.householdMembers],
          ['werkprofielen', c.workProfiles], ['beroepen en vaardigheden', c.residentSkills], ['loonwaardemetingen', c.wageValueMeasurements],
          ['postcodegebieden (kaart)', c.postcodeCoordinates], ['werkgevers', c.employers], ['kansen', c.opportunities],
        ];
        for (const [label, n] of table) out(`  ${label.padEnd(24)} ${formatCount(n).padStart(12)}`);
        out(`Inloggen met bijvoorbeeld wc-1@<gemeentecode> of tl-1@<gemeentecode>, wachtwoord ${demoPassword}.`);
      });
    });

  program.command('bench')
    .description('Meet caseloadpagina en dossier lezen op de huidige database, naast twee vloeren: dezelfde SQL zonder HTTP, ' +
      'en een kale Fastify-route. Een meting, geen test: faalt nooit op de getallen.')
    .option('--duration <s>', 'duur per meting in seconden (standaard 10)', positiveInt('--duration', 3600))
    .option('--connections <c>', 'gelijktijdige verbindingen (standaard 10)', positiveInt('--connections', 1000))
    .option('--json <bestand>', 'schrijf de resultaten als JSON naar dit bestand (anders naar stdout, de tabel dan naar stderr)')
    .option('--benefits <n>', 'zorg vóór het meten voor minstens n actieve uitkeringen (uit de bijstandshuishoudens van een gegenereerde populatie), voor de regel paymentRun', positiveInt('--benefits', 2_000_000))
    .option('--only <regels>', `alleen deze regels, gescheiden door komma's (${benchLineNames.join(', ')}); standaard alle`, benchLineList)
    .action(async (opts: { duration?: number; connections?: number; json?: string; benefits?: number; only?: BenchLineName[] }) => {
      refuseInProduction('Meten met bench');
      await withDatabase(async (cli, c) => {
        try {
          const report = await runBench(cli.database, cli.description, c, {
            durationSeconds: opts.duration ?? 10, connections: opts.connections ?? 10, log: (line) => err(line), benefits: opts.benefits, only: opts.only,
          });
          const table = formatBenchTable(report);
          const json = `${JSON.stringify(report, null, 2)}\n`;
          if (opts.json) {
            writeFileSync(resolve(opts.json), json);
            out(table);
            out(`JSON geschreven naar ${resolve(opts.json)}`);
          } else {
            err(table);
            io.stdout.write(json);
          }
        } catch (error) {
          if (error instanceof BenchRefused) throw new CliError(error.message);
          throw error;
        }
      });
    });

  program.command('explain')
    .description('Toont EXPLAIN (ANALYZE, BUFFERS) van de query\'s achter caseloadlijst (eigen caseload, team, gemeente; ' +
      'filters; zoeken op naam, postcode en BSN) en dossier. Alleen PostgreSQL (DATABASE_URL); niet in productie.')
    .option('--user <gebruikersnaam>', 'consulent werk wiens caseload de query\'s gebruiken (standaard: de grootste caseload)')
    .action(async (opts: { user?: string }) => {
      refuseInProduction('Queryplannen tonen');
      const c = config();
      if (!c.databaseUrl) throw new CliError('explain werkt alleen op PostgreSQL: zet DATABASE_URL.');
      try {
        const { username, queries } = await explainHotQueries(c.databaseUrl, { username: opts.user });
        // Plans show literal values: never print a BSN, also not a synthetic one.
        const mask = (text: string) => text.replace(/\b\d{9}\b/g, '*********');
        out(`Query's van de caseloadlijst en het dossier, voor ${username}:`);
        for (const q of queries) out(`  ${(q.executionMs === null ? '?' : q.executionMs.toFixed(3)).padStart(9)} ms  ${mask(q.label)}`);
        for (const q of queries) {
          out(`\n### ${mask(q.label)}\n${mask(q.sql)}\n-- parameters: ${mask(JSON.stringify(q.parameters))}\n${mask(q.plan)}`);
        }
      } catch (error) {
        if (error instanceof ExplainRefused) throw new CliError(error.message);
        throw error;
      }
    });

  const audit = program.command('audit').description('Het auditlog: opdrachten voor controle.');
  audit.command('verify')
    .description('Controleert de hashketen van het auditlog van elke gemeente; exitcode 2 bij een gebroken schakel.')
    .action(async () => {
      await withDatabase(async (cli) => {
        out(`Database: ${cli.description}`);
        const started = performance.now();
        const report = await verifyAuditChains(cli.database.db);
        const seconds = (performance.now() - started) / 1000;
        if (!report.firstBroken) {
          out(`Auditlog intact: ${plural(report.events, 'gebeurtenis', 'gebeurtenissen')} in ` +
            `${plural(report.municipalities, 'gemeente', 'gemeenten')} gecontroleerd (${formatDuration(seconds)}).`);
          return;
        }
        const b = report.firstBroken;
        const m = await cli.database.db.selectFrom('municipalities').select(['name', 'code']).where('id', '=', b.municipalityId).executeTakeFirst();
        out(`Auditlog GEBROKEN in gemeente ${m ? `${m.name} (${m.code})` : b.municipalityId}.`);
        out(`Eerste gebroken schakel: ketenindex ${b.chainIndex}${b.seq !== null ? `, rij seq ${b.seq}` : ''} — ${b.reason}.`);
        out(`Daarvoor ${plural(report.events, 'gebeurtenis', 'gebeurtenissen')} in orde bevonden (${plural(report.municipalities, 'keten', 'ketens')} in de database).`);
        setExitCode(2);
      });
    });

  registerImportCommand(program, io, setExitCode);
  registerSteeringCommands(program, io);
  registerPaymentsCommand(program, io, setExitCode);
  registerChecksCommand(program, io, setExitCode);
  return program;
}

/** Runs one command line (argv without node and script) and returns the exit code. */
export async function runCli(args: string[], io: CliIO): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => { exitCode = code; });
  try {
    await program.parseAsync(args, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with 0; usage errors were already written (in Dutch) by outputError.
      return error.exitCode;
    }
    if (error instanceof CliError) {
      io.stderr.write(`fout: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`fout: ${(error as Error).message ?? String(error)}\n`);
    return 1;
  }
}
