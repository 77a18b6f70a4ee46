import { eq } from 'drizzle-orm';
import { ListEventSchema } from '../../../core/lists/events';
import { transition } from '../../../core/lists/machine';
import { toBeijingIso } from '../../../core/shared/time';
import { listEntries, listEvents } from '../../db/schema';
import { fail } from '../../failure';
import { requireUser, type Handler } from '../../router/context';
import { listContextOf, loadEntry } from './case';
import { evidenceOf } from './history';
import { projectCase } from './project';
import { stepEvent } from './step-event';

/**
 * Records one step of a local entry's life. The core judges it against the case folded from the
 * stored history (state, role, separation of duties, content, prerequisites, date window); a
 * refused step writes nothing. The event, the row's mirrored columns and the audit row go in the
 * call's one transaction.
 */
export const listsStep: Handler<'lists:step'> = (input, ctx) => {
  const user = requireUser(ctx);
  const lists = listContextOf(ctx);
  const { row, case: current } = loadEntry(ctx, input.entryId, lists);
  if (row.source !== 'local') fail('E_LIST_TRANSITION', '其他机构作出的名单条目只能由其发布机构办理', { source: row.source });
  const event = stepEvent(input, { userId: user.username, role: user.role });
  const next = transition(current, event, lists);
  if (!next.ok) fail(next.error.code, next.error.message, next.error.details);
  const parsed = ListEventSchema.parse(event);
  const at = toBeijingIso(ctx.now());
  const columns = projectCase(next.value.case, row, parsed.note ?? null);
  ctx.ws.orm.insert(listEvents).values({
    entryId: row.id, event: parsed.type, onDate: parsed.on, byUser: user.username, byRole: user.role, docNo: parsed.docNo ?? null,
    note: parsed.note ?? null, evidence: JSON.stringify(evidenceOf(parsed)), at,
  }).run();
  ctx.ws.orm.update(listEntries).set({ ...columns, updatedAt: at }).where(eq(listEntries.id, row.id)).run();
  ctx.audit({
    action: 'lists:step', entity: 'list_entry', entityId: String(row.id),
    before: { state: row.state, decisionDocNo: row.decisionDocNo, listedOn: row.listedOn, plannedEnd: row.plannedEnd, removedOn: row.removedOn },
    after: { event: parsed.type, on: parsed.on, docNo: parsed.docNo ?? null, ...columns, warnings: next.value.warnings.map((w) => w.code) },
  });
  return { id: row.id, state: columns.state, warnings: next.value.warnings.map((w) => ({ code: w.code, message: w.message })) };
};
