import { and, eq, isNotNull } from 'drizzle-orm';
import type { TrashItem } from '../../contract';
import { creditRecords, enterprises, persons, products } from '../db/schema';
import { fail } from '../failure';
import type { Handler } from '../router/context';
import { findEnterpriseRow } from './enterprises';
import { findPersonRow, shownIdNumber } from './persons';
import { softDelete } from './soft-delete';

/*
 * Nothing is ever hard-deleted: a deleted row only gets deleted_at and deleted_by, keeps its links
 * and its code (a deleted USCC still blocks a new enterprise with it), and the trash restores it.
 * The reason lives in the audit row of the deletion, which is where the trash reads it back.
 */

export const enterprisesDelete: Handler<'enterprises:delete'> = (input, ctx) => {
  const row = findEnterpriseRow(ctx, input.id);
  return softDelete(ctx, enterprises, { id: row.id, action: 'enterprises:delete', entity: 'enterprise', reason: input.reason, before: { uscc: row.uscc, name: row.name } });
};

export const personsDelete: Handler<'persons:delete'> = (input, ctx) => {
  const row = findPersonRow(ctx, input.id);
  return softDelete(ctx, persons, { id: row.id, action: 'persons:delete', entity: 'person', reason: input.reason, before: { name: row.name } });
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
  FROM persons p WHERE p.deleted_at IS NOT NULL AND (@entity IS NULL OR @entity = 'person')
  UNION ALL
  SELECT 'record', r.id, r.summary, (SELECT uscc FROM enterprises WHERE id = r.enterprise_id), r.deleted_at, r.deleted_by,
    COALESCE((SELECT json_extract(a.after_json, '$.reason') FROM audit_log a WHERE a.entity = 'record'
      AND a.entity_id = CAST(r.id AS TEXT) AND a.action = 'records:delete' ORDER BY a.seq DESC LIMIT 1),
      CASE WHEN r.import_batch_id IS NOT NULL THEN '撤销导入批次 ' || r.import_batch_id END)
  FROM credit_records r WHERE r.deleted_at IS NOT NULL AND (@entity IS NULL OR @entity = 'record')
  UNION ALL
  SELECT 'product', p.id, p.name, (SELECT uscc FROM enterprises WHERE id = p.enterprise_id), p.deleted_at, p.deleted_by,
    (SELECT json_extract(a.after_json, '$.reason') FROM audit_log a WHERE a.entity = 'product'
      AND a.entity_id = CAST(p.id AS TEXT) AND a.action = 'products:delete' ORDER BY a.seq DESC LIMIT 1)
  FROM products p WHERE p.deleted_at IS NOT NULL AND (@entity IS NULL OR @entity = 'product')`;

const TABLES = { enterprise: enterprises, person: persons, record: creditRecords, product: products } as const;
const NOUNS = { enterprise: '企业', person: '人员', record: '信用记录', product: '产品' } as const;

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
  const table = TABLES[input.entity];
  const name = 'summary' in table ? table.summary : table.name;
  const row = ctx.ws.orm.select({ id: table.id, name, deletedAt: table.deletedAt, deletedBy: table.deletedBy }).from(table)
    .where(and(eq(table.id, input.id), isNotNull(table.deletedAt))).get();
  if (!row) fail('E_NOT_FOUND', `回收站中没有编号为 ${input.id} 的${NOUNS[input.entity]}`);
  ctx.ws.orm.update(table).set({ deletedAt: null, deletedBy: null }).where(eq(table.id, row.id)).run();
  ctx.audit({
    action: 'trash:restore', entity: input.entity, entityId: String(row.id),
    before: { name: row.name, deletedAt: row.deletedAt, deletedBy: row.deletedBy }, after: { name: row.name, deletedAt: null },
  });
  return { entity: input.entity, id: row.id };
};
