import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { TodoItem } from '../../../contract/todo';
import { deadlinesFor, DEADLINE_LABELS } from '../../../core/spot-checks/deadlines';
import type { SpotCheckState } from '../../../core/spot-checks/states';
import { creditRecords, recordEvents, type RecordEventRow } from '../../db/schema';
import { calendarOf } from '../../calendar';
import type { CallContext } from '../../router/context';
import { historyOf } from '../spot-check-follow-up';
import { daysBetween, todoStatusOf, type Horizon } from './dates';

/** States in which a follow-up period can still be met (core/spot-checks/deadlines.ts `live`). */
const RUNNING: readonly SpotCheckState[] = ['failed', 'objection', 'retest', 'rectification', 'announced'];

/** Follow-up periods of spot checks missed or ending within the horizon: two queries, then the core per record. */
export function spotCheckDeadlineItems(ctx: CallContext, h: Horizon): TodoItem[] {
  const where = and(eq(creditRecords.kind, 'spot-checks'), isNull(creditRecords.deletedAt), inArray(creditRecords.state, [...RUNNING]));
  // Only the columns an item shows: a record's details (report, items failed…) are large and unused here.
  const records = ctx.ws.orm.select({
    id: creditRecords.id, enterpriseId: creditRecords.enterpriseId, subjectName: creditRecords.subjectName, summary: creditRecords.summary,
  }).from(creditRecords).where(where).all();
  if (records.length === 0) return [];
  const ids = ctx.ws.orm.select({ id: creditRecords.id }).from(creditRecords).where(where);
  const events = ctx.ws.orm.select().from(recordEvents).where(inArray(recordEvents.recordId, ids)).orderBy(asc(recordEvents.recordId), asc(recordEvents.id)).all();
  const byRecord = new Map<number, RecordEventRow[]>();
  for (const e of events) {
    const list = byRecord.get(e.recordId);
    if (list) list.push(e);
    else byRecord.set(e.recordId, [e]);
  }
  const calendar = calendarOf(ctx.ws, ctx.resourcesDir);
  const out: TodoItem[] = [];
  for (const record of records) {
    let due: ReturnType<typeof deadlinesFor>;
    try {
      due = deadlinesFor(historyOf(byRecord.get(record.id) ?? []), calendar, { asOf: h.asOf });
    } catch {
      // An unknown event name means a hand-edited file: the record's own page reports it; the
      // to-do list still shows every other record's deadlines.
      continue;
    }
    if (!due.ok) continue;
    for (const d of due.value) {
      const status = todoStatusOf(d.status, d.due, h);
      if (status === null) continue;
      out.push({
        kind: 'spot-check-deadline', dueOn: d.due, status, daysLeft: daysBetween(h.asOf, d.due), title: DEADLINE_LABELS[d.id].zh, deadlineId: d.id,
        subject: { enterpriseId: record.enterpriseId, personId: null, name: record.subjectName },
        link: { to: 'record', recordId: record.id, enterpriseId: record.enterpriseId },
        details: record.summary, listType: null, party: d.party, ban: null,
        provisional: d.provisional,
      });
    }
  }
  return out;
}
