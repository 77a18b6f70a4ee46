import { addCalendarDays, addMonths, addWorkingDays, type Deadline, type HolidayCalendar } from '../calendar/working-days';
import { ok, type Result } from '../shared/result';

/**
 * A period as the texts state it: "3 个月", "1 年" (= 12 months), "20 个工作日", "15 日".
 * Months never need the holiday calendar, so a 3-year term ending in a year the calendar does not
 * cover yet is still computed; day periods do, and are refused outside it (E_CALENDAR_UNCOVERED).
 */
export type Period = { n: number; unit: 'months' | 'days' | 'working-days' };

export const months = (n: number): Period => ({ n, unit: 'months' });
export const years = (n: number): Period => ({ n: n * 12, unit: 'months' });
export const workingDays = (n: number): Period => ({ n, unit: 'working-days' });
export const days = (n: number): Period => ({ n, unit: 'days' });

/**
 * The date a period that starts on `from` reaches its end.
 * - months: the same day of the month (or the month's last day), not moved for holidays: a
 *   listing or a publication term ends by itself, nobody has to act on that day;
 * - days: calendar days, the last day moved past a holiday (procedural counting, as spot checks);
 * - working-days: the N-th working day after `from`.
 *
 * @example periodEnd('2025-09-26', workingDays(5), cal) // { date: '2025-10-10' }: National Day week skipped
 * @example periodEnd('2024-02-29', years(1), cal) // { date: '2025-02-28' }
 */
export function periodEnd(from: string, period: Period, cal: HolidayCalendar): Result<Deadline> {
  switch (period.unit) {
    case 'months': return ok({ date: addMonths(from, period.n), provisional: false });
    case 'days': return addCalendarDays(from, period.n, cal);
    case 'working-days': return addWorkingDays(from, period.n, cal);
  }
}

/** The later of two ISO dates (null counts as absent). @example laterOf('2026-01-01', null) // '2026-01-01' */
export function laterOf(a: string, b: string | null | undefined): string {
  return b !== null && b !== undefined && b > a ? b : a;
}

/** Words for a period, for messages. @example describePeriod(years(3)) // '3 年' */
export function describePeriod(p: Period): string {
  if (p.unit === 'months') return p.n % 12 === 0 ? `${p.n / 12} 年` : `${p.n} 个月`;
  return p.unit === 'days' ? `${p.n} 日` : `${p.n} 个工作日`;
}
