import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { todayIso } from '../../../rules/dates.ts';
import { ensureFresh } from './store.ts';

/**
 * Keeps the pre-aggregated stock counts of every municipality at most MEEDOEN_DASHBOARD_REFRESH_MINUTES old (default
 * 15; 0 switches the job off). The first run is one interval after start-up. Without the job, a dashboard read counts a
 * municipality whose counts are missing or more than a day old, and `meedoen dashboards refresh` does it from cron.
 */
function refreshMinutes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MEEDOEN_DASHBOARD_REFRESH_MINUTES;
  if (raw === undefined || raw === '') return 15;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`Ongeldige MEEDOEN_DASHBOARD_REFRESH_MINUTES: ${raw}`);
  return n;
}

/** Refreshes every municipality whose counts are older than `maxAgeMs` or about an earlier day, one after another. */
async function refreshAll(db: Kysely<DB>, maxAgeMs: number, today = todayIso()): Promise<number> {
  const ids = (await db.selectFrom('municipalities').select('id').orderBy('code').execute()).map((m) => m.id);
  return ids.length ? ensureFresh(db, ids, today, { maxAgeMs, requireToday: true }) : 0;
}

export function startRefreshJob(app: FastifyInstance) {
  const minutes = refreshMinutes();
  if (minutes === 0) return;
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const n = await refreshAll(app.database.db, minutes * 60_000);
      if (n) app.log.info({ municipalities: n }, 'dashboardcijfers bijgewerkt');
    } catch (error) {
      app.log.error({ err: error }, 'bijwerken van dashboardcijfers mislukt');
    } finally {
      running = false;
    }
  };
  app.addHook('onReady', async () => {
    timer = setInterval(run, minutes * 60_000);
    timer.unref();
  });
  app.addHook('onClose', async () => { if (timer) clearInterval(timer); });
}
