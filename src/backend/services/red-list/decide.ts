import { eq } from 'drizzle-orm';
import { redNext, type RedAction } from '../../../core/lists/red-cycle';
import { toBeijingIso } from '../../../core/shared/time';
import { listEntries, listEvents, type ListEntryRow } from '../../db/schema';
import { fail } from '../../failure';
import { requireUser, type CallContext, type Handler } from '../../router/context';
import { checkStepDate, findRedEntry } from './entry';

/** The columns an action changes besides the state: approval puts the entry on the list from that day. */
function columnsAfter(row: ListEntryRow, action: RedAction, on: string, note: string | null): Partial<ListEntryRow> {
  if (action === 'approve') return { listedOn: on, decisionDocNo: row.decisionDocNo };
  if (action === 'remove') return { removedOn: on, removalReason: note, removalAuthority: row.decidingAuthority };
  return {};
}

/** One step of a red entry: state check, event, mirrored columns and audit row in the call's transaction. */
function applyRedAction(ctx: CallContext, row: ListEntryRow, action: RedAction, on: string, note: string | null, channel: string): { id: number; state: string } {
  const user = requireUser(ctx);
  const next = redNext(row.state, action);
  if (!next.ok) fail(next.error.code, next.error.message, next.error.details);
  checkStepDate(ctx, row.id, on);
  const at = toBeijingIso(ctx.now());
  const columns = { state: next.value, ...columnsAfter(row, action, on, note) };
  ctx.ws.orm.insert(listEvents).values({ entryId: row.id, event: action, onDate: on, byUser: user.username, byRole: user.role, docNo: null, note, evidence: '{}', at }).run();
  ctx.ws.orm.update(listEntries).set({ ...columns, updatedAt: at }).where(eq(listEntries.id, row.id)).run();
  ctx.audit({ action: channel, entity: 'list_entry', entityId: String(row.id), before: { state: row.state }, after: { event: action, on, note, ...columns } });
  return { id: row.id, state: next.value };
}

/** A reviewer approves or rejects a red proposal; never the person who proposed it. */
export const redDecide: Handler<'red:decide'> = (input, ctx) => {
  const user = requireUser(ctx);
  const row = findRedEntry(ctx, input.entryId);
  if (row.proposedBy === user.username) fail('E_SELF_APPROVAL', undefined, { proposedBy: row.proposedBy });
  return applyRedAction(ctx, row, input.approve ? 'approve' : 'reject', input.on, input.note ?? null, 'red:decide');
};

/** Suspends, reinstates or removes an entry on the red list, always with the reason on record. */
export const redSuspension: Handler<'red:suspension'> = (input, ctx) =>
  applyRedAction(ctx, findRedEntry(ctx, input.entryId), input.action, input.on, input.reason, 'red:suspension');
