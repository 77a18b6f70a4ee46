import { eq } from 'drizzle-orm';
import { toBeijingIso } from '../../core/shared/time';
import { importBatches } from '../db/schema';
import { fail } from '../failure';
import { ImportKindSchema } from '../../contract/imports';
import { KIND_TABLES } from '../io/kinds';
import { requireUser, type CallContext } from '../router/context';

type Changed = { id: number; name: string; uscc: string | null };
type Place = { table: string; entity: string };

const CHANGED_SHOWN = 50;

/** How a changed row is named in the refusal, and the noun counting them, per table. */
const SHOWN_AS: Readonly<Record<string, { columns: string; noun: string }>> = {
  enterprises: { columns: 'e.name AS name, e.uscc AS uscc', noun: '家企业' },
  persons: { columns: 'e.name AS name, NULL AS uscc', noun: '名人员' },
  products: { columns: 'e.name AS name, NULL AS uscc', noun: '个产品' },
};
const RECORDS_SHOWN = { columns: 'e.summary AS name, NULL AS uscc', noun: '条记录' };

/**
 * Enterprises of the batch changed since the import: an updated_at that moved, or any audit row
 * about them after the batch's own (which also catches an edit within the same millisecond).
 */
function changedSince(ctx: CallContext, batchId: number, place: Place): Changed[] {
  const commitSeq = ctx.ws.db.prepare(`SELECT seq FROM audit_log WHERE entity = 'import_batch' AND entity_id = ? AND action = 'imports:commit'`)
    .pluck().get(String(batchId)) as number | undefined;
  // Table and entity come from KIND_TABLES, never from input.
  const { columns } = SHOWN_AS[place.table] ?? RECORDS_SHOWN;
  return ctx.ws.db.prepare(`SELECT e.id, ${columns} FROM ${place.table} e WHERE e.import_batch_id = ? AND e.deleted_at IS NULL
    AND (e.updated_at <> e.created_at OR EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = ?
      AND a.entity_id = CAST(e.id AS TEXT) AND a.seq > ?)) ORDER BY e.id`).all(batchId, place.entity, commitSeq ?? 0) as Changed[];
}

/**
 * Soft-deletes every enterprise a batch created, or nothing: when any was changed since, the
 * person must decide about those first, so an undo never leaves half a batch behind.
 */
export function undoBatch(batchId: number, ctx: CallContext): { batchId: number; removed: number } {
  const user = requireUser(ctx);
  const batch = ctx.ws.orm.select().from(importBatches).where(eq(importBatches.id, batchId)).get();
  if (!batch) fail('E_NOT_FOUND', `未找到编号为 ${batchId} 的导入批次`);
  if (batch.status === 'undone') fail('E_IMPORT_ALREADY_UNDONE', `导入批次 ${batchId} 已于 ${batch.undoneAt ?? ''} 由 ${batch.undoneBy ?? ''} 撤销`);
  const parsedKind = ImportKindSchema.safeParse(batch.kind);
  if (!parsedKind.success) throw new Error(`import batch ${batchId} has an unknown kind: ${batch.kind}`);
  const place = KIND_TABLES[parsedKind.data];
  const changed = changedSince(ctx, batchId, place);
  if (changed.length > 0) {
    const names = changed.slice(0, 5).map((c) => (c.uscc ? `${c.name}（${c.uscc}）` : c.name)).join('、');
    const { noun } = SHOWN_AS[place.table] ?? RECORDS_SHOWN;
    fail('E_IMPORT_UNDO_CHANGED', `该批次有 ${changed.length} ${noun}在导入后被修改，不能撤销整批导入：${names}${changed.length > 5 ? ' 等' : ''}`, {
      changed: changed.slice(0, CHANGED_SHOWN), count: changed.length,
    });
  }
  const at = toBeijingIso(ctx.now());
  const removed = ctx.ws.db.prepare(`UPDATE ${place.table} SET deleted_at = ?, deleted_by = ? WHERE import_batch_id = ? AND deleted_at IS NULL`)
    .run(at, user.username, batchId).changes;
  ctx.ws.orm.update(importBatches).set({ status: 'undone', undoneBy: user.username, undoneAt: at }).where(eq(importBatches.id, batchId)).run();
  ctx.audit({
    action: 'imports:undo', entity: 'import_batch', entityId: String(batchId),
    before: { status: 'committed', imported: batch.imported }, after: { status: 'undone', removed },
  });
  return { batchId, removed };
}
