import type { Blob } from '../sources/blob';
import { formatBytes } from './pretty-report';

export interface ProgressState {
  items: number;
  bytes: number;
  elapsedMs: number;
  /** Share of the work done, 0..1, when the total is known (commits walked, compressed bytes read). */
  fraction?: number | null;
}

/** Where progress may be drawn: a terminal on stderr, not --quiet, and not when a machine format goes to stdout. */
export function progressWanted(flags: { quiet: boolean; format: string; output?: string }, stderr: { isTTY?: boolean } = process.stderr): boolean {
  if (!stderr.isTTY || flags.quiet) return false;
  if (flags.format !== 'pretty' && !flags.output) return false;
  return !process.env.CI;
}

function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(s / 60);
  return m >= 60 ? `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}` : `${m}:${String(s % 60).padStart(2, '0')}`;
}

/** One status line: items, bytes, rate and, when the total is known, percentage and ETA. */
export function formatProgress(label: string, s: ProgressState): string {
  const secs = s.elapsedMs / 1000;
  const rate = secs > 0 ? s.bytes / secs : 0;
  const parts = [`${s.items.toLocaleString('en-US')} files`, formatBytes(s.bytes), `${formatBytes(Math.round(rate))}/s`];
  if (s.fraction != null && s.fraction > 0) {
    const f = Math.min(1, s.fraction);
    parts.push(`${Math.floor(f * 100)}%`, `ETA ${clock((s.elapsedMs * (1 - f)) / f)}`);
  }
  return `${label}: ${parts.join(', ')}`;
}

const DELAY_MS = 800;
const EVERY_MS = 200;

/**
 * A progress line on stderr for long scans. Silent for the first 0.8 s so
 * quick scans (and hooks) never flicker; erased before the report prints.
 */
export class Progress {
  private items = 0;
  private bytes = 0;
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | null = null;
  private drawn = false;

  constructor(
    private readonly label: string,
    private readonly fraction: () => number | null = () => null,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {
    this.timer = setInterval(() => this.draw(), EVERY_MS);
    this.timer.unref();
  }

  /** Pass as ScanOptions.onBlob. */
  readonly onBlob = (blob: Blob): void => {
    this.items++;
    this.bytes += blob.size;
  };

  private draw(): void {
    const elapsedMs = Date.now() - this.started;
    if (elapsedMs < DELAY_MS) return;
    const line = formatProgress(this.label, { items: this.items, bytes: this.bytes, elapsedMs, fraction: this.fraction() });
    const width = (this.out.columns || 100) - 1;
    this.out.write(`\r${line.slice(0, width)}\x1b[K`);
    this.drawn = true;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.drawn) this.out.write('\r\x1b[K');
  }
}

/** A Progress when wanted, else a no-op with the same shape. */
export function startProgress(wanted: boolean, label: string, fraction?: () => number | null): { onBlob?: (b: Blob) => void; stop(): void } {
  if (!wanted) return { stop() {} };
  const p = new Progress(label, fraction);
  return { onBlob: p.onBlob, stop: () => p.stop() };
}
