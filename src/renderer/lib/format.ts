import type { Locale } from '../../core/shared/errors';

/**
 * Times arrive as ISO strings with the +08:00 offset; officers read them as Beijing wall-clock
 * time, so the text is shown as is rather than converted to the machine's zone.
 *
 * @example formatDateTime('2025-03-01T09:30:00.000+08:00') // '2025-03-01 09:30:00'
 */
export function formatDateTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]}` : iso;
}

const BEIJING = 'Asia/Shanghai';
const dateTimeFormats: Record<Locale, Intl.DateTimeFormat> = {
  zh: new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'medium', timeZone: BEIJING }),
  en: new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium', timeZone: BEIJING }),
};

/**
 * A moment written the way the interface language writes dates, still in Beijing time (the
 * backend's zone), whatever zone the machine is set to.
 *
 * @example formatLocaleDateTime('2026-11-28T10:30:12.000+08:00', 'zh') // '2026年11月28日 10:30:12'
 * @example formatLocaleDateTime('2026-11-28T10:30:12.000+08:00', 'en') // 'Nov 28, 2026, 10:30:12 AM'
 */
export function formatLocaleDateTime(iso: string, locale: Locale): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : dateTimeFormats[locale].format(at);
}

const sizeFormats: Record<Locale, Intl.NumberFormat> = {
  zh: new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};
const MIB = 1024 * 1024;

/**
 * A file size in KB below one megabyte, in MB from there (binary units, one decimal).
 *
 * @example formatBytes(372_736, 'zh') // '364.0 KB'
 * @example formatBytes(12_897_484, 'en') // '12.3 MB'
 */
export function formatBytes(bytes: number, locale: Locale): string {
  return bytes >= MIB ? `${sizeFormats[locale].format(bytes / MIB)} MB` : `${sizeFormats[locale].format(bytes / 1024)} KB`;
}
