import { createHash } from 'node:crypto';
import { desc } from 'drizzle-orm';
import { toBeijingIso } from '../../core/shared/time';
import { importBatches } from '../db/schema';
import { fail } from '../failure';
import { kindEntry } from '../io/kinds';
import { checkRows } from '../io/preview-build';
import { previews } from '../io/preview-store';
import { decodeUpload, readSheet } from '../io/read-sheet';
import { requireUser, type Handler } from '../router/context';
import { undoBatch } from './imports-undo';

const PROBLEMS_SHOWN = 1000;
const CHUNK = 5000;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Reads and checks a file without writing anything; the result waits in memory for a commit. */
export const importsPreview: Handler<'imports:preview'> = async (input, ctx) => {
  const user = requireUser(ctx);
  const { kind, store } = kindEntry(input.kind);
  const mapping = input.mapping ?? {};
  const unknown = Object.keys(mapping).filter((k) => !kind.columns.some((c) => c.key === k));
  if (unknown.length > 0) fail('E_VALIDATION', `列对应关系中有未知的字段：${unknown.join('、')}`, { field: 'mapping' });
  const bytes = decodeUpload(input.contentBase64);
  const fileSha256 = createHash('sha256').update(bytes).digest('hex');
  const rows = await readSheet(input.fileName, bytes);
  const checked = checkRows(rows, { kind, codes: ctx.codes, mapping, existing: store.existing(ctx.ws.db) });
  const previewId = previews.put({
    kind: input.kind, workspace: ctx.ws.dir, userId: user.id, fileName: input.fileName, fileSha256, checked, createdAt: ctx.now().getTime(),
  }, ctx.now().getTime());
  return {
    previewId, rows: checked.total, valid: checked.valid.length, invalid: checked.invalid.length,
    columns: checked.columns.map((c) => ({ key: c.key, header: c.header, source: c.source })),
    items: checked.items, invalidRows: checked.invalid.map((r) => r.row), problems: checked.invalid.slice(0, PROBLEMS_SHOWN), fileSha256,
  };
};

function isUniqueViolation(e: unknown): boolean {
  return e instanceof Error && (e as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Inserts the valid rows the person did not leave out, in the router's one transaction, with a
 * batch row and one audit row. All or nothing: an invalid row not explicitly rejected refuses
 * the whole file, and a cancel or a clash found late rolls everything back.
 */
export const importsCommit: Handler<'imports:commit'> = async (input, ctx) => {
  const user = requireUser(ctx);
  const preview = previews.get(input.previewId, ctx.now().getTime());
  if (!preview || preview.workspace !== ctx.ws.dir || preview.userId !== user.id) fail('E_IMPORT_PREVIEW_EXPIRED');
  const { checked } = preview;
  const rejected = new Set(input.rejectRows);
  const firstBad = checked.invalid.find((r) => !rejected.has(r.row));
  if (firstBad) {
    const why = firstBad.errors.map((e) => `${e.column}：${e.message}`).join('；');
    fail('E_IMPORT_INVALID_ROWS', `第 ${firstBad.row} 行无效（${why}），未导入任何数据。请修正文件，或明确排除无效行后再导入。`, {
      row: firstBad.row, errors: firstBad.errors, invalidRows: checked.invalid.length,
    });
  }
  const rows = checked.valid.filter((r) => !rejected.has(r.row));
  const at = toBeijingIso(ctx.now());
  const batch = ctx.ws.orm.insert(importBatches).values({
    kind: preview.kind, fileName: preview.fileName, fileSha256: preview.fileSha256, rows: checked.total,
    imported: rows.length, rejected: checked.total - rows.length, status: 'committed', createdBy: user.username, createdAt: at,
  }).returning({ id: importBatches.id }).get();
  const insert = kindEntry(preview.kind).store.inserter(ctx.ws.db, at, batch.id);
  for (let start = 0; start < rows.length; start += CHUNK) {
    for (const r of rows.slice(start, start + CHUNK)) {
      try {
        insert(r.record);
      } catch (e) {
        // Someone registered the code after the preview was made.
        if (isUniqueViolation(e)) fail('E_USCC_DUPLICATE', `第 ${r.row} 行的代码在预览之后已被登记，未导入任何数据，请重新预览`, { row: r.row });
        throw e;
      }
    }
    ctx.progress(Math.min(start + CHUNK, rows.length), rows.length, '正在导入');
    await yieldToEventLoop();
    if (ctx.signal.aborted) fail('E_CANCELLED');
  }
  ctx.audit({
    action: 'imports:commit', entity: 'import_batch', entityId: String(batch.id), before: null,
    after: { kind: preview.kind, fileName: preview.fileName, fileSha256: preview.fileSha256, rows: checked.total, imported: rows.length, rejected: checked.total - rows.length },
  });
  previews.drop(preview.id);
  return { batchId: batch.id, rows: checked.total, imported: rows.length, rejected: checked.total - rows.length };
};

export const importsUndo: Handler<'imports:undo'> = (input, ctx) => undoBatch(input.batchId, ctx);

export const importsList: Handler<'imports:list'> = (_input, ctx) =>
  ctx.ws.orm.select().from(importBatches).orderBy(desc(importBatches.id)).all();
