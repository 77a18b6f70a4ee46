import type { HolidayCalendar } from '../calendar/working-days';
import { ok, type Result } from '../shared/result';
import type { SpotCheckCase, SpotCheckEvent } from './case';
import { replay } from './machine';
import { periodEnd, plusDays, resolveRules, type DayBasis, type SpotCheckRules } from './rules';
import type { SpotCheckState } from './states';

export const DEADLINE_IDS = ['objection', 'objection-decision', 'rectification', 'recheck1', 'recheck2'] as const;
export type DeadlineId = (typeof DEADLINE_IDS)[number];

export const DEADLINE_LABELS: Readonly<Record<DeadlineId, { zh: string; en: string }>> = {
  objection: { zh: '复检申请期限', en: 'Objection window' },
  'objection-decision': { zh: '复检申请受理决定期限', en: 'Decision on the objection' },
  rectification: { zh: '整改期限', en: 'Rectification period' },
  recheck1: { zh: '第一次复查期限', en: 'First recheck due' },
  recheck2: { zh: '公告后复查期间', en: 'Recheck window after the announcement' },
};

/**
 * - open: still running; met: done in time; late: done after the due date;
 * - overdue: not done and the due date has passed;
 * - lapsed: the party's right expired unused (an objection not filed): not anybody's fault;
 * - void: no longer applies (the case moved on without it, e.g. a retest overturned the fail).
 */
export type DeadlineStatus = 'open' | 'met' | 'late' | 'overdue' | 'lapsed' | 'void';

export type SpotCheckDeadline = {
  id: DeadlineId;
  /** Who must act: the enterprise (objection, rectification) or the agency. */
  party: 'enterprise' | 'agency';
  from: string;
  /** Earliest allowed date (recheck 2 only). */
  notBefore: string | null;
  /** The last day, already moved past a holiday where the rule says so. */
  due: string;
  basis: DayBasis;
  /** The due date lies in a year whose holiday calendar is provisional. */
  provisional: boolean;
  metOn: string | null;
  status: DeadlineStatus;
  /** Late or overdue: what the officer's list of overdue items shows. */
  overdue: boolean;
};

type Spec = {
  id: DeadlineId;
  party: 'enterprise' | 'agency';
  from: (c: SpotCheckCase) => string | null;
  days: (r: SpotCheckRules) => number;
  basis: (r: SpotCheckRules) => DayBasis;
  met: (c: SpotCheckCase) => string | null;
  /** States in which the deadline can still be met; outside them an unmet deadline is void. */
  live: readonly SpotCheckState[];
};

const SPECS: readonly Spec[] = [
  { id: 'objection', party: 'enterprise', from: (c) => c.notifiedOn, days: (r) => r.objectionDays, basis: (r) => r.objectionDayBasis, met: (c) => c.objectionFiledOn, live: ['failed', 'rectification'] },
  { id: 'objection-decision', party: 'agency', from: (c) => c.objectionFiledOn, days: (r) => r.objectionDecisionWorkingDays, basis: () => 'working', met: (c) => c.objectionDecidedOn, live: ['objection'] },
  // An objection does not suspend an ordered rectification (local practice, domain §5).
  { id: 'rectification', party: 'enterprise', from: (c) => c.orderedOn, days: (r) => r.rectificationDays, basis: () => 'calendar', met: (c) => c.rectificationReportedOn ?? c.recheck1On, live: ['rectification', 'objection', 'retest'] },
  { id: 'recheck1', party: 'agency', from: (c) => c.orderedOn, days: (r) => r.recheck1Days, basis: () => 'calendar', met: (c) => c.recheck1On, live: ['rectification', 'objection', 'retest'] },
  { id: 'recheck2', party: 'agency', from: (c) => c.announcedOn, days: (r) => r.recheck2MaxDays, basis: () => 'calendar', met: (c) => c.recheck2On, live: ['announced'] },
];

function statusOf(spec: Spec, c: SpotCheckCase, due: string, asOf: string): DeadlineStatus {
  const met = spec.met(c);
  if (met !== null) return met > due ? 'late' : 'met';
  // An unused right lapses at its end whatever happened since; a duty the case outgrew is void.
  if (spec.id === 'objection' && asOf > due) return 'lapsed';
  if (!spec.live.includes(c.state)) return 'void';
  return asOf <= due ? 'open' : 'overdue';
}

/**
 * The periods of a spot check's follow-up with their due dates and status on `asOf`. Only the
 * periods that have started appear (no rectification deadline before the order). A refused
 * history or a due date outside the holiday calendar comes back as the error.
 *
 * @example
 * deadlinesFor([…, { type: 'notify', on: '2025-09-23' }], calendar, { asOf: '2025-10-01' })
 * // [{ id: 'objection', due: '2025-10-09', status: 'open', … }] — 10-08 is a holiday
 */
export function deadlinesFor(
  history: readonly SpotCheckEvent[],
  calendar: HolidayCalendar,
  options: { asOf: string; rules?: Partial<SpotCheckRules> },
): Result<SpotCheckDeadline[]> {
  const rules = resolveRules(options.rules);
  const folded = replay(history, { calendar, rules });
  if (!folded.ok) return folded;
  const c = folded.value.case;
  const out: SpotCheckDeadline[] = [];
  for (const spec of SPECS) {
    const from = spec.from(c);
    if (from === null) continue;
    const basis = spec.basis(rules);
    const due = periodEnd(from, spec.days(rules), basis, calendar);
    if (!due.ok) return due;
    const status = statusOf(spec, c, due.value.date, options.asOf);
    out.push({
      id: spec.id,
      party: spec.party,
      from,
      notBefore: spec.id === 'recheck2' ? plusDays(from, rules.recheck2MinDays) : null,
      due: due.value.date,
      basis,
      provisional: due.value.provisional,
      metOn: spec.met(c),
      status,
      overdue: status === 'late' || status === 'overdue',
    });
  }
  return ok(out);
}
