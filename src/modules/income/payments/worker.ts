import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { processRun } from './runner.ts';

// The server's background worker for payment runs (architecture.md "Background work"): it computes a run started in
// the web app, and after a restart continues every run whose lease has lapsed. One run at a time per server.

export interface WorkerLog { error(obj: object, msg: string): void; info(obj: object, msg: string): void }

export class PaymentRunWorker {
  readonly owner = `server ${hostname()} pid ${process.pid} ${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | null = null;
  private busy: Promise<void> | null = null;
  private stopping = false;
  private again = false;

  constructor(private readonly db: Kysely<DB>, private readonly log: WorkerLog, private readonly pollMs = 5_000) {}

  start() {
    this.timer = setInterval(() => this.kick(), this.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Looks for work now (after a start in the web app) instead of at the next poll. */
  kick() {
    if (this.stopping) return;
    if (this.busy) { this.again = true; return; }
    this.busy = this.drain().finally(() => {
      this.busy = null;
      if (this.again) { this.again = false; this.kick(); }
    });
  }

  /** Runs that are running without a live lease: never taken, or left by a process that stopped. */
  private async drain() {
    try {
      for (;;) {
        if (this.stopping) return;
        const next = await this.db.selectFrom('paymentRuns').select('id').where('status', '=', 'running')
          .where((eb) => eb.or([eb('leaseUntil', 'is', null), eb('leaseUntil', '<', sql<Date>`now()`)]))
          .orderBy('startedAt').limit(1).executeTakeFirst();
        if (!next) return;
        const outcome = await processRun(this.db, next.id, { owner: this.owner, shouldStop: () => this.stopping });
        this.log.info({ runId: next.id, outcome }, 'betaalrun verwerkt');
        if (outcome === 'not_claimed') return;
      }
    } catch (error) {
      // The failed batch rolled back and the lease is free again: the next poll tries again.
      this.log.error({ err: error }, 'betaalrun onderbroken');
    }
  }

  /** Stops polling and lets the current batch finish; its run continues at the next start. */
  async stop() {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await this.busy;
  }
}
