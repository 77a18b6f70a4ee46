/**
 * Dates as integer day numbers (days since 1970-01-01). The engine compares millions of record
 * dates per run, so it parses ISO strings by char codes once per record, never through `Date`.
 */

/** Day number of a civil date (proleptic Gregorian), after Howard Hinnant's `days_from_civil`. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number, as [year, month 1–12, day]. */
export function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function digits(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * The day number of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; NaN when malformed. A date kept at month
 * or year precision ("2013年3月") stands for its first day (`'start'`) or its last (`'end'`):
 * a record's date is placed at the earliest day it can have been, a validity end at the latest.
 *
 * @example parseDay('1970-01-02') // 1
 * @example parseDay('2024-02', 'end') === parseDay('2024-02-29') // true
 */
export function parseDay(iso: string, side: 'start' | 'end' = 'start'): number {
  const len = iso.length;
  if (len !== 4 && len !== 7 && len !== 10) return Number.NaN;
  const y = digits(iso, 0, 4);
  if (y < 0) return Number.NaN;
  let m = side === 'start' ? 1 : 12;
  if (len >= 7) {
    if (iso.charCodeAt(4) !== 45) return Number.NaN;
    m = digits(iso, 5, 2);
    if (m < 1 || m > 12) return Number.NaN;
  }
  let d = side === 'start' ? 1 : daysInMonth(y, m);
  if (len === 10) {
    if (iso.charCodeAt(7) !== 45) return Number.NaN;
    d = digits(iso, 8, 2);
    if (d < 1 || d > daysInMonth(y, m)) return Number.NaN;
  }
  return daysFromCivil(y, m, d);
}

/** @example formatDay(0) // '1970-01-01' */
export function formatDay(day: number): string {
  const [y, m, d] = civilFromDays(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Months later (negative: earlier), on the same day of the month or the month's last day —
 * the same rule as `calendar/addMonths`, so "36 months before" means one thing app-wide.
 *
 * @example formatDay(addMonthsToDay(parseDay('2026-03-31'), -1)) // '2026-02-28'
 */
export function addMonthsToDay(day: number, months: number): number {
  const [y, m, d] = civilFromDays(day);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return daysFromCivil(year, month, Math.min(d, daysInMonth(year, month)));
}
