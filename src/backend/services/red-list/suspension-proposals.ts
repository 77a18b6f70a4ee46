import { suspensionProposals, type RedEntryRef } from '../../../core/lists/red-list';
import { toBeijingDate, toBeijingIso } from '../../../core/shared/time';
import { requireUser, type CallContext } from '../../router/context';
import { byEnterprise, RED_RECORD_COLUMNS, toCoreRecord, type RedRecordRow } from './records';

/**
 * Which new records to look at: one created by hand, every record of an import (or announcement)
 * batch, or records just linked to a firm (an announcement's waiting firm identified).
 */
export type NewRecords = { recordId: number } | { batchId: number } | { recordIds: readonly number[] };

function selection(which: NewRecords): { where: string; param: number | string } {
  if ('recordId' in which) return { where: 'r.id = ?', param: which.recordId };
  if ('batchId' in which) return { where: 'r.import_batch_id = ?', param: which.batchId };
  return { where: 'r.id IN (SELECT value FROM json_each(?))', param: JSON.stringify(which.recordIds) };
}

/**
 * When negative records arrive for a firm on the red list, records a `suspension-proposed` step on
 * each of its active red entries, in the same transaction as the records (the caller's), so the
 * entry shows a pending suspension at once; a reviewer decides it (red:suspension). One statement
 * finds only the new records whose firm has an active red entry, so a big import pays nothing else.
 */
export function proposeRedSuspensions(ctx: CallContext, which: NewRecords): number {
  const user = requireUser(ctx);
  const { where, param } = selection(which);
  const rows = ctx.ws.db.prepare(`SELECT ${RED_RECORD_COLUMNS}, le.id AS entryId, le.state AS entryState FROM credit_records r
    JOIN list_entries le ON le.enterprise_id = r.enterprise_id AND le.list_type = 'red' AND le.source = 'local' AND le.state = 'active'
    WHERE ${where} AND r.effect = 'negative' AND r.deleted_at IS NULL ORDER BY r.id, le.id`)
    .all(param) as (RedRecordRow & { entryId: number; entryState: string })[];
  if (rows.length === 0) return 0;
  const entries: RedEntryRef[] = [...new Map(rows.map((r) => [r.entryId, { entryId: r.entryId, enterpriseId: r.enterpriseId, listType: 'red', state: r.entryState }])).values()];
  const records = [...new Map(rows.map((r) => [r.id, r])).values()];
  const insert = ctx.ws.db.prepare(`INSERT INTO list_events (entry_id, event, on_date, by_user, by_role, note, evidence, at)
    VALUES (?, 'suspension-proposed', ?, ?, ?, ?, ?, ?)`);
  const today = toBeijingDate(ctx.now());
  const at = toBeijingIso(ctx.now());
  let n = 0;
  for (const [, list] of byEnterprise(records)) {
    for (const record of list.map(toCoreRecord)) {
      for (const p of suspensionProposals(entries, record)) {
        insert.run(p.entryId, today, user.username, user.role, p.reason, JSON.stringify({ recordId: p.recordId, recordOn: p.on }), at);
        ctx.audit({ action: 'red:suspension-proposed', entity: 'list_entry', entityId: String(p.entryId), before: null, after: { recordId: p.recordId, reason: p.reason } });
        n++;
      }
    }
  }
  return n;
}
