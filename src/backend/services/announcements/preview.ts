import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { toBeijingDate } from '../../../core/shared/time';
import { calendarOf } from '../../calendar';
import { fail } from '../../failure';
import { MAX_IMPORT_BYTES } from '../../io/table';
import { requireUser, type Handler } from '../../router/context';
import { buildPlan } from './plan';
import { effectiveMapping, mappingFields } from './read';
import { announcementPreviews } from './store';
import { firmViews, planRows } from './view';

/** The newest audit row: every change writes one, so an unchanged head means an unchanged register. */
export function auditHead(db: Database.Database): string | null {
  return (db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get() as string | undefined) ?? null;
}

export function earlierBatch(db: Database.Database, kind: string, sha: string): { batchId: number; createdAt: string } | null {
  const row = db.prepare("SELECT id, created_at FROM import_batches WHERE kind = ? AND file_sha256 = ? AND status = 'committed' ORDER BY id DESC LIMIT 1").get(kind, sha) as { id: number; created_at: string } | undefined;
  return row ? { batchId: row.id, createdAt: row.created_at } : null;
}

/**
 * Reads a published table or another department's list and shows what would be imported: the
 * sheet, header and mapping found (and whether a confirmed mapping was remembered for this
 * layout), each row with its values and problems, and each firm with its match. Writes nothing.
 */
export const announcementsPreview: Handler<'announcements:preview'> = (input, ctx) => {
  // base64 of 50 MB is about 70 MB of text: refuse before decoding more than the limit.
  if (input.contentBase64.length > Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 8) fail('E_IMPORT_TOO_LARGE');
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const fileSha256 = createHash('sha256').update(bytes).digest('hex');
  const today = toBeijingDate(ctx.now());
  const overrides = input.mapping ?? {};
  const plan = buildPlan(ctx.ws.db, {
    kind: input.kind, bytes, fileName: input.fileName, mapping: overrides, defaults: input.defaults, today,
    calendar: calendarOf(ctx.ws, ctx.resourcesDir),
  });
  const { layout } = plan.read;
  const mapping = effectiveMapping(layout.mapping);
  const previewId = announcementPreviews.put({
    workspace: ctx.ws.dir, userId: requireUser(ctx).id, kind: input.kind, fileName: input.fileName, fileSha256, bytes,
    overrides, defaults: input.defaults, mapping, plan, auditHead: auditHead(ctx.ws.db), createdAt: ctx.now().getTime(),
  }, ctx.now().getTime());
  const { rows, counts } = planRows(plan);
  return {
    previewId, kind: input.kind, mode: plan.read.mode, fileName: input.fileName, fileSha256,
    sheet: { name: layout.sheetName, headerRows: layout.headerRows, scores: layout.sheetScores },
    fields: mappingFields(layout.mapping, plan.read.table),
    unmapped: layout.mapping.unmapped.map((c) => ({ column: c, header: layout.mapping.columns[c]?.label ?? '' })),
    missing: layout.mapping.missing,
    mapping, fingerprint: layout.mapping.fingerprint, remembered: plan.read.remembered,
    alreadyImported: earlierBatch(ctx.ws.db, input.kind, fileSha256),
    assumptions: plan.resolved.assumptions,
    counts, rows, firms: firmViews(plan),
    skipped: layout.skipped.map((s) => ({ row: s.rowNumber, reason: s.reason, text: s.text })),
    footnotes: layout.footnotes.map((f) => ({ row: f.rowNumber, text: f.text })),
  };
};
