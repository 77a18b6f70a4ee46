import type { HolidayCalendar } from '../calendar/working-days';
import { isRealDate } from '../records/fields';
import { ruleSetById, ruleSetFor } from '../rules/select';
import type { BlacklistRuleSet, RuleSet } from '../rules/schema';
import { messageFor } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import { applyEvent } from './apply';
import { initialListCase, type ListCase } from './case';
import { ListEventSchema, type Actor, type ListEvent } from './events';
import { consentNeeded, contentProblem, roleProblem, type ListRoles } from './guards';
import { DEFAULT_LIST_TYPES, type ListTypeConfig } from './list-types';
import { LIST_EVENT_LABELS, LIST_EVENTS_BY_STATE, LIST_STATE_LABELS, type ListEventType } from './states';
import { checkDates, LIST_WARNINGS, type ListWarning } from './windows';

export type ListContext = {
  calendar: HolidayCalendar;
  /** Rule sets by date (default: `DEFAULT_RULE_SETS`): e.g. `upperLevelConsent: []` once the 2025 draft is law. */
  ruleSets?: readonly RuleSet[];
  listTypes?: readonly ListTypeConfig[];
  roles?: ListRoles;
  /** When given, steps dated after it are refused: the history records facts, not plans. */
  today?: string;
};

export type ListTransitioned = { case: ListCase; warnings: ListWarning[] };

const refuse = (c: ListCase, type: ListEventType, why: string) => err({
  code: 'E_LIST_TRANSITION',
  message: `${messageFor('E_LIST_TRANSITION')}：当前为“${LIST_STATE_LABELS[c.state].zh}”，不能“${LIST_EVENT_LABELS[type].zh}”。${why}`,
  details: { state: c.state, event: type },
});

function kindOf(listType: string | null, types: readonly ListTypeConfig[]): ListTypeConfig | null {
  const t = types.find((x) => x.id === listType);
  return t !== undefined && t.lifeCycle === 'blacklist' && t.ruleKind !== null ? t : null;
}

/** Steps judged by the rules in force on their own date (a listing straddling a change of rules). */
const DATED_STEPS: readonly ListEventType[] = ['propose', 'consent', 'decide'];

/** The rule set for a step: by its own date for a proposal, consent or decision, else the case's. */
function ruleSetForStep(c: ListCase, type: ListEventType, on: string, listTypeId: string | null, ctx: Omit<ListContext, 'calendar'>): Result<BlacklistRuleSet> {
  const listType = kindOf(listTypeId, ctx.listTypes ?? DEFAULT_LIST_TYPES);
  if (listType === null || listType.ruleKind === null) return err({ code: 'E_LIST_TYPE_UNKNOWN', message: messageFor('E_LIST_TYPE_UNKNOWN'), details: { listType: listTypeId } });
  if (DATED_STEPS.includes(type)) return ruleSetFor(listType.ruleKind, on, ctx.ruleSets);
  const stored = ruleSetById(c.ruleSetId ?? '', ctx.ruleSets);
  if (stored === null || stored.kind === 'penalty-publicity') return err({ code: 'E_RULESET_NONE', message: `${messageFor('E_RULESET_NONE')}：${c.ruleSetId ?? ''}`, details: { id: c.ruleSetId } });
  return ok(stored);
}

/** Prerequisites that depend on the case, not the date: consent first where needed; early removal only where the rules have it. */
function blocker(c: ListCase, type: ListEventType, set: BlacklistRuleSet | null): string | null {
  if (set === null) return null;
  switch (type) {
    case 'consent': return consentNeeded(c, set) ? null : `${set.label.zh}不要求该级别的列入决定报经上级同意`;
    case 'decide': return consentNeeded(c, set) && c.consentOn === null ? '县级、设区的市级部门作出列入决定须先报经上一级部门同意' : null;
    case 'request-early-removal': return c.earlyRemovalFrom === null ? `${set.label.zh}未规定提前移出` : null;
    default: return null;
  }
}

/**
 * The steps to offer `actor` now: those the state admits, that the actor's role and the
 * separation of duties permit, and whose prerequisites hold under the rules in force on `on`
 * (default: the case's own rule set). Date windows are not applied (they depend on the date
 * entered); `deadlinesFor` shows them.
 *
 * @example allowedEvents(initialListCase(), { userId: 'u1', role: 'officer' }) // ['propose']
 */
