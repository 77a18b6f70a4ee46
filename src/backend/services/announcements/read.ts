import type Database from 'better-sqlite3';
import type { AnnouncementKind, ColumnMapping } from '../../../contract/announcements';
import { cellText, type Grid } from '../../../core/import-parse/grid';
import type { HeaderMapping, HeaderOverrides } from '../../../core/import-parse/header-map';
import type { Layout } from '../../../core/import-parse/layout';
import { readRecords, type ParsedRow } from '../../../core/import-parse/record-cells';
import { findBookLayout, type SheetScore } from '../../../core/import-parse/sheet-choice';
import type { SynonymTable } from '../../../core/import-parse/synonym-table';
import { fail } from '../../failure';
import { readGrids } from '../../io/layout/read-grids';
import { workspaceTable } from './synonyms';

export { TABLES } from './tables';

const FOLLOW_UP_FIELDS = ['rectification', 'recheck', 'penalty'];

export type ReadFile = {
  layout: Layout & { sheetScores: SheetScore[] };
  rows: ParsedRow[];
  mode: 'records' | 'follow-up';
  table: SynonymTable;
  /** A mapping confirmed earlier for this layout was applied. */
  remembered: boolean;
  /** The text of the title rows above the header (who published it, which batch). */
  title: string;
};

function remembered(db: Database.Database, kind: AnnouncementKind, fingerprint: string): Record<string, string | null> | null {
  const json = db.prepare('SELECT mapping FROM import_mappings WHERE kind = ? AND fingerprint = ?').pluck().get(kind, fingerprint) as string | undefined;
  return json === undefined ? null : (JSON.parse(json) as Record<string, string | null>);
}

function layoutOf(grids: readonly Grid[], table: SynonymTable, overrides: HeaderOverrides): Layout & { sheetScores: SheetScore[] } {
  const found = findBookLayout(grids, table, overrides);
  if (!found.ok) fail(found.error.code, found.error.message, found.error.details);
  return found.value;
}

/**
 * Reads a file as it was published: the sheet, header, columns and data rows found (with the
 * shipped synonyms and the workspace's own), then any mapping remembered for its layout
 * applied, with the person's corrections over it.
 */
export function readFile(db: Database.Database, kind: AnnouncementKind, bytes: Uint8Array, fileName: string, mapping: ColumnMapping = {}): ReadFile {
  const grids = readGrids(bytes, fileName);
  if (!grids.ok) fail(grids.error.code, grids.error.message, grids.error.details);
  const table = workspaceTable(db, kind);
  let layout = layoutOf(grids.value, table, mapping);
  const stored = remembered(db, kind, layout.mapping.fingerprint);
  if (stored) layout = layoutOf(grids.value, table, { ...stored, ...mapping });
  const grid = grids.value.find((g) => g.name === layout.sheetName);
  const titleRows = grid ? grid.rows.slice(0, (layout.headerRows[0] ?? 1) - 1) : [];
  const title = titleRows.map((r) => r.map((c) => cellText(c)).filter((t) => t !== '').join(' ')).filter((t) => t !== '').join('\n');
  const mode = kind === 'spot-checks' && FOLLOW_UP_FIELDS.some((f) => layout.mapping.fields[f] !== undefined) ? 'follow-up' : 'records';
  return { layout, rows: readRecords(layout), mode, table, remembered: stored !== null, title };
}

/**
 * The mapping in effect as field → header label: what a person confirms and what is remembered.
 * A field read from another field's column (被抽样单位 standing in for 企业名称) is left out: the
 * fallback finds it again.
 */
export function effectiveMapping(mapping: HeaderMapping): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, column] of Object.entries(mapping.fields)) {
    const col = mapping.columns[column];
    if (col && col.field === field) out[field] = col.label;
  }
  return out;
}

/** The mapping for the preview: every field of the table, found or not, with its alternates. */
export function mappingFields(mapping: HeaderMapping, table: SynonymTable) {
  const header = (c: number): string => mapping.columns[c]?.label ?? '';
  return table.fields.map((f) => {
    const column = mapping.fields[f.field];
    const col = column === undefined ? undefined : mapping.columns[column];
    return {
      field: f.field, label: f.label, required: f.required,
      column: column ?? null, header: column === undefined ? null : header(column),
      via: col === undefined ? null : col.field === f.field ? col.via : 'fallback' as const,
      alternates: (mapping.alternates[f.field] ?? []).map((c) => ({ column: c, header: header(c) })),
    };
  });
}
