import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { todayIso } from '../../../rules/dates.ts';
import { intervalMinutes, startIntervalJob } from '../../../server/interval-job.ts';
import { ensureFresh } from './store.ts';

/**
 * Keeps the pre-aggregated stock counts of every municipality at most MEEDOEN_DASHBOARD_REFRESH_MINUTES old (default
 * 15; 0 switches the job off). The first run is one interval after start-up. Without the job, a dashboard read counts a
 * municipality whose counts are missing or more than a day old, and `meedoen dashboards refresh` does it from cron.
 */
const refreshMinutes = () => intervalMinutes('MEEDOEN_DASHBOARD_REFRESH_MINUTES', 15);

/** Refreshes every municipality whose counts are older than `maxAgeMs` or about an earlier day, one after another. */
async function refreshAll(db: Kysely<DB>, maxAgeMs: number, today = todayIso()): Promise<number> {
  const ids = (await db.selectFrom('municipalities').select('id').orderBy('code').execute()).map((m) => m.id);
  return ids.length ? ensureFresh(db, ids, today, { maxAgeMs, requireToday: true }) : 0;
}

export function startRefreshJob(app: FastifyInstance) {
  const minutes = refreshMinutes();
  startIntervalJob(app, minutes, async () => {
    const n = await refreshAll(app.database.db, minutes * 60_000);
    if (n) app.log.info({ municipalities: n }, 'dashboardcijfers bijgewerkt');
  }, 'bijwerken van dashboardcijfers mislukt');
}
