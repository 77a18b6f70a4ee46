import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { CodeFileSchema, loadCodeTables, type CodeKind, type CodeTables } from '../codes';
import { fail } from '../failure';
import type { Handler } from '../router/context';
import type { Workspace } from '../workspace/open';

const key = (kind: CodeKind) => `codes.${kind}`;
const VERSION_KEY = 'codes.version';

function metaValue(db: Database.Database, k: string): string | undefined {
  return db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(k) as string | undefined;
}

/**
 * The code tables in force for a workspace: the shipped ones, or those an administrator loaded
 * into this workspace. Kept in the database (not beside it) so that they are part of every
 * backup, restore and transaction. Rebuilt only when the workspace or its version changes.
 */
export function codeTablesFor(resourcesDir: string): (ws: Workspace) => CodeTables {
  let cache: { ws: Workspace; version: string; tables: CodeTables } | undefined;
  return (ws) => {
    const version = metaValue(ws.db, VERSION_KEY) ?? 'shipped';
    if (cache?.ws === ws && cache.version === version) return cache.tables;
    const updated: Partial<Record<CodeKind, string>> = {};
    for (const kind of ['regions', 'industries'] as const) {
      const v = metaValue(ws.db, key(kind));
      if (v) updated[kind] = v;
    }
    const tables = loadCodeTables(resourcesDir, updated);
    cache = { ws, version, tables };
    return tables;
  };
}

const PATTERNS: Record<CodeKind, RegExp> = { regions: /^\d{6}$/, industries: /^[A-T](\d{2,4})?$/ };

/** Replaces a code table for this workspace from a file in the shipped format; audited with its digest. */
export const codesUpdate: Handler<'codes:update'> = (input, ctx) => {
  let doc: z.infer<typeof CodeFileSchema>;
  try {
    doc = CodeFileSchema.parse(JSON.parse(input.content));
  } catch (e) {
    return fail('E_VALIDATION', `代码表文件格式错误：${e instanceof z.ZodError ? (e.issues[0]?.message ?? '') : e instanceof Error ? e.message : String(e)}`);
  }
  const bad = doc.entries.find((e) => !PATTERNS[input.kind].test(e.code));
  if (bad) fail('E_VALIDATION', `代码“${bad.code}”不符合${input.kind === 'regions' ? '行政区划代码（6 位数字）' : '行业代码（如 C14）'}的格式`);
  const codes = new Set(doc.entries.map((e) => e.code));
  if (codes.size !== doc.entries.length) fail('E_VALIDATION', '代码表中有重复的代码');
  const self = doc.entries.find((e) => e.parent === e.code || (e.parent !== null && e.parent.length > 0 && e.level <= 1));
  if (self) fail('E_VALIDATION', `代码“${self.code}”的上级关系不合理`);
  const orphan = doc.entries.find((e) => e.parent !== null && !codes.has(e.parent));
  if (orphan) fail('E_VALIDATION', `代码“${orphan.code}”的上级“${orphan.parent}”不在表中`);
  const missing = input.kind === 'regions'
    ? (ctx.ws.db.prepare('SELECT DISTINCT region_code FROM enterprises WHERE deleted_at IS NULL').pluck().all() as string[]).filter((c) => !codes.has(c))
    : [];
  // Codes in use must stay resolvable: a table that drops them would orphan enterprises.
  if (missing.length) fail('E_VALIDATION', `新代码表缺少在用的代码：${missing.slice(0, 10).join('、')}${missing.length > 10 ? ' 等' : ''}。历史代码请保留并注明 validTo`);
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  const upsert = ctx.ws.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  upsert.run(key(input.kind), JSON.stringify(doc));
  upsert.run(VERSION_KEY, `${input.kind}:${sha256}:${ctx.now().getTime()}`);
  ctx.audit({ action: 'codes:update', entity: 'code-table', entityId: input.kind, before: null,
    after: { kind: input.kind, standard: doc.standard, edition: doc.edition ?? null, entries: doc.entries.length, sha256 } });
  return { kind: input.kind, entries: doc.entries.length, sha256 };
};
