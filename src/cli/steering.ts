import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { loadConfig } from '../config.ts';
import { MONTH_PATTERN } from '../rules/dashboards/periods.ts';
import { todayIso } from '../rules/dates.ts';
import { cbsExport, cbsKinds, type CbsKind } from '../modules/steering/cbs/service.ts';
import { refreshCounts } from '../modules/steering/dashboards/store.ts';
import { findMunicipalityByCode, listMunicipalityCodes } from '../modules/residents/import/store.ts';
import { cliOrigin, type ImportCommandIO } from './import.ts';
import { openCliDatabase } from './storage.ts';

// `meedoen cbs export` (the monthly BUS and SRG files) and `meedoen dashboards refresh` (the pre-aggregated counts,
// for cron). Audit rows of the export: actor null, role 'cli', the machine account as origin.

function kindOption(value: string): CbsKind {
  if (!(cbsKinds as readonly string[]).includes(value)) throw new InvalidArgumentError(`kies ${cbsKinds.join(' of ')}.`);
  return value as CbsKind;
}
function monthOption(value: string): string {
  if (!MONTH_PATTERN.test(value)) throw new InvalidArgumentError('geef de maand als JJJJ-MM.');
  return value;
}

export function registerSteeringCommands(program: Command, io: ImportCommandIO) {
  const open = () => (io.open ?? openCliDatabase)(loadConfig(io.env), {});
  async function municipalityOf(db: Parameters<typeof findMunicipalityByCode>[0], code: string) {
    const m = await findMunicipalityByCode(db, code.trim().toLowerCase());
    if (m) return m;
    const known = await listMunicipalityCodes(db);
    throw new Error(`Onbekende gemeente '${code}'. Bekende codes: ${known.length ? known.join(', ') : '(geen)'}.`);
  }

  const cbs = program.command('cbs').description('Wettelijke leveringen aan het CBS.');
  cbs.command('export')
    .description('Maakt de maandlevering BUS (bijstandsuitkeringen) of SRG (re-integratievoorzieningen) van één gemeente als ' +
      'bestand met vaste recordlengte (indeling: docs/cbs/). Het bestand bevat BSN\'s; de export komt met doel in het auditlog.')
    .requiredOption('--kind <soort>', 'bus of srg', kindOption)
    .requiredOption('--month <JJJJ-MM>', 'verslagmaand', monthOption)
    .requiredOption('--municipality <code>', 'code van de gemeente, bijvoorbeeld voorbeeld')
    .option('--out <bestand>', 'schrijf hierheen (standaard de CBS-bestandsnaam in de huidige map; - voor stdout)')
    .action(async (opts: { kind: CbsKind; month: string; municipality: string; out?: string }) => {
      const today = todayIso();
      if (opts.month > today.slice(0, 7)) throw new Error('Deze maand is nog niet begonnen: kies de huidige of een eerdere maand.');
      const cli = await open();
      try {
        const db = cli.database.db;
        const m = await municipalityOf(db, opts.municipality);
        const file = await cbsExport(db, {
          municipalityId: m.id, actorUserId: null, actorRole: 'cli', organisationId: null, requestId: `cli-${randomUUID()}`, origin: cliOrigin(),
        }, opts.kind, opts.month, today);
        if (opts.out === '-') {
          io.stdout.write(file.content);
        } else {
          const path = resolve(opts.out ?? file.fileName);
          writeFileSync(path, file.content, { mode: 0o600 });  // BSNs: readable by the owner only
          io.stdout.write(`${file.records} detailrecords (${file.residents} inwoners) geschreven naar ${path}\n`);
        }
        io.stderr.write(`Database: ${cli.description}. De export staat in het auditlog van ${m.name}.\n`);
      } finally {
        await cli.close();
      }
    });

  const dashboards = program.command('dashboards').description('De voorgetelde cijfers van de dashboards.');
  dashboards.command('refresh')
    .description('Telt de standcijfers van de dashboards (ladder, doelgroepen, contact) opnieuw, voor alle gemeenten of één; ' +
      'bedoeld voor een nachtelijke taak. De server doet het zelf ook elke MEEDOEN_DASHBOARD_REFRESH_MINUTES minuten.')
    .option('--municipality <code>', 'alleen deze gemeente')
    .action(async (opts: { municipality?: string }) => {
      const cli = await open();
      try {
        const db = cli.database.db;
        const ids = opts.municipality
          ? [(await municipalityOf(db, opts.municipality)).id]
          : (await db.selectFrom('municipalities').select('id').orderBy('code').execute()).map((r) => r.id);
        const started = performance.now();
        for (const id of ids) await refreshCounts(db, id, todayIso(), { force: true });
        io.stdout.write(`Dashboardcijfers bijgewerkt voor ${ids.length} ${ids.length === 1 ? 'gemeente' : 'gemeenten'} in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
      } finally {
        await cli.close();
      }
    });
}
