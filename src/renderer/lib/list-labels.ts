import type { Locale } from '../../core/shared/errors';
import { LIST_DEADLINE_LABELS, type ListDeadlineId, type ListDeadlineStatus } from '../../core/lists/deadlines';
import { DEFAULT_LIST_TYPES } from '../../core/lists/list-types';
import { RED_EVENT_LABELS, RED_STATE_LABELS } from '../../core/lists/red-cycle';
import { isListState, LIST_EVENT_LABELS, LIST_EVENTS, LIST_STATE_LABELS, type ListEventType } from '../../core/lists/states';
import type { Translate } from '../i18n/translate';

/** The names come from core/lists, which keeps both languages next to the ids they label. */
export const listTypeLabel = (id: string, locale: Locale): string => DEFAULT_LIST_TYPES.find((l) => l.id === id)?.label[locale] ?? id;

const redLabel = (labels: Readonly<Record<string, { zh: string; en: string }>>, key: string, locale: Locale): string =>
  Object.hasOwn(labels, key) ? labels[key]?.[locale] ?? key : key;

/** A black-list state, else a red-list one (core/lists/red-cycle), else the id itself. */
export const listStateLabel = (state: string, locale: Locale): string => (isListState(state) ? LIST_STATE_LABELS[state][locale] : redLabel(RED_STATE_LABELS, state, locale));

const isListEvent = (e: string): e is ListEventType => (LIST_EVENTS as readonly string[]).includes(e);
/** A step's name; a red entry's own steps first ('reinstate' means something else on a black list). */
export function listEventLabel(event: string, locale: Locale, listType?: string): string {
  if (listType === 'red' && Object.hasOwn(RED_EVENT_LABELS, event)) return redLabel(RED_EVENT_LABELS, event, locale);
  return isListEvent(event) ? LIST_EVENT_LABELS[event][locale] : redLabel(RED_EVENT_LABELS, event, locale);
}

export function deadlineLabel(id: string, locale: Locale): string {
  const known = LIST_DEADLINE_LABELS[id as ListDeadlineId] as { zh: string; en: string } | undefined;
  return known?.[locale] ?? id;
}

const DEADLINE_STATUS_KEYS = {
  open: 'lists.deadline.open', met: 'lists.deadline.met', late: 'lists.deadline.late', overdue: 'lists.deadline.overdue',
  lapsed: 'lists.deadline.lapsed', void: 'lists.deadline.void', waiting: 'lists.deadline.waiting', available: 'lists.deadline.available',
} as const satisfies Record<ListDeadlineStatus, string>;

export function deadlineStatusLabel(status: string, t: Translate): string {
  const key = DEADLINE_STATUS_KEYS[status as ListDeadlineStatus] as (typeof DEADLINE_STATUS_KEYS)[ListDeadlineStatus] | undefined;
  return key ? t(key) : status;
}

/** Tag colours: red while listed, gold while the procedure runs, grey once closed. */
export function listStateColor(state: string): string {
  if (state === 'active' || state === 'removal-requested') return 'red';
  if (state === 'removed' || state === 'expired' || state === 'withdrawn' || state === 'dropped' || state === 'rejected') return 'default';
  return 'gold';
}

/** Steps that decide the entry's standing: confirmed once more before they are recorded. */
export const CONFIRMED_STEPS: readonly ListEventType[] = ['decide', 'reject-proposal', 'approve-removal', 'reject-removal', 'withdraw', 'reinstate', 'expire'];
