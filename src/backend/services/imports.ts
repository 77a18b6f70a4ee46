import { desc, eq } from 'drizzle-orm';
import type { ErrorCode } from '../../core/shared/errors';
import { toBeijingIso } from '../../core/shared/time';
import type { EnterpriseFields } from '../../core/enterprises/enterprise';
import { importBatches } from '../db/schema';
import { fail } from '../failure';
import { kindEntry } from '../io/kinds';
import { checkedBatches, rowErrors, summariseRows, type CheckOptions, type ImportIssue } from '../io/preview-build';
import { previews, type StoredPreview } from '../io/preview-store';
import { checkFormat, decodeUpload, sheetBatches } from '../io/read-sheet';
import { bulkInserter, largerCache, type BulkInserter } from '../io/stream/bulk-insert';
import { takeLocalFile } from '../io/stream/local-files';
import { dropStrayStages, moveStaged, openPreviewStage, type PreviewStage } from '../io/stream/preview-stage';
import { scanSource, type ImportSource } from '../io/stream/source';
import { requireUser, type CallContext, type Handler } from '../router/context';
import { undoBatch } from './imports-undo';
import { proposeRedSuspensions } from './red-list/suspension-proposals';

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function sourceOf(input: { contentBase64: string; localFile?: string | undefined }): ImportSource {
  if (input.localFile === undefined) return { kind: 'bytes', bytes: decodeUpload(input.contentBase64) };
  const path = takeLocalFile(input.localFile);
  if (!path) fail('E_VALIDATION', '本机文件授权无效或已使用', { field: 'localFile' });
  return { kind: 'file', path };
}

function checkOptions(preview: Pick<StoredPreview, 'kind' | 'mapping'>, ctx: CallContext, againstDatabase = true): CheckOptions<unknown> {
  const { kind, store } = kindEntry(preview.kind);
  return { kind, codes: ctx.codes, mapping: preview.mapping, existing: againstDatabase ? store.existing(ctx.ws.db) : () => null };
}

/**
 * The hash of the newest audit row. Every change made through the app writes one (the router
 * enforces it), so an unchanged head means the database is as the preview saw it.
 */
function auditHead(ctx: CallContext): string | null {
  return (ctx.ws.db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get() as string | undefined) ?? null;
}

/**
 * Runs a read-only check in one read transaction: every row sees the same state of the database,
 * and the per-row lookups do not each open and close a transaction of their own (in WAL mode
 * that costs more than the lookup). Calls run one at a time, so nothing of ours writes meanwhile.
 * Writes to the temp schema (a preview's staged rows) may join it: SQLite takes a write lock per
 * database of the connection, and `temp` is private to it, so `main` is only read and another
 * connection can still write it (imports-staged-tables.test.ts shows it).
 */
async function inReadSnapshot<T>(ctx: CallContext, work: () => Promise<T>): Promise<T> {
  const { db } = ctx.ws;
  db.exec('BEGIN');
  try {
    return await work();
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
  }
}

/**
 * Reads and checks a file without writing anything to the workspace. The preview keeps where the
 * bytes are, their SHA-256 and a summary (counts, invalid rows and reasons) in memory; the valid
 * records of enterprises go to a staging table of the connection's temp schema, on disk, so memory
 * stays bounded whatever the number of rows.
 */
