/**
 * Points are integers in hundredths (87.5 points = 8750) from the model file to the result:
 * sums of binary floats drift (0.1 + 0.2), and a grade boundary must not depend on it.
 */

/** True when a number has at most two decimals, i.e. is a whole number of hundredths. */
export function isHundredths(x: number): boolean {
  return Number.isFinite(x) && Math.abs(x * 100 - Math.round(x * 100)) < 1e-6;
}

/** @example toHundredths(2.5) // 250 */
export function toHundredths(x: number): number {
  return Math.round(x * 100);
}

/**
 * The fixed two-decimal text of a number of hundredths, as people see and store it.
 *
 * @example formatPoints(-250) // '-2.50'
 */
export function formatPoints(h: number): string {
  // Most points are small whole hundredths: share one string per value rather than build
  // millions of equal strings in a run.
  if (h >= -CACHE_SPAN && h <= CACHE_SPAN && Number.isInteger(h)) return (cache[h + CACHE_SPAN] ??= format(h));
  return format(h);
}

const CACHE_SPAN = 20_000;
const cache: (string | undefined)[] = [];

function format(h: number): string {
  const sign = h < 0 ? '-' : '';
  const a = Math.abs(h);
  const cents = a % 100;
  return `${sign}${(a - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`;
}

/** @example parsePoints('-2.50') // -250 */
export function parsePoints(s: string): number {
  return Math.round(Number(s) * 100);
}

/** a × b / c rounded half up, in integers (all arguments ≥ 0, c > 0). */
export function mulDivRound(a: number, b: number, c: number): number {
  return Math.floor((2 * a * b + c) / (2 * c));
}
