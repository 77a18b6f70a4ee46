import { addCalendarDays, addWorkingDays, type Deadline, type HolidayCalendar } from '../calendar/working-days';
import type { Result } from '../shared/result';

export type DayBasis = 'calendar' | 'working';

/**
 * The periods of the follow-up, editable per jurisdiction (the client's province may differ).
 * Defaults: 产品质量法 Art 15 (objection 15 days), Qingdao-style local practice (decision on
 * accepting the objection within 3 working days), SAMR 2019 measure Arts 46–48 (60, 75, 60–90).
 */
export type SpotCheckRules = {
  /** 复检申请 window, counted from the day the party received the result. */
  objectionDays: number;
  objectionDayBasis: DayBasis;
  /** The agency's decision whether to accept the objection. */
  objectionDecisionWorkingDays: number;
  /** 整改 period after the order (Art 46). */
  rectificationDays: number;
  /** First recheck within this many days of the order (Art 47). */
  recheck1Days: number;
  /** Second recheck no earlier than … and no later than … days after the announcement (Art 48). */
  recheck2MinDays: number;
  recheck2MaxDays: number;
};

export const DEFAULT_SPOT_CHECK_RULES: Readonly<SpotCheckRules> = {
  objectionDays: 15,
  objectionDayBasis: 'calendar',
  objectionDecisionWorkingDays: 3,
  rectificationDays: 60,
  recheck1Days: 75,
  recheck2MinDays: 60,
  recheck2MaxDays: 90,
};

/** @example resolveRules({ objectionDayBasis: 'working' }).objectionDays // 15 */
export const resolveRules = (rules?: Partial<SpotCheckRules>): SpotCheckRules => ({ ...DEFAULT_SPOT_CHECK_RULES, ...rules });

/** Plain day arithmetic, for floors ("not before day 60"), which a holiday never moves. */
export function plusDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The last day of a period of `n` days after `from`.
 *
 * Rule adopted: `from` itself is not counted; calendar-day periods go through `addCalendarDays`,
 * which moves a last day that falls on a holiday or rest day to the next working day, as Chinese
 * procedural law counts periods (期间届满的最后一日是法定休假日的，以休假日后的第一日为期间届满
 * 的日期). This applies alike to the party's periods (objection, rectification) and the agency's
 * (recheck 1, the 90-day end of recheck 2). Working-day periods use `addWorkingDays`.
 *
 * @example periodEnd('2025-09-23', 15, 'calendar', cal) // 2025-10-08 is a holiday → 2025-10-09
 */
export function periodEnd(from: string, n: number, basis: DayBasis, cal: HolidayCalendar): Result<Deadline> {
  return basis === 'working' ? addWorkingDays(from, n, cal) : addCalendarDays(from, n, cal);
}

/**
 * Whether `on` is within the period, consulting the calendar only when it matters: a date no
 * later than `from + n` plain days is within it whatever the holidays (holidays only lengthen a
 * period), so a case near the end of the calendar's years is not refused for no reason.
 */
export function withinPeriod(on: string, from: string, n: number, basis: DayBasis, cal: HolidayCalendar): Result<{ within: boolean; due: Deadline | null }> {
  if (on <= plusDays(from, n)) return { ok: true, value: { within: true, due: null } };
  const due = periodEnd(from, n, basis, cal);
  if (!due.ok) return due;
  return { ok: true, value: { within: on <= due.value.date, due: due.value } };
}
