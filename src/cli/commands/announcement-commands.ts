import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Backend } from '../../backend/backend';
import { fail } from '../../backend/failure';
import { kindEntry } from '../../backend/io/kinds';
import { readGrids } from '../../backend/io/layout/read-grids';
import { MAX_IMPORT_BYTES } from '../../backend/io/table';
import { AnnouncementKindSchema, type AnnouncementKind, type ColumnMapping } from '../../contract/announcements';
import type { InputOf, OutputOf } from '../../contract';
import { cellText } from '../../core/import-parse/grid';
import { headerKey } from '../../core/import-parse/header-text';
import { TABLES } from '../../backend/services/announcements/read';
import { call, UsageError, type Out } from '../io';
import { signInAs } from './accounts';
import { importCommand, kindOf, type ImportFlags } from './import-commands';

export type AnnouncementFlags = ImportFlags & { map?: string | undefined; authority?: string | undefined };

/** Rows listed in the readable report; the JSON lists every rejected row. */
const SHOWN = 20;

/**
 * `--map 企业名称=受检单位,trademark=品牌,grade=`: field (its key or its Chinese label) → header;
 * an empty header leaves the field out.
 *
 * @example parseMap('trademark=品牌,grade=') // { trademark: '品牌', grade: null }
 */
export function parseMap(text: string | undefined, kind: AnnouncementKind): ColumnMapping {
  if (text === undefined) return {};
  const labels = new Map<string, string>();
  for (const f of TABLES[kind].fields) { labels.set(headerKey(f.field), f.field); labels.set(headerKey(f.label), f.field); }
  const out: ColumnMapping = {};
  for (const part of text.split(/[,，]/u).map((p) => p.trim()).filter((p) => p !== '')) {
    const at = part.search(/[=＝]/u);
    if (at <= 0) throw new UsageError(`--map 的每一项应为 字段=列名：${part}`);
    const name = part.slice(0, at).trim();
    const field = labels.get(headerKey(name));
    if (!field) throw new UsageError(`--map：${kind} 没有字段“${name}”`);
    const header = part.slice(at + 1).trim();
    out[field] = header === '' ? null : header;
  }
  return out;
}

/**
 * Whether a file is our own import template for the kind: the first row with any text, among
 * the first twenty of the first sheet that has any, holds the code column and only template
 * headers. Such a file goes to the template importer, whose rules (a USCC on every row) it was
 * made for; anything else is read as the agency or department published it.
 */
export function isOwnTemplate(bytes: Uint8Array, fileName: string, kind: AnnouncementKind): boolean {
  const grids = readGrids(bytes, fileName);
  if (!grids.ok) return false;
  const grid = grids.value.find((g) => !g.hidden && g.rows.length > 0);
  const header = grid?.rows.slice(0, 20).map((r) => r.map((c) => headerKey(cellText(c))).filter((t) => t !== '')).find((r) => r.length > 0);
  if (!header) return false;
  const known = new Set(kindEntry(kind).kind.columns.flatMap((c) => [c.header, ...c.synonyms].map(headerKey)));
  return header.includes(headerKey('统一社会信用代码')) && header.every((h) => known.has(h));
}

function readInput(file: string): Buffer {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) fail('E_VALIDATION', `${file} 不是文件`);
    size = st.size;
  } catch (e) {
    return fail('E_VALIDATION', `无法读取文件 ${file}：${e instanceof Error ? e.message : String(e)}`);
  }
  if (size > MAX_IMPORT_BYTES) fail('E_IMPORT_TOO_LARGE');
  return readFileSync(file);
}

type Preview = OutputOf<'announcements:preview'>;

function summaryOf(file: string, p: Preview) {
  return {
    file, kind: p.kind, mode: p.mode, fileSha256: p.fileSha256, sheet: p.sheet.name, headerRows: p.sheet.headerRows,
    mapping: p.mapping, unmapped: p.unmapped.map((u) => u.header), fingerprint: p.fingerprint, rememberedMapping: p.remembered, assumptions: p.assumptions,
  };
}

function rejectedLines(rejected: { row: number; reasons: { column: string; code: string; message: string; original: string }[] }[]): string {
  const lines = rejected.slice(0, SHOWN).map((r) => `  第 ${r.row} 行：${r.reasons.map((x) => `${x.column ? `${x.column}“${x.original}”— ` : ''}${x.message}（${x.code}）`).join('；')}`);
  if (rejected.length > SHOWN) lines.push(`  …… 另有 ${rejected.length - SHOWN} 行，详见 --json 输出`);
  return lines.join('\n');
}

