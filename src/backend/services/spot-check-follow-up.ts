import { asc, eq } from 'drizzle-orm';
import type { SpotCheckEvent } from '../../core/spot-checks/case';
import { deadlinesFor, type SpotCheckDeadline } from '../../core/spot-checks/deadlines';
import { DEADLINE_LABELS } from '../../core/spot-checks/deadlines';
import { allowedEvents, replay } from '../../core/spot-checks/machine';
import { SPOT_CHECK_EVENT_LABELS, SPOT_CHECK_EVENTS, type SpotCheckEventType } from '../../core/spot-checks/states';
import { recordEvents, type CreditRecordRow, type RecordEventRow } from '../db/schema';
import { calendarOf } from '../calendar';
import { fail } from '../failure';
import type { CallContext } from '../router/context';

const isEventType = (e: string): e is SpotCheckEventType => (SPOT_CHECK_EVENTS as readonly string[]).includes(e);

export function eventsOf(ctx: CallContext, recordId: number): RecordEventRow[] {
  return ctx.ws.orm.select().from(recordEvents).where(eq(recordEvents.recordId, recordId)).orderBy(asc(recordEvents.id)).all();
}

/** The stored history as the machine's events; an unknown event name means a hand-edited file. */
export function historyOf(rows: readonly RecordEventRow[]): SpotCheckEvent[] {
  return rows.map((r) => {
    if (!isEventType(r.event)) throw new Error(`record_events ${r.id} holds an unknown event: ${r.event}`);
    return { type: r.event, on: r.onDate, ...(r.note ? { note: r.note } : {}) };
  });
}

export type FollowUp = {
  allowed: { event: string; label: string }[];
  deadlines: { key: string; label: string; due: string; provisional: boolean; overdue: boolean; met: boolean }[];
  raw: SpotCheckDeadline[];
};

/** Where a spot check's follow-up stands on `asOf`: the next allowed steps and every running period. */
export function followUpOf(ctx: CallContext, record: CreditRecordRow, rows: readonly RecordEventRow[], asOf: string): FollowUp {
  if (record.kind !== 'spot-checks') return { allowed: [], deadlines: [], raw: [] };
  const calendar = calendarOf(ctx.ws, ctx.resourcesDir);
  const history = historyOf(rows);
  const folded = replay(history, { calendar });
  if (!folded.ok) fail(folded.error.code, folded.error.message, folded.error.details);
  const allowed = allowedEvents(folded.value.case).map((e) => ({ event: e, label: SPOT_CHECK_EVENT_LABELS[e].zh }));
  const due = deadlinesFor(history, calendar, { asOf });
  // A deadline beyond the calendar's years cannot be computed: shown as missing, never guessed.
  const raw = due.ok ? due.value : [];
  const deadlines = raw.map((d) => ({
    key: d.id, label: DEADLINE_LABELS[d.id].zh, due: d.due, provisional: d.provisional, overdue: d.overdue, met: d.metOn !== null,
  }));
  return { allowed, deadlines, raw };
}
