import { messageFor, type ErrorCode } from '../shared/errors';
import { parseAmountWan } from './amounts';
import { classifyCodeCell } from './codes';
import { parseDateCell, type DatePrecision } from './dates';
import { parseFollowUp, type FollowUpStatus } from './follow-up';
import { cellText, isBlankCell, shownText, type GridCell } from './grid';
import type { Layout, LayoutRow } from './layout';
import { parseResult, splitFailedItems } from './results';

/** A field's value in one row: the text to import and the text the file showed. */
export type FieldValue = {
  text: string;
  original: string;
  precision?: DatePrecision;
  items?: string[];
  status?: FollowUpStatus;
};

export type RowProblem = { column: number; header: string; field: string; code: ErrorCode; message: string; original: string };

export type ParsedRow = {
  rowNumber: number;
  cells: Record<string, FieldValue>;
  problems: RowProblem[];
  /** Fields whose value was copied from the firm's first row. */
  filled: string[];
};

const DATE_FIELDS = new Set(['sampleDate', 'CF_JDRQ', 'CF_YXQ', 'CF_GSJZQ', 'XK_JDRQ', 'XK_YXQZ', 'XK_YXQZI']);
const CODE_FIELDS = new Set(['uscc', 'CF_XDR_SHXYM', 'XK_XDR_SHXYM']);
const NAME_FIELDS = new Set(['firmName', 'sampledUnit', 'CF_XDR_MC', 'XK_XDR_MC']);
const WAN_FIELDS = new Set(['CF_NR_FK', 'CF_NR_WFFF']);
const FOLLOW_UP_FIELDS = new Set(['rectification', 'recheck', 'penalty']);
const NAME_LABEL = /^(?:标称|标示)\s*[:：]\s*/u;

type Sink = {
  set: (field: string, value: FieldValue, onlyIfEmpty?: boolean) => void;
  problem: (code: ErrorCode, original: string) => void;
};

function readField(field: string, cell: GridCell, sink: Sink): void {
  const original = shownText(cell);
  const text = cellText(cell);
  if (text.includes('\uFFFD')) { sink.problem('E_IMPORT_TEXT_DAMAGED', original); sink.set(field, { text: '', original }); return; }
  if (field === 'productionDateOrBatch' || field === 'productionDate') {
    const d = parseDateCell(cell);
    if (d.problem) sink.problem(d.problem, original);
    sink.set('productionDate', d.precision ? { text: d.date ?? '', original, precision: d.precision } : { text: '', original });
    if (d.batch !== null) sink.set('batch', { text: d.batch, original }, true);
  } else if (DATE_FIELDS.has(field)) {
    const d = parseDateCell(cell);
    if (d.problem ?? (d.batch !== null)) sink.problem(d.problem ?? 'E_IMPORT_DATE_UNREADABLE', original);
    sink.set(field, d.precision ? { text: d.date ?? '', original, precision: d.precision } : { text: '', original });
  } else if (field === 'result') {
    const r = parseResult(text);
    if (r.problem) sink.problem(r.problem, original);
    sink.set(field, { text: r.result ?? '', original });
  } else if (field === 'failedItems') {
    const items = splitFailedItems(text);
    sink.set(field, { text: items.join('、'), original, items });
  } else if (CODE_FIELDS.has(field)) {
    const c = classifyCodeCell(cell);
    if (c.problem) sink.problem(c.problem, original);
    sink.set(field, { text: c.code ?? '', original });
  } else if (field === 'penaltyAmount' || WAN_FIELDS.has(field)) {
    const a = parseAmountWan(text, WAN_FIELDS.has(field) ? 'wan' : 'yuan');
    if (a.problem) sink.problem(a.problem, original);
    sink.set(field, { text: a.wan ?? '', original });
  } else if (FOLLOW_UP_FIELDS.has(field)) {
    const f = parseFollowUp(text);
    if (f.problem) sink.problem(f.problem, original);
    sink.set(field, f.status ? { text, original, status: f.status } : { text, original });
    if (f.penaltyWan !== null) sink.set('penaltyAmount', { text: f.penaltyWan, original }, true);
  } else if (NAME_FIELDS.has(field)) {
    sink.set(field, { text: text.replace(NAME_LABEL, '').replace(/\s+/gu, ' '), original });
  } else if (field === 'serial') {
    sink.set(field, { text: text.replace(/\.0+$/u, ''), original });
  } else {
    sink.set(field, { text, original });
  }
}

/** The cell of a field in a row: its column, or a repeated column of the same header when blank. */
function fieldCell(row: LayoutRow, column: number, alternates: readonly number[]): { cell: GridCell; column: number } {
  for (const c of [column, ...alternates]) {
    const cell = row.cells[c] ?? null;
    if (!isBlankCell(cell)) return { cell, column: c };
  }
  return { cell: row.cells[column] ?? null, column };
}

/**
 * Reads every mapped field of every data row: dates with their precision and batch numbers,
 * results, failed items, codes (damaged ones reported, never used), amounts in 万元 and
 * follow-up states. Each unreadable cell becomes a problem with its row and column; the
 * original text is always kept.
 *
 * @example readRecords(layout)[0]?.cells.productionDate // { text: '2013-03', original: '2013年3月', precision: 'month' }
 */
export function readRecords(layout: Layout): ParsedRow[] {
  const { mapping } = layout;
  const fieldsInOrder = Object.entries(mapping.fields).sort((a, b) => a[1] - b[1]);
  return layout.rows.map((row) => {
    const cells: Record<string, FieldValue> = {};
    const problems: RowProblem[] = [];
    const filled = new Set<string>();
    for (const [field, column] of fieldsInOrder) {
      const { cell, column: at } = fieldCell(row, column, mapping.alternates[field] ?? []);
      if (row.filled.includes(at)) filled.add(field);
      const header = mapping.columns[at]?.label ?? '';
      readField(field, cell, {
        set: (f, value, onlyIfEmpty = false) => {
          // A value never gives way to an empty one, and a derived one (a batch read from a
          // 生产日期/批号 cell) gives way to the field's own column.
          if ((onlyIfEmpty || value.text === '') && (cells[f]?.text ?? '') !== '') return;
          if (f === 'productionDate' && cells[f]?.precision) return;
          cells[f] = value;
        },
        problem: (code, original) => problems.push({ column: at, header, field, code, message: messageFor(code), original }),
      });
    }
    return { rowNumber: row.rowNumber, cells, problems, filled: [...filled] };
  });
}
