// A one-line progress bar for long commands: count, share, rate and ETA on a TTY (stderr); nothing
// at all when the stream is not a terminal, so pipes and logs stay clean.

/** Redraw at most this often, in milliseconds. */
export const PROGRESS_REDRAW_MS = 100;
/** Width of the bar itself, in characters. */
export const PROGRESS_BAR_CHARS = 24;

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

export interface ProgressOptions {
  label: string;
  /** Expected number of items, when known: enables the bar, the share and the ETA. */
  total?: number;
  stream?: ProgressStream;
  /** Draw even when the stream is not a TTY (tests); default: only on a TTY. */
  force?: boolean;
  /** Milliseconds since some origin (performance.now by default). */
  clock?: () => number;
}

export interface Progress {
  readonly enabled: boolean;
  /** Count `n` more items done. */
  tick(n?: number): void;
  setTotal(total: number | undefined): void;
  /** Clear the line (call before printing the summary). */
  finish(): void;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}

/** The text of the line: `label [████░░░░] 120/400 30% · 85.2/s · ETA 0:03`. */
export function progressLine(label: string, done: number, total: number | undefined, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const rateText = `${rate >= 100 ? Math.round(rate) : rate.toFixed(1)}/s`;
  if (total === undefined || total <= 0) return `${label} ${done} · ${rateText}`;
  const share = Math.min(1, done / total);
  const filled = Math.round(share * PROGRESS_BAR_CHARS);
  const bar = "█".repeat(filled) + "░".repeat(PROGRESS_BAR_CHARS - filled);
  const eta = rate > 0 ? formatDuration((total - done) / rate) : "?";
  return `${label} [${bar}] ${done}/${total} ${Math.floor(share * 100)}% · ${rateText} · ETA ${eta}`;
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const clock = options.clock ?? (() => performance.now());
  const enabled = options.force === true || stream.isTTY === true;
  const started = clock();
  let total = options.total;
  let done = 0;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let drawn = false;

  const draw = (now: number) => {
    lastDraw = now;
    drawn = true;
    const line = progressLine(options.label, done, total, now - started);
    const width = stream.columns !== undefined && stream.columns > 0 ? stream.columns : 120;
    stream.write(`\r${line.slice(0, Math.max(10, width - 1))}\u001b[K`);
  };

  return {
    enabled,
    tick(n = 1) {
      done += n;
      if (!enabled) return;
      const now = clock();
      if (now - lastDraw >= PROGRESS_REDRAW_MS) draw(now);
    },
    setTotal(t) {
      total = t;
    },
    finish() {
      if (enabled && drawn) stream.write("\r\u001b[K");
    },
  };
}
