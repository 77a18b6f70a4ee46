import { and, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { ListEntry } from '../../../contract/lists';
import { deadlinesFor } from '../../../core/lists/deadlines';
import type { ListCase } from '../../../core/lists/case';
import { allowedEvents } from '../../../core/lists/machine';
import type { ListEventType } from '../../../core/lists/states';
import { listEntries, type ListEntryRow } from '../../db/schema';
import { requireUser, type Handler } from '../../router/context';
import { findEntryRow, foldHistory, listContextOf } from './case';
import { eventRowsOf, toCoreEvent, toEventView } from './history';

export const toListEntry = (r: ListEntryRow): ListEntry => ({
  id: r.id, entryUid: r.entryUid, listType: r.listType, enterpriseId: r.enterpriseId, personId: r.personId, subjectName: r.subjectName,
  subjectUscc: r.subjectUscc, state: r.state, source: r.source, reason: r.reason, legalBasis: r.legalBasis, decidingAuthority: r.decidingAuthority,
  decisionDocNo: r.decisionDocNo, listedOn: r.listedOn, plannedEnd: r.plannedEnd, removedOn: r.removedOn, proposedBy: r.proposedBy,
  createdAt: r.createdAt, updatedAt: r.updatedAt,
});

/** A plain substring test: `%` and `_` typed by a person are letters, not LIKE wildcards. */
const contains = (column: SQLiteColumn, text: string): SQL => sql`instr(upper(coalesce(${column}, '')), upper(${text})) > 0`;

export const listsList: Handler<'lists:list'> = (input, ctx) => {
  const conditions: (SQL | undefined)[] = [
    input.listType ? eq(listEntries.listType, input.listType) : undefined,
    input.state ? eq(listEntries.state, input.state) : undefined,
  ];
  if (input.query !== '') {
    const q = input.query;
    conditions.push(or(contains(listEntries.subjectName, q), contains(listEntries.subjectUscc, q), contains(listEntries.entryUid, q), contains(listEntries.decisionDocNo, q)));
  }
  const where = and(...conditions);
  const total = ctx.ws.orm.select({ n: count() }).from(listEntries).where(where).get()?.n ?? 0;
  const rows = ctx.ws.orm.select().from(listEntries).where(where).orderBy(desc(listEntries.id))
    .limit(input.pageSize).offset((input.page - 1) * input.pageSize).all();
  return { items: rows.map(toListEntry), total, page: input.page, pageSize: input.pageSize };
};

/**
 * Whether a step could still be dated today or earlier: steps are never dated after today, so one
 * whose first possible day lies ahead (the expiry, the early-removal minimum) cannot be taken now.
 */
function possibleBy(c: ListCase, today: string): (e: ListEventType) => boolean {
  return (e) => {
    if (e === 'expire') return c.expiresOn !== null && c.expiresOn <= today;
    if (e === 'request-early-removal') return c.earlyRemovalFrom !== null && c.earlyRemovalFrom <= today;
    return e !== 'propose';
  };
}

/**
 * The entry, its history, the steps the caller may take now and the running periods. Entries
 * received from other agencies have no local life cycle: no steps, no periods.
 */
export const listsGet: Handler<'lists:get'> = (input, ctx) => {
  const user = requireUser(ctx);
  const lists = listContextOf(ctx);
  const row = findEntryRow(ctx, input.id);
  const events = eventRowsOf(ctx, row.id);
  // A history these services did not write (entered as it stood, or received) is shown, not acted on.
  const folded = row.source === 'local' ? foldHistory(events, lists) : null;
  const c = folded?.ok ? folded.value : null;
  const today = lists.today ?? '';
  const deadlines = c ? deadlinesFor(events.map(toCoreEvent), lists.calendar, { asOf: today, today }) : null;
  return {
    entry: toListEntry(row),
    basis: JSON.parse(row.basis) as Record<string, unknown>,
    events: events.map(toEventView),
    allowed: c ? allowedEvents(c, { userId: user.username, role: user.role }, { on: today }).filter(possibleBy(c, today)) : [],
    deadlines: deadlines?.ok ? deadlines.value : [],
  };
};
