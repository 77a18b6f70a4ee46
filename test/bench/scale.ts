import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * QCD_BENCH_SCALE shrinks every size (1 = the acceptance sizes: a million enterprises with about
 * ten million records, a million-row import; 0.01 = a quick check of the bench itself).
 */
export function benchScale(): number {
  const raw = process.env.QCD_BENCH_SCALE ?? '1';
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1) throw new Error(`QCD_BENCH_SCALE must be in (0, 1], not ${raw}`);
  return scale;
}

/** Where generated workspaces and files are kept between runs, keyed by what determines them. */
export function cacheDir(key: string): string {
  const dir = join(process.env.QCD_BENCH_CACHE ?? join(tmpdir(), 'qcd-bench-cache'), key);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

export const ms = (x: number): string => `${x.toFixed(1)} ms`;

/** One figure beside its baseline: the ratio and whether it meets its target. */
export function ratioLine(label: string, ratio: number, target: number, higherIsBetter = true): string {
  const met = higherIsBetter ? ratio >= target : ratio <= target;
  return `ratio     ${label}: ${ratio.toFixed(2)}  (target ${higherIsBetter ? '≥' : '≤'} ${target})  ${met ? 'MET' : 'NOT MET'}`;
}

/** The p-th percentile (0–100) of some timings, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}
