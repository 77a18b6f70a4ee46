import type { HolidayCalendar } from '../calendar/working-days';
import { messageFor } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import type { SpotCheckCase, SpotCheckEvent } from './case';
import { plusDays, withinPeriod, type SpotCheckRules } from './rules';

/**
 * Date windows of the follow-up, checked when an event is recorded.
 *
 * Choice, after the law: a window that limits the *party's* right is preclusive, so an event
 * outside it is refused (E_SPOTCHECK_DEADLINE): an objection after 15 days is not accepted
 * (产品质量法 Art 15), and a second recheck before day 60 would cut short the rectification
 * period Art 48 grants after the announcement. A window that limits the *agency's* duty (recheck 1
 * by day 75, recheck 2 by day 90, the 3-working-day decision) does not make a late act void:
 * the recheck happened and its result stands, so the event is recorded with a warning that
 * reports and audits can count. The party's own late rectification report is likewise a warning.
 */

export const SPOT_CHECK_WARNINGS = {
  LATE_OBJECTION_DECISION: { zh: '复检申请受理决定晚于规定期限', en: 'The objection was decided late' },
  LATE_RECTIFICATION: { zh: '整改报告晚于整改期限提交', en: 'The rectification was reported late' },
  LATE_RECHECK1: { zh: '第一次复查晚于责令整改之日起的复查期限', en: 'The first recheck was late' },
  LATE_RECHECK2: { zh: '公告后复查晚于公告之日起的复查期限', en: 'The recheck after the announcement was late' },
  CALENDAR_UNCOVERED: { zh: '节假日日历未覆盖相关年份，未能判断是否逾期', en: 'The holiday calendar does not cover the year; lateness not judged' },
} as const;
export type SpotCheckWarningCode = keyof typeof SPOT_CHECK_WARNINGS;
export type SpotCheckWarning = { code: SpotCheckWarningCode; message: string; due?: string };

type Check = Result<SpotCheckWarning[]>;

function lateness(code: SpotCheckWarningCode, on: string, from: string, n: number, basis: 'calendar' | 'working', cal: HolidayCalendar): SpotCheckWarning[] {
  const w = withinPeriod(on, from, n, basis, cal);
  if (!w.ok) return [{ code: 'CALENDAR_UNCOVERED', message: SPOT_CHECK_WARNINGS.CALENDAR_UNCOVERED.zh }];
  if (w.value.within) return [];
  const due = w.value.due?.date ?? '';
  return [{ code, message: `${SPOT_CHECK_WARNINGS[code].zh}（应于 ${due} 前，实际 ${on}）`, due }];
}

function objectionInTime(c: SpotCheckCase, e: SpotCheckEvent, rules: SpotCheckRules, cal: HolidayCalendar): Check {
  const from = c.notifiedOn ?? '';
  const w = withinPeriod(e.on, from, rules.objectionDays, rules.objectionDayBasis, cal);
  if (!w.ok) return w;
  if (w.value.within) return ok([]);
  const unit = rules.objectionDayBasis === 'working' ? '个工作日' : '日';
  return err({
    code: 'E_SPOTCHECK_DEADLINE',
    message: `${messageFor('E_SPOTCHECK_DEADLINE')}：复检申请应在收到检验结果之日（${from}）起 ${rules.objectionDays} ${unit}内提出，即不晚于 ${w.value.due?.date ?? ''}；${e.on} 已逾期`,
    details: { event: e.type, on: e.on, due: w.value.due?.date, from },
  });
}

function recheck2NotEarly(c: SpotCheckCase, e: SpotCheckEvent, rules: SpotCheckRules): Check {
  const from = c.announcedOn ?? '';
  const notBefore = plusDays(from, rules.recheck2MinDays);
  if (e.on >= notBefore) return ok([]);
  return err({
    code: 'E_SPOTCHECK_DEADLINE',
    message: `${messageFor('E_SPOTCHECK_DEADLINE')}：公告后复查应在公告之日（${from}）起 ${rules.recheck2MinDays} 日后进行，即不早于 ${notBefore}；${e.on} 过早`,
    details: { event: e.type, on: e.on, notBefore, from },
  });
}

/**
 * The window checks for `event` in `current` (its state still the one before the event).
 * Refusals come back as errors; late agency acts as warnings.
 */
export function checkWindows(current: SpotCheckCase, event: SpotCheckEvent, rules: SpotCheckRules, cal: HolidayCalendar): Check {
  const { state } = current;
  switch (event.type) {
    case 'objection-filed':
      return objectionInTime(current, event, rules, cal);
    case 'objection-accepted':
    case 'objection-rejected':
      return ok(lateness('LATE_OBJECTION_DECISION', event.on, current.objectionFiledOn ?? event.on, rules.objectionDecisionWorkingDays, 'working', cal));
    case 'rectification-reported':
      return ok(lateness('LATE_RECTIFICATION', event.on, current.orderedOn ?? event.on, rules.rectificationDays, 'calendar', cal));
    case 'start-test':
      if (state === 'rectification') return ok(lateness('LATE_RECHECK1', event.on, current.orderedOn ?? event.on, rules.recheck1Days, 'calendar', cal));
      if (state === 'announced') {
        const early = recheck2NotEarly(current, event, rules);
        if (!early.ok) return early;
        return ok(lateness('LATE_RECHECK2', event.on, current.announcedOn ?? event.on, rules.recheck2MaxDays, 'calendar', cal));
      }
      return ok([]);
    default:
      return ok([]);
  }
}
