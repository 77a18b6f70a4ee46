import { toBeijingDate, toBeijingIso } from '../../../core/shared/time';
import { calendarOf } from '../../calendar';
import { fail } from '../../failure';
import { requireUser, type CallContext, type Handler } from '../../router/context';
import { buildPlan, matchFirms, type Plan } from './plan';
import { auditHead, earlierBatch } from './preview';
import { announcementPreviews, type StoredAnnouncement } from './store';
import { planRows } from './view';
import { writeFollowUps, writeRecords } from './write';
import { proposeRedSuspensions } from '../red-list/suspension-proposals';

function sameMapping(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/**
 * The plan to write: the preview's when nothing changed since; matched again when the register
 * or the decisions moved (another commit, a review); a follow-up table planned again without the
 * rows left out, since each row's steps start where the rows before it left the check.
 */
function currentPlan(ctx: CallContext, p: StoredAnnouncement, exclude: ReadonlySet<number>): Plan {
  const moved = auditHead(ctx.ws.db) !== p.auditHead;
  if (p.plan.read.mode === 'follow-up' && (moved || exclude.size > 0)) {
    return buildPlan(ctx.ws.db, {
      kind: p.kind, bytes: p.bytes, fileName: p.fileName, mapping: p.overrides, defaults: p.defaults, today: toBeijingDate(ctx.now()),
      calendar: calendarOf(ctx.ws, ctx.resourcesDir), exclude,
    });
  }
  return moved ? { ...p.plan, ...matchFirms(ctx.ws.db, p.plan.drafts) } : p.plan;
}

/** Field → header as confirmed, and the fields the person left out (null), for files of the same layout. */
function remember(ctx: CallContext, p: StoredAnnouncement, by: string, at: string): void {
  const removed = Object.fromEntries(Object.entries(p.overrides).filter(([, v]) => v === null));
  ctx.ws.db.prepare(`INSERT INTO import_mappings (kind, fingerprint, mapping, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(kind, fingerprint) DO UPDATE SET mapping = excluded.mapping, confirmed_by = excluded.confirmed_by, confirmed_at = excluded.confirmed_at`)
    .run(p.kind, p.plan.read.layout.mapping.fingerprint, JSON.stringify({ ...p.mapping, ...removed }), by, at);
}

/**
 * Writes a previewed file in one transaction: the batch, the records (linked, or awaiting
 * identification with their candidates) or the follow-up steps, the confirmed mapping for the
 * layout, and one audit row. imported + review + rejected = rows, always.
 */
export const announcementsCommit: Handler<'announcements:commit'> = (input, ctx) => {
  const user = requireUser(ctx);
  const p = announcementPreviews.get(input.previewId, ctx.now().getTime());
  if (!p || p.workspace !== ctx.ws.dir || p.userId !== user.id) fail('E_IMPORT_PREVIEW_EXPIRED');
  if (input.mapping && !sameMapping(input.mapping, p.mapping)) fail('E_ANNOUNCE_MAPPING_CHANGED', undefined, { preview: p.mapping, confirmed: input.mapping });
  const earlier = earlierBatch(ctx.ws.db, p.kind, p.fileSha256);
  if (earlier && !input.allowRepeat) fail('E_ANNOUNCE_ALREADY_IMPORTED', `同一文件已于 ${earlier.createdAt} 导入（批次 ${earlier.batchId}）`, earlier);
  const exclude = new Set(input.rejectRows);
  const plan = currentPlan(ctx, p, exclude);
  const { rows, counts } = planRows(plan, exclude);
  if (counts.importable + counts.review === 0) fail('E_IMPORT_NOTHING', undefined, { rows: counts.rows });
  const at = toBeijingIso(ctx.now());
  const batchId = Number(ctx.ws.db.prepare("INSERT INTO import_batches (kind, file_name, file_sha256, rows, imported, rejected, status, created_by, created_at) VALUES (?, ?, ?, ?, 0, 0, 'committed', ?, ?)")
    .run(p.kind, p.fileName, p.fileSha256, counts.rows, user.username, at).lastInsertRowid);
  const accepted = new Set(rows.filter((r) => r.status !== 'rejected').map((r) => r.row));
  const w = { db: ctx.ws.db, batchId, by: user.username, at, signal: ctx.signal, progress: (d: number, t: number) => ctx.progress(d, t, '写入记录') };
  let updated = 0;
  if (plan.read.mode === 'follow-up') updated = writeFollowUps(w, plan, accepted).updated;
  else writeRecords(w, plan, accepted);
  // Negative records for red-listed firms propose a suspension in this same transaction.
  proposeRedSuspensions(ctx, { batchId });
  if (input.rememberMapping) remember(ctx, p, user.username, at);
  // The batch counts rows written (records linked or waiting, follow-ups applied) as imported.
  ctx.ws.db.prepare('UPDATE import_batches SET imported = ?, rejected = ? WHERE id = ?').run(counts.importable + counts.review, counts.rejected, batchId);
  const result = {
    batchId, kind: p.kind, mode: plan.read.mode, rows: counts.rows, imported: counts.importable, review: counts.review, rejected: counts.rejected, updated,
    rejectedRows: rows.filter((r) => r.status === 'rejected').map((r) => ({ row: r.row, reasons: r.problems.filter((x) => x.blocking) })),
    mappingRemembered: input.rememberMapping,
  };
  ctx.audit({
    action: 'announcements:commit', entity: 'import_batch', entityId: String(batchId), before: null,
    after: { kind: p.kind, mode: plan.read.mode, fileName: p.fileName, fileSha256: p.fileSha256, fingerprint: p.plan.read.layout.mapping.fingerprint, mapping: p.mapping, rows: counts.rows, imported: counts.importable, review: counts.review, rejected: counts.rejected, updated, rejectRows: input.rejectRows, mappingRemembered: input.rememberMapping },
  });
  announcementPreviews.drop(p.id);
  ctx.progress(1, 1, '完成');
  return result;
};
