import { eq } from 'drizzle-orm';
import type { ListCase } from '../../../core/lists/case';
import { replay, type ListContext } from '../../../core/lists/machine';
import { ok, type Result } from '../../../core/shared/result';
import { toBeijingDate } from '../../../core/shared/time';
import { calendarOf } from '../../calendar';
import { listEntries, type ListEntryRow, type ListEventRow } from '../../db/schema';
import { fail } from '../../failure';
import type { CallContext } from '../../router/context';
import { eventRowsOf, toCoreEvent } from './history';

/** The machine's context here: the workspace's holiday calendar and today (no step may be dated later). */
export const listContextOf = (ctx: CallContext): ListContext => ({ calendar: calendarOf(ctx.ws, ctx.resourcesDir), today: toBeijingDate(ctx.now()) });

export type LoadedEntry = { row: ListEntryRow; events: ListEventRow[]; case: ListCase };

export function findEntryRow(ctx: CallContext, id: number): ListEntryRow {
  return ctx.ws.orm.select().from(listEntries).where(eq(listEntries.id, id)).get() ?? fail('E_NOT_FOUND', `未找到编号为 ${id} 的名单条目`);
}

/**
 * The entry with its case folded from the stored history: the history is the truth, the row's
 * `state` only mirrors it, so every step is judged against what the history says.
 */
export function loadEntry(ctx: CallContext, id: number, lists: ListContext = listContextOf(ctx)): LoadedEntry {
  const row = findEntryRow(ctx, id);
  const events = eventRowsOf(ctx, id);
  const folded = foldHistory(events, lists);
  if (!folded.ok) fail(folded.error.code, folded.error.message, folded.error.details);
  return { row, events, case: folded.value };
}

/** The case the stored steps add up to, or why they do not (e.g. a history entered before these services). */
export function foldHistory(events: readonly ListEventRow[], lists: ListContext): Result<ListCase> {
  const folded = replay(events.map(toCoreEvent), lists);
  return folded.ok ? ok(folded.value.case) : folded;
}