/**
 * `qcd import --kind spot-checks|penalties|licences FILE` for a file as published: preview and
 * commit through the router, like the app. Exit 0 when committed (rows may wait for review), 1
 * when no row can be imported (nothing is written), 2 for usage.
 */
export async function announcementImportCommand(backend: Backend, flags: AnnouncementFlags, out: Out, kind: AnnouncementKind, bytes: Buffer, file: string): Promise<boolean> {
  const session = await signInAs(backend, flags.user, flags.passwordFile);
  const defaults: InputOf<'announcements:preview'>['defaults'] = {
    ...(flags.asOf !== undefined ? { announcedOn: flags.asOf } : {}), ...(flags.authority !== undefined ? { authority: flags.authority } : {}),
  };
  const first = await call(backend, 'announcements:preview', { kind, fileName: basename(file), contentBase64: bytes.toString('base64'), defaults }, session);
  const mapping = parseMap(flags.map, kind);
  const p = Object.keys(mapping).length === 0 ? first
    : await call(backend, 'announcements:preview', { kind, fileName: basename(file), contentBase64: bytes.toString('base64'), defaults, mapping }, session);
  const rejectedRows = p.rows.filter((r) => r.status === 'rejected').map((r) => ({ row: r.row, reasons: r.problems.filter((x) => x.blocking) }));
  if (p.counts.importable + p.counts.review === 0) {
    out.result({ ok: false, error: { code: 'E_IMPORT_NOTHING', message: '没有可导入的行，未写入任何数据' }, ...summaryOf(file, p), rows: p.counts.rows, imported: 0, review: 0, rejected: p.counts.rejected, rejectedRows },
      `错误 E_IMPORT_NOTHING：共 ${p.counts.rows} 行，没有可导入的行，未写入任何数据：\n${rejectedLines(rejectedRows)}`);
    return false;
  }
  const r = await call(backend, 'announcements:commit', { previewId: p.previewId, mapping: p.mapping }, session, out);
  const warnings = p.rows.flatMap((row) => row.problems.filter((x) => !x.blocking));
  out.result({ ok: true, ...summaryOf(file, p), batchId: r.batchId, rows: r.rows, imported: r.imported, review: r.review, rejected: r.rejected, updated: r.updated, rejectedRows: r.rejectedRows, warnings },
    `已导入（批次 ${r.batchId}）：共 ${r.rows} 行，${r.mode === 'follow-up' ? `更新原抽查 ${r.updated} 条，` : ''}已关联企业 ${r.imported} 行，待识别企业 ${r.review} 行，未导入 ${r.rejected} 行` +
      `${p.assumptions.length > 0 ? `\n说明：\n  ${p.assumptions.join('\n  ')}` : ''}${r.rejected > 0 ? `\n未导入的行：\n${rejectedLines(r.rejectedRows)}` : ''}`);
  return true;
}

/** Usage checks made while parsing, so that a wrong --map or --as-of exits with 2. */
export function checkAnnouncementArgs(command: string, flags: AnnouncementFlags): AnnouncementFlags {
  if (command !== 'import') return flags;
  const kind = AnnouncementKindSchema.safeParse(flags.kind);
  if (!kind.success) {
    if (flags.map !== undefined || flags.authority !== undefined) throw new UsageError('--map、--authority 只用于 spot-checks、penalties、licences');
    return flags;
  }
  parseMap(flags.map, kind.data);
  if (flags.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(flags.asOf)) throw new UsageError('--as-of 应为公告日期 YYYY-MM-DD');
  return flags;
}

/**
 * `qcd import`: spot checks, penalties and licences go to the announcement importer unless the
 * file is our own template; other kinds, and templates, to the template importer.
 */
export async function importDispatch(backend: Backend, flags: AnnouncementFlags, out: Out): Promise<boolean> {
  const kind = AnnouncementKindSchema.safeParse(kindOf(flags));
  if (!kind.success || flags.file === undefined) return importCommand(backend, flags, out);
  const file = resolve(flags.file);
  const bytes = readInput(file);
  if (isOwnTemplate(bytes, file, kind.data) && flags.map === undefined) return importCommand(backend, flags, out);
  return announcementImportCommand(backend, flags, out, kind.data, bytes, file);
}
