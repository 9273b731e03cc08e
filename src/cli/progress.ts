// Live progress on stderr. On a terminal the line is redrawn in place (at most ~8× a second);
// in a log file or pipe a plain line is written at every 10%, so logs stay short and readable.

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

const nl = new Intl.NumberFormat('nl-NL');
export const formatCount = (n: number): string => nl.format(Math.round(n));

/** "1 min 05 s", "42 s", "2 u 03 min". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return 'onbekend';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} u ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

export class Progress {
  private lastDraw = 0;
  private lastDecile = 0;
  private readonly started: number;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly unit: string,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** Text of one progress line: done / total, per second, rows per second, time left. */
  line(done: number, rows: number): string {
    const seconds = Math.max((this.now() - this.started) / 1000, 1e-3);
    const rate = done / seconds;
    const pct = this.total > 0 ? Math.floor((done / this.total) * 100) : 100;
    const eta = rate > 0 ? (this.total - done) / rate : Number.NaN;
    return `${this.unit} ${formatCount(done)} / ${formatCount(this.total)} (${pct}%) · ${formatCount(rate)} ${this.unit}/s · ` +
      `${formatCount(rows / seconds)} rijen/s · ${done >= this.total ? `klaar in ${formatDuration(seconds)}` : `nog ca. ${formatDuration(eta)}`}`;
  }

  update(done: number, rows: number): void {
    if (this.stream.isTTY) {
      const t = this.now();
      if (t - this.lastDraw < 125 && done < this.total) return;
      this.lastDraw = t;
      this.stream.write(`\r\x1b[2K${this.line(done, rows)}`);
      this.drawn = true;
      return;
    }
    const decile = this.total > 0 ? Math.floor((done / this.total) * 10) : 10;
    if (decile > this.lastDecile) {
      this.lastDecile = decile;
      this.stream.write(`${this.line(done, rows)}\n`);
    }
  }

  /** Ends a redrawn line so what follows starts on its own line. */
  finish(): void {
    if (this.stream.isTTY && this.drawn) this.stream.write('\n');
    this.drawn = false;
  }
}
