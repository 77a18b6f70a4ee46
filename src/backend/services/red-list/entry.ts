import { and, desc, eq, inArray } from 'drizzle-orm';
import { OPEN_RED_STATES } from '../../../core/lists/red-cycle';
import { toBeijingDate } from '../../../core/shared/time';
import { listEntries, listEvents, type ListEntryRow } from '../../db/schema';
import { fail } from '../../failure';
import type { CallContext } from '../../router/context';
import { findEntryRow } from '../lists/case';

export const openRedEntryOf = (ctx: CallContext, enterpriseId: number): ListEntryRow | null =>
  ctx.ws.orm.select().from(listEntries).where(and(
    eq(listEntries.enterpriseId, enterpriseId), eq(listEntries.listType, 'red'), inArray(listEntries.state, [...OPEN_RED_STATES]),
  )).get() ?? null;

/** A local red entry: black-list entries have their own steps (lists:step), received ones none here. */
export function findRedEntry(ctx: CallContext, id: number): ListEntryRow {
  const row = findEntryRow(ctx, id);
  if (row.listType !== 'red' || row.source !== 'local') fail('E_LIST_TRANSITION', '该条目不是本机构的红名单条目', { listType: row.listType, source: row.source });
  return row;
}

/** A step is dated no later than today and no earlier than the entry's last recorded step. */
export function checkStepDate(ctx: CallContext, entryId: number, on: string): void {
  const last = ctx.ws.orm.select({ onDate: listEvents.onDate }).from(listEvents).where(eq(listEvents.entryId, entryId)).orderBy(desc(listEvents.id)).get();
  const today = toBeijingDate(ctx.now());
  if (on > today || (last !== undefined && on < last.onDate)) fail('E_LIST_DATE_ORDER', undefined, { on, today, lastStep: last?.onDate ?? null });
}