export function allowedEvents(c: ListCase, actor: Actor, ctx: Omit<ListContext, 'calendar'> & { on?: string } = {}): ListEventType[] {
  const setFor = (t: ListEventType): BlacklistRuleSet | null => {
    if (ctx.on !== undefined && c.listType !== null) {
      const r = ruleSetForStep(c, t, ctx.on, c.listType, ctx);
      return r.ok ? r.value : null;
    }
    const stored = ruleSetById(c.ruleSetId ?? '', ctx.ruleSets);
    return stored !== null && stored.kind !== 'penalty-publicity' ? stored : null;
  };
  return LIST_EVENTS_BY_STATE[c.state].filter((t) => roleProblem(c, t, actor, ctx.roles) === null && blocker(c, t, setFor(t)) === null);
}

/**
 * Applies one step: validates it, checks its date order, that the state admits it, the actor's
 * role and the separation of duties (E_FORBIDDEN, E_SELF_APPROVAL), its content (basis,
 * document numbers, removal conditions), its prerequisites and its date window.
 *
 * @example
 * transition(initialListCase(), { type: 'propose', on: '2025-09-01', by: officer, basis }, { calendar })
 * // { ok: true, value: { case: { state: 'draft', ruleSetId: 'samr-44-2021', … }, warnings: [] } }
 */
export function transition(current: ListCase, input: ListEvent, ctx: ListContext): Result<ListTransitioned> {
  const parsed = ListEventSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err({ code: 'E_VALIDATION', message: `${messageFor('E_VALIDATION')}：${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`, details: { path: issue?.path } });
  }
  const e = parsed.data;
  if (!isRealDate(e.on)) return err({ code: 'E_VALIDATION', message: `日期：“${e.on}”不是真实日期`, details: { field: 'on' } });
  if ((current.lastEventOn !== null && e.on < current.lastEventOn) || (ctx.today !== undefined && e.on > ctx.today)) {
    return err({ code: 'E_LIST_DATE_ORDER', message: `${messageFor('E_LIST_DATE_ORDER')}：${e.on}`, details: { on: e.on, previous: current.lastEventOn, today: ctx.today } });
  }
  if (!LIST_EVENTS_BY_STATE[current.state].includes(e.type)) return refuse(current, e.type, '');
  const role = roleProblem(current, e.type, e.by, ctx.roles);
  if (role !== null) return err(role);
  const types = ctx.listTypes ?? DEFAULT_LIST_TYPES;
  const content = contentProblem(e, e.type === 'propose' ? kindOf(e.basis.listType, types) : null);
  if (content !== null) return err(content);
  const set = ruleSetForStep(current, e.type, e.on, e.type === 'propose' ? e.basis.listType : current.listType, ctx);
  if (!set.ok) return set;
  const blocked = blocker(current, e.type, set.value);
  if (blocked !== null) return refuse(current, e.type, blocked);
  const dates = checkDates(current, e, set.value, ctx.calendar);
  if (!dates.ok) return dates;
  const next = applyEvent(current, e, set.value, ctx.calendar);
  if (!next.ok) return next;
  const warnings = [...dates.value];
  if (e.type === 'decide' && current.ruleSetId !== null && current.ruleSetId !== set.value.id) {
    warnings.push({ code: 'RULE_SET_CHANGED', message: `${LIST_WARNINGS.RULE_SET_CHANGED.zh}：${current.ruleSetId} → ${set.value.id}` });
  }
  return ok({ case: next.value, warnings });
}

/**
 * Folds a history, oldest first, from `new`. The first refused step stops the fold; its error
 * carries the step's index (`details.index`).
 *
 * @example replay([proposal, notice], { calendar }).value.case.state // 'notice-served'
 */
export function replay(history: readonly ListEvent[], ctx: ListContext): Result<ListTransitioned> {
  let c = initialListCase();
  const warnings: ListWarning[] = [];
  for (const [index, event] of history.entries()) {
    const r = transition(c, event, ctx);
    if (!r.ok) return err({ ...r.error, details: { ...r.error.details, index } });
    c = r.value.case;
    warnings.push(...r.value.warnings);
  }
  return ok({ case: c, warnings });
}