export const importsPreview: Handler<'imports:preview'> = async (input, ctx) => {
  const user = requireUser(ctx);
  const { kind } = kindEntry(input.kind);
  const mapping = input.mapping ?? {};
  const unknown = Object.keys(mapping).filter((k) => !kind.columns.some((c) => c.key === k));
  if (unknown.length > 0) fail('E_VALIDATION', `列对应关系中有未知的字段：${unknown.join('、')}`, { field: 'mapping' });
  const source = sourceOf(input);
  const scan = scanSource(source);
  checkFormat(input.fileName, scan);
  dropStrayStages(ctx.ws.db, previews.stagedNames());
  // Enterprises only: their commit is the one slowed by reading and checking a million rows again.
  const staging = input.kind === 'enterprises' ? openPreviewStage(ctx.ws.db) : null;
  const keep = staging ? (row: number, value: unknown) => staging.add(row, value as EnterpriseFields) : undefined;
  const { summary, head } = await inReadSnapshot(ctx, async () => ({
    head: auditHead(ctx),
    summary: await summariseRows(sheetBatches(source, scan), checkOptions({ kind: input.kind, mapping }, ctx), ctx.signal, keep),
  })).catch((e: unknown) => {
    // A failed or cancelled preview leaves no rows behind.
    staging?.drop();
    throw e;
  });
  const previewId = previews.put({
    kind: input.kind, workspace: ctx.ws.dir, userId: user.id, fileName: input.fileName, fileSha256: scan.sha256,
    source, scan, mapping, summary, auditHead: head, staged: staging?.done() ?? null, createdAt: ctx.now().getTime(),
  }, ctx.now().getTime());
  return {
    previewId, rows: summary.total, valid: summary.valid, invalid: summary.invalidRows.length,
    columns: summary.columns.map((c) => ({ key: c.key, header: c.header, source: c.source })),
    items: summary.items, invalidRows: summary.invalidRows, problems: summary.problems, fileSha256: scan.sha256,
  };
};

const why = (errors: readonly ImportIssue[]): string => errors.map((e) => `${e.column}：${e.message}`).join('；');

/** An invalid row the person did not leave out refuses the whole file, naming the row and why. */
async function refuseInvalid(preview: StoredPreview, row: number, ctx: CallContext): Promise<never> {
  const kept = preview.summary.problems.find((p) => p.row === row)?.errors;
  const errors = kept ?? await rowErrors(sheetBatches(preview.source, preview.scan), checkOptions(preview, ctx), row);
  return fail('E_IMPORT_INVALID_ROWS', `第 ${row} 行无效（${why(errors)}），未导入任何数据。请修正文件，或明确排除无效行后再导入。`, {
    row, errors, invalidRows: preview.summary.invalidRows.length,
  });
}

/** The codes a commit may answer with when the database changed after the preview. */
const CHANGED_CODES = new Set<ErrorCode>(['E_USCC_DUPLICATE', 'E_IMPORT_SUBJECT_UNKNOWN']);

const FILE_CHANGED = '文件在预览之后已被修改，未导入任何数据，请重新预览';

/**
 * Inserts the valid rows the person did not leave out, in the router's one transaction, with a
 * batch row and one audit row: the rows the preview staged when they are certainly still right
 * (see `stagedRows`), otherwise read again from the previewed bytes (refused if their SHA-256
 * differs) and checked again (prepared statements; enterprises staged in bulk, see
 * `bulkInserter`). All or nothing: an invalid row not explicitly rejected refuses the whole file,
 * and a cancel or a clash found late (the database changed since the preview) rolls everything back.
 */
export const importsCommit: Handler<'imports:commit'> = async (input, ctx) => {
  const user = requireUser(ctx);
  const preview = previews.get(input.previewId, ctx.now().getTime());
  if (!preview || preview.workspace !== ctx.ws.dir || preview.userId !== user.id) fail('E_IMPORT_PREVIEW_EXPIRED');
  const { summary } = preview;
  const rejected = new Set(input.rejectRows);
  const firstBad = summary.invalidRows.find((r) => !rejected.has(r));
  if (firstBad !== undefined) await refuseInvalid(preview, firstBad, ctx);
  // An upload's bytes are held in memory and cannot change; a file on disk can.
  if (preview.source.kind === 'file' && scanSource(preview.source).sha256 !== preview.fileSha256) fail('E_IMPORT_PREVIEW_EXPIRED', FILE_CHANGED);

  // Decided before this call writes anything (the batch row has no audit row of its own yet, either).
  const staged = stagedRows(preview, ctx);

  const at = toBeijingIso(ctx.now());
  const batch = ctx.ws.orm.insert(importBatches).values({
    kind: preview.kind, fileName: preview.fileName, fileSha256: preview.fileSha256, rows: summary.total,
    imported: 0, rejected: 0, status: 'committed', createdBy: user.username, createdAt: at,
  }).returning({ id: importBatches.id }).get();
  const imported = staged
    ? await moveAccepted(preview, staged, rejected, at, batch.id, ctx)
    : await insertAgain(preview, rejected, at, batch.id, ctx);
  // Negative records for firms on the red list propose a suspension in this same transaction.
  proposeRedSuspensions(ctx, { batchId: batch.id });
  const counts = { rows: summary.total, imported, rejected: summary.total - imported };
  ctx.ws.orm.update(importBatches).set({ imported, rejected: counts.rejected }).where(eq(importBatches.id, batch.id)).run();
  ctx.audit({
    action: 'imports:commit', entity: 'import_batch', entityId: String(batch.id), before: null,
    after: { kind: preview.kind, fileName: preview.fileName, fileSha256: preview.fileSha256, ...counts },
  });
  // Drops the staged rows in this transaction; a failed commit keeps them (its rollback puts back
  // what the move deleted) for another try.
  previews.drop(preview.id);
  return { batchId: batch.id, ...counts };
};

