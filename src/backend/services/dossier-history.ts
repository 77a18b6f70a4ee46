import type { FieldChange } from '../../contract/dossier';
import type { Handler } from '../router/context';
import { findEnterpriseRow } from './enterprises';

/**
 * Every audited change to an enterprise and to what hangs off it (records, products, evidence),
 * through the audit entity index — the audit trail is the history, so it cannot disagree with it.
 */
const HISTORY_WHERE = `
  (entity = 'enterprise' AND entity_id = @sid) -- bound as text: a JS number binds as REAL, and CAST(1.0 AS TEXT) is '1.0'
  OR (entity = 'record' AND entity_id IN (SELECT CAST(id AS TEXT) FROM credit_records WHERE enterprise_id = @id))
  OR (entity = 'product' AND entity_id IN (SELECT CAST(id AS TEXT) FROM products WHERE enterprise_id = @id))
  OR (entity = 'attachment' AND entity_id IN (SELECT CAST(id AS TEXT) FROM attachments WHERE enterprise_id = @id))`;

type AuditDbRow = { seq: number; at: string; username: string; action: string; entity: string; entityId: string | null; beforeJson: string | null; afterJson: string | null };

const parse = (json: string | null): Record<string, unknown> | null => {
  const v: unknown = json === null ? null : JSON.parse(json);
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
};

/** One audit row → one change per field whose value differs (old → new). */
export function fieldChanges(row: AuditDbRow): FieldChange[] {
  const before = parse(row.beforeJson) ?? {};
  const after = parse(row.afterJson) ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const base = { seq: row.seq, at: row.at, username: row.username, action: row.action, entity: row.entity, entityId: row.entityId };
  return fields
    .filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((field) => ({ ...base, field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** Pages through audit rows, newest first; each row comes back as its changed fields. */
export const dossierHistory: Handler<'dossier:history'> = (input, ctx) => {
  const row = findEnterpriseRow(ctx, input.enterpriseId);
  const db = ctx.ws.db;
  const total = db.prepare(`SELECT count(*) FROM audit_log WHERE ${HISTORY_WHERE}`).pluck().get({ id: row.id, sid: String(row.id) }) as number;
  const rows = db.prepare(`SELECT seq, at, username, action, entity, entity_id AS entityId, before_json AS beforeJson, after_json AS afterJson
    FROM audit_log WHERE ${HISTORY_WHERE} ORDER BY seq DESC LIMIT @limit OFFSET @offset`)
    .all({ id: row.id, sid: String(row.id), limit: input.pageSize, offset: (input.page - 1) * input.pageSize }) as AuditDbRow[];
  return { items: rows.flatMap(fieldChanges), total, page: input.page, pageSize: input.pageSize };
};
