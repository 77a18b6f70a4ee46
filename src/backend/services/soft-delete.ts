import { eq, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { toBeijingIso } from '../../core/shared/time';
import { requireUser, type CallContext } from '../router/context';

type SoftDeletable = SQLiteTable & { id: SQLiteColumn; deletedAt: SQLiteColumn; deletedBy: SQLiteColumn };

/**
 * Nothing is ever hard-deleted: a deleted row only gets deleted_at and deleted_by, keeps its links
 * and codes, and the trash restores it. The reason lives in the audit row of the deletion, which
 * is where the trash reads it back (`after.reason`).
 */
export function softDelete(ctx: CallContext, table: SoftDeletable, spec: {
  id: number; action: string; entity: string; reason: string; before: Record<string, unknown>;
}): { id: number; deletedAt: string; deletedBy: string } {
  const deletedAt = toBeijingIso(ctx.now());
  const deletedBy = requireUser(ctx).username;
  const where: SQL = eq(table.id, spec.id);
  ctx.ws.orm.update(table).set({ deletedAt, deletedBy } as never).where(where).run();
  ctx.audit({
    action: spec.action, entity: spec.entity, entityId: String(spec.id),
    before: { ...spec.before, deletedAt: null }, after: { deletedAt, deletedBy, reason: spec.reason },
  });
  return { id: spec.id, deletedAt, deletedBy };
}