/**
 * The preview's staged rows, when they are certainly what checking the file now would give: on
 * this connection, and nothing written since the preview — every change through the app appends
 * an audit row, and the code tables the rules read are in the database too. The caller has
 * checked the file's digest. Null otherwise: the commit then reads the file again.
 */
function stagedRows(preview: StoredPreview, ctx: CallContext): PreviewStage | null {
  const s = preview.staged;
  return s !== null && s.db === ctx.ws.db && auditHead(ctx) === preview.auditHead && s.exists() ? s : null;
}

/**
 * Moves the staged rows into the table, leaving out every row the person rejected and every row
 * the preview found invalid (none of which was staged, a row's verdict being final when it is
 * read: left out all the same, so that nothing hangs on that); reports progress and honours a
 * cancel between statements.
 */
async function moveAccepted(preview: StoredPreview, stage: PreviewStage, rejected: ReadonlySet<number>, at: string, batchId: number, ctx: CallContext): Promise<number> {
  const cache = largerCache(ctx.ws.db);
  try {
    const skip = new Set([...preview.summary.invalidRows, ...rejected]);
    return await moveStaged(stage, skip, at, batchId, async (moved, total) => {
      ctx.progress(moved, total, '正在导入');
      await yieldToEventLoop();
      if (ctx.signal.aborted) fail('E_CANCELLED');
    });
  } finally {
    cache.restore();
  }
}

/** Reads the file again and writes every valid row the person kept; the number written. */
async function insertAgain(preview: StoredPreview, rejected: ReadonlySet<number>, at: string, batchId: number, ctx: CallContext): Promise<number> {
  const insert = bulkInserter(preview.kind, ctx.ws.db, at, batchId);
  try {
    const imported = await insertAccepted(preview, rejected, insert, ctx);
    insert.flush();
    return imported;
  } finally {
    insert.close();
  }
}

/** Reads the file again and hands every row the person kept to `insert`; the number inserted. */
async function insertAccepted(preview: StoredPreview, rejected: ReadonlySet<number>, insert: BulkInserter, ctx: CallContext): Promise<number> {
  const { summary } = preview;
  let imported = 0;
  let processed = 0;
  // Rows are checked again by the kind's rules (they make the records); against the database
  // only when something was written since the preview — then a row stored meanwhile is found.
  const changed = auditHead(ctx) !== preview.auditHead;
  const checked = checkedBatches(sheetBatches(preview.source, preview.scan), checkOptions(preview, ctx, changed), (row) => rejected.has(row));
  for await (const { rows, verdicts } of checked) {
    for (const v of verdicts) {
      const first = v.errors[0];
      if (first || v.value === undefined) {
        const code = first && CHANGED_CODES.has(first.code) ? first.code : 'E_IMPORT_INVALID_ROWS';
        fail(code, `第 ${v.row} 行在预览之后变为无效（${why(v.errors)}），未导入任何数据，请重新预览`, { row: v.row, errors: v.errors });
      }
      insert.add(v.value, v.row);
      imported++;
    }
    processed += rows;
    ctx.progress(processed, summary.total, '正在导入');
    await yieldToEventLoop();
    if (ctx.signal.aborted) fail('E_CANCELLED');
  }
  if (processed !== summary.total) fail('E_IMPORT_PREVIEW_EXPIRED', FILE_CHANGED);
  return imported;
}

export const importsUndo: Handler<'imports:undo'> = (input, ctx) => undoBatch(input.batchId, ctx);

export const importsList: Handler<'imports:list'> = (_input, ctx) =>
  ctx.ws.orm.select().from(importBatches).orderBy(desc(importBatches.id)).all();
