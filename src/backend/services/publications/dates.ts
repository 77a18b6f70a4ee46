/**
 * Dates of a publication. Its issuedAt is the announcement date at 00:00 Beijing time, an input
 * rather than the clock, so that the same database and the same options give the same bytes.
 */

/** @example issuedAtOf('2026-07-05') // '2026-07-05T00:00:00+08:00' */
export function issuedAtOf(day: string): string {
  return `${day}T00:00:00+08:00`;
}

/**
 * The same calendar time `years` later (29 February becomes 1 March), keeping the offset.
 *
 * @example addYears('2026-07-05T00:00:00+08:00', 1) // '2027-07-05T00:00:00+08:00'
 */
export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const md = iso.slice(5, 10);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const day = md === '02-29' && !leap ? '03-01' : md;
  return `${String(y).padStart(4, '0')}-${day}${iso.slice(10)}`;
}

/** @example previousDay('2026-03-01') // '2026-02-28' */
export function previousDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
