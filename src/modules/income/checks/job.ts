import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { todayIso } from '../../../rules/dates.ts';
import { addMonths } from '../../../rules/payments/payment.ts';
import type { AuditContext } from '../../access/audit/store.ts';
import { intervalMinutes, startIntervalJob } from '../../../server/interval-job.ts';
import { drawMonthOnce, type DrawOutcome } from './service.ts';

// The monthly draw without a click (decision 0020). When the previous month has an approved payment run, the server
// draws that month's checks itself, recorded as drawn 'automatisch'. A month is never drawn twice: a draw by a team
// lead or by `meedoen checks draw` before the job comes along is left as it is.

/** Minutes between two looks; default 60, 0 switches the job off (then a team lead or cron with the CLI draws). */
export const drawJobMinutes = (env: NodeJS.ProcessEnv = process.env) => intervalMinutes('MEEDOEN_CHECK_DRAW_MINUTES', 60, env);

export interface DueDraw { municipalityId: string; month: string; result: DrawOutcome }

/**
 * Draws the month before `today` for every municipality that has an approved payment run for it and no draw yet. The
 * month has ended by then, so its decisions are all in the population too.
 */
export async function drawDueMonths(db: Kysely<DB>, today = todayIso()): Promise<DueDraw[]> {
  const month = addMonths(today.slice(0, 7), -1);
  const due = await db.selectFrom('municipalities as m').select('m.id').orderBy('m.code')
    .where(({ exists, selectFrom }) => exists(selectFrom('paymentRuns as r').select('r.id')
      .whereRef('r.municipalityId', '=', 'm.id').where('r.month', '=', month).where('r.status', '=', 'approved')))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('checkDraws as d').select('d.id')
      .whereRef('d.municipalityId', '=', 'm.id').where('d.month', '=', month))))
    .execute();
  const done: DueDraw[] = [];
  for (const { id } of due) {
    const ctx: AuditContext = { municipalityId: id, actorUserId: null, actorRole: 'automatisch', organisationId: null, requestId: `auto-${randomUUID()}`, origin: 'server: maandelijkse trekking' };
    done.push({ municipalityId: id, month, result: await drawMonthOnce(db, ctx, id, month, { label: 'automatisch' }) });
  }
  return done;
}

/** Looks every drawJobMinutes() minutes (the first look one interval after start-up), one look at a time. */
export function startMonthlyDrawJob(app: FastifyInstance) {
  startIntervalJob(app, drawJobMinutes(), async () => {
    for (const d of await drawDueMonths(app.database.db)) {
      if (d.result.outcome === 'drawn') app.log.info({ municipalityId: d.municipalityId, month: d.month, drawId: d.result.drawId }, 'controle achteraf automatisch getrokken');
      if (d.result.outcome === 'refused') app.log.info({ municipalityId: d.municipalityId, month: d.month, reason: d.result.reason }, 'controle achteraf niet getrokken');
    }
  }, 'automatische trekking controle achteraf mislukt');
}
