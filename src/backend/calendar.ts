import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCalendar, HolidayCalendarSchema, type HolidayCalendar } from '../core/calendar/working-days';
import type { Workspace } from './workspace/open';

/** The workspace's own calendar (edited by an administrator) is kept in meta under this key. */
export const CALENDAR_META_KEY = 'holiday_calendar';

const shipped = new Map<string, string>();

/**
 * The holiday calendar deadlines are computed with: the workspace's edited copy when there is
 * one, else the one shipped in resources/calendars (read once per process).
 */
export function calendarOf(ws: Workspace, resourcesDir: string): HolidayCalendar {
  const own = ws.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(CALENDAR_META_KEY) as string | undefined;
  let text = own;
  if (text === undefined) {
    text = shipped.get(resourcesDir) ?? readFileSync(join(resourcesDir, 'calendars', 'cn-holidays.json'), 'utf8');
    shipped.set(resourcesDir, text);
  }
  return createCalendar(HolidayCalendarSchema.parse(JSON.parse(text)));
}
