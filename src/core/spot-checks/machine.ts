import type { HolidayCalendar } from '../calendar/working-days';
import { isRealDate } from '../records/fields';
import { messageFor } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import { dateFieldFor, initialCase, type SpotCheckCase, type SpotCheckEvent } from './case';
import { resolveRules, type SpotCheckRules } from './rules';
import { EVENTS_BY_STATE, SIDE_EVENTS, SPOT_CHECK_EVENT_LABELS, SPOT_CHECK_STATE_LABELS, type SpotCheckEventType, type SpotCheckState } from './states';
import { checkWindows, type SpotCheckWarning } from './windows';

export type TransitionContext = {
  calendar: HolidayCalendar;
  rules?: Partial<SpotCheckRules>;
  /** When given, events dated after it are refused: the history records facts, not plans. */
  today?: string;
};

export type Transitioned = { case: SpotCheckCase; warnings: SpotCheckWarning[] };

/** After an objection that changes nothing, the case resumes where the order left it. */
const resume = (c: SpotCheckCase): SpotCheckState => (c.orderedOn !== null ? 'rectification' : 'failed');

type Target = SpotCheckState | ((c: SpotCheckCase) => SpotCheckState);

const TARGETS: Partial<Record<SpotCheckState, Partial<Record<SpotCheckEventType, Target>>>> = {
  planned: { sample: 'sampled', refuse: 'refused' },
  sampled: { 'start-test': 'testing' },
  testing: { 'result-pass': 'passed', 'result-fail': 'failed' },
  failed: { notify: 'failed', 'objection-filed': 'objection', 'order-rectification': 'rectification' },
  objection: { 'objection-accepted': 'retest', 'objection-rejected': resume },
  retest: { 'retest-upheld': resume, 'retest-overturned': 'passed' },
  rectification: { 'rectification-reported': 'rectification', 'start-test': 'recheck1', 'objection-filed': 'objection' },
  recheck1: { 'recheck-pass': 'closed-pass', 'recheck-fail': 'announced' },
  announced: { announce: 'announced', 'start-test': 'recheck2' },
  recheck2: { 'recheck-pass': 'closed-pass', 'recheck-fail': 'suspended' },
  suspended: { suspend: 'suspended', 'start-test': 'recheck3' },
  recheck3: { 'recheck-pass': 'closed-pass', 'recheck-fail': 'referred' },
  referred: { refer: 'referred' },
};

/**
 * Why an event the state admits is still not allowed: an act recorded twice, or a step whose
 * period has no start yet (no objection before the result is served, no recheck 2 before the
 * announcement). Null when allowed.
 */
function blocker(c: SpotCheckCase, type: SpotCheckEventType): string | null {
  const once = (date: string | null, what: string) => (date !== null ? `${what}已于 ${date} 登记，不能重复登记` : null);
  switch (type) {
    case 'notify': return once(c.notifiedOn, '检验结果送达');
    case 'objection-filed':
      return c.notifiedOn === null ? '请先登记检验结果送达日期：复检申请期限自收到检验结果之日起算' : once(c.objectionFiledOn, '复检申请');
    case 'order-rectification': return c.notifiedOn === null ? '请先登记检验结果送达日期' : null;
    case 'rectification-reported': return once(c.rectificationReportedOn, '整改报告');
    case 'announce': return once(c.announcedOn, '省级公告');
    case 'suspend': return once(c.suspendedOn, '责令停业整顿');
    case 'refer': return once(c.referredOn, '移送吊销营业执照');
    case 'start-test':
      if (c.state === 'announced' && c.announcedOn === null) return '请先登记省级公告日期：公告后复查期限自公告之日起算';
      if (c.state === 'suspended' && c.suspendedOn === null) return '请先登记责令停业整顿日期';
      return null;
    default: return null;
  }
}

/**
 * The events the UI may offer for this case: those its state admits, less the blocked ones.
 * Date windows are not applied here (they depend on the date the officer enters).
 *
 * @example allowedEvents(initialCase()) // ['sample', 'refuse']
 */
export function allowedEvents(c: SpotCheckCase): SpotCheckEventType[] {
  return EVENTS_BY_STATE[c.state].filter((type) => blocker(c, type) === null);
}

const refuse = (c: SpotCheckCase, e: SpotCheckEvent, why: string) => err({
  code: 'E_SPOTCHECK_TRANSITION',
  message: `${messageFor('E_SPOTCHECK_TRANSITION')}：当前为“${SPOT_CHECK_STATE_LABELS[c.state].zh}”，不能“${SPOT_CHECK_EVENT_LABELS[e.type].zh}”。${why}`,
  details: { state: c.state, event: e.type },
});

/**
 * Applies one event: checks it is allowed in the current state, that its date is real, not
 * before the previous event (nor after `today`), and inside its legal window (see `./windows`).
 *
 * @example
 * transition(initialCase(), { type: 'sample', on: '2025-03-18' }, { calendar })
 * // { ok: true, value: { case: { state: 'sampled', sampledOn: '2025-03-18', … }, warnings: [] } }
 */
export function transition(current: SpotCheckCase, event: SpotCheckEvent, context: TransitionContext): Result<Transitioned> {
  if (!isRealDate(event.on)) {
    return err({ code: 'E_VALIDATION', message: `日期：“${event.on}”不是 YYYY-MM-DD 格式的真实日期`, details: { field: 'on' } });
  }
  if (current.lastEventOn !== null && event.on < current.lastEventOn) {
    return err({ code: 'E_SPOTCHECK_DATE_ORDER', message: `${messageFor('E_SPOTCHECK_DATE_ORDER')}：${event.on} 早于上一步的日期 ${current.lastEventOn}`, details: { on: event.on, previous: current.lastEventOn } });
  }
  if (context.today !== undefined && event.on > context.today) {
    return err({ code: 'E_SPOTCHECK_DATE_ORDER', message: `${messageFor('E_SPOTCHECK_DATE_ORDER')}：${event.on} 晚于今天（${context.today}）`, details: { on: event.on, today: context.today } });
  }
  const isSide = (SIDE_EVENTS as readonly string[]).includes(event.type);
  if (!EVENTS_BY_STATE[current.state].includes(event.type)) return refuse(current, event, '');
  const blocked = blocker(current, event.type);
  if (blocked !== null) return refuse(current, event, blocked);

  const windows = checkWindows(current, event, resolveRules(context.rules), context.calendar);
  if (!windows.ok) return windows;

  const target = isSide ? current.state : TARGETS[current.state]?.[event.type];
  if (target === undefined) return refuse(current, event, '');
  const field = dateFieldFor(current.state, event.type);
  const next: SpotCheckCase = {
    ...current,
    ...(field !== null ? { [field]: event.on } : {}),
    state: typeof target === 'function' ? target(current) : target,
    lastEventOn: event.on,
  };
  return ok({ case: next, warnings: windows.value });
}

/**
 * Folds a history, oldest first, from `planned`. The first refused event stops the fold, and
 * its error carries the index of the event (`details.index`).
 *
 * @example replay([{ type: 'sample', on: '2025-03-18' }], { calendar }) // state 'sampled'
 */
export function replay(history: readonly SpotCheckEvent[], context: TransitionContext): Result<Transitioned> {
  let c = initialCase();
  const warnings: SpotCheckWarning[] = [];
  for (const [index, event] of history.entries()) {
    const r = transition(c, event, context);
    if (!r.ok) return err({ ...r.error, details: { ...r.error.details, index } });
    c = r.value.case;
    warnings.push(...r.value.warnings);
  }
  return ok({ case: c, warnings });
}
