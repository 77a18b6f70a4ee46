import { and, asc, eq, inArray, isNull, lte, ne, or } from 'drizzle-orm';
import type { TodoItem } from '../../../contract/todo';
import { deadlinesFor, LIST_DEADLINE_LABELS } from '../../../core/lists/deadlines';
import type { ListState } from '../../../core/lists/states';
import { listEntries, listEvents, type ListEventRow } from '../../db/schema';
import type { CallContext } from '../../router/context';
import { listContextOf } from '../lists/case';
import { toCoreEvent } from '../lists/history';
import { daysBetween, todoStatusOf, type Horizon } from './dates';

/** States in which some period of a local entry still runs (core/lists/deadlines.ts `live`). */
const RUNNING: readonly ListState[] = ['notice-served', 'consented', 'decided', 'removal-requested', 'active'];

/**
 * Only entries that can have something due: local ones (received entries have no life cycle here)
 * in a running state; an active entry only when its term ends within the horizon, since its
 * expiry is then its one duty (the early-removal date is the party's right, never overdue).
 */
const candidates = (h: Horizon) => and(
  eq(listEntries.source, 'local'), inArray(listEntries.state, [...RUNNING]),
  or(ne(listEntries.state, 'active'), isNull(listEntries.plannedEnd), lte(listEntries.plannedEnd, h.until)),
);

/** Periods of list entries missed or ending within the horizon: two queries, then the core replays each history. */
export function listDeadlineItems(ctx: CallContext, h: Horizon): TodoItem[] {
  const where = candidates(h);
  const entries = ctx.ws.orm.select().from(listEntries).where(where).all();
  if (entries.length === 0) return [];
  const ids = ctx.ws.orm.select({ id: listEntries.id }).from(listEntries).where(where);
  const events = ctx.ws.orm.select().from(listEvents).where(inArray(listEvents.entryId, ids)).orderBy(asc(listEvents.entryId), asc(listEvents.id)).all();
  const byEntry = new Map<number, ListEventRow[]>();
  for (const e of events) {
    const list = byEntry.get(e.entryId);
    if (list) list.push(e);
    else byEntry.set(e.entryId, [e]);
  }
  const lists = listContextOf(ctx);
  const out: TodoItem[] = [];
  for (const entry of entries) {
    const history = (byEntry.get(entry.id) ?? []).map(toCoreEvent);
    const due = deadlinesFor(history, lists.calendar, { asOf: h.asOf, today: h.asOf });
    // A history the machine refuses (hand-edited, or beyond the calendar's years) is shown on the
    // entry's own page; it must not hide everybody else's deadlines.
    if (!due.ok) continue;
    for (const d of due.value) {
      const status = todoStatusOf(d.status, d.due, h);
      if (status === null) continue;
      out.push({
        kind: 'list-deadline', dueOn: d.due, status, daysLeft: daysBetween(h.asOf, d.due), title: LIST_DEADLINE_LABELS[d.id].zh, deadlineId: d.id,
        subject: { enterpriseId: entry.enterpriseId, personId: entry.personId, name: entry.subjectName },
        link: { to: 'list-entry', entryId: entry.id },
        details: entry.entryUid, listType: entry.listType, party: d.party, ban: null,
        provisional: d.provisional,
      });
    }
  }
  return out;
}
