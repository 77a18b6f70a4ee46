import { z } from 'zod';
import { err, ok, type Result } from '../shared/result';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const HolidayCalendarSchema = z.object({
  name: z.string(),
  years: z.record(z.string().regex(/^\d{4}$/), z.object({
    status: z.enum(['official', 'provisional']),
    holidays: z.array(IsoDate),
    workdays: z.array(IsoDate),
  })),
});
export type HolidayCalendarFile = z.infer<typeof HolidayCalendarSchema>;

export type HolidayCalendar = {
  /** Years the calendar covers; deadlines outside them are refused, never guessed. */
  covers(year: number): boolean;
  isProvisional(year: number): boolean;
  isWorkingDay(date: string): boolean;
};

/** Days are handled as UTC midnights of ISO dates: no time zone can shift a deadline by a day. */
const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const fromDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** @example createCalendar(file).isWorkingDay('2026-02-14') // true: a Saturday made a working day */
export function createCalendar(file: HolidayCalendarFile): HolidayCalendar {
  const holidays = new Set(Object.values(file.years).flatMap((y) => y.holidays));
  const workdays = new Set(Object.values(file.years).flatMap((y) => y.workdays));
  return {
    covers: (year) => Object.hasOwn(file.years, String(year)),
    isProvisional: (year) => file.years[String(year)]?.status === 'provisional',
    isWorkingDay: (date) => {
      if (workdays.has(date)) return true;
      if (holidays.has(date)) return false;
      const weekday = new Date(toDay(date) * 86_400_000).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    },
  };
}

export type Deadline = { date: string; provisional: boolean };

function uncovered(date: string) {
  return err({ code: 'E_CALENDAR_UNCOVERED' as const, message: `节假日日历未包含 ${date.slice(0, 4)} 年，无法计算期限；请先更新节假日日历`, details: { year: date.slice(0, 4) } });
}

/**
 * The N-th working day after `start` ("within 20 working days of …").
 *
 * @example addWorkingDays('2026-02-13', 1, cal) // { date: '2026-02-14' } — the 调休 Saturday
 */
export function addWorkingDays(start: string, n: number, cal: HolidayCalendar): Result<Deadline> {
  let day = toDay(start);
  let provisional = false;
  for (let left = n; left > 0;) {
    day += 1;
    const iso = fromDay(day);
    const year = Number(iso.slice(0, 4));
    if (!cal.covers(year)) return uncovered(iso);
    provisional ||= cal.isProvisional(year);
    if (cal.isWorkingDay(iso)) left -= 1;
  }
  return ok({ date: fromDay(day), provisional });
}

/**
 * A period of N calendar days after `start`. When its last day is a holiday or rest day, the
 * period ends on the first working day after it, as Chinese procedural law counts periods.
 *
 * @example addCalendarDays('2026-09-20', 15, cal) // 2026-10-05 is a holiday → { date: '2026-10-08' }
 */
export function addCalendarDays(start: string, n: number, cal: HolidayCalendar): Result<Deadline> {
  let day = toDay(start) + n;
  for (;;) {
    const iso = fromDay(day);
    const year = Number(iso.slice(0, 4));
    if (!cal.covers(year)) return uncovered(iso);
    if (cal.isWorkingDay(iso)) return ok({ date: iso, provisional: cal.isProvisional(year) });
    day += 1;
  }
}

/**
 * Months later, on the same day of the month or the month's last day ("3 months", "1 year" = 12).
 *
 * @example addMonths('2026-01-31', 1) // '2026-02-28'
 */
export function addMonths(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
