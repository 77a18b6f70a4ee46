import { cellText, type Grid, type MergeRange } from './grid';
import { lookupHeader, mapHeaders, type HeaderMapping, type HeaderOverrides } from './header-map';
import type { SynonymTable } from './synonym-table';

/** Title rows (one or two, sometimes a date line or a unit line) sit above the header. */
const HEADER_SEARCH_ROWS = 30;
/** A header names at least this many fields; fewer is a title, a note or data. */
const MIN_HEADER_SCORE = 2;

export type HeaderFound = {
  /** 0-based indexes of the header rows: one, or a group row and its sub-header row. */
  rows: number[];
  /** The header text of each column, up to the last headed column. */
  headers: string[];
  mapping: HeaderMapping;
};

function rowTexts(grid: Grid, r: number): string[] {
  return (grid.rows[r] ?? []).map((c) => cellText(c));
}

function trimTrailing(texts: string[]): string[] {
  let end = texts.length;
  while (end > 0 && (texts[end - 1] ?? '') === '') end--;
  return texts.slice(0, end);
}

/** Columns covered by a header cell merged across (a group header such as "后处理情况"). */
function spannedBelowGroup(merges: readonly MergeRange[], r: number, c: number): boolean {
  return merges.some((m) => m.s.r === r && m.e.r === r && m.s.c <= c && c <= m.e.c && m.e.c > m.s.c);
}

/**
 * A two-row header: the group row above and the sub-header row below, read as one. Only when
 * every filled cell of the lower row is itself a known header, so a data row is never taken.
 */
function twoRowHeader(grid: Grid, r: number, table: SynonymTable): string[] | null {
  const top = rowTexts(grid, r);
  const sub = rowTexts(grid, r + 1);
  const filled = sub.map((t, c) => ({ t, c })).filter((x) => x.t !== '');
  if (filled.length === 0) return null;
  if (!filled.every((x) => lookupHeader(x.t, table) !== null || spannedBelowGroup(grid.merges, r, x.c))) return null;
  const width = Math.max(top.length, sub.length);
  return Array.from({ length: width }, (_, c) => (sub[c] ?? '') !== '' ? (sub[c] ?? '') : (top[c] ?? ''));
}

/**
 * The header of a sheet: among the first rows, the row (or pair of rows) whose cells name the
 * most fields; the earliest wins a tie. Null when no row names enough fields.
 *
 * @example findHeader(grid, SPOT_CHECK_SYNONYMS)?.rows // [2] when two title rows sit above it
 */
export function findHeader(grid: Grid, table: SynonymTable, overrides: HeaderOverrides = {}): HeaderFound | null {
  let best: HeaderFound | null = null;
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const single = trimTrailing(rowTexts(grid, r));
    if (single.length === 0) continue;
    const candidates: HeaderFound[] = [{ rows: [r], headers: single, mapping: mapHeaders(single, table, overrides) }];
    const pair = r + 1 < grid.rows.length ? twoRowHeader(grid, r, table) : null;
    if (pair) {
      // The pair counts only when the upper row adds to what the lower row names alone: a
      // subtitle line above a one-row header is not a group row.
      const headers = trimTrailing(pair);
      const mapping = mapHeaders(headers, table, overrides);
      const lower = mapHeaders(trimTrailing(rowTexts(grid, r + 1)), table, overrides);
      if (mapping.score > lower.score) candidates.push({ rows: [r, r + 1], headers, mapping });
    }
    for (const c of candidates) {
      if (c.mapping.score >= MIN_HEADER_SCORE && (!best || c.mapping.score > best.mapping.score)) best = c;
    }
  }
  return best;
}
