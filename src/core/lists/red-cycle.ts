import { messageFor } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';

/**
 * The red list's own life cycle (list-types: lifeCycle 'red'). Far simpler than Order 44: a
 * proposal on the grounds of `redListCandidate`, a reviewer's approval, and a suspension while a
 * negative record is looked into. `active` is the state the publications read as "on the list".
 */
export const RED_STATES = ['proposed', 'active', 'suspended', 'rejected', 'removed'] as const;
export type RedState = (typeof RED_STATES)[number];

export const RED_ACTIONS = ['approve', 'reject', 'suspend', 'reinstate', 'remove'] as const;
export type RedAction = (typeof RED_ACTIONS)[number];

/** The red cycle's states the black-list machine does not have (filters offer both sets). */
export const RED_ONLY_STATES = ['proposed', 'suspended', 'rejected'] as const satisfies readonly RedState[];
export type RedOnlyState = (typeof RED_ONLY_STATES)[number];

/** States an enterprise holds a red entry in: a new proposal for it would duplicate it. */
export const OPEN_RED_STATES: readonly RedState[] = ['proposed', 'active', 'suspended'];

const NEXT: Readonly<Record<RedAction, { from: readonly RedState[]; to: RedState }>> = {
  approve: { from: ['proposed'], to: 'active' },
  reject: { from: ['proposed'], to: 'rejected' },
  suspend: { from: ['active'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'active' },
  remove: { from: ['active', 'suspended'], to: 'removed' },
};

/**
 * The state after an action, or E_LIST_TRANSITION.
 *
 * @example redNext('active', 'suspend') // ok('suspended')
 */
export function redNext(state: string, action: RedAction): Result<RedState> {
  const rule = NEXT[action];
  const from = RED_STATES.find((s) => s === state);
  if (from === undefined || !rule.from.includes(from)) {
    return err({ code: 'E_LIST_TRANSITION', message: `${messageFor('E_LIST_TRANSITION')}：${state} → ${action}`, details: { state, action } });
  }
  return ok(rule.to);
}

/** The actions a red entry in `state` admits (roles and separation of duties are the caller's). */
export const redActionsIn = (state: string): RedAction[] => RED_ACTIONS.filter((a) => redNext(state, a).ok);

/**
 * A suspension proposal still waiting for a reviewer: one recorded after the last suspension,
 * reinstatement or removal, on an entry that is still active. Events in the order recorded.
 *
 * @example pendingSuspension('active', [{ event: 'approve' }, { event: 'suspension-proposed' }]) // the second event
 */
export function pendingSuspension<E extends { event: string }>(state: string, events: readonly E[]): E | null {
  if (state !== 'active') return null;
  let pending: E | null = null;
  for (const e of events) {
    if (e.event === 'suspension-proposed') pending ??= e;
    else if (e.event === 'suspend' || e.event === 'reinstate' || e.event === 'remove' || e.event === 'approve') pending = null;
  }
  return pending;
}

/** The red cycle's states and steps in both languages (the black-list ones live in ./states). */
export const RED_STATE_LABELS: Readonly<Record<RedOnlyState, { zh: string; en: string }>> = {
  proposed: { zh: '拟列入红名单（待审核）', en: 'Proposed (awaiting review)' },
  suspended: { zh: '已暂停', en: 'Suspended' },
  rejected: { zh: '不予列入', en: 'Not listed' },
};

export const RED_EVENT_LABELS: Readonly<Record<RedAction | 'suspension-proposed', { zh: string; en: string }>> = {
  approve: { zh: '批准列入红名单', en: 'Approve listing' },
  reject: { zh: '不予列入', en: 'Reject' },
  suspend: { zh: '暂停红名单资格', en: 'Suspend' },
  reinstate: { zh: '恢复红名单资格', en: 'Reinstate' },
  remove: { zh: '移出红名单', en: 'Remove from the list' },
  'suspension-proposed': { zh: '新增负面记录，建议暂停', en: 'Negative record: suspension proposed' },
};
