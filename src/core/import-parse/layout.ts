import { messageFor } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import { cellText, isBlankCell, type Grid, type GridCell } from './grid';
import { findHeader } from './header-find';
import { lookupHeader, type HeaderMapping, type HeaderOverrides } from './header-map';
import type { SynonymTable } from './synonym-table';

export type LayoutRow = {
  /** The row number the spreadsheet shows (1-based). */
  rowNumber: number;
  /** One cell per headed column. */
  cells: GridCell[];
  /** Columns whose value was copied from the firm's first row (a merge, or a blank continuation). */
  filled: number[];
};

export type SkippedRow = { rowNumber: number; reason: 'repeated-header' | 'section' | 'serial-only'; text: string };

export type Layout = {
  sheetName: string;
  /** Row numbers (1-based) of the header: one row, or a group row and its sub-header row. */
  headerRows: number[];
  headers: string[];
  mapping: HeaderMapping;
  rows: LayoutRow[];
  /** Rows between header and end that are neither blank nor data: said, not dropped silently. */
  skipped: SkippedRow[];
  footnotes: { rowNumber: number; text: string }[];
};

/** A footnote ends the data: "注：按行政区域排序。", "备注：…", "说明", "资料来源", signatures. */
const FOOTNOTE = /^(?:注|备注|说明|附注|附件|资料来源|数据来源|填表|制表|审核|联系人|联系电话|统计|以上|本表|合计|总计)\s*(?:\d+)?\s*[:：.、\s]?/u;
const MAX_FOOTNOTES = 50;

type Cells = { cells: GridCell[]; filled: number[] };

/** Values of cells inside a vertical merge, keyed by "row:col", copied from the merge's top. */
function mergeFills(grid: Grid, from: number): Map<string, GridCell> {
  const fills = new Map<string, GridCell>();
  for (const m of grid.merges) {
    if (m.e.r <= m.s.r || m.s.r < from) continue;
    const top = grid.rows[m.s.r]?.[m.s.c] ?? null;
    for (let r = m.s.r + 1; r <= m.e.r; r++) fills.set(`${r}:${m.s.c}`, top);
  }
  return fills;
}

function rowCells(grid: Grid, r: number, width: number, fills: Map<string, GridCell>): Cells {
  const source = grid.rows[r] ?? [];
  const cells: GridCell[] = [];
  const filled: number[] = [];
  for (let c = 0; c < width; c++) {
    let v = source[c] ?? null;
    const fill = isBlankCell(v) ? fills.get(`${r}:${c}`) : undefined;
    if (fill !== undefined && !isBlankCell(fill)) { v = fill; filled.push(c); }
    cells.push(v);
  }
  return { cells, filled };
}

function firmColumns(mapping: HeaderMapping, table: SynonymTable): number[] {
  const firm = new Set(table.fields.filter((f) => f.level === 'firm').map((f) => f.field));
  return mapping.columns.filter((c) => c.field !== null && firm.has(c.field)).map((c) => c.index);
}

function isRepeatedHeader(cells: GridCell[], table: SynonymTable, score: number): boolean {
  const hits = cells.filter((c) => typeof c === 'string' && lookupHeader(c, table) !== null).length;
  return hits >= Math.max(2, Math.ceil(score / 2));
}

/**
 * Finds where the data is in one sheet: the header (below any title rows), the headed columns
 * (not the 19 the sheet claims), and the data rows — until a footnote, past blank phantom
 * rows, without section lines or rows holding only a 序号. Cells of a firm's later rows left
 * blank under a vertical merge are filled from the merge; without merges (CSV) a row with a
 * blank 序号 and blank firm columns is a continuation and takes the firm's values from above.
 *
 * @example findLayout(grid, SPOT_CHECK_SYNONYMS) // ok({ headerRows: [3], rows: [...], footnotes: [{ text: '注：按行政区域排序。' }] })
 */
export function findLayout(grid: Grid, table: SynonymTable, overrides: HeaderOverrides = {}): Result<Layout> {
  const header = findHeader(grid, table, overrides);
  if (!header) return err({ code: 'E_IMPORT_HEADER', message: messageFor('E_IMPORT_HEADER'), details: { sheet: grid.name } });
  const { mapping } = header;
  const width = header.headers.length;
  const start = (header.rows.at(-1) ?? 0) + 1;
  const fills = mergeFills(grid, start);
  const serial = mapping.fields.serial;
  const firm = firmColumns(mapping, table);
  const layout: Layout = {
    sheetName: grid.name, headerRows: header.rows.map((r) => r + 1), headers: header.headers, mapping, rows: [], skipped: [], footnotes: [],
  };
  let lastFirm: GridCell[] | null = null;
  for (let r = start; r < grid.rows.length; r++) {
    const { cells, filled } = rowCells(grid, r, width, fills);
    const present = cells.map((_, c) => c).filter((c) => !isBlankCell(cells[c]));
    if (present.length === 0) continue;
    const firstText = cellText(cells[present[0] ?? 0]);
    if (present.length <= 2 && FOOTNOTE.test(firstText)) {
      collectFootnotes(grid, r, layout);
      break;
    }
    const text = present.map((c) => cellText(cells[c])).join(' ');
    if (isRepeatedHeader(cells, table, mapping.score)) { layout.skipped.push({ rowNumber: r + 1, reason: 'repeated-header', text }); continue; }
    const continuation = serial !== undefined && isBlankCell(cells[serial]) && firm.length > 0 && firm.every((c) => isBlankCell(cells[c]));
    if (continuation && lastFirm) {
      for (const c of firm) if (!isBlankCell(lastFirm[c])) { cells[c] = lastFirm[c] ?? null; filled.push(c); }
    }
    const content = cells.filter((v, c) => c !== serial && !isBlankCell(v)).length;
    if (content < 2) {
      layout.skipped.push({ rowNumber: r + 1, reason: present.length === 1 && present[0] === serial && /^\d+(?:\.0+)?$/u.test(text) ? 'serial-only' : 'section', text });
      continue;
    }
    lastFirm = cells;
    layout.rows.push({ rowNumber: r + 1, cells, filled: filled.sort((a, b) => a - b) });
  }
  return ok(layout);
}

/** The footnote row and every non-blank row after it, as text, a bounded number of them. */
function collectFootnotes(grid: Grid, from: number, layout: Layout): void {
  for (let r = from; r < grid.rows.length && layout.footnotes.length < MAX_FOOTNOTES; r++) {
    const text = (grid.rows[r] ?? []).map((c) => cellText(c)).filter((t) => t !== '').join(' ');
    if (text !== '') layout.footnotes.push({ rowNumber: r + 1, text });
  }
}
