import type { HolidayCalendar } from '../calendar/working-days';
import { periodEnd, type Period } from '../rules/period';
import { ruleSetById } from '../rules/select';
import type { BlacklistRuleSet } from '../rules/schema';
import { ok, type Result } from '../shared/result';
import type { ListCase } from './case';
import type { ListEvent } from './events';
import { replay, type ListContext } from './machine';
import type { ListState } from './states';

export const LIST_DEADLINE_IDS = ['notice', 'publication', 'removal-decision', 'early-removal', 'expiry'] as const;
export type ListDeadlineId = (typeof LIST_DEADLINE_IDS)[number];

export const LIST_DEADLINE_LABELS: Readonly<Record<ListDeadlineId, { zh: string; en: string }>> = {
  notice: { zh: '陈述申辩/听证期限', en: 'Objection window' },
  publication: { zh: '列入决定公示期限', en: 'Publication deadline' },
  'removal-decision': { zh: '提前移出申请决定期限', en: 'Decision on early removal' },
  'early-removal': { zh: '可申请提前移出之日', en: 'Earliest early-removal application' },
  expiry: { zh: '期满移出日', en: 'Expiry date' },
};

/**
 * - open: running; met / late: done in time / after the due date; overdue: not done, past due;
 * - lapsed: the party's right ran out unused; void: the case moved on without it;
 * - waiting / available: for the early-removal date, before / from that day.
 */
export type ListDeadlineStatus = 'open' | 'met' | 'late' | 'overdue' | 'lapsed' | 'void' | 'waiting' | 'available';

export type ListDeadline = {
  id: ListDeadlineId;
  party: 'enterprise' | 'agency';
  from: string;
  /** The last day; for `early-removal`, the first day it may be applied for. */
  due: string;
  provisional: boolean;
  metOn: string | null;
  status: ListDeadlineStatus;
  /** Late or overdue: the officer's list of missed items. */
  overdue: boolean;
  /** Open and due within `soonDays` of `asOf`: the officer's list of items due soon. */
  dueSoon: boolean;
};

type Spec = {
  id: ListDeadlineId;
  party: 'enterprise' | 'agency';
  from: (c: ListCase) => string | null;
  due: (c: ListCase, s: BlacklistRuleSet) => Period | string | null;
  met: (c: ListCase) => string | null;
  live: readonly ListState[];
};

const SPECS: readonly Spec[] = [
  { id: 'notice', party: 'enterprise', from: (c) => c.noticeServedOn, due: (_c, s) => s.noticeWindow, met: (c) => c.objectionOn, live: ['notice-served', 'consented'] },
  { id: 'publication', party: 'agency', from: (c) => c.decidedOn, due: (_c, s) => s.publicationDeadline, met: (c) => c.publishedOn, live: ['decided'] },
  { id: 'removal-decision', party: 'agency', from: (c) => c.removalRequestedOn, due: (_c, s) => s.removalDecisionDeadline, met: (c) => c.removalDecidedOn, live: ['removal-requested'] },
  { id: 'early-removal', party: 'enterprise', from: (c) => (c.earlyRemovalFrom !== null ? c.termFrom : null), due: (c) => c.earlyRemovalFrom, met: (c) => c.removalRequestedOn, live: ['active'] },
  { id: 'expiry', party: 'agency', from: (c) => c.termFrom, due: (c) => c.expiresOn, met: (c) => c.expiredOn, live: ['active', 'removal-requested'] },
];

const plusDays = (iso: string, n: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function statusOf(spec: Spec, c: ListCase, due: string, asOf: string): ListDeadlineStatus {
  const met = spec.met(c);
  if (spec.id === 'early-removal') {
    if (met !== null && c.state !== 'active') return 'met';
    if (!spec.live.includes(c.state)) return 'void';
    return asOf < due ? 'waiting' : 'available';
  }
  if (met !== null) return met > due ? 'late' : 'met';
  if (spec.id === 'notice' && asOf > due) return 'lapsed';
  if (!spec.live.includes(c.state)) return 'void';
  return asOf <= due ? 'open' : 'overdue';
}

/**
 * The periods of a black-list entry, with due dates and status on `asOf`, for the to-do view:
 * the party's objection window, the publication deadline, the decision on an early removal,
 * the first day an early removal may be applied for, and the expiry date. Only the periods that
 * have started appear. A refused history comes back as the error.
 *
 * @example
 * deadlinesFor(history, calendar, { asOf: '2025-10-09' })
 * // [{ id: 'notice', due: '2025-10-10', status: 'open', dueSoon: true, … }]
 */
export function deadlinesFor(
  history: readonly ListEvent[],
  calendar: HolidayCalendar,
  options: Omit<ListContext, 'calendar'> & { asOf: string; soonDays?: number },
): Result<ListDeadline[]> {
  const folded = replay(history, { ...options, calendar });
  if (!folded.ok) return folded;
  const c = folded.value.case;
  const set = ruleSetById(c.ruleSetId ?? '', options.ruleSets);
  if (set === null || set.kind === 'penalty-publicity') return ok([]);
  const soon = plusDays(options.asOf, options.soonDays ?? 7);
  const out: ListDeadline[] = [];
  for (const spec of SPECS) {
    const from = spec.from(c);
    const rule = spec.due(c, set);
    if (from === null || rule === null) continue;
    let due = typeof rule === 'string' ? rule : null;
    let provisional = false;
    if (typeof rule !== 'string') {
      const end = periodEnd(from, rule, calendar);
      if (!end.ok) return end;
      due = end.value.date;
      provisional = end.value.provisional;
    }
    if (due === null) continue;
    const status = statusOf(spec, c, due, options.asOf);
    out.push({
      id: spec.id, party: spec.party, from, due, provisional, metOn: spec.met(c), status,
      overdue: status === 'late' || status === 'overdue',
      dueSoon: status === 'open' && due <= soon,
    });
  }
  return ok(out);
}
