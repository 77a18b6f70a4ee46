import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, addMonths, addWorkingDays, createCalendar, HolidayCalendarSchema } from '../../src/core/calendar/working-days';
import { RESOURCES } from '../helpers/workspace';

const cal = createCalendar(HolidayCalendarSchema.parse(JSON.parse(readFileSync(join(RESOURCES, 'calendars', 'cn-holidays.json'), 'utf8'))));

describe('holiday calendar', () => {
  it('knows holidays, weekends and the weekend days made working days', () => {
    expect(cal.isWorkingDay('2026-02-16')).toBe(false); // 春节
    expect(cal.isWorkingDay('2026-02-14')).toBe(true); // 调休 Saturday
    expect(cal.isWorkingDay('2026-03-07')).toBe(false); // an ordinary Saturday
    expect(cal.isWorkingDay('2025-10-08')).toBe(false);
    expect(cal.isWorkingDay('2025-10-11')).toBe(true);
  });

  it('counts working days across the Spring Festival', () => {
    // Friday 13 Feb 2026: Saturday 14 works, 15–23 are off, 24 is the next working day.
    expect(addWorkingDays('2026-02-13', 1, cal)).toEqual({ ok: true, value: { date: '2026-02-14', provisional: false } });
    expect(addWorkingDays('2026-02-13', 2, cal)).toEqual({ ok: true, value: { date: '2026-02-24', provisional: false } });
    // 11, 12, 13, 14 (调休), 24–28 (28 调休), 2–6 Mar, 9–13 Mar, 16 Mar: the 20th.
    expect(addWorkingDays('2026-02-10', 20, cal)).toMatchObject({ ok: true, value: { date: '2026-03-16' } });
  });

  it('moves a calendar-day period that ends on a holiday to the next working day', () => {
    expect(addCalendarDays('2026-09-20', 15, cal)).toMatchObject({ ok: true, value: { date: '2026-10-08' } });
    expect(addCalendarDays('2026-03-01', 15, cal)).toMatchObject({ ok: true, value: { date: '2026-03-16' } });
  });

  it('flags deadlines in a provisional year and refuses years it does not cover', () => {
    expect(addWorkingDays('2026-12-20', 20, cal)).toMatchObject({ ok: true, value: { provisional: true } });
    expect(addWorkingDays('2027-12-20', 20, cal)).toMatchObject({ ok: false, error: { code: 'E_CALENDAR_UNCOVERED' } });
    expect(addCalendarDays('2023-01-01', 3, cal)).toMatchObject({ ok: false, error: { code: 'E_CALENDAR_UNCOVERED' } });
  });

  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
});
