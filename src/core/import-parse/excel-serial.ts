const DAY_MS = 86_400_000;
/** 1899-12-30: serial 0 in Excel's 1900 system once its fictitious 1900-02-29 is stepped over. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * The calendar day of an Excel serial date (1900 system), as a UTC-midnight Date, or null when
 * the serial is not a day Excel can show. The fraction (time of day) is dropped.
 *
 * Excel counts 1900-02-29, which never existed (Lotus 1-2-3's leap-year bug, kept for
 * compatibility), as serial 60: serials from 61 on are one day ahead of a plain count from
 * 1899-12-31, so they are counted from 1899-12-30, and 60 itself is refused.
 *
 * @example excelSerialToDate(41631)?.toISOString().slice(0, 10) // '2013-12-24'
 * @example excelSerialToDate(59)?.toISOString().slice(0, 10) // '1900-02-28'
 */
export function excelSerialToDate(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  const offset = day < 60 ? day + 1 : day;
  return new Date(EPOCH_MS + offset * DAY_MS);
}

/** Workbooks saved with the 1904 date system (old Mac Excel) count 1,462 days fewer. */
export const DATE1904_OFFSET = 1462;
