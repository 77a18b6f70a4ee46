import * as XLSX from '@e965/xlsx';
import type { OutputOf } from '../../src/contract';
import type { TestBackend } from '../helpers/workspace';
import { uscc } from './io/import-fixtures';

export type Preview = OutputOf<'announcements:preview'>;
export type Committed = OutputOf<'announcements:commit'>;

/** A plain one-sheet workbook: optional title row, then the rows as given. */
export function workbook(rows: (string | number | null)[][], bookType: 'xls' | 'xlsx' = 'xlsx'): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Sheet1');
  return XLSX.write(wb, { type: 'buffer', bookType: bookType === 'xls' ? 'biff8' : 'xlsx' }) as Buffer;
}

export async function preview(b: TestBackend, s: string, fileName: string, bytes: Buffer, extra: Record<string, unknown> = {}): Promise<Preview> {
  return (await b.value('announcements:preview', { kind: 'spot-checks', fileName, contentBase64: bytes.toString('base64'), defaults: { announcedOn: '2026-02-20' }, ...extra }, s)) as Preview;
}

export async function commit(b: TestBackend, s: string, previewId: string, extra: Record<string, unknown> = {}): Promise<Committed> {
  return (await b.value('announcements:commit', { previewId, ...extra }, s)) as Committed;
}

export async function register(b: TestBackend, s: string, n: number, name: string, address = '长沙市岳麓区', code = uscc(n)): Promise<number> {
  const e = (await b.value('enterprises:create', { uscc: code, name, regionCode: '430102', industryCode: 'C38', status: 'active', address }, s)) as { id: number };
  return e.id;
}

export type StoredRecord = { id: number; enterprise_id: number | null; subject_name: string; subject_place: string | null; outcome: string; state: string; details: string; import_batch_id: number | null };

export function storedRecords(b: TestBackend, batchId?: number): StoredRecord[] {
  const where = batchId === undefined ? '' : `AND import_batch_id = ${batchId}`;
  return b.ws.db.prepare(`SELECT id, enterprise_id, subject_name, subject_place, outcome, state, details, import_batch_id FROM credit_records WHERE deleted_at IS NULL ${where} ORDER BY id`).all() as StoredRecord[];
}
