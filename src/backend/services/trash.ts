import { and, eq, isNotNull } from 'drizzle-orm';
import type { TrashItem } from '../../contract';
import { toBeijingIso } from '../../core/shared/time';
import { enterprises, persons } from '../db/schema';
import { fail } from '../failure';
import { requireUser, type Handler } from '../router/context';
import { findEnterpriseRow } from './enterprises';
import { findPersonRow, shownIdNumber } from './persons';

/*
 * Nothing is ever hard-deleted: a deleted row only gets deleted_at and deleted_by, keeps its links
 * and its code (a deleted USCC still blocks a new enterprise with it), and the trash restores it.
 * The reason lives in the audit row of the deletion, which is where the trash reads it back.
 */

export const enterprisesDelete: Handler<'enterprises:delete'> = (input, ctx) => {
  const row = findEnterpriseRow(ctx, input.id);
  const deletedAt = toBeijingIso(ctx.now());
  const deletedBy = requireUser(ctx).username;
  ctx.ws.orm.update(enterprises).set({ deletedAt, deletedBy }).where(eq(enterprises.id, row.id)).run();
  ctx.audit({
    action: 'enterprises:delete', entity: 'enterprise', entityId: String(row.id),
    before: { uscc: row.uscc, name: row.name, deletedAt: null }, after: { deletedAt, deletedBy, reason: input.reason },
  });
  return { id: row.id, deletedAt, deletedBy };
};

export const personsDelete: Handler<'persons:delete'> = (input, ctx) => {
  const row = findPersonRow(ctx, input.id);
  const deletedAt = toBeijingIso(ctx.now());
  const deletedBy = requireUser(ctx).username;
  ctx.ws.orm.update(persons).set({ deletedAt, deletedBy }).where(eq(persons.id, row.id)).run();
  ctx.audit({
    action: 'persons:delete', entity: 'person', entityId: String(row.id),
    before: { name: row.name, deletedAt: null }, after: { deletedAt, deletedBy, reason: input.reason },
  });
  return { id: row.id, deletedAt, deletedBy };
};

type TrashDbRow = Omit<TrashItem, 'deletedBy'> & { deletedBy: string | null };

/** Deleted rows of both kinds, newest first; the reason is read back from the deletion's audit row. */
const TRASH_SQL = `
  SELECT 'enterprise' AS entity, e.id, e.name, e.uscc AS code, e.deleted_at AS deletedAt, e.deleted_by AS deletedBy,
    COALESCE((SELECT json_extract(a.after_json, '$.reason') FROM audit_log a WHERE a.entity = 'enterprise'
      AND a.entity_id = CAST(e.id AS TEXT) AND a.action = 'enterprises:delete' ORDER BY a.seq DESC LIMIT 1),
      CASE WHEN e.import_batch_id IS NOT NULL THEN '撤销导入批次 ' || e.import_batch_id END) AS reason
  FROM enterprises e WHERE e.deleted_at IS NOT NULL AND (@entity IS NULL OR @entity = 'enterprise')
  UNION ALL
  SELECT 'person', p.id, p.name, p.id_number, p.deleted_at, p.deleted_by,
    (SELECT json_extract(a.after_json, '$.reason') FROM audit_log a WHERE a.entity = 'person'
      AND a.entity_id = CAST(p.id AS TEXT) AND a.action = 'persons:delete' ORDER BY a.seq DESC LIMIT 1)
  FROM persons p WHERE p.deleted_at IS NOT NULL AND (@entity IS NULL OR @entity = 'person')`;

export const trashList: Handler<'trash:list'> = (input, ctx) => {
  const db = ctx.ws.db;
  const entity = input.entity ?? null;
  const total = db.prepare(`SELECT count(*) FROM (${TRASH_SQL})`).pluck().get({ entity }) as number;
  const rows = db.prepare(`${TRASH_SQL} ORDER BY deletedAt DESC, entity, id LIMIT @limit OFFSET @offset`)
    .all({ entity, limit: input.pageSize, offset: (input.page - 1) * input.pageSize }) as TrashDbRow[];
  const items = rows.map((r) => ({
    ...r, deletedBy: r.deletedBy ?? '', code: r.entity === 'person' ? shownIdNumber(r.code, ctx).idNumber : r.code,
  }));
  return { items, total, page: input.page, pageSize: input.pageSize };
};

export const trashRestore: Handler<'trash:restore'> = (input, ctx) => {
  const table = input.entity === 'enterprise' ? enterprises : persons;
  const row = ctx.ws.orm.select({ id: table.id, name: table.name, deletedAt: table.deletedAt, deletedBy: table.deletedBy }).from(table)
    .where(and(eq(table.id, input.id), isNotNull(table.deletedAt))).get();
  if (!row) fail('E_NOT_FOUND', `回收站中没有编号为 ${input.id} 的${input.entity === 'enterprise' ? '企业' : '人员'}`);
  ctx.ws.orm.update(table).set({ deletedAt: null, deletedBy: null }).where(eq(table.id, row.id)).run();
  ctx.audit({
    action: 'trash:restore', entity: input.entity, entityId: String(row.id),
    before: { name: row.name, deletedAt: row.deletedAt, deletedBy: row.deletedBy }, after: { name: row.name, deletedAt: null },
  });
  return { entity: input.entity, id: row.id };
};
