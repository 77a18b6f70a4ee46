import { asc, eq } from 'drizzle-orm';
import type { ListEventView } from '../../../contract/lists';
import type { ListEvent } from '../../../core/lists/events';
import { listEvents, type ListEventRow } from '../../db/schema';
import type { CallContext } from '../../router/context';

/**
 * A stored step back as the core's event: the common columns plus the step's own content, kept
 * in `evidence` (basis, checklist, conditions, documents…) exactly as the core validated it.
 */
export function toCoreEvent(row: ListEventRow): ListEvent {
  const own = JSON.parse(row.evidence) as Record<string, unknown>;
  return {
    ...own, type: row.event, on: row.onDate, by: { userId: row.byUser, role: row.byRole },
    ...(row.docNo !== null ? { docNo: row.docNo } : {}), ...(row.note !== null ? { note: row.note } : {}),
  } as ListEvent;
}

/** What `evidence` keeps of an event: everything the columns do not. */
export function evidenceOf(e: Record<string, unknown>): Record<string, unknown> {
  const { type: _type, on: _on, by: _by, docNo: _docNo, note: _note, ...own } = e;
  return own;
}

/** The entry's steps in the order they were recorded (dates never go backwards, see core). */
export const eventRowsOf = (ctx: CallContext, entryId: number): ListEventRow[] =>
  ctx.ws.orm.select().from(listEvents).where(eq(listEvents.entryId, entryId)).orderBy(asc(listEvents.id)).all();

export const toEventView = (r: ListEventRow): ListEventView => ({
  id: r.id, event: r.event, onDate: r.onDate, byUser: r.byUser, byRole: r.byRole, docNo: r.docNo, note: r.note,
  evidence: JSON.parse(r.evidence) as Record<string, unknown>, at: r.at,
});
