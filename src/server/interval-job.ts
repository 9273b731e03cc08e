import type { FastifyInstance } from 'fastify';

// Background work the server does on a timer (dashboard counts, the monthly draw of checks afterwards): one run at a
// time, the first one interval after start-up, stopped with the server. What must survive a restart lives in the
// database, so a run missed while the server was down is simply done by the next one.

/** Minutes between runs from an environment variable: a whole number ≥ 0 (0 switches the job off), else the default. */
export function intervalMinutes(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`Ongeldige ${name}: ${raw}`);
  return n;
}

/** Runs `work` every `minutes` (not at all for 0); a failing run is logged with `failure` and the next one tries again. */
export function startIntervalJob(app: FastifyInstance, minutes: number, work: () => Promise<void>, failure: string) {
  if (minutes === 0) return;
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await work();
    } catch (error) {
      app.log.error({ err: error }, failure);
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
