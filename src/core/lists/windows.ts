import type { HolidayCalendar } from '../calendar/working-days';
import { describePeriod, periodEnd, type Period } from '../rules/period';
import type { BlacklistRuleSet } from '../rules/schema';
import { messageFor } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import type { ListCase } from './case';
import type { ParsedListEvent } from './events';

/**
 * Date windows of the life cycle, checked when a step is recorded. As for spot checks: a window
 * that protects the *party* is preclusive both ways (an objection after the 陈述申辩 window is
 * refused, and so is a decision inside it, which would cut the party's right short); the early-
 * removal minimum and the expiry date are refused before they are reached. A window that limits
 * the *agency* (publication, the decision on an early removal) does not void a late act: it is
 * recorded with a warning that reports and audits count.
 */
export const LIST_WARNINGS = {
  LATE_PUBLICATION: { zh: '列入决定公示晚于规定期限', en: 'Published after the deadline' },
  LATE_REMOVAL_DECISION: { zh: '提前移出申请的决定晚于规定期限', en: 'The early-removal decision was late' },
  RULE_SET_CHANGED: { zh: '决定日适用的规则版本与建议时不同', en: 'The rules in force at the decision differ from those at the proposal' },
  CALENDAR_UNCOVERED: { zh: '节假日日历未覆盖相关年份，未能判断是否逾期', en: 'The holiday calendar does not cover the year; lateness not judged' },
} as const;
export type ListWarningCode = keyof typeof LIST_WARNINGS;
export type ListWarning = { code: ListWarningCode; message: string; due?: string };

const refuse = (why: string, details: Record<string, unknown>) =>
  err({ code: 'E_LIST_DEADLINE' as const, message: `${messageFor('E_LIST_DEADLINE')}：${why}`, details });

/** The last day of the 陈述申辩/听证 window. @example noticeWindowEnd('2025-09-26', SAMR_44, cal) // '2025-10-10' */
export function noticeWindowEnd(servedOn: string, set: BlacklistRuleSet, cal: HolidayCalendar): Result<string> {
  const end = periodEnd(servedOn, set.noticeWindow, cal);
  return end.ok ? ok(end.value.date) : end;
}

function lateness(code: ListWarningCode, on: string, from: string | null, period: Period, cal: HolidayCalendar): ListWarning[] {
  if (from === null) return [];
  const due = periodEnd(from, period, cal);
  if (!due.ok) return [{ code: 'CALENDAR_UNCOVERED', message: LIST_WARNINGS.CALENDAR_UNCOVERED.zh }];
  if (on <= due.value.date) return [];
  return [{ code, message: `${LIST_WARNINGS[code].zh}（应于 ${due.value.date} 前，实际 ${on}）`, due: due.value.date }];
}

/**
 * The date checks for `e` in `c` (still the state before the event), under `set` (the rule set
 * in force for this step). Refusals come back as errors, late agency acts as warnings.
 */
export function checkDates(c: ListCase, e: ParsedListEvent, set: BlacklistRuleSet, cal: HolidayCalendar): Result<ListWarning[]> {
  switch (e.type) {
    case 'receive-objection':
    case 'decide': {
      // A decision after a verified objection has heard the party; only the silent case waits.
      if (e.type === 'decide' && c.objectionVerifiedOn !== null) return ok([]);
      const from = c.noticeServedOn ?? e.on;
      const end = noticeWindowEnd(from, set, cal);
      if (!end.ok) return end;
      const unit = describePeriod(set.noticeWindow);
      if (e.type === 'receive-objection' && e.on > end.value) {
        return refuse(`陈述申辩/听证应在告知书送达之日（${from}）起 ${unit}内提出，即不晚于 ${end.value}；${e.on} 已逾期`, { event: e.type, on: e.on, due: end.value });
      }
      if (e.type === 'decide' && e.on <= end.value) {
        return refuse(`陈述申辩期（${from} 起 ${unit}，至 ${end.value}）届满前不能作出列入决定`, { event: e.type, on: e.on, notBefore: end.value });
      }
      return ok([]);
    }
    case 'publish':
      return ok(lateness('LATE_PUBLICATION', e.on, c.decidedOn, set.publicationDeadline, cal));
    case 'request-early-removal':
      if (c.restrictionEndsOn !== null && e.on < c.restrictionEndsOn) {
        return err({
          code: 'E_LIST_RESTRICTION_RUNNING',
          message: `${messageFor('E_LIST_RESTRICTION_RUNNING')}：限制期限至 ${c.restrictionEndsOn} 届满`,
          details: { on: e.on, restrictionEndsOn: c.restrictionEndsOn },
        });
      }
      if (c.earlyRemovalFrom !== null && e.on < c.earlyRemovalFrom) {
        return refuse(`列入满 ${describePeriod(set.earlyRemovalAfter ?? { n: 0, unit: 'months' })}（${c.earlyRemovalFrom}）后方可申请提前移出`, { on: e.on, notBefore: c.earlyRemovalFrom });
      }
      return ok([]);
    case 'approve-removal':
    case 'reject-removal':
      return ok(lateness('LATE_REMOVAL_DECISION', e.on, c.removalRequestedOn, set.removalDecisionDeadline, cal));
    case 'expire':
      if (c.expiresOn === null || e.on < c.expiresOn) return refuse(`列入期限至 ${c.expiresOn ?? '（未定）'} 届满，此前不能期满移出`, { on: e.on, expiresOn: c.expiresOn });
      return ok([]);
    default:
      return ok([]);
  }
}
