import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.ts';
import type { AuditContext } from '../modules/access/audit/store.ts';
import { drawMonthOnce } from '../modules/income/checks/service.ts';
import { findMunicipalityByCode, listMunicipalityCodes } from '../modules/residents/import/store.ts';
import { todayIso } from '../rules/dates.ts';
import { monthLabel, monthPattern } from '../rules/payments/payment.ts';
import { cliOrigin } from './import.ts';
import type { PaymentsCommandIO } from './payments.ts';
import { formatCount } from './progress.ts';
import { openCliDatabase } from './storage.ts';

// `meedoen checks draw --month JJJJ-MM [--municipality <code>]`: the month's checks afterwards (controle achteraf), the
// same draw as the team lead's button, for cron (decision 0020). A month already drawn is reported, never drawn again.

function month(value: string): string {
  if (!monthPattern.test(value)) throw new InvalidArgumentError('geef de maand als JJJJ-MM, bijvoorbeeld 2026-03.');
  return value;
}

export function registerChecksCommand(program: Command, io: PaymentsCommandIO, setExitCode: (code: number) => void): Command {
  const checks = program.command('checks').description('Controle achteraf: de maandelijkse steekproef.');
  checks.command('draw')
    .description('Trekt de steekproef van een afgelopen maand uit de goedgekeurde betalingen en vastgestelde besluiten, per gemeente of voor alle gemeenten. ' +
      'Een maand die al getrokken is, wordt gemeld en niet opnieuw getrokken.')
    .requiredOption('--month <JJJJ-MM>', 'de maand, bijvoorbeeld 2026-03', month)
    .option('--municipality <code>', 'code van de gemeente, bijvoorbeeld voorbeeld (standaard: alle gemeenten)')
    .action(async (opts: { month: string; municipality?: string }) => {
      const out = (line: string) => io.stdout.write(`${line}\n`);
      const label = monthLabel(opts.month);
      if (opts.month >= todayIso().slice(0, 7)) {
        out(`${label} is nog niet voorbij: trek de steekproef na afloop van de maand, als alle besluiten en betalingen erin zitten.`);
        setExitCode(1);
        return;
      }
      const cli = await (io.open ?? openCliDatabase)(loadConfig(io.env), {});
      try {
        const db = cli.database.db;
        io.stderr.write(`Database: ${cli.description}\n`);
        let municipalities: { id: string; name: string }[];
        if (opts.municipality) {
          const found = await findMunicipalityByCode(db, opts.municipality.trim().toLowerCase());
          if (!found) {
            const known = await listMunicipalityCodes(db);
            throw new Error(`Onbekende gemeente '${opts.municipality}'. Bekende codes: ${known.length ? known.join(', ') : '(geen)'}.`);
          }
          municipalities = [found];
        } else {
          municipalities = await db.selectFrom('municipalities').select(['id', 'name']).orderBy('name').execute();
        }
        let ok = true;
        for (const m of municipalities) {
          const ctx: AuditContext = { municipalityId: m.id, actorUserId: null, actorRole: 'cli', organisationId: null, requestId: `cli-${randomUUID()}`, origin: cliOrigin() };
          const result = await drawMonthOnce(db, ctx, m.id, opts.month, { label: 'opdrachtregel' });
          const head = `Gemeente ${m.name}, ${label}`;
          if (result.outcome === 'refused') {
            out(`${head}: niet getrokken — ${result.reason}`);
            ok = false;
            continue;
          }
          const d = await db.selectFrom('checkDraws as d').leftJoin('users as u', 'u.id', 'd.drawnBy')
            .select(['d.sampleCount', 'd.populationCount', 'd.signalCount', 'd.sampleBp', 'd.seed', 'd.drawnAt', 'd.drawnByLabel', 'u.displayName'])
            .where('d.id', '=', result.drawId).executeTakeFirstOrThrow();
          if (result.outcome === 'already') {
            const when = new Date(d.drawnAt).toISOString().slice(0, 10);
            out(`${head}: al getrokken op ${when} door ${d.displayName ?? d.drawnByLabel ?? 'opdrachtregel'}; niet opnieuw getrokken.`);
            continue;
          }
          out(`${head}: steekproef getrokken — ${formatCount(d.sampleCount)} van ${formatCount(d.populationCount)} betalingen en besluiten ` +
            `(${String(d.sampleBp / 100).replace('.', ',')}%), ${formatCount(d.signalCount)} met een signaal. Zaad: ${d.seed}.`);
        }
        if (!ok) setExitCode(1);
      } finally {
        await cli.close();
      }
    });
  return checks;
}
