import type { RowProblem } from '../../../contract/announcements';
import { shownText } from '../../../core/import-parse/grid';
import type { HeaderMapping } from '../../../core/import-parse/header-map';
import type { LayoutRow } from '../../../core/import-parse/layout';
import type { ParsedRow } from '../../../core/import-parse/record-cells';
import type { RecordDraft } from '../../../core/records/draft';
import type { FieldIssue } from '../../../core/records/issues';
import type { PlanType } from './defaults';
import { messageFor, type ErrorCode } from '../../../core/shared/errors';
import type { Result } from '../../../core/shared/result';
import type { NamedFirm } from './match';

/** What every row of a file needs and the file does not say (see `defaults`). */
export type DraftContext = {
  fileName: string;
  authority: string;
  announcedOn: string;
  planType: PlanType;
  severity: 'minor' | 'general' | 'serious';
  mapping: HeaderMapping;
};

/** One data row made ready to store: the firm it names, the validated record, and its problems. */
export type RowDraft = {
  row: number;
  firm: NamedFirm | null;
  draft: RecordDraft | null;
  problems: RowProblem[];
  values: Record<string, { text: string; original: string; precision?: string }>;
};

/** Problems the parser found, with their header; `blockingCodes` decides which stop the row. */
export function parsedProblems(parsed: ParsedRow, blocking: (field: string, code: ErrorCode) => boolean): RowProblem[] {
  return parsed.problems.map((p) => ({
    row: parsed.rowNumber, column: p.header, field: p.field, code: p.code, message: p.message, original: p.original, blocking: blocking(p.field, p.code),
  }));
}

export function rowProblem(parsed: ParsedRow, field: string, code: ErrorCode, mapping: HeaderMapping, message?: string): RowProblem {
  const column = mapping.fields[field];
  const header = column === undefined ? '' : (mapping.columns[column]?.label ?? '');
  return { row: parsed.rowNumber, column: header, field, code, message: message ?? messageFor(code), original: parsed.cells[field]?.original ?? '', blocking: true };
}

/**
 * The kind's validation issues as row problems, each under the column its field came from
 * (`details.productionDate` under 生产日期/批号). `columnOf` maps a record field to a table field.
 */
export function validationProblems(parsed: ParsedRow, result: Result<RecordDraft>, mapping: HeaderMapping, columnOf: (recordField: string) => string): RowProblem[] {
  if (result.ok) return [];
  const issues = ((result.error.details as { issues?: FieldIssue[] } | undefined)?.issues) ?? [{ field: '', message: result.error.message }];
  return issues.map((i) => {
    const field = columnOf(i.field.replace(/^details\./u, ''));
    return { ...rowProblem(parsed, field, 'E_VALIDATION', mapping, i.message), field };
  });
}

/** Cell values for the preview: what was read and what the file showed. */
export function valuesOf(parsed: ParsedRow): RowDraft['values'] {
  const out: RowDraft['values'] = {};
  for (const [field, v] of Object.entries(parsed.cells)) out[field] = { text: v.text, original: v.original, ...(v.precision ? { precision: v.precision } : {}) };
  return out;
}

/** Notes are limited to 2,000 characters by the record schemas. */
const NOTES_MAX = 2000;

/**
 * The row as the file wrote it, every headed column (mapped or not: 电商平台, 企业性质…), so
 * that nothing the source said is lost and a person can always see the original text.
 *
 * @example originalsNote(row, mapping, '抽查.xls', '') // '导入自《抽查.xls》第 5 行。原文：序号：1；企业名称：…'
 */
export function originalsNote(row: LayoutRow, mapping: HeaderMapping, fileName: string, lead: string): string {
  const parts = row.cells
    .map((cell, c) => ({ label: mapping.columns[c]?.label ?? '', text: shownText(cell).replace(/\s+/gu, ' ') }))
    .filter((p) => p.text !== '' && p.label !== '')
    .map((p) => `${p.label}：${p.text}`);
  const note = `${lead}导入自《${fileName}》第 ${row.rowNumber} 行。原文：${parts.join('；')}`;
  return note.length <= NOTES_MAX ? note : `${note.slice(0, NOTES_MAX - 1)}…`;
}

export const text = (parsed: ParsedRow, field: string): string => parsed.cells[field]?.text ?? '';
