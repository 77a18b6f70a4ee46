const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Times are written with the +08:00 offset: officers and documents work in Beijing time,
 * whatever the workstation's time zone is set to.
 *
 * @example toBeijingIso(new Date('2026-01-01T00:00:00Z')) // '2026-01-01T08:00:00.000+08:00'
 */
export function toBeijingIso(date: Date): string {
  const shifted = new Date(date.getTime() + BEIJING_OFFSET_MS);
  return `${shifted.toISOString().slice(0, 23)}+08:00`;
}

/** @example toBeijingDate(new Date('2026-01-01T20:00:00Z')) // '2026-01-02' */
export function toBeijingDate(date: Date): string {
  return toBeijingIso(date).slice(0, 10);
}
