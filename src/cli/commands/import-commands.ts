import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Backend } from '../../backend/backend';
import { AppFailure, fail } from '../../backend/failure';
import { kindEntry } from '../../backend/io/kinds';
import { grantLocalFile } from '../../backend/io/stream/local-files';
import { formatOf, writeSheet, type SheetFormat } from '../../backend/io/sheet-file';
import { ImportKindSchema, type ImportKindName, type OutputOf } from '../../contract';
import { call, UsageError, type Out } from '../io';
import { signInAs } from './accounts';
import type { Flags } from './workspace-commands';
import { writeFileAtomic } from '../../backend/workspace/write-atomic';

export type ImportFlags = Flags & { rejectInvalid?: boolean | undefined };

/** Rows listed in the readable report; the JSON report lists every one the preview details. */
const SHOWN = 20;

export function kindOf(flags: ImportFlags): ImportKindName {
  const parsed = ImportKindSchema.safeParse(flags.kind);
  if (!parsed.success) throw new UsageError(`--kind 须为 ${ImportKindSchema.options.join('、')}`);
  return parsed.data;
}

function outFormat(out: string | undefined): { path: string; format: SheetFormat } {
  const format = out ? formatOf(out) : null;
  if (!out || !format) throw new UsageError('--out 须为 .csv 或 .xlsx 文件');
  return { path: resolve(out), format };
}

/** Usage checks for template, import and export, made while parsing so that they exit with 2. */
export function checkImportArgs(command: string, flags: ImportFlags): ImportFlags {
  if (command !== 'template' && command !== 'import' && command !== 'export') return flags;
  kindOf(flags);
  if (command !== 'import') outFormat(flags.out);
  return flags;
}

/** `qcd template`: the empty template needs no workspace. */
export async function templateCommand(flags: ImportFlags, out: Out): Promise<void> {
  const { path, format } = outFormat(flags.out);
  const { bytes } = await writeSheet(kindEntry(kindOf(flags)).kind, format, []);
  writeFileAtomic(path, bytes);
  out.result({ ok: true, kind: flags.kind, out: path }, `已生成导入模板：${path}`);
}

/** Read-only, like `stats`: whoever can run the CLI can read the database file anyway. */
export async function exportCommand(backend: Backend, flags: ImportFlags, out: Out): Promise<void> {
  const { path, format } = outFormat(flags.out);
  const r = await call(backend, 'exports:create', { kind: kindOf(flags), format }, backend.localReaderSession());
  writeFileAtomic(path, Buffer.from(r.contentBase64, 'base64'));
  out.result({ ok: true, kind: flags.kind, out: path, rows: r.rows }, `已导出 ${r.rows} 条记录：${path}`);
}

type Preview = OutputOf<'imports:preview'>;

function problemLines(preview: Preview): string {
  const lines = preview.problems.slice(0, SHOWN).map((p) => `  第 ${p.row} 行：${p.errors.map((e) => `${e.column}“${e.original}”— ${e.message}（${e.code}）`).join('；')}`);
  if (preview.invalid > SHOWN) lines.push(`  …… 另有 ${preview.invalid - SHOWN} 行，详见 --json 输出`);
  return lines.join('\n');
}

/** The file must exist and be a regular file; its size is not limited (only uploads are). */
function checkInput(file: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch (e) {
    return fail('E_VALIDATION', `无法读取文件 ${file}：${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isFile) fail('E_VALIDATION', `${file} 不是文件`);
}

/**
 * `qcd import`: preview, then commit, through the router like the app. The file is not sent as
 * base64 (an upload is limited to 50 MB): the command grants the backend, which runs in this
 * process, the right to read that one path, and both preview and commit stream it from disk.
 * Without --reject-invalid the commit is still asked for, so that the backend's all-or-nothing
 * rule is what refuses it.
 */
export async function importCommand(backend: Backend, flags: ImportFlags, out: Out): Promise<boolean> {
  const kind = kindOf(flags);
  if (!flags.file) throw new UsageError('缺少要导入的文件');
  const file = resolve(flags.file);
  const session = await signInAs(backend, flags.user, flags.passwordFile);
  checkInput(file);
  const preview = await call(backend, 'imports:preview', { kind, fileName: basename(file), localFile: grantLocalFile(file) }, session);
  const report = {
    file, kind, fileSha256: preview.fileSha256, rows: preview.rows, valid: preview.valid, invalid: preview.invalid,
    // Every invalid row's number; the details (column, code, message, original text) of the first 1,000.
    invalidRows: preview.invalidRows, rejectedRows: preview.problems,
    ...(preview.problems.length < preview.invalid ? { rejectedRowsTruncated: true } : {}),
  };
  try {
    const rejectRows = flags.rejectInvalid ? preview.invalidRows : [];
    const r = await call(backend, 'imports:commit', { previewId: preview.previewId, rejectRows, acceptInvalid: false }, session, out);
    const tail = r.rejected > 0 ? `\n已排除 ${r.rejected} 行无效数据：\n${problemLines(preview)}` : '';
    out.result({ ok: true, ...report, batchId: r.batchId, imported: r.imported, rejected: r.rejected },
      `已导入 ${r.imported} 条（共 ${r.rows} 行，批次 ${r.batchId}）${tail}`);
    return true;
  } catch (e) {
    if (!(e instanceof AppFailure) || e.error.code !== 'E_IMPORT_INVALID_ROWS') throw e;
    out.result({ ok: false, error: { code: e.error.code, message: e.error.message }, ...report, imported: 0, rejected: 0 },
      `错误 ${e.error.code}：${e.error.message}\n共 ${preview.rows} 行，其中 ${preview.invalid} 行无效，未导入任何数据（可用 --reject-invalid 排除无效行）：\n${problemLines(preview)}`);
    return false;
  }
}
