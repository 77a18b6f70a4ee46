import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createCalendar, HolidayCalendarSchema } from '../../../src/core/calendar/working-days';

/** The shipped holiday calendar (2024–2026 official, 2027 provisional), read without the backend. */
export const calendar = createCalendar(HolidayCalendarSchema.parse(JSON.parse(
  readFileSync(join(resolve(import.meta.dirname, '../../../resources'), 'calendars', 'cn-holidays.json'), 'utf8'),
)));
