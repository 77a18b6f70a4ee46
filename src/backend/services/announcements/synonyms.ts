import type Database from 'better-sqlite3';
import type { AnnouncementKind } from '../../../contract/announcements';
import { headerKey } from '../../../core/import-parse/header-text';
import { defineTable, type SynonymTable } from '../../../core/import-parse/synonym-table';
import { fail } from '../../failure';
import { requireUser, type Handler } from '../../router/context';
import { TABLES } from './tables';

/**
 * The workspace's own header variants, kept in `meta` as JSON (one key per kind) so that no
 * schema change is needed: { added: field → variants, updatedAt, updatedBy }. The shipped
 * table is never copied, so a release's better synonyms reach every workspace.
 */
type Stored = { added: Record<string, string[]>; updatedAt: string; updatedBy: string };

const metaKey = (kind: AnnouncementKind) => `announcement_synonyms:${kind}`;

function stored(db: Database.Database, kind: AnnouncementKind): { raw: string | null; value: Stored | null } {
  const raw = (db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(metaKey(kind)) as string | undefined) ?? null;
  return { raw, value: raw === null ? null : (JSON.parse(raw) as Stored) };
}

/** Merged tables by kind and stored JSON: the header index is cached per table object. */
const merged = new Map<string, SynonymTable>();

/**
 * The table the importer reads `kind` with: the shipped one, each field's synonyms followed by
 * this workspace's variants (so a shipped synonym wins any tie).
 *
 * @example workspaceTable(db, 'spot-checks').fields.find((f) => f.field === 'firmName')?.synonyms.at(-1) // '受检主体' once added
 */
export function workspaceTable(db: Database.Database, kind: AnnouncementKind): SynonymTable {
  const { raw, value } = stored(db, kind);
  if (value === null) return TABLES[kind];
  const cacheKey = `${kind}\n${raw ?? ''}`;
  let table = merged.get(cacheKey);
  if (!table) {
    const shipped = TABLES[kind];
    table = defineTable({ ...shipped, fields: shipped.fields.map((f) => ({ ...f, synonyms: [...f.synonyms, ...(value.added[f.field] ?? [])] })) });
    if (merged.size > 16) merged.clear();
    merged.set(cacheKey, table);
  }
  return table;
}

function view(db: Database.Database, kind: AnnouncementKind) {
  const { value } = stored(db, kind);
  return {
    kind,
    fields: TABLES[kind].fields.map((f) => ({ field: f.field, label: f.label, shipped: [f.label, ...f.synonyms.filter((s) => s !== f.label)], added: value?.added[f.field] ?? [] })),
    updatedAt: value?.updatedAt ?? null,
    updatedBy: value?.updatedBy ?? null,
  };
}

/**
 * The variants to store: unknown fields refused, blanks and repeats (also of the field's own
 * shipped headers) dropped, and a header that already names another field refused — a header
 * must name one field, or files would be read differently depending on column order.
 */
function checked(kind: AnnouncementKind, added: Record<string, string[]>): Record<string, string[]> {
  const fields = TABLES[kind].fields;
  const owner = new Map<string, string>();
  for (const f of fields) for (const s of [f.label, ...f.synonyms]) if (!owner.has(headerKey(s))) owner.set(headerKey(s), f.field);
  const out: Record<string, string[]> = {};
  for (const [field, variants] of Object.entries(added)) {
    if (!fields.some((f) => f.field === field)) fail('E_VALIDATION', `没有字段“${field}”`, { field });
    const kept: string[] = [];
    for (const v of variants) {
      const key = headerKey(v);
      if (key === '') continue;
      const other = owner.get(key);
      if (other !== undefined && other !== field) {
        const label = fields.find((f) => f.field === other)?.label ?? other;
        fail('E_SYNONYM_CONFLICT', `“${v}”已是“${label}”的同义词`, { field, header: v, otherField: other });
      }
      if (other === field) continue;
      owner.set(key, field);
      kept.push(v.trim());
    }
    if (kept.length > 0) out[field] = kept;
  }
  return out;
}

export const synonymsGet: Handler<'synonyms:get'> = (input, ctx) => view(ctx.ws.db, input.kind);

export const synonymsUpdate: Handler<'synonyms:update'> = (input, ctx) => {
  const before = stored(ctx.ws.db, input.kind).value?.added ?? {};
  const added = checked(input.kind, input.added);
  const value: Stored = { added, updatedAt: ctx.now().toISOString(), updatedBy: requireUser(ctx).username };
  ctx.ws.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(metaKey(input.kind), JSON.stringify(value));
  ctx.audit({ action: 'synonyms:update', entity: 'settings', entityId: metaKey(input.kind), before, after: added });
  return view(ctx.ws.db, input.kind);
};
